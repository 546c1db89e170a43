/**
 * "Where the kit is not best, and why": every measure where another form scores lower than the
 * kit, with the margin and the reason. Generated from the numbers, so it cannot go stale.
 */
import { PEER_IDS, PEER_LABELS, type PeerId } from "../peers/ids";
import { kb, ms, perKey } from "./format";
import type { BenchSummary } from "./results";

interface Measure {
  name: string;
  values: Record<PeerId, number>;
  format: (value: number) => string;
  why: (summary: BenchSummary, best: PeerId) => string;
  /** Differences within this many units are reported as a tie. */
  noise?: number;
}

function pick<T>(record: Record<PeerId, T>, value: (item: T) => number): Record<PeerId, number> {
  return Object.fromEntries(PEER_IDS.map((peer) => [peer, value(record[peer])])) as Record<PeerId, number>;
}

const typingWhy = (summary: BenchSummary) =>
  `The kit re-renders the fewest components per key (${perKey(summary.commits.kit.perKey.componentRenders)}: ` +
  `the counter), but react-hook-form's own bookkeeping on every change (reading the input, updating its value ` +
  `store, notifying its subscribers: the counter's \`useWatch\` and each field's error store) costs about as ` +
  `much as re-rendering a form this small outright, so its key handlers are not faster than the naive form's. ` +
  `The browser's own work for a key (editing the text, style, layout, paint) is the same for every form and is ` +
  `most of the main-thread total, so the forms differ there by fractions of a millisecond.`;

const bytesWhy = (summary: BenchSummary) => {
  const kit = summary.bytes.peers.kit;
  const classic = summary.bytes.kitZod === "zod";
  return (
    `The naive form has no library and no client. The kit's own code is ${kb(kit.own.gzip)} gzip: a typed client ` +
    `that checks every response and turns every failure into a \`TagsApiError\`, the react-query mutation, ` +
    `translatable messages, live-region counters and focus handling. The rest ` +
    `(${kb(kit.withDependencies.gzip - kit.own.gzip)}) is react-hook-form, @hookform/resolvers and ` +
    `\`${summary.bytes.kitZod}\` (${kb(kit.zod.gzip)} of it)` +
    (classic ? "; building the kit's schemas with `zod/mini` is what would cut it most." : ".")
  );
};

function measures(summary: BenchSummary): Measure[] {
  const list: Measure[] = [
    {
      name: "form root renders per keystroke",
      values: pick(summary.commits, (run) => run.perKey.rootRenders),
      format: perKey,
      why: () => "",
    },
    {
      name: "components rendered per keystroke",
      values: pick(summary.commits, (run) => run.perKey.componentRenders),
      format: perKey,
      why: () => "The counter re-renders on every key in every form: it shows the count.",
    },
    {
      name: "React render time per keystroke (Profiler)",
      values: pick(summary.commits, (run) => run.perKey.formRenderMs),
      format: (v) => `${ms(v)} ms`,
      noise: 0.02,
      why: typingWhy,
    },
  ];
  for (const condition of summary.keystrokes) {
    for (const [key, title] of [
      ["task", "main-thread work"],
      ["handler", "key-handler time"],
    ] as const) {
      for (const stat of ["median", "p95"] as const) {
        const spread = Math.max(
          ...PEER_IDS.map((p) => {
            const [first, second] = condition.peers[p].halves[key];
            return Math.abs(first[stat] - second[stat]);
          }),
        );
        list.push({
          name: `${title} per keystroke, ${stat} (${condition.label})`,
          values: pick(condition.peers, (peer) => peer[key][stat]),
          format: (v) => `${ms(v)} ms`,
          noise: spread,
          why: typingWhy,
        });
      }
    }
  }
  list.push(
    {
      name: "own code added (gzip)",
      values: pick(summary.bytes.peers, (b) => b.own.gzip),
      format: kb,
      why: bytesWhy,
    },
    {
      name: "bytes added with dependencies (gzip)",
      values: pick(summary.bytes.peers, (b) => b.withDependencies.gzip),
      format: kb,
      why: bytesWhy,
    },
    {
      name: "422 to the next frame showing the error (median)",
      values: pick(summary.serverError, (run) => run.toFrame.median),
      format: (v) => `${ms(v)} ms`,
      noise: 2,
      why: () =>
        "The kit's error travels through its client (the body is read and classified into a `TagsApiError`) " +
        "and react-query's mutation before react-hook-form's `setError` shows it and focus moves to the field; " +
        "the hand-written forms read the JSON and set the message directly. Most of the time to the frame is " +
        "waiting for the next frame, which is the same for everyone.",
    },
  );
  return list;
}

/** The issue's bar for bytes: the kit's full cost below the shadcn-style form's. */
function againstShadcn({ bytes }: BenchSummary): string[] {
  const kit = bytes.peers.kit;
  const shadcn = bytes.peers.shadcn;
  const over = kit.withDependencies.gzip - shadcn.withDependencies.gzip;
  if (over <= 0) return [];
  const otherOver = kit.withDependencies.gzip - kit.own.gzip - kit.zod.gzip - (shadcn.withDependencies.gzip - shadcn.own.gzip - shadcn.zod.gzip);
  const parts = [
    `the kit's own code: ${kb(kit.own.gzip)} against ${kb(shadcn.own.gzip)} (the hand-written form has no response ` +
      `checks, no error kinds beyond the 422, no message table)`,
    `zod: ${kb(kit.zod.gzip)} against ${kb(shadcn.zod.gzip)} (the kit's schemas also parse responses)`,
    `react-hook-form and the resolver: ${otherOver <= 0 ? `${kb(-otherOver)} less` : `${kb(otherOver)} more`} ` +
      `(the kit registers inputs instead of using \`Controller\`)`,
  ];
  return [
    `- **Full added cost against the shadcn-style react-hook-form + zod form** (same packages): the kit ` +
      `${kb(kit.withDependencies.gzip)}, shadcn-style ${kb(shadcn.withDependencies.gzip)} (${kb(over)} more). ` +
      `By part (gzip sizes of parts do not add up exactly): ${parts.join("; ")}. ` +
      (bytes.kitZod === "zod" ? "Building the kit's schemas with `zod/mini` is the change that would cut the most; " : "") +
      `a client whose operations tree-shake (the form needs only \`createTag\`) would trim the kit's own code.`,
  ];
}

/** Markdown bullets, one per measure where the kit is not the lowest. */
export function whereKitIsNotBest(summary: BenchSummary): string {
  const bullets: string[] = [];
  const explained = new Set<string>();
  for (const measure of measures(summary)) {
    const kit = measure.values.kit;
    const best = PEER_IDS.filter((peer) => peer !== "kit").reduce((a, b) => (measure.values[b] < measure.values[a] ? b : a));
    const bestValue = measure.values[best];
    if (kit <= bestValue) continue;
    const tie = measure.noise !== undefined && kit - bestValue <= measure.noise;
    const verdict = tie
      ? `a tie within this run's noise of ${measure.format(measure.noise ?? 0)}`
      : `${bestValue > 0 ? `${(kit / bestValue).toFixed(2)}× ` : ""}the best`;
    let why = measure.why(summary, best);
    if (explained.has(why)) why = "Same reason as above.";
    else explained.add(why);
    bullets.push(
      `- **${measure.name}**: the kit ${measure.format(kit)}, ${PEER_LABELS[best]} ${measure.format(bestValue)} ` +
        `(${verdict}).${why ? ` ${why}` : ""}`,
    );
  }
  bullets.push(...againstShadcn(summary));
  return bullets.length > 0 ? bullets.join("\n") : "- None: the kit scored lowest on every measure in this run.";
}
