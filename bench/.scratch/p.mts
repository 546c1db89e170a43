import { measureProxy } from "../lib/proxyBench";
const t = Date.now();
console.log(JSON.stringify(await measureProxy(10000, 50), null, 1));
console.log(Date.now() - t);
