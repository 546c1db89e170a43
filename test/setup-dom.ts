import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// testing-library's 1 s default for findBy/waitFor is a wall-clock budget: on a 2-core CI machine with
// two workers, a file's first render (cold msw, zod and React) has overrun it (a chip still "Loading
// tag…" at 1 s). Waits still fail when the thing never happens; they only stop failing for being slow.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
