import { defineConfig } from "@playwright/test";
import { chromiumArgs, resolveChromium } from "./test/chromium";
import {
  KNOWN_TEST_KEY,
  MOCK_DEMO_PORT,
  PROXIED_DEMO_PORT,
  PROXY_TIMEOUT_MS,
  UPSTREAM_PORT,
  mockDemoUrl,
  proxiedDemoUrl,
} from "./test/e2e/ports";

// Never a download at test time: CHROMIUM_PATH, a Chromium on the PATH, or the packaged one.
const { executablePath } = await resolveChromium();

function demo(port: number, url: string, env: Record<string, string>) {
  return {
    command: `npx vite --config demo/vite.config.ts --strictPort --host 127.0.0.1 --port ${port}`,
    url,
    // A server already on the port may be anything (or the other backend): refuse to guess.
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
    env: { PORT: String(port), ...env },
  };
}

export default defineConfig({
  testDir: "test/e2e",
  testMatch: "**/*.spec.ts",
  // The tests share two servers and one upstream on fixed ports: one at a time.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    browserName: "chromium",
    launchOptions: { executablePath, args: chromiumArgs },
    trace: "retain-on-failure",
  },
  webServer: [
    // Empty values win over a developer's own shell, so this one is always on the embedded mock.
    demo(MOCK_DEMO_PORT, mockDemoUrl, { ELEVENLABS_API_KEY: "", ELEVENLABS_BASE_URL: "", ELEVENLABS_PROXY_TIMEOUT_MS: "" }),
    demo(PROXIED_DEMO_PORT, proxiedDemoUrl, {
      ELEVENLABS_API_KEY: KNOWN_TEST_KEY,
      ELEVENLABS_BASE_URL: `http://127.0.0.1:${UPSTREAM_PORT}`,
      ELEVENLABS_PROXY_TIMEOUT_MS: String(PROXY_TIMEOUT_MS),
    }),
  ],
});
