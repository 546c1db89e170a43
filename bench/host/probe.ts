/**
 * In-page instruments the bench reads through `window.__bench`. Imported first by the page so the
 * React DevTools hook below exists before `react-dom` loads (only with `?probe=react`, in the
 * profiling build): React hands every commit to that hook, which is how the bench sees which
 * components rendered without editing any form.
 */
import type { ProfilerOnRenderCallback } from "react";

/** Commit counts seen through `<Profiler>` and the DevTools hook. */
export interface ReactCounts {
  /** Commits React made on the page. */
  commits: number;
  /** Commits in which the form root (the component that owns the form's state) rendered. */
  rootRenders: number;
  /** Commits in which the nearest component above the description `<textarea>` rendered. */
  otherRenders: number;
  /** Function and class components rendered, summed over commits. */
  componentRenders: number;
}

/** What the bench waits for in {@link BenchProbe.watchDom}: elements matching `selector`. */
export interface DomWatch {
  selector: string;
  /** Exactly this many match (when given). */
  count?: number;
  /** One of them has this text in its `textContent` (when given). */
  text?: string;
  /** Also look again on attribute changes (e.g. a listbox losing `hidden`). */
  attributes?: boolean;
}

/** Handles the conversations panel (`?conversations=1`) registers for the bench. */
export interface ConversationsControl {
  /** Sets the panel's tag filter, as a host would from its URL. */
  setTagIds: (tagIds: string[]) => void;
  /** The ids the host's "Apply filter" button sets next. */
  armFilter: (tagIds: string[]) => void;
  /** Drops every cached conversations list that has a tag filter, so the next one is fetched. */
  forgetFilteredLists: () => void;
}

/** What the bench reads and calls in the page. */
export interface BenchProbe {
  /** Set by the page: the form root component of the peer on show. */
  formRoot: unknown;
  /** `<Profiler>` commits and render time per id (`page`, `form`, `list`). */
  profiler: Record<string, { commits: number; actualMs: number }>;
  /** `null` unless the page was opened with `?probe=react`. */
  react: ReactCounts | null;
  /**
   * With `?probe=react`: components rendered whose element is a conversation row
   * (`<li data-slot="row">`, i.e. `ConversationList`'s row component), summed over commits.
   */
  rowRenders: number;
  /** With `?probe=react`: the row elements whose component rendered (clear it to start counting). */
  rowsRendered: Set<HTMLElement>;
  /** With `?frames=1`: `timeStamp` of the last `keydown` (the page's clock). */
  lastKeyDownAt: number;
  /** With `?frames=1`: `timeStamp` of the last `input` event (a key, or Playwright's `fill`). */
  lastInputAt: number;
  /** With `?frames=1`: when the first frame after the last `keydown` began (its rAF callbacks ran). */
  firstFrameAfterKeyAt: number;
  /**
   * With `?frames=1`: from the last `keydown`'s `timeStamp` to the end of the frame after the `input` event it caused
   * (rAF, then a message posted from it, as {@link BenchProbe.settle} waits).
   */
  keyToFrameMs: number;
  /**
   * Starts watching the DOM for `watch`; {@link BenchProbe.domWatched} settles, with when the DOM
   * first matched and the end of the frame after that, once it does (at once if it already does).
   */
  watchDom: (watch: DomWatch) => void;
  domWatched: Promise<{ seen: number; frame: number }> | null;
  /** Set by the conversations panel when it is on the page. */
  conversations: ConversationsControl | null;
  /** The `onRender` every `<Profiler>` on the page uses. */
  onRender: ProfilerOnRenderCallback;
  /** Waits for the next frame to be produced, then returns and resets the key-event handler time. */
  settle: () => Promise<number>;
  /** Starts watching for `text` to appear in the form; {@link BenchProbe.watched} settles when it does. */
  watchFor: (text: string) => void;
  /** When a MutationObserver saw the watched text, and the start of the next frame (rAF). */
  watched: Promise<{ seen: number; frame: number }> | null;
  /** `responseEnd` of the last resource whose URL ends with `suffix`, on the page's clock. */
  lastResponseEnd: (suffix: string) => number | null;
}

declare global {
  interface Window {
    __bench: BenchProbe;
    __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown;
  }
}

interface Fiber {
  tag: number;
  stateNode: unknown;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  return: Fiber | null;
  alternate: Fiber | null;
  elementType: unknown;
}

// React's work tags for function, class, forwardRef, memo and simple memo components.
const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
// React sets this flag on a component fiber whose render function ran in this render.
const PERFORMED_WORK = 1;

/**
 * Components that rendered in the commit whose tree starts at `root`. A fiber was worked on
 * only if its parent's children were reconciled again (`child` differs from the previous
 * tree's); a bailed-out subtree keeps the old fibers, whose flags are stale, so it is skipped.
 * This is how React DevTools' profiler decides the same thing.
 */
function renderedComponents(root: Fiber): Fiber[] {
  const rendered: Fiber[] = [];
  const stack: Fiber[] = [root];
  for (let fiber = stack.pop(); fiber; fiber = stack.pop()) {
    if (COMPONENT_TAGS.has(fiber.tag) && (fiber.flags & PERFORMED_WORK) !== 0) rendered.push(fiber);
    const previous = fiber.alternate;
    if (previous === null || fiber.child !== previous.child) {
      for (let child = fiber.child; child; child = child.sibling) stack.push(child);
    }
  }
  return rendered;
}

function componentAbove(element: Element | null): Fiber | null {
  if (!element) return null;
  const key = Object.keys(element).find((name) => name.startsWith("__reactFiber$"));
  let fiber = key ? ((element as unknown as Record<string, Fiber | undefined>)[key] ?? null) : null;
  while (fiber && !COMPONENT_TAGS.has(fiber.tag)) fiber = fiber.return;
  return fiber;
}

// React's work tag for a host element (`<li>`, `<div>`, …).
const HOST_COMPONENT = 5;

/** The row element of a component whose own element is a conversation row (`ConversationList`'s row component). */
function rowElementOf(fiber: Fiber): HTMLElement | null {
  const node = fiber.child?.tag === HOST_COMPONENT ? fiber.child.stateNode : null;
  return node instanceof HTMLElement && node.dataset.slot === "row" ? node : null;
}

function installDevToolsHook(probe: BenchProbe, counts: ReactCounts) {
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: (_renderer: number, root: { current: Fiber }) => {
      counts.commits++;
      const rendered = renderedComponents(root.current);
      counts.componentRenders += rendered.length;
      for (const fiber of rendered) {
        const row = rowElementOf(fiber);
        if (!row) continue;
        probe.rowRenders++;
        probe.rowsRendered.add(row);
      }
      const other = componentAbove(document.querySelector("form textarea"));
      if (rendered.some((fiber) => fiber.elementType === probe.formRoot)) counts.rootRenders++;
      if (other && rendered.some((fiber) => fiber === other || fiber === other.alternate)) counts.otherRenders++;
    },
  };
}

// Time spent in the key's DOM events, from the window's capture listener (the first to run) to
// its bubble listener (the last), microtasks included. React handles the input inside this span.
let handlerMs = 0;
for (const type of ["keydown", "keypress", "beforeinput", "input", "keyup"]) {
  let start = 0;
  window.addEventListener(type, () => (start = performance.now()), { capture: true });
  window.addEventListener(type, () => (handlerMs += performance.now() - start));
}

// Key-to-frame timing only where a phase asks for it (`?frames=1`), so the other pages run no extra frame callback.
let lastKeyDownAt = 0;
let lastInputAt = 0;
let firstFrameAfterKeyAt = 0;
if (new URLSearchParams(location.search).get("frames") === "1") {
  window.addEventListener(
    "keydown",
    (event) => {
      lastKeyDownAt = event.timeStamp;
      requestAnimationFrame(() => (firstFrameAfterKeyAt = performance.now()));
    },
    { capture: true },
  );
  window.addEventListener("input", (event) => (lastInputAt = event.timeStamp), { capture: true });
  // Room for every request of a walk of 10,000 tags (the default keeps 250 entries).
  performance.setResourceTimingBufferSize(20_000);
  // After React's own input handling (window bubble runs last): the frame after this one shows the key.
  window.addEventListener("input", () => {
    const keyAt = lastKeyDownAt;
    void afterNextFrame().then((end) => {
      probe.keyToFrameMs = end - keyAt;
    });
  });
}

function matches({ selector, count, text }: DomWatch): boolean {
  const found = document.querySelectorAll(selector);
  if (count !== undefined && found.length !== count) return false;
  if (text === undefined) return found.length > 0;
  return [...found].some((element) => element.textContent.includes(text));
}

function afterNextFrame(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      // A message posted from rAF runs after that frame's style, layout and paint.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        resolve(performance.now());
      };
      channel.port2.postMessage(null);
    });
  });
}

/** The page's instruments, also at `window.__bench`. */
export const probe: BenchProbe = {
  formRoot: null,
  profiler: {},
  react: null,
  rowRenders: 0,
  rowsRendered: new Set(),
  get lastKeyDownAt() {
    return lastKeyDownAt;
  },
  get lastInputAt() {
    return lastInputAt;
  },
  get firstFrameAfterKeyAt() {
    return firstFrameAfterKeyAt;
  },
  keyToFrameMs: Number.NaN,
  domWatched: null,
  watchDom: (watch) => {
    probe.domWatched = new Promise((resolve) => {
      const done = (observer?: MutationObserver) => {
        const seen = performance.now();
        observer?.disconnect();
        void afterNextFrame().then((frame) => {
          resolve({ seen, frame });
        });
      };
      if (matches(watch)) {
        done();
        return;
      }
      const observer = new MutationObserver(() => {
        if (matches(watch)) done(observer);
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: watch.attributes === true });
    });
  },
  conversations: null,
  onRender: (id, _phase, actualDuration) => {
    const entry = (probe.profiler[id] ??= { commits: 0, actualMs: 0 });
    entry.commits++;
    entry.actualMs += actualDuration;
  },
  settle: async () => {
    await afterNextFrame();
    const spent = handlerMs;
    handlerMs = 0;
    return spent;
  },
  watched: null,
  watchFor: (text) => {
    probe.watched = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector("form")?.textContent.includes(text)) return;
        const seen = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => {
          resolve({ seen, frame: performance.now() });
        });
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  },
  lastResponseEnd: (suffix) => {
    const entries = performance.getEntriesByType("resource").filter((entry) => entry.name.endsWith(suffix));
    const last = entries.at(-1) as PerformanceResourceTiming | undefined;
    return last ? last.responseEnd : null;
  },
};

if (new URLSearchParams(location.search).get("probe") === "react") {
  probe.react = { commits: 0, rootRenders: 0, otherRenders: 0, componentRenders: 0 };
  installDevToolsHook(probe, probe.react);
}
window.__bench = probe;
