import { fileURLToPath } from "node:url";

/** The repository root. */
export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
/** The bench's page (index.html, page.tsx). */
export const hostDir = fileURLToPath(new URL("../host/", import.meta.url));
/** Where raw results go. */
export const resultsDir = fileURLToPath(new URL("../results/", import.meta.url));
/** A file of the bench, from its path relative to `bench/`. */
export function benchFile(path: string): string {
  return fileURLToPath(new URL(`../${path}`, import.meta.url));
}
