/** Where the visual tests serve the demo's production build; `E2E_PORT_BASE` moves it with the rest. */
export const DEMO_PREVIEW_PORT = Number(process.env.E2E_PORT_BASE ?? 5391) + 30;
/** The demo's production build, served by `vite preview` with its embedded mock API. */
export const demoPreviewUrl = `http://127.0.0.1:${DEMO_PREVIEW_PORT}`;
