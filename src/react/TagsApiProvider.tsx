import { QueryClient, QueryClientContext, QueryClientProvider } from "@tanstack/react-query";
import { createContext, use, useMemo, useState, type ReactNode } from "react";
import { createTagsClient, type TagsClient } from "../core/client.js";

const TagsClientContext = createContext<TagsClient | null>(null);

/** Props of {@link TagsApiProvider}: give a `baseUrl` (your proxy) or a ready `client`. */
export type TagsApiProviderProps = (
  | {
      /** Where your backend proxy serves the API, e.g. `/api/elevenlabs`. */
      baseUrl: string;
      client?: undefined;
    }
  | {
      /** A ready client, e.g. `createTagsClient({ baseUrl, timeoutMs, headers })`. */
      client: TagsClient;
      baseUrl?: undefined;
    }
) & {
  /** Used only when the host app has no `QueryClientProvider` of its own. */
  queryClient?: QueryClient;
  children?: ReactNode;
};

/**
 * Supplies the tags client to the kit's hooks. It uses the host's `QueryClientProvider` when there
 * is one and brings its own otherwise, so the kit works with zero react-query set-up.
 */
export function TagsApiProvider({ baseUrl, client, queryClient, children }: TagsApiProviderProps) {
  const hostQueryClient = use(QueryClientContext);
  const tagsClient = useMemo(() => client ?? createTagsClient({ baseUrl }), [client, baseUrl]);
  const [ownQueryClient] = useState(() => (hostQueryClient ? null : (queryClient ?? new QueryClient())));
  const content = <TagsClientContext value={tagsClient}>{children}</TagsClientContext>;
  return ownQueryClient ? <QueryClientProvider client={ownQueryClient}>{content}</QueryClientProvider> : content;
}

/** The tags client from the nearest {@link TagsApiProvider}; throws outside one. */
export function useTagsClient(): TagsClient {
  const client = use(TagsClientContext);
  if (!client) throw new Error("useTagsClient must be used inside <TagsApiProvider>");
  return client;
}
