/** The "How each number is measured" section of BENCHMARKS.md. */
export const METHOD = `## How each number is measured

- **Builds.** \`vite build\` of \`bench/host/\` (one page, each form a lazy chunk), React in production mode.
  The commit counts use a second build with \`react-dom/client\` aliased to \`react-dom/profiling\`.
- **Peers.** Each form is written the way its library's docs write it (\`bench/peers/\`): the naive form with
  \`useState\` and hand-written validation; Formik's \`useFormik\` with its own \`validate\` (on change and blur, its
  defaults); TanStack Form with a zod schema as its \`onChange\` validator and a \`form.Field\` render prop per input;
  shadcn/ui's react-hook-form guide (\`Controller\` per field, \`zodResolver\`, the counter fed \`field.value\`);
  and the kit's \`<CreateTagForm>\` inside \`<TagsApiProvider>\`, with no options. The peers send with plain \`fetch\`
  and map the 422 by hand. All take the limits and \`countCharacters\` from the kit's \`src/core/tag.ts\`; the zod
  forms use \`import * as z from "zod"\` (the smaller of the two usual imports); all share one counter
  component with the kit's markup and behaviour, and render the kit's \`data-slot\` markup so one stylesheet
  styles them all.
- **Commits per keystroke.** Real key events (CDP \`Input.dispatchKeyEvent\`, as Playwright's keyboard sends them)
  type the title, one frame per key. \`<Profiler id="page">\` counts commits and \`<Profiler id="form">\` gives the
  render time of each key (its median is reported). Which components rendered comes from React's DevTools
  hook, installed by the page before React loads: a component rendered in a commit when React did work on it
  (its fiber was reconciled again and has the "performed work" flag), the test React DevTools' profiler uses.
  The *form root* is the component that owns the form's state (\`CreateTagForm\` for the kit, the peer's own
  component otherwise); the *other field* is the nearest component above the description \`<textarea>\` (for a
  form that renders its fields inline, that is the form root again). *After typing stops* counts commits in
  the 1.5 s after the last key: the counters' polite live message is spoken after a 1 s pause.
- **Main-thread work per keystroke.** Each key is pressed, then the page waits for the next frame to be produced
  (\`requestAnimationFrame\`, then a message posted from it, which runs after that frame's style, layout and
  paint), then Chromium's \`Performance.getMetrics\` is read. The difference in \`TaskDuration\` minus
  \`DevToolsCommandDuration\` between two reads is the renderer main thread's busy time for that key, on the
  thread's CPU clock: key events, React, effects, style, layout, paint. The same round trip without a key (10
  samples before each segment, median) is subtracted. *Key handlers* is measured in the page: from the first window capture listener
  to the last window bubble listener of keydown, keypress, beforeinput, input and keyup (microtasks included),
  the span in which React handles the input; the page is cross-origin isolated so \`performance.now()\` ticks in
  5 µs steps. Event Timing was not used: it reports only events of 16 ms or more, which most keys here are not.
  Throttling is CDP \`Emulation.setCPUThrottlingRate\`. Each condition runs two sessions of half the keys, all
  five pages opened afresh for each, so one page's luck (its renderer process, its heap) shows as a difference
  between the sessions rather than between forms; within a session the keys go in segments of 100 (50 typed,
  50 erased) and the order of the forms rotates every segment, so drift during the run does not favour one
  form. The last column gives the median of each session.
- **Large list.** The demo's \`TagList\` (100 tags a page, "Load more" clicked until all are shown) beside the form;
  \`<Profiler id="list">\` counts the list's commits while typing. Its keystroke work is measured without
  throttling only, to keep the whole run under ten minutes on two cores.
- **Editing one row** (\`bench/lib/listEditPhase.ts\`). The same list, kit page, profiling build: the middle row's
  "Edit", " edited" typed at the end of its title, "Save", then waiting until the saved row shows and no request
  to the tags API has been in flight for a second. Counts come from the DevTools hook, as above.
- **Bytes.** A one-page host (\`bench/host/sizeHost.tsx\`: React, react-query with a query and a mutation of its
  own) built with each form, minus the same host with no form; gzip level 9 and brotli quality 11 of the
  minified JavaScript. *Own code* leaves the form's packages external; *with dependencies* bundles them. The
  kit is built as it ships. For the other forms, unused top-level values of \`src/core/tag.ts\` (the kit's zod schemas)
  are marked droppable, so a form that imports only the limits does not pay for zod: a team writing its own form
  would have its own constants.
- **422 to painted error.** The mock API answers the next create with a FastAPI 422 whose message is unique to
  the attempt. The response's arrival is its Resource Timing \`responseEnd\`; the page's MutationObserver notes
  when the message appears in the form, and \`requestAnimationFrame\` after that change is the frame that paints
  it. Five unmeasured submits come first.
- **Proxy overhead.** The mock API (\`createMockTagsApi\`, 20 tags, API key checked), \`createTagsProxy\` and the two
  anchors that check nothing (\`bench/lib/anchors.ts\`) each run in their own Node process, the Fetch handlers on
  Hono's Node server; autocannon runs in the bench's process. Requests per second count completed responses over
  the time to the last one. Each target gets an unmeasured warm-up of the same size as a round, then the rounds,
  the order of the targets rotating each round; the mock API is reset after every run. RSS (less V8's young
  generation) and the V8 heap in use are read from each server process once the load is over (4.5 s idle, then three
  full garbage collections), after warm-up and after the last round, with the timers still armed there; CPU per request is
  the process's user + system time over the round. On a 2-core machine the processes share the cores with each
  other (and with anything else running), so requests per second and latencies move a lot between rounds; CPU
  per request moves less.
- **Noise.** Main-thread times of the same form move by up to 15 % either way between runs of a few hundred
  keys on this machine (more under throttling); treat differences smaller than the spread between a form's
  two sessions as ties (the verdicts above do, statistic by statistic). Key-handler
  and React render times are steadier. Counts and bytes are deterministic.
`;
