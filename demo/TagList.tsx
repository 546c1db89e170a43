import type { ComponentProps } from "react";
import { useTags, type TagsApiError } from "../src";

/** Props of {@link TagList}: native `<div>` props plus the page size. */
export interface TagListProps extends ComponentProps<"div"> {
  /** Tags fetched per page (1 to 100); "Load more" fetches the next page. Default 10. */
  pageSize?: number;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

function problem(error: TagsApiError): string {
  switch (error.kind) {
    case "network":
      return "The server could not be reached.";
    case "timeout":
      return "The server took too long to answer.";
    case "unauthorized":
    case "forbidden":
      return "This session may not list tags.";
    case "rate_limited":
      return "Too many requests; wait a moment.";
    default:
      return "The server could not list the tags.";
  }
}

/**
 * The workspace's tags from {@link useTags}, newest first, with loading, empty and error states
 * and a "Load more" button while there are more pages. A tag created with the kit's form appears
 * here without a reload, because creating a tag refreshes every tag list.
 */
export function TagList({ pageSize = 10, className, ...props }: TagListProps) {
  const query = useTags({ page_size: pageSize });
  const rootProps = { ...props, className: ["demo-tag-list", className].filter(Boolean).join(" ") };

  if (query.isPending) {
    return (
      <div {...rootProps} data-state="loading">
        <p role="status">Loading tags…</p>
      </div>
    );
  }
  if (query.isError && query.data === undefined) {
    return (
      <div {...rootProps} data-state="error">
        <div role="alert" className="demo-problem">
          <p>Could not load the tags. {problem(query.error)}</p>
          <button type="button" className="demo-button" onClick={() => void query.refetch()}>
            Try again
          </button>
        </div>
      </div>
    );
  }

  const tags = query.data.pages.flatMap((page) => page.conversation_tags);
  const loadingMore = query.isFetchingNextPage;
  return (
    <div {...rootProps} data-state={tags.length === 0 ? "empty" : "ready"}>
      {tags.length === 0 ? (
        <p className="demo-empty">No tags yet. Tags you create appear here.</p>
      ) : (
        <ul className="demo-tags">
          {tags.map((tag) => (
            <li key={tag.tag_id} className="demo-tag">
              <span className="demo-tag-title">{tag.title}</span>
              {tag.description ? <p className="demo-tag-description">{tag.description}</p> : null}
              <time className="demo-tag-date" dateTime={new Date(tag.created_at_unix_secs * 1000).toISOString()}>
                {dateFormat.format(tag.created_at_unix_secs * 1000)}
              </time>
            </li>
          ))}
        </ul>
      )}
      {query.isError ? (
        <div role="alert" className="demo-problem">
          <p>
            {query.isFetchNextPageError ? "Could not load more tags." : "Could not refresh the tags."}{" "}
            {problem(query.error)}
          </p>
          {query.isFetchNextPageError ? null : (
            <button type="button" className="demo-button" onClick={() => void query.refetch()}>
              Try again
            </button>
          )}
        </div>
      ) : null}
      {query.hasNextPage ? (
        <button
          type="button"
          className="demo-button"
          aria-busy={loadingMore}
          onClick={() => {
            // Not `disabled` while loading: a disabled button would drop keyboard focus.
            if (!loadingMore) void query.fetchNextPage();
          }}
        >
          {loadingMore ? "Loading more…" : "Load more"}
        </button>
      ) : null}
    </div>
  );
}
