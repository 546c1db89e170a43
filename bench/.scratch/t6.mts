import { launchBrowser, openPeer, focusTitle } from "../lib/browser";
import { servePage, manyTags } from "../lib/serve";
const { browser } = await launchBrowser();
const prod = await servePage("/tmp/bx/page", manyTags(10));
const q = await openPeer(browser, prod.url, "naive");
await focusTitle(q.page);
await q.cdp.send("Performance.enable", { timeDomain: "threadTicks" });
for (const rate of [1, 4]) {
  await q.cdp.send("Emulation.setCPUThrottlingRate", { rate });
  const t = { m: 0, p: 0, s: 0, r: 0, n: 0 };
  for (let i = 0; i < 50; i++) {
    let a = performance.now(); await q.cdp.send("Performance.getMetrics"); t.m += performance.now() - a;
    a = performance.now(); await q.page.keyboard.press("a"); t.p += performance.now() - a;
    a = performance.now(); await q.page.evaluate(() => window.__bench.settle()); t.s += performance.now() - a;
    a = performance.now(); await q.page.evaluate(() => new Promise(r => requestAnimationFrame(r))); t.r += performance.now() - a;
  }
  console.log(rate, t.m / 50, t.p / 50, t.s / 50, t.r / 50);
}
await browser.close(); await prod.close();
