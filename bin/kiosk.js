#!/usr/bin/env node
// The `kiosk` command. The TypeScript sources are compiled into lib/ by
// `npm ci` (the "prepare" script) or `npm run compile`.
import { main } from "../lib/cli.js";
import { tuneHeapGrowth } from "../lib/heap-growth.js";

tuneHeapGrowth();
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
