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

/** What the bench reads and calls in the page. */
export interface BenchProbe {
  /** Set by the page: the form root component of the peer on show. */
  formRoot: unknown;
  /** `<Profiler>` commits and render time per id (`page`, `form`, `list`). */
  profiler: Record<string, { commits: number; actualMs: number }>;
  /** `null` unless the page was opened with `?probe=react`. */
  react: ReactCounts | null;
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
