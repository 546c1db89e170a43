/** BENCHMARKS.md's conversations list section (issue 21) and its headline. */
import type { FilterChangeRun } from "./conversationFilter";
import { ms, perKey, table, times } from "./format";
import type { BenchSummary } from "./results";
import { ratio, type Summary } from "./stats";

function measuredBy(summary: BenchSummary): string {
  const run = summary.partialRuns?.conversations;
  if (!run || run.date === summary.date) return "";
  const kit = run.kit ? `, of convai-tag-kit ${run.kit}` : "";
  return (
    `From a run of this section alone (\`npm run bench -- --only conversations\`) on ${run.date.slice(0, 10)}, ` +
    `${run.wallSeconds} s${kit}; the other sections are from the full run above.\n\n`
  );
}

/** The headline line, or none for a run without the section. */
export function conversationListHeadline({ conversationList: run }: BenchSummary): string[] {
  if (!run) return [];
  const key = run.form.task.median;
  const frame = run.form.keyToFrame.median;
  const [assign] = run.counts.assigns;
  const { tagFilter, prop } = run.filter;
  return [
    `- **\`ConversationList\`, ${run.rows.toLocaleString("en")} conversations loaded, ${run.tags} tags**, as ratios to a ` +
      `keystroke in \`CreateTagForm\` on the same page (main thread ${ms(key)} ms, key to frame ${ms(frame)} ms): typing in one ` +
      `row's picker ${times(ratio(run.rowPicker.task.median, key))} the main-thread work per keystroke; assigning a tag in one row ` +
      `renders ${assign?.rowsRendered ?? "–"} row of ${run.rows.toLocaleString("en")} for ${times(ratio(run.assign.task.median, key))} ` +
      `the main-thread work; changing the filter with \`TagFilter\` ${times(ratio(tagFilter.task.median, key))} the main-thread work, ` +
      `the new first page on screen ${ms(tagFilter.toFrame.median)} ms after the key (${times(ratio(tagFilter.toFrame.median, frame))} ` +
      `a keystroke's key to frame); through the \`filters\` prop ${times(ratio(prop.task.median, key))} and ` +
      `${ms(prop.toFrame.median)} ms (${times(ratio(prop.toFrame.median, frame))}).`,
  ];
}

/** A measure's cells: main-thread median, p95 and ratio to the form's key; the same for key to frame. */
function measureCells(task: Summary, toFrame: Summary, key: number, frame: number): string[] {
  return [
    ms(task.median),
    ms(task.p95),
    times(ratio(task.median, key)),
    ms(toFrame.median),
    ms(toFrame.p95),
    times(ratio(toFrame.median, frame)),
  ];
}

function filterRow(label: string, change: FilterChangeRun, key: number, frame: number): string[] {
  return [label, ...measureCells(change.task, change.toFrame, key, frame)];
}

/**
 * "ConversationList with 1,000 conversations": the measures against the form's keystroke, then React's
 * counts; ends with a blank line (nothing at all for a run without it).
 */
export function conversationListSection(summary: BenchSummary): string {
  const run = summary.conversationList;
  if (!run) return "";
  const rows = run.rows.toLocaleString("en");
  const key = run.form.task.median;
  const frame = run.form.keyToFrame.median;
  const { tagFilter, prop } = run.filter;
  const perTyping = (field: typeof run.form) => measureCells(field.task, field.keyToFrame, key, frame);
  const { typing, assigns } = run.counts;
  const same = assigns.every((a) => JSON.stringify(a) === JSON.stringify(assigns[0]));
  const assignRows = (same ? assigns.slice(0, 1) : assigns).map((a, i) => [
    same ? `assigning a tag in one row (each of ${assigns.length})` : `assigning a tag in one row (${i + 1} of ${assigns.length})`,
    String(a.commits),
    String(a.componentRenders),
    String(a.rowRenders),
    String(a.rowsRendered),
    rows,
  ]);
  return `## \`ConversationList\` with ${rows} conversations

${measuredBy(summary)}The kit's \`TagFilter\` and \`ConversationList\` (\`bench/host/ConversationsPanel.tsx\`: the host keeps the
filter's value, as it would in its URL; 100 conversations a page, "Load more" pressed until all ${rows} are shown, ${run.tags}
tags in the workspace, each row showing its tags) beside \`CreateTagForm\` on one page, production build. One row's
"Edit tags" is open (row ${run.editedRow.toLocaleString("en")}), with its \`ConversationTagPicker\`. Every ratio divides by
typing in \`CreateTagForm\`'s title on the same page, measured in the same session: main-thread work per keystroke,
and the time from the key to the end of the frame that shows it (*key to frame*). Lower is better.

${table(
  ["action", "main thread median ms", "p95 ms", "median × form key", "key to frame median ms", "p95 ms", "median × form key"],
  [
    ["typing in `CreateTagForm`'s title, per key (the anchor)", ...perTyping(run.form)],
    ["typing in one row's `ConversationTagPicker`, per key", ...perTyping(run.rowPicker)],
    [
      `assigning a tag in one row (Enter on its option, until the API's answer is in; ${run.assign.requests} request)`,
      ms(run.assign.task.median),
      ms(run.assign.task.p95),
      times(ratio(run.assign.task.median, key)),
      "",
      "",
      "",
    ],
    filterRow(`changing the filter with \`TagFilter\` (Enter on a tag's option)`, tagFilter, key, frame),
    filterRow("changing the `filters` prop (the host's own button)", prop, key, frame),
  ],
)}

Keys: ${run.form.task.n} in each field, in segments of 100 (50 typed, 50 erased) alternating between the two fields.
Assigns: ${run.assign.task.n}, each a tag the row did not carry. Filter changes: ${tagFilter.task.n} by each route, alternating, each
from the unfiltered list with all ${rows} rows on screen to one tag carried by ${tagFilter.matches} conversations (a first page of
${tagFilter.rows} rows), never cached before. The list shows its loading state in between (it keeps no rows of the old filter),
so the change takes the ${rows} rows out and puts the new page's ${tagFilter.rows} in; of the time to the frame, the list
request's answer (through the proxy to the in-process mock API, no added latency) arrived ${ms(tagFilter.answerToFrame.median)} ms
(\`TagFilter\`) and ${ms(prop.answerToFrame.median)} ms (\`filters\` prop) before the frame (medians).

What React rendered, in React's production profiling build (same page and data, counts from React's DevTools hook).
How many commits an assign takes depends on when the API's answer lands against the frames (4 or 5 here, from run to
run); which rows render does not:

${table(
  ["step", "commits", "components rendered", "row components rendered", "distinct rows rendered", "rows in the list"],
  [
    [
      `per keystroke in one row's picker (${typing.keys} keys)`,
      perKey(typing.commits),
      perKey(typing.componentRenders),
      perKey(typing.rowRenders),
      String(typing.rowsRendered),
      rows,
    ],
    ...assignRows,
  ],
)}

`;
}
