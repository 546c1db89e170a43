import { launchBrowser, openPeer, focusTitle } from "../lib/browser";
import { servePage, manyTags } from "../lib/serve";
const { browser } = await launchBrowser();
const prod = await servePage("/tmp/bx/page", manyTags(10));
const q = await openPeer(browser, prod.url, "naive");
await focusTitle(q.page);
for (const rate of [1, 4]) {
  await q.cdp.send("Emulation.setCPUThrottlingRate", { rate });
  let a = performance.now();
  for (let i = 0; i < 50; i++) { await Promise.all([q.page.keyboard.down("b"), q.page.keyboard.up("b")]); }
  console.log(rate, "pw pipelined", (performance.now() - a) / 50);
  a = performance.now();
  for (let i = 0; i < 50; i++) { await Promise.all([q.page.keyboard.down("Backspace"), q.page.keyboard.up("Backspace")]); }
  console.log(rate, "pw pipelined bs", (performance.now() - a) / 50);
}
console.log(await q.page.getByRole("textbox", { name: "Title" }).inputValue().then(v => v.length));
await browser.close(); await prod.close();
