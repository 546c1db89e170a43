"use client";

import { CreateTagForm, useTags } from "convai-tag-kit";
import { TAG_PAGE_SIZE } from "@/lib/tag-page-size";

/** The create form and the tag list; both talk to the proxy route through `Providers`. */
export function TagsDashboard() {
  return (
    <>
      <section aria-labelledby="create-heading">
        <h2 id="create-heading">Create a tag</h2>
        <CreateTagForm resetOnSuccess />
      </section>
      <section aria-labelledby="tags-heading">
        <h2 id="tags-heading">Tags</h2>
        <TagList />
      </section>
    </>
  );
}

/** The workspace's tags, newest first; on first paint they come from the server's prefetch. */
function TagList() {
  const tags = useTags({ page_size: TAG_PAGE_SIZE });
  if (tags.isPending) return <p role="status">Loading tags…</p>;
  if (tags.isError) return <p role="alert">The tags could not be loaded: {tags.error.message}</p>;

  const all = tags.data.pages.flatMap((page) => page.conversation_tags);
  if (all.length === 0) return <p>No tags yet. Create the first one above.</p>;
  return (
    <>
      <ul className="tag-list">
        {all.map((tag) => (
          <li key={tag.tag_id}>
            <strong>{tag.title}</strong>
            {tag.description && <p>{tag.description}</p>}
          </li>
        ))}
      </ul>
      {tags.hasNextPage && (
        <button type="button" disabled={tags.isFetchingNextPage} onClick={() => void tags.fetchNextPage()}>
          {tags.isFetchingNextPage ? "Loading…" : "Load more"}
        </button>
      )}
    </>
  );
}
