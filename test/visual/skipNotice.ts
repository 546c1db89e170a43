/**
 * A reporter that repeats, after the summary, why the screenshots were not compared (global setup said
 * it first): the last thing a person reads of the run, never a silent pass.
 */
import type { Reporter } from "@playwright/test/reporter";

export default class SkipNotice implements Reporter {
  onEnd(): void {
    const reason = process.env.CTK_VISUAL_SKIP;
    if (reason) process.stderr.write(`\nNOTE: ${reason}\n\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
