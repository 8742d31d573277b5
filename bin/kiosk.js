#!/usr/bin/env node
// The `kiosk` command. The TypeScript sources are compiled into lib/ by
// `npm ci` (the "prepare" script) or `npm run compile`.
import v8 from "node:v8";
import { main } from "../lib/cli.js";

// V8 lets the heap grow to about four times what the last full collection kept before collecting
// again; a build allocates fast and keeps a large, slowly growing set, so the heap balloons. Growing
// by a quarter instead keeps a 20,000-article build's peak memory near 600 MB instead of 800, in the
// same time (see README, Performance). V8 reads this flag at every collection, so setting it here,
// before any work, takes effect; it is a collection heuristic, not a limit. KIOSK_HEAP_GROWTH=N sets
// another percentage, 0 leaves V8's own.
const growth = Number(process.env.KIOSK_HEAP_GROWTH ?? 25);
if (Number.isFinite(growth) && growth > 0) v8.setFlagsFromString(`--heap-growing-percent=${Math.round(growth)}`);

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
