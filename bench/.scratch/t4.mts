import { buildPage } from "../lib/build";
import { launchBrowser, openPeer, focusTitle } from "../lib/browser";
import { servePage, manyTags } from "../lib/serve";
import { measureKeystrokes, keySequence } from "../lib/keystrokes";
import { countCommits } from "../lib/commits";
import { measureServerError } from "../lib/serverError";
import { summarize } from "../lib/stats";
import { PEER_IDS } from "../peers/ids";
const skip = process.argv.includes("--nobuild");
if (!skip) { await buildPage("/tmp/bx/page", false); await buildPage("/tmp/bx/prof", true); }
const { browser, version } = await launchBrowser();
console.log(version);
const prod = await servePage("/tmp/bx/page", manyTags(1000));
const prof = await servePage("/tmp/bx/prof", manyTags(1000));
for (const peer of PEER_IDS) {
  let t = Date.now();
  const p = await openPeer(browser, prof.url, peer, { probeReact: true });
  p.page.on("console", (m) => console.log("console", m.text()));
  await focusTitle(p.page);
  const c = await countCommits(p.page, p.cdp, "x".repeat(120));
  console.log(peer, "commits", JSON.stringify(c), Date.now() - t);
  await p.close();
  t = Date.now();
  const q = await openPeer(browser, prod.url, peer);
  await focusTitle(q.page);
  for (const rate of [1, 4]) {
    const k = await measureKeystrokes(q.page, q.cdp, keySequence(100), rate);
    console.log(peer, rate, "task", summarize(k.taskMs), "handler", summarize(k.handlerMs), "idle", k.idleMs.toFixed(3), Date.now() - t);
  }
  const e = await measureServerError(q.page, prod.mock, 10);
  console.log(peer, "422", summarize(e.toFrameMs), summarize(e.toDomMs), Date.now() - t);
  await q.close();
}
await browser.close(); await prod.close(); await prof.close();
