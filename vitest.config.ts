import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 20_000,
    // A test process on a busy 2-core machine can take more than the default 10 s to exit after its last file: the
    // pool then logs a "Timeout terminating forks worker" error although every test passed.
    teardownTimeout: 60_000,
    // One temporary folder for the run, removed at its end (tests/global-setup.ts).
    globalSetup: ["tests/global-setup.ts"],
  },
});
