/**
 * What screenshots depend on besides the kit: the browser's engine and the fonts it finds. Reference
 * images are compared only where both match the environment they were made in (the Chromium that
 * `.ci/run` installs from Debian); anywhere else the comparison is skipped, and says so, rather than
 * failing on a font.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { platform } from "node:os";
import { isDeepStrictEqual } from "node:util";

/** The environment reference images were made in, or that this run renders in. */
export interface VisualEnvironment {
  /** `process.platform`. */
  platform: string;
  /** Chromium's major version: rendering does not change within one, security updates do not move it. */
  chromium: string;
  /** The font files fontconfig picks for the generic families the kit's stacks end in. */
  fonts: Record<string, string>;
}

const families = ["system-ui", "sans-serif", "serif", "monospace"];

function fontFor(family: string): string {
  const result = spawnSync("fc-match", ["-f", "%{file}", family], { encoding: "utf8" });
  return result.status === 0 ? (result.stdout.split("/").at(-1) ?? "unknown") : "unknown (no fc-match)";
}

/** This run's environment, given the version string the launched browser reports. */
export function currentEnvironment(browserVersion: string): VisualEnvironment {
  return {
    platform: platform(),
    chromium: browserVersion.split(".")[0] ?? browserVersion,
    fonts: Object.fromEntries(families.map((family) => [family, fontFor(family)])),
  };
}

/** Where the reference environment is recorded; `npm run test:visual:update` rewrites it. */
export const referenceFile = new URL("./environment.json", import.meta.url);

/** The environment the committed reference images were made in. */
export function referenceEnvironment(): VisualEnvironment {
  return JSON.parse(readFileSync(referenceFile, "utf8")) as VisualEnvironment;
}

/** Why this run cannot compare screenshots with the references, or `null` when it can. */
export function visualSkipReason(current: VisualEnvironment, reference: VisualEnvironment): string | null {
  if (isDeepStrictEqual(current, reference)) return null;
  return (
    `visual comparison skipped: the reference images were made with Chromium ${reference.chromium} on ` +
    `${reference.platform} with fonts ${JSON.stringify(reference.fonts)}, this run has Chromium ${current.chromium} on ` +
    `${current.platform} with fonts ${JSON.stringify(current.fonts)}; a different engine or font renders other ` +
    `pixels. Contrast and theme checks still ran. Compare on that environment (CI installs it), or update the ` +
    `references there with \`npm run test:visual:update\`.`
  );
}
