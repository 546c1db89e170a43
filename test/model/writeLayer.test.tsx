/**
 * The write layer against a model server, under random interleavings (issue 19): fast-check makes
 * sequences of creates, updates, deletes, assigns, unassigns, picker picks and removals and
 * conversation switches, with answers given in random order and random failures. After each
 * sequence settles, before any refetch, every cached list, detail, conversation id list and
 * conversations list row (issue 21) and the workspace's tags every picker reads (issue 22) equals the
 * server; after the background refresh nothing changes; no write went to a conversation other
 * than the one it was made on. `npm run test:model -- --runs N` runs more.
 */
import { notifyManager, QueryClient, QueryClientProvider, skipToken, useQuery } from "@tanstack/react-query";
import { act, render } from "@testing-library/react";
import fc from "fast-check";
import { useImperativeHandle, type Ref } from "react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  createTagsClient,
  tagKeys,
  TagsApiProvider,
  useAssignTags,
  useConversations,
  useConversationTagPicker,
  useCreateTag,
  useDeleteTag,
  useTag,
  useTags,
  useUnassignTag,
  useUpdateTag,
  type ConversationFilters,
  type ConversationSummary,
  type ConversationTag,
  type ListConversationsPage,
  type ListTagsPage,
} from "../../src";
import { createMockTagsApi, type MockTagsApi } from "../../src/server";
import { tags as initialTags } from "../support/fixtures";
import { createScheduledNetwork, type Outcome } from "./scheduledNetwork";

const RUNS = Number(process.env.CTK_MODEL_RUNS ?? 1000);
const SEED = Number(process.env.CTK_MODEL_SEED ?? 19);
const CONVERSATIONS = ["c1", "c2"] as const;
const DETAILS = ["tag_1", "tag_2"];
const BASE = "http://model.test";
const conversationAt = (index: number): string => (index === 0 ? "c1" : "c2");
// The conversations lists a dashboard shows: every conversation, and those tagged tag_1.
const ALL: ConversationFilters = {};
const TAGGED: ConversationFilters = { tag_ids: ["tag_1"] };
const summaries: ConversationSummary[] = CONVERSATIONS.map((id, index) => ({
  conversation_id: id,
  agent_id: "agent_model",
  start_time_unix_secs: 1_700_000_000 - index,
  call_duration_secs: 60,
  message_count: 2,
  status: "done",
  call_successful: "success",
  tag_ids: index === 0 ? ["tag_1"] : [],
}));

type Command =
  | { kind: "create"; title: string }
  | { kind: "update"; tag: number; title: string }
  | { kind: "delete"; tag: number }
  | { kind: "assign"; conversation: 0 | 1; tags: number[] }
  | { kind: "unassign"; conversation: 0 | 1; tag: number }
  | { kind: "pick"; tags: number[] }
  | { kind: "unpick"; tag: number }
  | { kind: "pickMany"; count: number }
  | { kind: "switch" }
  | { kind: "refetch" }
  | { kind: "read"; outcome: Outcome }
  | { kind: "answer"; index: number; outcome: Outcome };

const outcome = fc.constantFrom<Outcome>("ok", "ok", "ok", "ok", "ok", "422", "500", "timeout", "network");
const tagRef = fc.nat({ max: 9 });
const conversation = fc.constantFrom<0 | 1>(0, 1);
const commands = (extra: fc.Arbitrary<Command>[] = []): fc.Arbitrary<Command> => fc.oneof(
  ...extra,
  fc.record({ kind: fc.constant("create"), title: fc.constantFrom("Alpha", "Beta", "Gamma") }),
  fc.record({ kind: fc.constant("update"), tag: tagRef, title: fc.constantFrom("Renamed", "Again") }),
  fc.record({ kind: fc.constant("delete"), tag: tagRef }),
  fc.record({ kind: fc.constant("assign"), conversation, tags: fc.array(tagRef, { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant("unassign"), conversation, tag: tagRef }),
  fc.record({ kind: fc.constant("pick"), tags: fc.array(tagRef, { minLength: 1, maxLength: 2 }) }),
  fc.record({ kind: fc.constant("unpick"), tag: tagRef }),
  fc.record({ kind: fc.constant("switch") }),
  { arbitrary: fc.record({ kind: fc.constant("answer"), index: fc.nat(), outcome }), weight: 4 },
  // Another part of the page refetching the lists, and such a read answered while writes are pending.
  fc.record({ kind: fc.constant("refetch") }),
  // (Answered with success: a failed read retries on the kit's timer, outside what a step can settle.)
  fc.record({ kind: fc.constant("read"), outcome: fc.constant<Outcome>("ok") }),
);
// Picks of more than 50 tags at once: the queue splits them into calls of 50.
const pickMany = fc.record({ kind: fc.constant("pickMany" as const), count: fc.integer({ min: 40, max: 60 }) });

interface Handle {
  create: ReturnType<typeof useCreateTag>;
  update: ReturnType<typeof useUpdateTag>;
  remove: ReturnType<typeof useDeleteTag>;
  assign: ReturnType<typeof useAssignTags>;
  unassign: ReturnType<typeof useUnassignTag>;
  picker: ReturnType<typeof useConversationTagPicker>;
}

/** A dashboard: two lists, two details, and one picker fed by the cached ids of the conversation shown. */
function Dashboard({ shown, handle }: { shown: string; handle: Ref<Handle> }) {
  useTags({ page_size: 100 });
  useTags({ page_size: 2 });
  useTag(DETAILS[0] ?? "");
  useTag(DETAILS[1] ?? "");
  useConversations(ALL);
  useConversations(TAGGED);
  const ids = useQuery<string[]>({ queryKey: tagKeys.conversation(shown), queryFn: skipToken }).data;
  const handles = {
    create: useCreateTag(),
    update: useUpdateTag(),
    remove: useDeleteTag(),
    assign: useAssignTags(),
    unassign: useUnassignTag(),
    // The cache is the host's store: the kit's hooks already write it, so changes need no handler.
    picker: useConversationTagPicker({ conversationId: shown, tagIds: ids ?? [], onTagIdsChange: () => {} }),
  };
  useImperativeHandle(handle, () => handles);
  return null;
}

/** Lets every promise chain, react-query notification and React render that is ready run. */
async function flush() {
  await act(async () => {
    for (let i = 0; i < 3; i += 1) {
      await new Promise<void>((resolve) => {
        queueMicrotask(resolve);
      });
    }
  });
}

function cachedState(queryClient: QueryClient, shownIds: readonly string[]) {
  const list = (pageSize: number) =>
    queryClient
      .getQueryData<{ pages: ListTagsPage[] }>(tagKeys.list({ page_size: pageSize }))
      ?.pages.flatMap((page) => page.conversation_tags);
  return {
    full: list(100),
    paged: list(2),
    // The picker's walk of every tag (tagKeys.workspace()), patched by the same writes.
    workspace: queryClient
      .getQueryData<{ pages: ListTagsPage[] }>(tagKeys.workspace())
      ?.pages.flatMap((page) => page.conversation_tags),
    details: Object.fromEntries(DETAILS.map((id) => [id, queryClient.getQueryData<ConversationTag>(tagKeys.detail(id))])),
    conversations: Object.fromEntries(
      CONVERSATIONS.map((id) => [id, [...(queryClient.getQueryData<string[]>(tagKeys.conversation(id)) ?? [])].sort()]),
    ),
    picker: [...shownIds].sort(),
    rows: conversationRows(queryClient, ALL),
    tagged: conversationRows(queryClient, TAGGED),
  };
}

/** Each row of a cached conversations list: its id and its tag ids, sorted. */
function conversationRows(queryClient: QueryClient, filters: ConversationFilters) {
  return queryClient
    .getQueryData<{ pages: ListConversationsPage[] }>(tagKeys.conversationList(filters))
    ?.pages.flatMap((page) => page.conversations)
    .map((row) => ({ id: row.conversation_id, tagIds: [...(row.tag_ids ?? [])].sort() }));
}

function expectMatchesServer(state: ReturnType<typeof cachedState>, server: MockTagsApi, shown: string) {
  const tags = server.tags();
  expect(state.full, "the full list").toEqual(tags);
  expect(state.workspace, "the workspace's tags").toEqual(tags);
  // A list that loaded one page shows the newest tags, in order, as far as it goes.
  expect(state.paged, "the one-page list").toEqual(tags.slice(0, state.paged?.length ?? 0));
  for (const [id, detail] of Object.entries(state.details)) {
    if (detail !== undefined) expect(detail, `the detail of ${id}`).toEqual(tags.find((tag) => tag.tag_id === id));
  }
  for (const id of CONVERSATIONS) {
    expect(state.conversations[id], `the ids of ${id}`).toEqual(server.assignedTagIds(id).sort());
  }
  expect(state.picker, "the picker's chips").toEqual(server.assignedTagIds(shown).sort());
  const rowsOnServer = (ids: readonly string[]) => ids.map((id) => ({ id, tagIds: server.assignedTagIds(id).sort() }));
  expect(state.rows, "the conversations list's rows").toEqual(rowsOnServer(CONVERSATIONS));
  // A row that lost tag_1 stays until the list is fetched again: its tags are the server's all the same.
  expect(state.tagged, "the tagged list's rows").toEqual(rowsOnServer((state.tagged ?? []).map((row) => row.id)));
}

async function runSequence(tagCount: number, commands: Command[], tail: Outcome[]) {
  const server = createMockTagsApi({ tags: initialTags(tagCount), conversations: summaries });
  const network = createScheduledNetwork(server);
  const client = createTagsClient({ baseUrl: BASE, fetch: network.fetch });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  for (const { conversation_id: id, tag_ids: ids } of summaries) queryClient.setQueryData(tagKeys.conversation(id), ids);
  const handle: { current: Handle | null } = { current: null };
  let shown = 0;
  const view = render(
    <QueryClientProvider client={queryClient}>
      <TagsApiProvider client={client}>
        <Dashboard shown={conversationAt(shown)} handle={handle} />
      </TagsApiProvider>
    </QueryClientProvider>,
  );
  const rerender = () => {
    view.rerender(
      <QueryClientProvider client={queryClient}>
        <TagsApiProvider client={client}>
          <Dashboard shown={conversationAt(shown)} handle={handle} />
        </TagsApiProvider>
      </QueryClientProvider>,
    );
  };
  const answerReads = async () => {
    for (let guard = 0; guard < 200; guard += 1) {
      await flush();
      const [read] = network.reads();
      if (!read && queryClient.isFetching() === 0) return;
      if (read) await read.settle("ok");
    }
    throw new Error("reads never settled");
  };
  try {
    await answerReads();
    const seen = new Set(server.tags().map((tag) => tag.tag_id));
    const known = () => [...seen];
    const ref = (n: number) => known()[n % known().length] ?? "tag_1";
    // Tags with a delete in flight: no cached list may show them meanwhile.
    const deleting = new Map<string, number>();
    // What each conversation may receive: the ids picked or passed for it, by kind.
    const allowed = new Set<string>();
    const ignore = () => undefined;
    const api = () => {
      if (!handle.current) throw new Error("not rendered");
      return handle.current;
    };

    for (const step of commands) {
      const current = conversationAt(shown);
      switch (step.kind) {
        case "create":
          api().create.mutateAsync({ title: step.title, description: null }).then((tag) => seen.add(tag.tag_id), ignore);
          break;
        case "update":
          api().update.mutateAsync({ tagId: ref(step.tag), changes: { title: step.title } }).catch(ignore);
          break;
        case "delete": {
          const tagId = ref(step.tag);
          deleting.set(tagId, (deleting.get(tagId) ?? 0) + 1);
          const settled = () => deleting.set(tagId, (deleting.get(tagId) ?? 1) - 1);
          api().remove.mutateAsync(tagId).then(settled, settled);
          break;
        }
        case "refetch":
          void queryClient.invalidateQueries({ queryKey: tagKeys.lists() });
          void queryClient.invalidateQueries({ queryKey: tagKeys.conversationLists() });
          break;
        case "read": {
          const [read] = network.reads();
          if (read) await read.settle(step.outcome);
          break;
        }
        case "assign": {
          const id = conversationAt(step.conversation);
          const tagIds = step.tags.map(ref);
          for (const tagId of tagIds) allowed.add(`POST ${id} ${tagId}`);
          api().assign.mutateAsync({ conversationId: id, tagIds }).catch(ignore);
          break;
        }
        case "unassign": {
          const id = conversationAt(step.conversation);
          allowed.add(`DELETE ${id} ${ref(step.tag)}`);
          api().unassign.mutateAsync({ conversationId: id, tagId: ref(step.tag) }).catch(ignore);
          break;
        }
        case "pick":
          for (const tagId of step.tags.map(ref)) allowed.add(`POST ${current} ${tagId}`);
          act(() => {
            api().picker.addTags(step.tags.map(ref));
          });
          break;
        case "pickMany": {
          const tagIds = known().slice(0, step.count);
          for (const tagId of tagIds) allowed.add(`POST ${current} ${tagId}`);
          act(() => {
            api().picker.addTags(tagIds);
          });
          break;
        }
        case "unpick":
          allowed.add(`DELETE ${current} ${ref(step.tag)}`);
          act(() => {
            api().picker.removeTag(ref(step.tag));
          });
          break;
        case "switch":
          shown = 1 - shown;
          rerender();
          break;
        case "answer": {
          const writes = network.writes();
          const write = writes[step.index % Math.max(1, writes.length)];
          if (write) await write.settle(step.outcome);
          break;
        }
      }
      await flush();
      const now = cachedState(queryClient, []);
      for (const [tagId, pending] of deleting) {
        if (pending === 0) continue;
        const rows = [...(now.full ?? []), ...(now.paged ?? []), ...(now.workspace ?? [])].map((tag) => tag.tag_id);
        expect(rows, `a list shows ${tagId} while its delete is pending`).not.toContain(tagId);
      }
    }

    // Every write left gets an answer, then every write those caused, until none is pending.
    let next = 0;
    for (let guard = 0; ; guard += 1) {
      if (guard > 500) throw new Error("writes never settled: a pending state without end");
      await flush();
      const [write] = network.writes();
      if (write) {
        await write.settle(tail[next++ % tail.length] ?? "ok");
        continue;
      }
      if (queryClient.isMutating() === 0) break;
    }
    await flush();

    const before = cachedState(queryClient, api().picker.tagIds);
    expectMatchesServer(before, server, conversationAt(shown));
    // No write went to a conversation it was not made for.
    for (const line of sentWrites(network.sent)) expect(allowed, `a write nobody made: ${line}`).toContain(line);

    await answerReads();
    const after = cachedState(queryClient, api().picker.tagIds);
    expectMatchesServer(after, server, conversationAt(shown));
    // A refetched page holds a page's worth again, and a tagged list fetched again (a "refetch" step)
    // holds the conversations tagged now; everything else is exactly as it was.
    const refreshed = { paged: undefined, tagged: undefined };
    expect({ ...after, ...refreshed }, "after the background refresh").toEqual({ ...before, ...refreshed });

    // Fetched again (the list's Refresh), the tagged list holds exactly the conversations tagged tag_1 now.
    void queryClient.invalidateQueries({ queryKey: tagKeys.conversationLists() });
    await answerReads();
    const tagged = CONVERSATIONS.filter((id) => server.assignedTagIds(id).includes("tag_1"));
    expect(conversationRows(queryClient, TAGGED)?.map((row) => row.id), "the tagged list after Refresh").toEqual(tagged);
  } finally {
    view.unmount();
    queryClient.clear();
  }
}

/** Each assign and unassign sent, one line per tag id: "POST c1 tag_3", "DELETE c2 tag_1". */
function sentWrites(sent: readonly { method: string; path: string; body: unknown }[]): string[] {
  return sent.flatMap(({ method, path, body }) => {
    const match = /\/v1\/convai\/conversations\/([^/]+)\/tags(?:\/([^/]+))?$/.exec(path);
    if (!match) return [];
    const [, conversationId, tagId] = match;
    if (method === "DELETE") return [`DELETE ${conversationId ?? ""} ${tagId ?? ""}`];
    const { tag_ids: ids } = body as { tag_ids: string[] };
    // The API assigns at most 50 ids a call.
    expect(ids.length).toBeLessThanOrEqual(50);
    return ids.map((id) => `POST ${conversationId ?? ""} ${id}`);
  });
}

describe("the write layer under random interleavings", () => {
  let restore: () => void = () => {};
  beforeAll(() => {
    // Notifications in microtasks rather than timers: each step settles in one flush, so a
    // thousand sequences fit in seconds. The order of events is react-query's own either way.
    notifyManager.setScheduler(queueMicrotask);
    // The workspace's walk starts at the first idle moment: here at once, so every sequence starts
    // with it read, whatever the machine's timers do.
    vi.stubGlobal("requestIdleCallback", (callback: () => void) => {
      callback();
      return 0;
    });
    vi.stubGlobal("cancelIdleCallback", () => {});
    restore = () => {
      notifyManager.setScheduler((callback) => setTimeout(callback, 0));
      vi.unstubAllGlobals();
    };
  });
  afterAll(() => {
    restore();
  });

  it(`keeps every cache equal to the server after ${String(RUNS)} random sequences (seed ${String(SEED)})`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(commands(), { minLength: 1, maxLength: 20 }),
        fc.array(outcome, { minLength: 1, maxLength: 6 }),
        (steps, tail) => runSequence(5, steps, tail),
      ),
      { numRuns: RUNS, seed: SEED },
    );
  }, 600_000);

  it(`splits picks of more than 50 tags and still ends where the server is (${String(Math.ceil(RUNS / 10))} sequences)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(commands([pickMany]), { minLength: 1, maxLength: 16 }),
        fc.array(outcome, { minLength: 1, maxLength: 6 }),
        (steps, tail) => runSequence(60, steps, tail),
      ),
      { numRuns: Math.ceil(RUNS / 10), seed: SEED },
    );
  }, 600_000);
});
