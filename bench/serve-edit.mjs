// The dev server's edit loop: starts `kiosk serve` (compiled package) on a
// corpus, then edits one article `runs` times and measures, each time, from the
// file being saved to the site on disk being updated (watcher, debounce and
// incremental build included). Prints one JSON line: the times in seconds and
// the peak memory of this process.
import { readFileSync, writeFileSync } from "node:fs";
import { PassThrough } from "node:stream";
import { tuneHeapGrowth } from "../lib/heap-growth.js";
import { startDevServer } from "../lib/serve/dev-server.js";

// As bin/kiosk.js does.
tuneHeapGrowth();

const [siteDir, edited, runsText] = process.argv.slice(2);
const runs = Number(runsText ?? 5);
const original = readFileSync(edited, "utf8");
const stderr = new PassThrough();
stderr.resume();
const server = await startDevServer({
  values: { quiet: true, "no-search": true, content: "content", out: "dist" },
  io: { stdout: new PassThrough(), stderr, cwd: siteDir },
  port: 0,
  host: "127.0.0.1",
});
let resolveBuild;
server.onBuild((ok) => resolveBuild?.(ok));
const seconds = [];
try {
  for (let run = 1; run <= runs; run++) {
    // Let the watcher settle between edits.
    await new Promise((r) => setTimeout(r, 400));
    const built = new Promise((r) => (resolveBuild = r));
    const started = performance.now();
    writeFileSync(edited, original.replace(/\n(Cliquez ici)/, `\nUn paragraphe ajouté au tour ${run}.\n$1`));
    if (!(await built)) throw new Error("the rebuild failed");
    seconds.push((performance.now() - started) / 1000);
  }
} finally {
  writeFileSync(edited, original);
  await server.close();
}
console.log(JSON.stringify({ seconds, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
