/// <reference types="vite/client" />

/** Which backend the dev server's proxy talks to, e.g. "embedded mock API" (set by vite.config.ts). */
declare const __DEMO_BACKEND__: string;
