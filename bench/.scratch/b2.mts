import { buildHost } from "../lib/build";
import { pureTopLevelValues } from "../lib/pureSchemas";
const base = await buildHost("/tmp/bx/h0", null, []);
for (const p of ["naive", "formik", "tanstack", "shadcn"]) {
  const a = await buildHost("/tmp/bx/h1", `peers/${p}.tsx`, []);
  const b = await buildHost("/tmp/bx/h1", `peers/${p}.tsx`, [], [pureTopLevelValues(/\/src\/tag\.ts$/)]);
  console.log(p, a.gzip - base.gzip, b.gzip - base.gzip);
}
