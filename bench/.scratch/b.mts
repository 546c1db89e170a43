import { buildPage, buildHost } from "../lib/build";
const t = Date.now();
await buildPage("/tmp/bx/page", false);
console.log("page", Date.now() - t);
await buildPage("/tmp/bx/prof", true);
console.log("prof", Date.now() - t);
const base = await buildHost("/tmp/bx/h0", null, []);
console.log(base, Date.now() - t);
for (const [p, ext] of [["peers/naive.tsx", []], ["peers/kit.tsx", [/^react-hook-form/, /^@hookform\//, /^zod/]], ["peers/kit.tsx", []], ["peers/shadcn.tsx", []], ["peers/formik.tsx", []], ["peers/tanstack.tsx", []]] as const) {
  const b = await buildHost("/tmp/bx/h1", p, ext as RegExp[]);
  console.log(p, ext.length, b.gzip - base.gzip, b.brotli - base.brotli, Date.now() - t);
}
