"use client";

import { ConversationList, TagFilter } from "convai-tag-kit";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import { conversationFilters, tagIdsFromParam, withTagIds } from "@/lib/conversation-filter";

/**
 * The tag filter and the conversations carrying its tags. The filter lives in the URL: a change
 * shows at once and goes to `?tags=` with `router.replace`; a URL changed from outside (Back, a link)
 * is taken over when it arrives. Fixed locale and time zone, so the server's HTML and the browser's
 * first render format the times alike.
 */
export function ConversationsBrowser() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const inUrl = searchParams.getAll("tags").join(",");
  const [filter, setFilter] = useState(() => ({ url: inUrl, tagIds: tagIdsFromParam(inUrl) }));
  // The URL moved (our own replace landing, or Back): it is the filter now.
  if (filter.url !== inUrl) setFilter({ url: inUrl, tagIds: tagIdsFromParam(inUrl) });
  const { tagIds } = filter;
  const filters = useMemo(() => conversationFilters(tagIds), [tagIds]);

  function onChange(next: string[]) {
    setFilter((current) => ({ ...current, tagIds: next }));
    router.replace(`${pathname}${withTagIds(searchParams.toString(), next)}`, { scroll: false });
  }

  return (
    <section aria-labelledby="conversations-heading">
      <h2 id="conversations-heading">Conversations by tag</h2>
      <TagFilter value={tagIds} onChange={onChange} />
      <ConversationList filters={filters} locale="en-US" timeZone="UTC" />
    </section>
  );
}
