/** The measure tables of BENCHMARKS.md. */
import { PEER_IDS, PEER_LABELS } from "../peers/ids";
import { kb, ms, perKey, table, times } from "./format";
import type { BenchSummary, KeystrokeCondition } from "./results";
import { ratio } from "./stats";

const label = (peer: (typeof PEER_IDS)[number]) => (peer === "kit" ? `**${PEER_LABELS[peer]}**` : PEER_LABELS[peer]);

/** React commits per keystroke while typing the title. */
export function commitsTable({ commits }: BenchSummary): string {
  const naive = commits.naive.perKey;
  return table(
    [
      "form",
      "commits / key",
      "form root renders / key",
      "other field renders / key",
      "components rendered / key",
      "× naive",
      "React render ms / key (median)",
      "× naive",
      "commits after typing stops",
    ],
    PEER_IDS.map((peer) => {
      const { perKey: k, afterPause } = commits[peer];
      return [
        label(peer),
        perKey(k.commits),
        perKey(k.rootRenders),
        perKey(k.otherRenders),
        perKey(k.componentRenders),
        times(ratio(k.componentRenders, naive.componentRenders)),
        ms(k.formRenderMs),
        times(ratio(k.formRenderMs, naive.formRenderMs)),
        String(afterPause.commits),
      ];
    }),
  );
}

/** Main-thread and handler time per keystroke under one condition. */
export function keystrokeTable(condition: KeystrokeCondition): string {
  const naive = condition.peers.naive;
  return table(
    [
      "form",
      "main thread median ms",
      "p95 ms",
      "median × naive",
      "p95 × naive",
      "key handlers median ms",
      "p95 ms",
      "median × naive",
      "sessions (median ms)",
    ],
    PEER_IDS.map((peer) => {
      const { task, handler, halves } = condition.peers[peer];
      return [
        label(peer),
        ms(task.median),
        ms(task.p95),
        times(ratio(task.median, naive.task.median)),
        times(ratio(task.p95, naive.task.p95)),
        ms(handler.median),
        ms(handler.p95),
        times(ratio(handler.median, naive.handler.median)),
        `${ms(halves.task[0].median)} / ${ms(halves.task[1].median)}`,
      ];
    }),
  );
}

/** What the list did while typing beside it. */
export function listCommitsTable({ listCommits }: BenchSummary): string {
  return table(
    ["form", "list commits / key", "form root renders / key", "components rendered / key"],
    PEER_IDS.map((peer) => {
      const { perKey: k } = listCommits[peer];
      return [label(peer), perKey(k.listCommits), perKey(k.rootRenders), perKey(k.componentRenders)];
    }),
  );
}

/** Bytes each form adds to the host. */
export function bytesTable({ bytes }: BenchSummary, packages: Record<string, string[]>): string {
  const naive = bytes.peers.naive.withDependencies;
  return table(
    [
      "form",
      "own code gzip",
      "own code brotli",
      "with dependencies gzip",
      "with dependencies brotli",
      "× naive (gzip)",
      "form packages",
    ],
    PEER_IDS.map((peer) => {
      const { own, withDependencies } = bytes.peers[peer];
      return [
        label(peer),
        kb(own.gzip),
        kb(own.brotli),
        kb(withDependencies.gzip),
        kb(withDependencies.brotli),
        times(ratio(withDependencies.gzip, naive.gzip)),
        packages[peer]?.join(", ") || "none",
      ];
    }),
  );
}

/** 422 to painted error. */
export function serverErrorTable({ serverError }: BenchSummary): string {
  const naive = serverError.naive.toFrame;
  return table(
    ["form", "to next frame median ms", "p95 ms", "median × naive", "to DOM change median ms", "p95 ms"],
    PEER_IDS.map((peer) => {
      const { toFrame, toDom } = serverError[peer];
      return [label(peer), ms(toFrame.median), ms(toFrame.p95), times(ratio(toFrame.median, naive.median)), ms(toDom.median), ms(toDom.p95)];
    }),
  );
}

/**
 * "Editing one row of a 1,000-tag list": React's counts for one inline edit, next to the number of
 * rows, which is what a list without per-row memo would render at least on every one of those commits.
 */
export function listEditSection({ listEdit }: BenchSummary): string {
  if (!listEdit) return "";
  const { rows, keys, perKey: k, open, save } = listEdit;
  const count = rows.toLocaleString("en");
  return `## Editing one row of a ${count}-tag list

The kit's \`TagList\` with all ${count} tags loaded, in React's production profiling build: one row's "Edit"
opens its inline \`EditTagForm\`, ${keys} characters are typed into its title, then "Save" (the save is counted
until the saved row is back and the list's refresh of every page has landed). A list that re-rendered its
rows on every change would render at least ${count} components in each of these commits.

${table(
  ["step", "commits", "components rendered", "rows in the list"],
  [
    ["open the row's editor", String(open.commits), String(open.componentRenders), count],
    ["per keystroke in the row's title", perKey(k.commits), perKey(k.componentRenders), count],
    [`save (${save.apiRequests} API requests)`, String(save.commits), String(save.componentRenders), count],
  ],
)}
`;
}
