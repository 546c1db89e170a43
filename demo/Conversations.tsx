import { useMemo, useRef } from "react";
import { ConversationList, TagFilter } from "../src";
import { useTagIdsInUrl } from "./tagFilterUrl";

/**
 * The demo's "Conversations" panel: the workspace's conversations found by tag. `TagFilter` chooses
 * the tags, `ConversationList` lists the conversations carrying them (newest first, "Load more"),
 * and each row's "Edit tags" opens a tag picker for that conversation. The filter lives in the URL
 * (`?tags=id1,id2`): a reload or a shared link shows the same list, and Back undoes a change.
 */
export function Conversations() {
  const [tagIds, setTagIds] = useTagIdsInUrl();
  const filterRef = useRef<HTMLDivElement>(null);
  const filters = useMemo(() => ({ tag_ids: tagIds }), [tagIds]);

  function onChange(next: string[]) {
    // A person's change (focus is in the filter: its input or a chip's button) is a new history
    // entry; the filter dropping a deleted tag by itself replaces the entry, so Back never returns
    // to a URL that drops it again.
    const byPerson = filterRef.current?.contains(document.activeElement) ?? false;
    setTagIds(next, byPerson ? "push" : "replace");
  }

  return (
    <section className="demo-panel demo-conversations" aria-labelledby="conversations-heading">
      <h2 id="conversations-heading">Conversations</h2>
      <TagFilter ref={filterRef} className="demo-tag-filter" value={tagIds} onChange={onChange} />
      <ConversationList filters={filters} />
    </section>
  );
}
