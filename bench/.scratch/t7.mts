import { launchBrowser, openPeer, focusTitle } from "../lib/browser";
import { servePage, manyTags } from "../lib/serve";
const { browser } = await launchBrowser();
const prod = await servePage("/tmp/bx/page", manyTags(10));
const q = await openPeer(browser, prod.url, "naive");
await focusTitle(q.page);
const cdp = q.cdp;
const down = { type: "keyDown", key: "a", code: "KeyA", text: "a", unmodifiedText: "a", windowsVirtualKeyCode: 65 } as const;
const up = { type: "keyUp", key: "a", code: "KeyA", windowsVirtualKeyCode: 65 } as const;
for (const rate of [1, 4]) {
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  let a = performance.now();
  for (let i = 0; i < 50; i++) { await cdp.send("Input.dispatchKeyEvent", down); await cdp.send("Input.dispatchKeyEvent", up); }
  console.log(rate, "seq", (performance.now() - a) / 50);
  a = performance.now();
  for (let i = 0; i < 50; i++) { await Promise.all([cdp.send("Input.dispatchKeyEvent", down), cdp.send("Input.dispatchKeyEvent", up)]); }
  console.log(rate, "pipelined", (performance.now() - a) / 50);
  a = performance.now();
  for (let i = 0; i < 50; i++) { await Promise.all([cdp.send("Input.dispatchKeyEvent", down), cdp.send("Input.dispatchKeyEvent", up)]); await cdp.send("Runtime.evaluate", { expression: "window.__bench.settle()", awaitPromise: true }); }
  console.log(rate, "pipelined+settle", (performance.now() - a) / 50);
  a = performance.now();
  for (let i = 0; i < 50; i++) { await q.page.evaluate(() => 1); }
  console.log(rate, "evaluate noop", (performance.now() - a) / 50);
}
console.log(await q.page.getByRole("textbox", { name: "Title" }).inputValue().then(v => v.length));
await browser.close(); await prod.close();
