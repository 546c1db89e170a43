// `npm run test:model -- --runs N [--seed S]`: the model-based test of the write layer, longer.
// The runs and the seed reach the test as environment variables; vitest itself takes no such flags.
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { runs: { type: "string" }, seed: { type: "string" } } });
const env = { ...process.env };
for (const [flag, name] of [["runs", "CTK_MODEL_RUNS"], ["seed", "CTK_MODEL_SEED"]] as const) {
  const value = values[flag];
  if (value === undefined) continue;
  if (!/^\d+$/.test(value)) {
    console.error(`--${flag} takes a whole number, got "${value}"`);
    process.exit(2);
  }
  env[name] = value;
}
const result = spawnSync("npx", ["vitest", "run", "--project", "dom", "test/model"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
