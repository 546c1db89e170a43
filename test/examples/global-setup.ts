/**
 * Builds the Next.js example once per run and keeps it running for every test (a failed test then
 * does not trigger a second `next build`); the returned function stops the servers and removes the copy.
 */
import { buildNextApp, startNextApp } from "./nextApp";

export default async function globalSetup(): Promise<() => Promise<void>> {
  const built = buildNextApp();
  try {
    const running = await startNextApp(built);
    // Workers inherit the runner's environment.
    process.env.NEXT_EXAMPLE_URL = running.url;
    process.env.NEXT_EXAMPLE_DIR = built.dir;
    return async () => {
      try {
        await running.stop();
      } finally {
        built.remove();
      }
    };
  } catch (error) {
    built.remove();
    throw error;
  }
}
