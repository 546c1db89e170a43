/**
 * Each story gets its own in-memory tags API behind MSW, mounted under its own path, so state
 * never leaks between stories, not even between the stories of one docs page. Stories describe it
 * with `parameters.tagsApi` and read it in `play` through {@link tagsApiOf}.
 */
import type { Loader } from "@storybook/react-vite";
import type { HttpHandler } from "msw";
import { mswLoader } from "msw-storybook-addon/csf3";
import { createTagsHandlers } from "../../src/msw";
import { createMockTagsApi, type MockTagsApi, type MockTagsApiOptions, type MockTagsFailure } from "../../src/server";
import { storyClock } from "../../test/support/fixtures";

/** A failure for every request a person will plausibly make while looking at the story. */
export function always(failure: MockTagsFailure): { failure: MockTagsFailure; times: number } {
  return { failure, times: 100 };
}

/** `parameters.tagsApi`: how this story's mock API and client behave. */
export interface TagsApiParameters {
  /** Options of `createMockTagsApi` (initial tags, latency, a stricter title limit...). */
  mock?: MockTagsApiOptions;
  /** Failures queued before the story renders, in order (`failNext(failure, times)`). */
  failures?: { failure: MockTagsFailure; times?: number }[];
  /** Milliseconds before the client gives up with `kind: "timeout"`; the client's default otherwise. */
  timeoutMs?: number;
  /** `false` renders the story without the preview's `TagsApiProvider`: it brings its own. */
  provider?: boolean;
}

declare module "storybook/internal/csf" {
  interface Parameters {
    tagsApi?: TagsApiParameters;
    /** `false` renders the story without `convai-tag-kit/styles.css`. */
    kitStyles?: boolean;
  }
}

/** This story's mock API, where its client must send requests, and every request that arrived. */
export interface StoryTagsApi {
  api: MockTagsApi;
  /** The story's stand-in for an app's proxy path, e.g. `/createtagform-states--default/api/elevenlabs`. */
  baseUrl: string;
  requests: Request[];
  /** Different on every load, so a remounted story also gets a fresh client and cache. */
  loadId: number;
}

const startMsw = mswLoader();
// The handlers of every story on screen: a docs page shows many at once, and MSW's loader resets
// the worker for each of them, so each load puts all of them back.
const onScreen = new Map<string, HttpHandler[]>();
let loads = 0;

/**
 * Starts MSW (once), then installs `createTagsHandlers` over a fresh mock API that records each
 * request. Runs as one loader so the handlers are installed after MSW's per-story reset.
 */
export const tagsApiLoader: Loader = async (context) => {
  await startMsw(context);
  const { mock, failures = [] } = context.parameters.tagsApi ?? {};
  const api = createMockTagsApi({ now: storyClock, ...mock });
  for (const { failure, times } of failures) api.failNext(failure, times);
  const requests: Request[] = [];
  const recorded: MockTagsApi = {
    ...api,
    fetch: (request) => {
      requests.push(request);
      return api.fetch(request);
    },
  };
  const baseUrl = `/${context.id}/api/elevenlabs`;
  if (context.viewMode !== "docs") onScreen.clear();
  onScreen.set(context.id, createTagsHandlers({ api: recorded, baseUrl }));
  context.msw.use(...[...onScreen.values()].flat());
  const tagsApi: StoryTagsApi = { api, baseUrl, requests, loadId: ++loads };
  return { tagsApi };
};

/** The story's mock API, from the `loaded` of a story context. */
export function tagsApiOf(loaded: Record<string, unknown>): StoryTagsApi {
  const tagsApi = loaded.tagsApi as StoryTagsApi | undefined;
  if (!tagsApi) throw new Error("tagsApiLoader did not run for this story");
  return tagsApi;
}

/** Requests with this method that reached the mock API. */
export function requestsOf(loaded: Record<string, unknown>, method: string): Request[] {
  return tagsApiOf(loaded).requests.filter((request) => request.method === method);
}
