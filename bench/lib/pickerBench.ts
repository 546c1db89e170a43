/**
 * Typing in the conversation tag picker (the workspace's 1,000 tags loaded) against typing in
 * `CreateTagForm`'s title, on one page, in one run: the same keys, the same measurement
 * (`measureKeystrokes`), segments alternating between the two fields so drift lands on both.
 */
import type { Browser } from "playwright-core";
import { keySequence, measureKeystrokes } from "./keystrokes";
import type { PageServer } from "./serve";
import { ratio, summarize, type Summary } from "./stats";

/** Main-thread ms per key in each field, and the picker's over the form's (medians). */
export interface PickerKeystrokes {
  form: Summary;
  picker: Summary;
  /** `picker.median / form.median`; the target is 1.5 or less. */
  ratio: number;
  /** How many tags the picker filtered over. */
  tags: number;
}

/** Keys per segment: 50 typed, then 50 erased, so the picker never sees an empty-input Backspace. */
const SEGMENT = 100;

/** Measures `keys` keystrokes in each field with no CPU throttling. */
export async function pickerPhase(browser: Browser, server: PageServer, keys: number, tags: number): Promise<PickerKeystrokes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/?peer=kit&picker=1`);
    const title = page.getByRole("textbox", { name: "Title" });
    const picker = page.getByRole("combobox", { name: "Add tags" });
    await title.waitFor();
    // First open loads every page of tags; wait until all are in (the count of hidden matches says so).
    await picker.click();
    await page.getByText(`${tags - 50} more tags match — keep typing`).waitFor({ timeout: 60_000 });
    await page.keyboard.press("Escape");
    const cdp = await context.newCDPSession(page);
    const samples = { form: [] as number[], picker: [] as number[] };
    for (let left = keys, index = 0; left > 0; left -= SEGMENT, index++) {
      const length = Math.min(SEGMENT, left);
      const order = index % 2 === 0 ? (["form", "picker"] as const) : (["picker", "form"] as const);
      for (const field of order) {
        await (field === "form" ? title : picker).click();
        await page.evaluate(() => window.__bench.settle());
        const run = await measureKeystrokes(page, cdp, keySequence(length), 1, index < 2);
        samples[field].push(...run.taskMs);
      }
    }
    const form = summarize(samples.form);
    const pickerSummary = summarize(samples.picker);
    return { form, picker: pickerSummary, ratio: ratio(pickerSummary.median, form.median), tags };
  } finally {
    await context.close();
  }
}
