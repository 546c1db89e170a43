/**
 * Bytes added to a host that already ships React and react-query: the host built with a peer's
 * form, minus the host built with none. Built twice per peer: as shipped ("with dependencies"),
 * and with the form packages left external ("own code": the kit's or the team's own code).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { PEER_IDS, type PeerId } from "../peers/ids";
import { buildHost, measureBytes, type Bytes } from "./build";
import { repoRoot } from "./paths";
import { PEER_DEPENDENCIES } from "./peerBuilds";
import { pureTopLevelValues } from "./pureSchemas";

/** Bytes one peer adds. */
export interface PeerBytes {
  own: Bytes;
  withDependencies: Bytes;
  /** How much of `withDependencies` is zod (0 for forms without it). */
  zod: Bytes;
}

/** The byte counts of a run. */
export interface BytesResult {
  baseline: Bytes;
  peers: Record<PeerId, PeerBytes>;
  /** The kit's optional stylesheet (every peer uses it on the bench page; not in the JS counts). */
  kitStyles: Bytes;
  /** Which zod the kit's schemas are built with, read from `src/core/tag.ts`. */
  kitZod: "zod" | "zod/mini";
}

function minus(a: Bytes, b: Bytes): Bytes {
  return { raw: a.raw - b.raw, gzip: a.gzip - b.gzip, brotli: a.brotli - b.brotli };
}

/** Builds the baseline and every peer's host in `dir` (emptied each time). */
export async function measurePeerBytes(dir: string): Promise<BytesResult> {
  const baseline = await buildHost(dir, null, []);
  const peers = {} as Record<PeerId, PeerBytes>;
  for (const peer of PEER_IDS) {
    const { external } = PEER_DEPENDENCIES[peer];
    // The kit is built as it ships; the peers drop what they do not use of src/core/tag.ts.
    const plugins = peer === "kit" ? [] : [pureTopLevelValues(/[\\/]src[\\/]tag\.ts$/)];
    const module = `peers/${peer}.tsx`;
    const withDependencies = minus(await buildHost(dir, module, [], plugins), baseline);
    const own = external.length === 0 ? withDependencies : minus(await buildHost(dir, module, external, plugins), baseline);
    const usesZod = PEER_DEPENDENCIES[peer].packages.includes("zod");
    const zod = usesZod
      ? minus(withDependencies, minus(await buildHost(dir, module, [/^zod($|\/)/], plugins), baseline))
      : { raw: 0, gzip: 0, brotli: 0 };
    peers[peer] = { own, withDependencies, zod };
  }
  const kitStyles = measureBytes(await readFile(join(repoRoot, "src/styles.css")));
  const tagSource = await readFile(join(repoRoot, "src/core/tag.ts"), "utf8");
  const kitZod = /from "zod\/mini"/.test(tagSource) ? "zod/mini" : "zod";
  return { baseline, peers, kitStyles, kitZod };
}
