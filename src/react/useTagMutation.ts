/**
 * The plumbing every kit mutation shares: the write retry policy, the optimistic write before the
 * request and its rollback after a failure, and the background refresh once no kit write is in
 * flight. The host's own callbacks run after the kit's, with react-query's own arguments.
 */
import {
  useMutation,
  useQueryClient,
  type QueryClient,
  type QueryKey,
  type UseMutationOptions,
  type UseMutationResult,
} from "@tanstack/react-query";
import { useState } from "react";
import { retryWrite, type TagsApiError } from "../core/errors.js";
import type { Rollback } from "./tagCache.js";

/** A kit mutation hook's options: any `useMutation` option except the function itself. */
export type TagMutationOptions<TData, TVariables, TContext = unknown> = Omit<
  UseMutationOptions<TData, TagsApiError, TVariables, TContext>,
  "mutationFn"
>;

/** What one kit mutation does, beside the request. */
export interface TagMutationSpec<TData, TVariables> {
  mutationFn: (variables: TVariables) => Promise<TData>;
  /** The optimistic write, after in-flight queries are cancelled; returns its undo. */
  write?: (queryClient: QueryClient, variables: TVariables) => Promise<Rollback>;
  /** Cache updates once the server said yes. */
  succeeded?: (queryClient: QueryClient, data: TData, variables: TVariables) => Promise<void> | void;
  /** Cache updates once the server said no (after the rollback). */
  failed?: (queryClient: QueryClient, error: TagsApiError, variables: TVariables) => void;
  /** What to refetch in the background afterwards (`error` is `null` after a success). */
  refresh: (variables: TVariables, error: TagsApiError | null) => QueryKey[];
}

interface WritesInFlight {
  count: number;
  stale: QueryKey[];
}

// Per QueryClient: while any kit write is in flight, a refetch could return the server's state from
// before that write and overwrite its optimistic data, so refreshes wait for the last one to settle.
const inFlight = new WeakMap<QueryClient, WritesInFlight>();

function writesOf(queryClient: QueryClient): WritesInFlight {
  let writes = inFlight.get(queryClient);
  if (!writes) inFlight.set(queryClient, (writes = { count: 0, stale: [] }));
  return writes;
}

/** Runs a kit mutation; see the module comment. */
export function useTagMutation<TData, TVariables, TContext>(
  options: TagMutationOptions<TData, TVariables, TContext>,
  spec: TagMutationSpec<TData, TVariables>,
): UseMutationResult<TData, TagsApiError, TVariables, TContext> {
  const queryClient = useQueryClient();
  // Rollbacks by variables (react-query hands the same value to onMutate and onError), kept out of
  // the mutation's context so the host's onMutate result reaches its callbacks untouched.
  const [rollbacks] = useState(() => new Map<TVariables, Rollback[]>());
  return useMutation<TData, TagsApiError, TVariables, TContext>({
    ...options,
    retry: retryWrite(options.retry),
    mutationFn: spec.mutationFn,
    onMutate: async (variables, context) => {
      writesOf(queryClient).count += 1;
      if (spec.write) {
        const rollback = await spec.write(queryClient, variables);
        rollbacks.set(variables, [...(rollbacks.get(variables) ?? []), rollback]);
      }
      return (await options.onMutate?.(variables, context)) as TContext;
    },
    onSuccess: async (data, variables, result, context) => {
      takeRollback(rollbacks, variables);
      await spec.succeeded?.(queryClient, data, variables);
      await options.onSuccess?.(data, variables, result, context);
    },
    onError: async (error, variables, result, context) => {
      takeRollback(rollbacks, variables)?.();
      spec.failed?.(queryClient, error, variables);
      await options.onError?.(error, variables, result, context);
    },
    onSettled: async (data, error, variables, result, context) => {
      const writes = writesOf(queryClient);
      writes.count = Math.max(0, writes.count - 1);
      writes.stale.push(...spec.refresh(variables, error));
      if (writes.count === 0) {
        // Not awaited: the caches are already right, so the mutation settles without waiting.
        for (const queryKey of writes.stale.splice(0)) void queryClient.invalidateQueries({ queryKey });
      }
      await options.onSettled?.(data, error, variables, result, context);
    },
  });
}

function takeRollback<TVariables>(rollbacks: Map<TVariables, Rollback[]>, variables: TVariables): Rollback | undefined {
  const queue = rollbacks.get(variables);
  const rollback = queue?.shift();
  if (queue?.length === 0) rollbacks.delete(variables);
  return rollback;
}
