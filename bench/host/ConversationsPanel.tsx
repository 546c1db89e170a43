/**
 * The conversations page of issue 21, as a dashboard builds it beside the create form: a `TagFilter`
 * whose value the host keeps (as it would in its URL), an "Apply filter" button of the host's own
 * that sets the same value (the `filters` prop changed by the host, without the filter's UI), and
 * the `ConversationList` those filters drive, 100 conversations a page.
 */
import { useQueryClient } from "@tanstack/react-query";
import { Profiler, useEffect, useMemo, useRef, useState } from "react";
import { ConversationList, TagFilter, TagsApiProvider, tagKeys, type ConversationFilters } from "../../src";
import { probe } from "./probe";

/** The API's largest page: 10 pages hold the bench's 1,000 conversations. */
const PAGE_SIZE = 100;

function Conversations() {
  const [tagIds, setTagIds] = useState<string[]>([]);
  const armed = useRef<string[]>([]);
  const queryClient = useQueryClient();
  useEffect(() => {
    probe.conversations = {
      setTagIds,
      armFilter: (ids) => {
        armed.current = ids;
      },
      forgetFilteredLists: () => {
        queryClient.removeQueries({
          queryKey: tagKeys.conversationLists(),
          predicate: (query) => (query.queryKey[2] as ConversationFilters | undefined)?.tag_ids !== undefined,
        });
      },
    };
    return () => {
      probe.conversations = null;
    };
  }, [queryClient]);
  const filters = useMemo<ConversationFilters>(() => ({ tag_ids: tagIds, page_size: PAGE_SIZE }), [tagIds]);
  return (
    <>
      <TagFilter value={tagIds} onChange={setTagIds} />
      <button
        type="button"
        data-bench="apply-filter"
        onClick={() => {
          setTagIds(armed.current);
        }}
      >
        Apply filter
      </button>
      <Profiler id="conversations" onRender={probe.onRender}>
        <ConversationList filters={filters} locale="en-US" timeZone="UTC" />
      </Profiler>
    </>
  );
}

/** The filter and the list on the page's tags API. */
export function ConversationsPanel({ baseUrl }: { baseUrl: string }) {
  return (
    <TagsApiProvider baseUrl={baseUrl}>
      <Conversations />
    </TagsApiProvider>
  );
}
