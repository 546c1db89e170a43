/**
 * Where the end-to-end tests find things: three demo servers started by Playwright's `webServer`
 * (two production builds, one dev server) and a test upstream the tests start themselves. High fixed
 * ports, away from `npm start`'s 5173.
 */

// `E2E_PORT_BASE` moves the whole block, so two checkouts can run their end-to-end tests at once.
const base = Number(process.env.E2E_PORT_BASE ?? 5391);

/** The demo's production build on its embedded mock API. */
export const MOCK_DEMO_PORT = base;
/** The demo's production build with `ELEVENLABS_API_KEY` set, proxying to the test upstream. */
export const PROXIED_DEMO_PORT = base + 1;
/** The test upstream: the kit's mock API on loopback, with a lower title limit than the client's. */
export const UPSTREAM_PORT = base + 2;
/** `npm start`: the demo in Vite's dev server, on its embedded mock API. */
export const DEV_DEMO_PORT = base + 3;

/** The key the proxied demo sends upstream; it must never reach the browser. */
export const KNOWN_TEST_KEY = "sk_e2e_known_test_key_0123456789";
/** The test upstream's title limit: lower than the client's 120, so the server has the last word. */
export const UPSTREAM_TITLE_MAX_LENGTH = 10;
/** Milliseconds the proxied demo's proxy waits for the test upstream before answering 504. */
export const PROXY_TIMEOUT_MS = 1500;

/** Base URL of the demo on the embedded mock. */
export const mockDemoUrl = `http://127.0.0.1:${MOCK_DEMO_PORT}`;
/** Base URL of `npm start`'s dev server. */
export const devDemoUrl = `http://127.0.0.1:${DEV_DEMO_PORT}`;
/** Base URL of the demo proxying to the test upstream. */
export const proxiedDemoUrl = `http://127.0.0.1:${PROXIED_DEMO_PORT}`;
