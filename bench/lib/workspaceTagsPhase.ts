/**
 * The workspace's tags at 10,000 (issue 22), behind a mock API that waits 100 ms before every answer:
 * - opening a picker: keydown (ArrowDown) to the first options on screen, cold (just mounted) and
 *   warm (mounted at least as long as a walk takes); goals ≤ 1 round trip + 50 ms and ≤ 1 frame;
 * - a tag from the last page found after typing its title, cold and warm (goal ≤ 50 ms warm);
 * - tag list requests made by a page with 100 pickers mounted (goal: one walk, 100 requests);
 * - main-thread work per keystroke in the picker with every tag loaded, against typing in
 *   `CreateTagForm` on the same page (goal ≤ 1.5×);
 * - the JS heap those tags add (the same page on a mock with no tags, subtracted).
 */
import type { Browser, CDPSession, Page } from "playwright-core";
import type { ConversationTag } from "../../src";
import { typeAlternately, type FieldTyping } from "./alternateTyping";
import { pressKey } from "./keys";
import type { PageServer } from "./serve";
import { summarize, type Summary } from "./stats";
import { findTag, LIST_PATH, openPicker, openPickers, settle, walkTimings, type OpenSample } from "./workspacePage";

/** How much to measure. */
export interface WorkspacePlan {
  /** The mock's tags, newest first (the last one is on the walk's last page). */
  tags: readonly ConversationTag[];
  latencyMs: number;
  /** Cold pages, then as many warm ones. */
  samples: number;
  /**
   * More cold opens, on pages closed right after the open (no walk to wait for): one open varies by
   * tens of ms with where the key falls against the page's first request, so a median of three misleads.
   */
  openSamples: number;
  /** Keystrokes in each field. */
  keys: number;
  /** Pickers on the page whose list requests are counted. */
  pickers: number;
  /** Longest wait for that page's walk to end. */
  requestsCapMs: number;
}

/** Opening a picker, over the samples. */
export interface OpenRun {
  toOptions: Summary;
  /** Samples whose first options were shown in the first frame after the key. */
  firstFrame: number;
  /** How long before the key the page's first tag list request started (negative: after it), ms. */
  walkLead: Summary;
}

/** Everything the phase measured. */
export interface WorkspaceTagsRun {
  tags: number;
  latencyMs: number;
  /** The walk on the cold pages: first list request's start to the last answer's end; and one request's duration. */
  walk: { ms: Summary; roundTripMs: Summary; requests: number };
  /** How long the warm pages waited after the picker was on screen before opening it, ms. */
  warmWaitMs: number;
  /** Warm pages whose walk had reached its last page before the picker was opened. */
  warmWalked: number;
  open: { cold: OpenRun; warm: OpenRun };
  /** Typing the last page's tag title (one input event) to the frame that shows its option, ms. */
  find: { cold: Summary; warm: Summary };
  requests: { pickers: number; listRequests: number; pages: number; complete: boolean; seconds: number };
  keystrokes: { form: FieldTyping; picker: FieldTyping; keys: number };
  /** JS heap in use (three full collections first), MB, with every tag loaded and with none. */
  memory: { withTagsMb: number; withoutTagsMb: number; addedMb: number; bytesPerTag: number };
}

function lastTag(plan: WorkspacePlan): ConversationTag {
  const tag = plan.tags.at(-1);
  if (!tag) throw new Error("the plan has no tags");
  return tag;
}

/** Whether `promise` settles within `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<boolean> {
  const timeout = new Promise<boolean>((resolve) => {
    setTimeout(() => {
      resolve(false);
    }, ms);
  });
  return Promise.race([promise.then(() => true), timeout]);
}

/** Cold: opened and typed into as soon as the picker is on screen; the walk's timings from the same page. */
async function coldSample(browser: Browser, server: PageServer, plan: WorkspacePlan) {
  const open = await openPickers(browser, server, 1);
  try {
    const opened = await openPicker(open.page, open.cdp);
    const found = await findTag(open.page, open.input, lastTag(plan).title);
    if (!(await within(open.walk.done, 120_000))) throw new Error("the walk did not end within 2 minutes");
    await settle(open.page);
    return { opened, found, timings: await walkTimings(open.page) };
  } finally {
    await open.context.close();
  }
}

/** A cold open alone: the page is closed once its first options are on screen. */
async function coldOpenSample(browser: Browser, server: PageServer) {
  const open = await openPickers(browser, server, 1);
  try {
    return { opened: await openPicker(open.page, open.cdp) };
  } finally {
    await open.context.close();
  }
}

/**
 * A few list requests straight to the server, so the first cold page does not pay for the server's
 * own first requests (its code compiled, its tags sorted): that is the server's time, not the kit's.
 */
async function warmServer(server: PageServer) {
  for (let i = 0; i < 5; i++) {
    const response = await fetch(`${server.url}${LIST_PATH}?page_size=100`);
    if (!response.ok) throw new Error(`the warm-up list request failed: ${String(response.status)}`);
    await response.arrayBuffer();
  }
  server.requests.length = 0;
}

/** Warm: the picker stays on screen for `waitMs` before it is opened and typed into. */
async function warmSample(browser: Browser, server: PageServer, plan: WorkspacePlan, waitMs: number) {
  const open = await openPickers(browser, server, 1);
  try {
    await open.page.waitForTimeout(Math.max(0, waitMs - (performance.now() - open.mountedAt)));
    const walked = open.walk.complete();
    const opened = await openPicker(open.page, open.cdp);
    const found = await findTag(open.page, open.input, lastTag(plan).title);
    return { opened, found, walked };
  } finally {
    await open.context.close();
  }
}

/** List requests a page with `plan.pickers` pickers (each showing a chip of the last page's tag) makes. */
async function requestsSample(browser: Browser, server: PageServer, plan: WorkspacePlan) {
  const started = performance.now();
  const open = await openPickers(browser, server, plan.pickers, lastTag(plan).tag_id);
  try {
    const complete = await within(open.walk.done, plan.requestsCapMs);
    // Anything the pickers still send once the last page is in counts too.
    await open.page.waitForTimeout(1500);
    return {
      pickers: plan.pickers,
      listRequests: open.walk.requests(),
      pages: Math.ceil(plan.tags.length / 100),
      complete,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
  } finally {
    await open.context.close();
  }
}

async function heapUsedMb(page: Page, cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 3; i++) {
    await cdp.send("HeapProfiler.collectGarbage");
    await page.waitForTimeout(100);
  }
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  return usedSize / 1024 / 1024;
}

/** Opens the first picker with ArrowDown, waits for the walk's end, closes it and reads the heap. */
async function loadedHeap(page: Page, cdp: CDPSession, done: Promise<void>, input: ReturnType<Page["locator"]>) {
  await input.focus();
  await pressKey(cdp, "ArrowDown");
  if (!(await within(done, 120_000))) throw new Error("the walk did not end within 2 minutes");
  await page.waitForTimeout(500);
  await page.keyboard.press("Escape");
  await settle(page);
  return heapUsedMb(page, cdp);
}

/** Every tag loaded: the heap, then typing in the picker against the form's title. */
async function loadedSample(browser: Browser, server: PageServer, empty: PageServer, plan: WorkspacePlan) {
  const withTags = await openPickers(browser, server, 1);
  let withTagsMb: number;
  let typed: [FieldTyping, FieldTyping];
  try {
    const { page, cdp, walk, input } = withTags;
    withTagsMb = await loadedHeap(page, cdp, walk.done, input);
    typed = await typeAlternately(page, cdp, page.getByRole("textbox", { name: "Title" }), input, plan.keys);
  } finally {
    await withTags.context.close();
  }
  const none = await openPickers(browser, empty, 1);
  let withoutTagsMb: number;
  try {
    withoutTagsMb = await loadedHeap(none.page, none.cdp, none.walk.done, none.input);
  } finally {
    await none.context.close();
  }
  const addedMb = withTagsMb - withoutTagsMb;
  return {
    keystrokes: { form: typed[0], picker: typed[1], keys: plan.keys },
    memory: { withTagsMb, withoutTagsMb, addedMb, bytesPerTag: Math.round((addedMb * 1024 * 1024) / plan.tags.length) },
  };
}

/** Runs the phase on `server` (the plan's tags, the plan's latency) and `empty` (no tags, same latency). */
export async function workspaceTagsPhase(
  browser: Browser,
  server: PageServer,
  empty: PageServer,
  plan: WorkspacePlan,
): Promise<WorkspaceTagsRun> {
  await warmServer(server);
  const cold = [];
  for (let i = 0; i < plan.samples; i++) cold.push(await coldSample(browser, server, plan));
  const coldOpens: { opened: OpenSample }[] = [...cold];
  for (let i = 0; i < plan.openSamples; i++) coldOpens.push(await coldOpenSample(browser, server));
  const walkMs = cold.map((sample) => sample.timings.walkMs);
  // At least as long as the slowest cold walk took, and a second more.
  const warmWaitMs = Math.ceil(Math.max(...walkMs) * 1.25 + 1000);
  const warm = [];
  for (let i = 0; i < plan.samples; i++) warm.push(await warmSample(browser, server, plan, warmWaitMs));
  const requests = await requestsSample(browser, server, plan);
  const loaded = await loadedSample(browser, server, empty, plan);
  const openRun = (samples: { opened: OpenSample }[]): OpenRun => ({
    toOptions: summarize(samples.map((s) => s.opened.toOptionsMs)),
    firstFrame: samples.filter((s) => s.opened.firstFrame).length,
    walkLead: summarize(samples.map((s) => s.opened.walkLeadMs)),
  });
  return {
    tags: plan.tags.length,
    latencyMs: plan.latencyMs,
    walk: {
      ms: summarize(walkMs),
      roundTripMs: summarize(cold.map((sample) => sample.timings.roundTripMs)),
      requests: Math.max(...cold.map((sample) => sample.timings.entries)),
    },
    warmWaitMs,
    warmWalked: warm.filter((sample) => sample.walked).length,
    open: { cold: openRun(coldOpens), warm: openRun(warm) },
    find: { cold: summarize(cold.map((s) => s.found)), warm: summarize(warm.map((s) => s.found)) },
    requests,
    ...loaded,
  };
}
