import { chromium } from "playwright-core";
import { resolveChromium, chromiumArgs } from "../../test/chromium.ts";
const { executablePath } = await resolveChromium();
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
console.log(browser.version());
const page = await browser.newPage();
await page.setContent(`<input id=i><script>document.getElementById('i').addEventListener('input',e=>{const t=performance.now();while(performance.now()-t<2){} })</script>`);
const cdp = await page.context().newCDPSession(page);
await cdp.send("Performance.enable", { timeDomain: "timeTicks" } as any);
await page.focus("#i");
const get = async () => { const m = await cdp.send("Performance.getMetrics"); const o: Record<string, number> = {}; for (const x of m.metrics) o[x.name] = x.value; return o; };
for (const rate of [1, 4]) {
await cdp.send("Emulation.setCPUThrottlingRate", { rate });
const idle: number[] = [], key: number[] = [];
for (let i = 0; i < 30; i++) {
  let a = await get(); await page.evaluate(() => new Promise(r => requestAnimationFrame(() => setTimeout(r)))); let b = await get();
  idle.push((b.TaskDuration - a.TaskDuration - (b.DevToolsCommandDuration-a.DevToolsCommandDuration)) * 1000);
  a = await get(); const t=Date.now(); await page.keyboard.press("a"); await page.evaluate(() => new Promise(r => requestAnimationFrame(() => setTimeout(r)))); b = await get();
  key.push((b.TaskDuration - a.TaskDuration - (b.DevToolsCommandDuration-a.DevToolsCommandDuration)) * 1000);
}
const med = (x: number[]) => x.sort((a,b)=>a-b)[x.length>>1];
console.log(rate, "idle", med(idle).toFixed(3), "key", med(key).toFixed(3), Object.keys(await get()).join(","));
}
await browser.close();
