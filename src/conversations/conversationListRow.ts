import type { ConversationStatus, ConversationSuccess, ConversationSummary } from "../core/conversation.js";
import type { ConversationTag } from "../core/tag.js";
import type { ConversationListFormat, ConversationListMessages } from "./messages.js";
import type { FetchedFilterTags } from "./useFetchedFilterTags.js";

/** A tag as a row shows it: only tags whose title is known (loaded, not deleted) appear. */
export interface ConversationListTag {
  tagId: string;
  title: string;
}

/**
 * One conversation of `useConversationList`, ready to render: the summary as the cache holds it now,
 * plus its fields in words. The object stays the same across renders until its summary, the titles
 * of its tags or its "no longer tagged" state change, so a memoized row re-renders only then.
 */
export interface ConversationListRow {
  /** The summary as the API sent it, `tag_ids` as the kit's writes left them since. */
  summary: ConversationSummary;
  /** `summary.conversation_id`. */
  id: string;
  /** `call_summary_title`, else the agent's name, else the conversation's id. */
  title: string;
  /** The call's start as an ISO 8601 instant, for `<time dateTime>`. */
  startTime: string;
  /** The call's start in the list's locale and time zone (`messages.startTime`). */
  startTimeText: string;
  /** The call's duration in the list's locale (`messages.duration`). */
  durationText: string;
  status: ConversationStatus;
  /** `status` in words (`messages.status`). */
  statusText: string;
  success: ConversationSuccess;
  /** `success` in words (`messages.success`). */
  successText: string;
  /** The conversation's tags, in its order; ids whose tag is unknown are left out until known. */
  tags: readonly ConversationListTag[];
  /**
   * The filter's tags this row carried when the list was last fetched and carries no more (removed
   * since, here or anywhere in the kit). The row stays until the list is fetched again.
   */
  noLongerTagged: readonly ConversationListTag[];
}

/** What rows are built from besides their summary; rows are rebuilt when any of it changes. */
export interface RowContext {
  /** The workspace's tags loaded so far, by id. */
  titles: ReadonlyMap<string, ConversationTag>;
  fetched: FetchedFilterTags;
  messages: ConversationListMessages;
  format: ConversationListFormat;
}

interface Built {
  row: ConversationListRow;
  messages: ConversationListMessages;
  locale: string | undefined;
  timeZone: string | undefined;
}

/** Built rows by summary object: one per summary, so it is dropped with the summary. */
export type RowCache = WeakMap<ConversationSummary, Built>;

const noTags: readonly ConversationListTag[] = [];

function known(ids: readonly string[], titles: ReadonlyMap<string, ConversationTag>): readonly ConversationListTag[] {
  const tags = ids.flatMap((tagId) => {
    const title = titles.get(tagId)?.title;
    return title === undefined ? [] : [{ tagId, title }];
  });
  return tags.length > 0 ? tags : noTags;
}

function sameTags(a: readonly ConversationListTag[], b: readonly ConversationListTag[]): boolean {
  return a.length === b.length && a.every((tag, i) => tag.tagId === b[i]?.tagId && tag.title === b[i].title);
}

/** The row for `summary`: the cached one while nothing it shows changed, else a new one (cached). */
export function conversationRow(summary: ConversationSummary, context: RowContext, cache: RowCache): ConversationListRow {
  const { titles, fetched, messages, format } = context;
  const carried = summary.tag_ids ?? [];
  const tags = known(carried, titles);
  const lost = known((fetched.get(summary.conversation_id) ?? []).filter((id) => !carried.includes(id)), titles);
  const built = cache.get(summary);
  if (built && built.messages === messages && built.locale === format.locale && built.timeZone === format.timeZone) {
    const { row } = built;
    if (sameTags(row.tags, tags) && sameTags(row.noLongerTagged, lost)) return row;
    const next = {
      ...row,
      tags: sameTags(row.tags, tags) ? row.tags : tags,
      noLongerTagged: sameTags(row.noLongerTagged, lost) ? row.noLongerTagged : lost,
    };
    cache.set(summary, { ...built, row: next });
    return next;
  }
  const row: ConversationListRow = {
    summary,
    id: summary.conversation_id,
    title: summary.call_summary_title || summary.agent_name || summary.conversation_id,
    startTime: new Date(summary.start_time_unix_secs * 1000).toISOString(),
    startTimeText: messages.startTime(summary.start_time_unix_secs, format),
    durationText: messages.duration(summary.call_duration_secs, format),
    status: summary.status,
    statusText: messages.status(summary.status),
    success: summary.call_successful,
    successText: messages.success(summary.call_successful),
    tags,
    noLongerTagged: lost,
  };
  cache.set(summary, { row, messages, locale: format.locale, timeZone: format.timeZone });
  return row;
}
