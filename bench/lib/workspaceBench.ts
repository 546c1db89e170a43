/** Serves issue 22's data (10,000 tags, 100 ms a call) and runs its phase. */
import type { Browser } from "playwright-core";
import { manyTags, servePage } from "./serve";
import { workspaceTagsPhase, type WorkspaceTagsRun } from "./workspaceTagsPhase";

/** Issue 22's sizes: the workspace's tags and the mock's wait before every answer. */
export const WORKSPACE_TAGS = 10_000;
export const WORKSPACE_LATENCY_MS = 100;

/** The phase's name in the run's log and timings. */
export const WORKSPACE_PHASE = "pickers at 10,000 tags, 100 ms a request";

/** Measures the pickers on the production build in `pageDir`. */
export async function measureWorkspaceTags(browser: Browser, pageDir: string, quick: boolean): Promise<WorkspaceTagsRun> {
  const tags = manyTags(WORKSPACE_TAGS);
  const server = await servePage(pageDir, tags, { latencyMs: WORKSPACE_LATENCY_MS });
  const empty = await servePage(pageDir, [], { latencyMs: WORKSPACE_LATENCY_MS });
  try {
    return await workspaceTagsPhase(browser, server, empty, {
      tags,
      latencyMs: WORKSPACE_LATENCY_MS,
      samples: quick ? 1 : 3,
      openSamples: quick ? 2 : 12,
      keys: quick ? 100 : 200,
      pickers: 100,
      requestsCapMs: 60_000,
    });
  } finally {
    await server.close();
    await empty.close();
  }
}
