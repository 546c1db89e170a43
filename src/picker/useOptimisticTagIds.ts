import { useEffect, useRef, useState } from "react";
import { TagsApiError } from "../core/errors.js";
import { idListSlot } from "../react/idListSlot.js";
import { createWriteLedger, type PendingWrite } from "../react/writeLedger.js";
import { chunk } from "./chunk.js";
import type { PickerMutations } from "./usePickerMutations.js";

/** Most tag ids the API assigns in one call. */
export const ASSIGN_BATCH_SIZE = 50;

// Each call carries its conversation and its own ids from the moment of the pick: the picker may
// show another conversation by the time it is sent or answered.
type Operation =
  | { kind: "assign"; conversationId: string; writes: Map<string, PendingWrite<boolean | undefined>> }
  | { kind: "unassign"; conversationId: string; tagId: string; write: PendingWrite<boolean | undefined> };

/** A change the API refused; `tagIds` are the ones taken back (a later pick may still hold the rest). */
export type TagIdsFailure =
  | { kind: "assign"; conversationId: string; tagIds: string[]; error: unknown }
  | { kind: "unassign"; conversationId: string; tagId: string; undone: boolean; error: unknown };

/** Called with a conversation's ids after a change: the pick's conversation, not necessarily the one shown. */
export type TagIdsChange = (tagIds: string[], conversationId: string) => void;

/** Options of {@link useOptimisticTagIds}. */
export interface UseOptimisticTagIdsOptions {
  conversationId: string;
  /** Controlled value; when given, `defaultTagIds` is ignored. */
  tagIds?: readonly string[] | undefined;
  /** Uncontrolled value, taken again whenever `conversationId` changes. */
  defaultTagIds?: readonly string[] | undefined;
  onTagIdsChange?: TagIdsChange | undefined;
  mutations: PickerMutations;
  /** Called after a refused change settled. */
  onFailure: (failure: TagIdsFailure) => void;
}

interface Known {
  ids: readonly string[];
  onChange: TagIdsChange | undefined;
}

/**
 * A conversation's tag ids, changed optimistically: `add` and `remove` update the value at once and
 * queue the API calls, which run one at a time in order (so a remove never overtakes its add).
 * Adds queued behind a running call for the same conversation are merged into one request, split
 * into calls of 50. Every pick is an operation in a ledger (see writeLedger.ts): a refused call
 * undoes only what it did, and only where no later pick on the same tag has taken over.
 */
export function useOptimisticTagIds(options: UseOptimisticTagIdsOptions) {
  const { conversationId, tagIds, defaultTagIds, onTagIdsChange, mutations, onFailure } = options;
  const [own, setOwn] = useState(() => ({ conversationId, ids: defaultTagIds ?? [] }));
  // Uncontrolled and moved to another conversation: start from that conversation's defaults.
  const ownIds = own.conversationId === conversationId ? own.ids : (defaultTagIds ?? []);
  if (own.conversationId !== conversationId) setOwn({ conversationId, ids: ownIds });
  const value = tagIds ?? ownIds;

  // The last value and callback seen for each conversation this picker has shown.
  const known = useRef(new Map<string, Known>());
  const rendered = useRef<{ conversationId: string; ids: readonly string[] } | null>(null);
  const current = useRef({ conversationId, mutations, onFailure });
  const [ledger] = useState(createWriteLedger);
  const dirty = useRef(new Set<string>());
  const queue = useRef<Operation[]>([]);
  const running = useRef(false);

  useEffect(() => {
    current.current = { conversationId, mutations, onFailure };
    const entry = known.current.get(conversationId);
    const fresh = rendered.current?.conversationId !== conversationId || rendered.current.ids !== value;
    known.current.set(conversationId, { ids: fresh || !entry ? value : entry.ids, onChange: onTagIdsChange });
    rendered.current = { conversationId, ids: value };
  });

  const idsOf = (id: string) => known.current.get(id)?.ids ?? [];

  function slot(id: string, tagId: string) {
    const own = {
      name: "own",
      get: () => idsOf(id),
      set: (next: string[]) => {
        known.current.set(id, { ids: next, onChange: known.current.get(id)?.onChange });
        dirty.current.add(id);
      },
    };
    return idListSlot(`${id}\u0000${tagId}`, tagId, () => [own]);
  }

  // Reports each changed conversation once, to the callback it was shown with.
  function flush() {
    for (const id of dirty.current) {
      const entry = known.current.get(id);
      if (!entry) continue;
      const ids = [...entry.ids];
      if (id === current.current.conversationId) setOwn({ conversationId: id, ids });
      entry.onChange?.(ids, id);
    }
    dirty.current.clear();
  }

  async function run(operation: Operation) {
    const calls = current.current.mutations;
    // Read when the answer comes: the picker may show another conversation by then.
    const fail = (failure: TagIdsFailure) => {
      current.current.onFailure(failure);
    };
    const id = operation.conversationId;
    if (operation.kind === "assign") {
      for (const part of chunk([...operation.writes.keys()], ASSIGN_BATCH_SIZE)) {
        try {
          await calls.assign(id, part);
          for (const tagId of part) operation.writes.get(tagId)?.succeeded();
          flush();
        } catch (error) {
          for (const tagId of part) operation.writes.get(tagId)?.failed();
          flush();
          fail({ kind: "assign", conversationId: id, tagIds: part.filter((tagId) => !idsOf(id).includes(tagId)), error });
        }
      }
      return;
    }
    try {
      await calls.unassign(id, operation.tagId);
      operation.write.succeeded();
      flush();
    } catch (error) {
      // The tag itself is gone (deleted elsewhere): it is off the conversation either way.
      if (error instanceof TagsApiError && error.kind === "not_found") {
        operation.write.succeeded();
        flush();
        return;
      }
      operation.write.failed();
      flush();
      fail({ kind: "unassign", conversationId: id, tagId: operation.tagId, undone: idsOf(id).includes(operation.tagId), error });
    }
  }

  async function drain() {
    if (running.current) return;
    running.current = true;
    try {
      for (let operation = queue.current.shift(); operation; operation = queue.current.shift()) {
        await run(operation);
      }
    } finally {
      running.current = false;
    }
  }

  /** Adds the ids not yet on the conversation; returns the ones it added. */
  function add(ids: readonly string[]): string[] {
    const fresh = [...new Set(ids)].filter((tagId) => !idsOf(conversationId).includes(tagId));
    if (fresh.length === 0) return [];
    const last = queue.current.at(-1);
    const operation =
      last?.kind === "assign" && last.conversationId === conversationId
        ? last
        : { kind: "assign" as const, conversationId, writes: new Map<string, PendingWrite<boolean | undefined>>() };
    for (const tagId of fresh) operation.writes.set(tagId, ledger.begin(slot(conversationId, tagId), true));
    if (operation !== last) queue.current.push(operation);
    flush();
    void drain();
    return fresh;
  }

  /** Removes `tagId`; an add of it still waiting in the queue is simply dropped. */
  function remove(tagId: string): boolean {
    if (!idsOf(conversationId).includes(tagId)) return false;
    const waiting = queue.current.find(
      (operation) => operation.kind === "assign" && operation.conversationId === conversationId && operation.writes.has(tagId),
    );
    if (waiting?.kind === "assign") {
      waiting.writes.get(tagId)?.failed();
      waiting.writes.delete(tagId);
      if (waiting.writes.size === 0) queue.current.splice(queue.current.indexOf(waiting), 1);
    }
    // Still shown after dropping the waiting add: the server has it, or a running call is adding it.
    if (idsOf(conversationId).includes(tagId)) {
      const write = ledger.begin(slot(conversationId, tagId), false);
      queue.current.push({ kind: "unassign", conversationId, tagId, write });
    }
    flush();
    void drain();
    return true;
  }

  return { value, add, remove };
}
