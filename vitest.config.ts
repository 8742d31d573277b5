import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 20_000,
    // One temporary folder for the run, removed at its end (tests/global-setup.ts).
    globalSetup: ["tests/global-setup.ts"],
  },
});
