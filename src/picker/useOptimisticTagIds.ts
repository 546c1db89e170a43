import { useEffect, useRef, useState } from "react";
import { TagsApiError } from "../core/errors.js";
import { chunk } from "./chunk.js";
import type { PickerMutations } from "./usePickerMutations.js";

/** Most tag ids the API assigns in one call. */
export const ASSIGN_BATCH_SIZE = 50;

type Operation = { kind: "assign"; tagIds: string[] } | { kind: "unassign"; tagId: string; index: number };

/** A change the API refused, after the value was rolled back. */
export type TagIdsFailure =
  | { kind: "assign"; tagIds: string[]; error: unknown }
  | { kind: "unassign"; tagId: string; error: unknown };

/** Options of {@link useOptimisticTagIds}. */
export interface UseOptimisticTagIdsOptions {
  conversationId: string;
  /** Controlled value; when given, `defaultTagIds` is ignored. */
  tagIds?: readonly string[] | undefined;
  defaultTagIds?: readonly string[] | undefined;
  onTagIdsChange?: ((tagIds: string[]) => void) | undefined;
  mutations: PickerMutations;
  /** Called after a refused change was rolled back. */
  onFailure: (failure: TagIdsFailure) => void;
}

/**
 * A conversation's tag ids, changed optimistically: `add` and `remove` update the value at once and
 * queue the API calls, which run one at a time in order (so a remove never overtakes its add).
 * Adds queued behind a running call are merged into one request, split into calls of 50; a refused
 * call takes only its own ids back out (or puts its tag back), so later picks are never lost.
 */
export function useOptimisticTagIds(options: UseOptimisticTagIdsOptions) {
  const { conversationId, tagIds, defaultTagIds, onTagIdsChange, mutations, onFailure } = options;
  const [own, setOwn] = useState<readonly string[]>(() => defaultTagIds ?? []);
  const value = tagIds ?? own;
  const latest = useRef(value);
  const queue = useRef<Operation[]>([]);
  const running = useRef(false);
  const callbacks = useRef({ onTagIdsChange, mutations, onFailure, conversationId });

  useEffect(() => {
    latest.current = value;
    callbacks.current = { onTagIdsChange, mutations, onFailure, conversationId };
  });

  function commit(next: string[]) {
    latest.current = next;
    setOwn(next);
    callbacks.current.onTagIdsChange?.(next);
  }

  async function run(operation: Operation) {
    const { mutations: calls, conversationId: id, onFailure: fail } = callbacks.current;
    if (operation.kind === "assign") {
      for (const part of chunk(operation.tagIds, ASSIGN_BATCH_SIZE)) {
        try {
          await calls.assign(id, part);
        } catch (error) {
          commit(latest.current.filter((tagId) => !part.includes(tagId)));
          fail({ kind: "assign", tagIds: part, error });
        }
      }
      return;
    }
    try {
      await calls.unassign(id, operation.tagId);
    } catch (error) {
      // The tag itself is gone (deleted elsewhere): it is off the conversation either way.
      if (error instanceof TagsApiError && error.kind === "not_found") return;
      if (!latest.current.includes(operation.tagId)) {
        const next = [...latest.current];
        next.splice(Math.min(operation.index, next.length), 0, operation.tagId);
        commit(next);
      }
      fail({ kind: "unassign", tagId: operation.tagId, error });
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
    const fresh = [...new Set(ids)].filter((tagId) => !latest.current.includes(tagId));
    if (fresh.length === 0) return [];
    commit([...latest.current, ...fresh]);
    const last = queue.current.at(-1);
    if (last?.kind === "assign") last.tagIds.push(...fresh);
    else queue.current.push({ kind: "assign", tagIds: fresh });
    void drain();
    return fresh;
  }

  /** Removes `tagId`; an add of it still waiting in the queue is simply dropped. */
  function remove(tagId: string): boolean {
    const index = latest.current.indexOf(tagId);
    if (index === -1) return false;
    commit(latest.current.filter((id) => id !== tagId));
    const waiting = queue.current.find(
      (operation) => operation.kind === "assign" && operation.tagIds.includes(tagId),
    );
    if (waiting?.kind === "assign") waiting.tagIds.splice(waiting.tagIds.indexOf(tagId), 1);
    else queue.current.push({ kind: "unassign", tagId, index });
    void drain();
    return true;
  }

  return { value, add, remove };
}
