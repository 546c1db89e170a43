/**
 * Finds a Chromium for browser tests without ever downloading one at test time:
 * `CHROMIUM_PATH`, else a Chromium on the PATH, else the one `@sparticuz/chromium` ships in npm.
 */
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** Flags that keep headless Chromium quiet on a machine with a closed network. */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

function onPath(): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    for (const name of names) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** The path of the Chromium the tests will drive, and where it came from. */
export async function resolveChromium(): Promise<{ executablePath: string; source: string }> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { executablePath: fromEnv, source: "CHROMIUM_PATH" };
  const system = onPath();
  if (system) return { executablePath: system, source: "system" };
  const packaged = (await import("@sparticuz/chromium")).default;
  return { executablePath: await packaged.executablePath(), source: "@sparticuz/chromium" };
}
