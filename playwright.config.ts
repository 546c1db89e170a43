import { defineConfig } from "@playwright/test";
import { chromiumArgs, resolveChromium } from "./test/chromium";
import {
  DEV_DEMO_PORT,
  KNOWN_TEST_KEY,
  MOCK_DEMO_PORT,
  PROXIED_DEMO_PORT,
  PROXY_TIMEOUT_MS,
  UPSTREAM_PORT,
  devDemoUrl,
  mockDemoUrl,
  proxiedDemoUrl,
} from "./test/e2e/ports";

// Never a download at test time: CHROMIUM_PATH, a Chromium on the PATH, or the packaged one.
const { executablePath } = await resolveChromium();

/** The demo's production build under `vite preview` (see test/e2e/serveDemo.ts). */
function demo(backend: "mock" | "proxied", port: number, url: string, env: Record<string, string>) {
  return {
    command: `npx tsx test/e2e/serveDemo.ts ${backend} ${port}`,
    url,
    // A server already on the port may be anything (or the other backend): refuse to guess.
    reuseExistingServer: false,
    // The proxied demo builds first (and the mock one when demo/dist is missing or stale).
    timeout: 120_000,
    stdout: "ignore" as const,
    stderr: "pipe" as const,
    env,
  };
}

// Empty values win over a developer's own shell, so these are always on the embedded mock.
const onMock = { ELEVENLABS_API_KEY: "", ELEVENLABS_BASE_URL: "", ELEVENLABS_PROXY_TIMEOUT_MS: "" };

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
    demo("mock", MOCK_DEMO_PORT, mockDemoUrl, onMock),
    demo("proxied", PROXIED_DEMO_PORT, proxiedDemoUrl, {
      ELEVENLABS_API_KEY: KNOWN_TEST_KEY,
      ELEVENLABS_BASE_URL: `http://127.0.0.1:${UPSTREAM_PORT}`,
      ELEVENLABS_PROXY_TIMEOUT_MS: String(PROXY_TIMEOUT_MS),
    }),
    // `npm start`, as the README runs it: Vite's dev server on the embedded mock.
    {
      command: `npx vite --config demo/vite.config.ts --strictPort --host 127.0.0.1 --port ${DEV_DEMO_PORT}`,
      url: devDemoUrl,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore" as const,
      stderr: "pipe" as const,
      env: { PORT: String(DEV_DEMO_PORT), ...onMock },
    },
  ],
});
