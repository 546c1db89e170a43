/**
 * The plumbing every kit mutation shares: the write retry policy, the write recorded before the
 * request and settled by its answer (see writeLedger.ts), and the background refresh once no kit
 * write is in flight. The host's own callbacks run after the kit's, with react-query's own arguments.
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
import { workspaceHeadOnly } from "./workspaceRefresh.js";

/** A kit mutation hook's options: any `useMutation` option except the function itself. */
export type TagMutationOptions<TData, TVariables, TContext = unknown> = Omit<
  UseMutationOptions<TData, TagsApiError, TVariables, TContext>,
  "mutationFn"
>;

/** How one write settles in the cache once the server answers. */
export interface WriteOutcome<TData> {
  /** The server did it; `data` is its answer. */
  succeeded: (data: TData) => Promise<void> | void;
  /** The server refused, or could not be reached: undo the write's own part only. */
  failed: (error: TagsApiError) => void;
}

/** What one kit mutation does, beside the request. */
export interface TagMutationSpec<TData, TVariables> {
  mutationFn: (variables: TVariables) => Promise<TData>;
  /**
   * Before the request: records the write (its optimistic part shows at once) and says how it
   * settles. Bound to these variables, so a late answer settles this write and no other.
   */
  begin: (queryClient: QueryClient, variables: TVariables) => WriteOutcome<TData> | Promise<WriteOutcome<TData>>;
  /** What to refetch in the background afterwards (`error` is `null` after a success). */
  refresh: (variables: TVariables, error: TagsApiError | null) => QueryKey[];
}

interface WritesInFlight {
  count: number;
  stale: QueryKey[];
  /** A write since the last refresh failed: its outcome may be unknown. */
  failed: boolean;
}

// Per QueryClient: while any kit write is in flight, a refetch could return the server's state from
// before that write and overwrite its optimistic data, so refreshes wait for the last one to settle.
const inFlight = new WeakMap<QueryClient, WritesInFlight>();

function writesOf(queryClient: QueryClient): WritesInFlight {
  let writes = inFlight.get(queryClient);
  if (!writes) inFlight.set(queryClient, (writes = { count: 0, stale: [], failed: false }));
  return writes;
}

/** Runs a kit mutation; see the module comment. */
export function useTagMutation<TData, TVariables, TContext>(
  options: TagMutationOptions<TData, TVariables, TContext>,
  spec: TagMutationSpec<TData, TVariables>,
): UseMutationResult<TData, TagsApiError, TVariables, TContext> {
  const queryClient = useQueryClient();
  // Outcomes by variables (react-query hands the same value to onMutate and onError), kept out of
  // the mutation's context so the host's onMutate result reaches its callbacks untouched.
  const [outcomes] = useState(() => new Map<TVariables, WriteOutcome<TData>[]>());
  return useMutation<TData, TagsApiError, TVariables, TContext>({
    // Offline, react-query would pause the write until the browser is back: a spinner with no end
    // and refreshes held back meanwhile. Sent now, it fails with the network message instead.
    networkMode: "always",
    ...options,
    retry: retryWrite(options.retry),
    mutationFn: spec.mutationFn,
    onMutate: async (variables, context) => {
      writesOf(queryClient).count += 1;
      const outcome = await spec.begin(queryClient, variables);
      outcomes.set(variables, [...(outcomes.get(variables) ?? []), outcome]);
      return (await options.onMutate?.(variables, context)) as TContext;
    },
    onSuccess: async (data, variables, result, context) => {
      await takeOutcome(outcomes, variables)?.succeeded(data);
      await options.onSuccess?.(data, variables, result, context);
    },
    onError: async (error, variables, result, context) => {
      takeOutcome(outcomes, variables)?.failed(error);
      await options.onError?.(error, variables, result, context);
    },
    onSettled: async (data, error, variables, result, context) => {
      const writes = writesOf(queryClient);
      writes.count = Math.max(0, writes.count - 1);
      writes.stale.push(...spec.refresh(variables, error));
      writes.failed ||= error !== null;
      if (writes.count === 0) {
        // The workspace walk's refresh starts inside invalidateQueries, which is where it reads this.
        if (!writes.failed) workspaceHeadOnly.add(queryClient);
        writes.failed = false;
        try {
          // Not awaited: the caches are already right, so the mutation settles without waiting.
          for (const queryKey of writes.stale.splice(0)) void queryClient.invalidateQueries({ queryKey });
        } finally {
          workspaceHeadOnly.delete(queryClient);
        }
      }
      await options.onSettled?.(data, error, variables, result, context);
    },
  });
}

function takeOutcome<TData, TVariables>(
  outcomes: Map<TVariables, WriteOutcome<TData>[]>,
  variables: TVariables,
): WriteOutcome<TData> | undefined {
  const queue = outcomes.get(variables);
  const outcome = queue?.shift();
  if (queue?.length === 0) outcomes.delete(variables);
  return outcome;
}
