import { defineConfig } from "vitest/config";

/**
 * Lighthouse measures a page's performance on this machine's CPU: it runs alone, after every other test file has
 * finished, so that the other files' builds and browsers (two cores, shared) do not score the page for it.
 */
const LIGHTHOUSE = "tests/quality/lighthouse.test.ts";

export default defineConfig({
  test: {
    testTimeout: 20_000,
    // A test process on a busy 2-core machine can take more than the default 10 s to exit after its last file: the
    // pool then logs a "Timeout terminating forks worker" error although every test passed.
    teardownTimeout: 60_000,
    // One temporary folder for the run, removed at its end (tests/global-setup.ts).
    globalSetup: ["tests/global-setup.ts"],
    projects: [
      { extends: true, test: { name: "suite", include: ["tests/**/*.test.ts"], exclude: [LIGHTHOUSE], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: "lighthouse", include: [LIGHTHOUSE], sequence: { groupOrder: 1 } } },
    ],
  },
});
