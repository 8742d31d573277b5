// Runs one `kiosk` command in this process and appends its wall time and peak
// memory (maxRSS) as a JSON line to the file named by KIOSK_BENCH_REPORT.
import { appendFileSync } from "node:fs";
import { main } from "../lib/cli.js";
import { tuneHeapGrowth } from "../lib/heap-growth.js";

// As bin/kiosk.js does.
tuneHeapGrowth();

const started = performance.now();
const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
const seconds = (performance.now() - started) / 1000;
const maxRssMiB = process.resourceUsage().maxRSS / 1024;
appendFileSync(process.env.KIOSK_BENCH_REPORT, `${JSON.stringify({ code, seconds, maxRssMiB })}\n`);
process.exitCode = code;
