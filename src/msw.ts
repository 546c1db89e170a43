/**
 * convai-tag-kit/msw: Mock Service Worker handlers that answer the tags API and the conversations
 * list from the kit's mock API, for tests in Node and for the browser during development.
 * @packageDocumentation
 */
import { http, HttpResponse, type HttpHandler } from "msw";
import { TAG_API_ROOT } from "./core/routes.js";
import { createMockTagsApi, type MockTagsApi } from "./server/mockApi.js";
import { isNetworkFailure } from "./server/mock/networkFailure.js";

/** Options of {@link createTagsHandlers}. */
export interface TagsHandlersOptions {
  /** The mock API that answers; a fresh `createMockTagsApi()` when omitted. */
  api?: MockTagsApi;
  /**
   * Where the client sends requests, e.g. `"http://127.0.0.1:9/api/elevenlabs"` or `"/api/elevenlabs"`
   * (a path matches on any origin). Default `""`: `/v1/convai/...` on any origin, at any prefix.
   */
  baseUrl?: string;
}

function patternFor(baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, "");
  if (base === "") return `*${TAG_API_ROOT}*`;
  // MSW resolves a bare path against the page's origin, or nothing at all in Node: match any origin.
  return base.startsWith("/") ? `*${base}${TAG_API_ROOT}*` : `${base}${TAG_API_ROOT}*`;
}

/**
 * Creates MSW 2 handlers that send every `/v1/convai/*` request under `baseUrl` to `api.fetch`
 * (one catch-all over the route table's common prefix, so a route added to the table is served too).
 * `failNext({ kind: "network" })` becomes `HttpResponse.error()`; a `hang` ends when the request is aborted.
 *
 * @example
 * const api = createMockTagsApi();
 * const server = setupServer(...createTagsHandlers({ api, baseUrl: "/api/elevenlabs" }));
 */
export function createTagsHandlers({ api = createMockTagsApi(), baseUrl = "" }: TagsHandlersOptions = {}): HttpHandler[] {
  return [
    http.all(patternFor(baseUrl), async ({ request }) => {
      try {
        return await api.fetch(request);
      } catch (error) {
        // After an abort, MSW has already rejected the fetch with the reason; nothing is left to say.
        if (isNetworkFailure(error) || request.signal.aborted) return HttpResponse.error();
        throw error;
      }
    }),
  ];
}
