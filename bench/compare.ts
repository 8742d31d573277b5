/**
 * `npm run bench:compare -- [--articles N] [--runs R] [--ticker T]`: builds the same corpus (T headlines a ticker line, 30 by default)
 * with Kiosk, Hugo (Debian package `hugo`) and Eleventy (npm `@11ty/eleventy`)
 * — equivalent article, paginated index, per-source and feed pages, from the
 * layouts under bench/hugo and bench/eleventy — interleaving runs, and prints
 * each median and the ratios Kiosk/Hugo and Kiosk/Eleventy. Output on tmpfs.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { resolveConfig } from "../src/config/config.js";
import { listContentFiles } from "../src/ingest/content-source.js";
import { ingestContent } from "../src/ingest/ingest.js";
import { writeCorpus } from "./corpus.js";
import { bodyOf } from "../src/cache/body-store.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "20000" },
    ticker: { type: "string", default: "30" },
    runs: { type: "string", default: "3" },
    dir: { type: "string", default: "/dev/shm/kiosk-compare" },
  },
});
const articles = Number(values.articles);
const runs = Number(values.runs);
const ticker = Number(values.ticker);
const dir = path.resolve(values.dir!, `corpus-${articles}${ticker === 30 ? "" : `-t${ticker}`}`);

const hugo = spawnSync("hugo", ["version"], { encoding: "utf8" }).status === 0 ? "hugo" : null;
const eleventyBin = path.join(root, "node_modules", "@11ty", "eleventy", "cmd.cjs");
const eleventy = existsSync(eleventyBin) ? eleventyBin : null;
if (!hugo) console.log("Hugo is not installed: apt-get install -y hugo (Debian's 0.111). It is left out.");
if (!eleventy) console.log("Eleventy is not installed: npm install --no-save @11ty/eleventy@3. It is left out.");

/** The corpus for Kiosk, and the same articles as Markdown with front matter for Hugo and Eleventy. */
async function prepare(): Promise<void> {
  const marker = path.join(dir, "prepared.json");
  if (existsSync(marker) && readFileSync(marker, "utf8") === `${articles}/${ticker}`) return;
  rmSync(dir, { recursive: true, force: true });
  writeCorpus(path.join(dir, "kiosk", "content"), { articles, ticker });
  writeFileSync(
    path.join(dir, "kiosk", "kiosk.config.json"),
    JSON.stringify({ title: "Kiosk bench", baseUrl: "https://bench.example/", pageSize: 20, feedSize: 50 }),
  );
  const { config } = resolveConfig({});
  const files = await listContentFiles(path.join(dir, "kiosk", "content"), [".txt"], dir);
  const { articles: parsed } = await ingestContent(files, config);
  cpSync(path.join(root, "bench", "hugo"), path.join(dir, "hugo"), { recursive: true });
  cpSync(path.join(root, "bench", "eleventy"), path.join(dir, "eleventy"), { recursive: true });
  parsed.forEach((a, i) => {
    const yaml = (s: string) => JSON.stringify(s);
    const body = bodyOf(a).join("\n\n");
    const name = `article-${String(i).padStart(6, "0")}.md`;
    const hugoDir = path.join(dir, "hugo", "content", "posts", String(Math.floor(i / 1000)));
    mkdirSync(hugoDir, { recursive: true });
    writeFileSync(
      path.join(hugoDir, name),
      `---\ntitle: ${yaml(a.title)}\ndate: ${a.date}\nsource: ${yaml(a.source)}\nsources: [${yaml(a.source)}]\nlang: ${a.lang}\n---\n${body}\n`,
    );
    const elevDir = path.join(dir, "eleventy", "content", String(Math.floor(i / 1000)));
    mkdirSync(elevDir, { recursive: true });
    writeFileSync(
      path.join(elevDir, name),
      `---\ntitle: ${yaml(a.title)}\ndate: ${a.date}\nsource: ${yaml(a.source)}\nlang: ${a.lang}\nlayout: article.njk\n---\n${body}\n`,
    );
  });
  writeFileSync(marker, `${articles}/${ticker}`);
}

/** Wall time and peak memory of one cold build. */
function measure(command: string, args: string[], cwd: string, clean: string[]): { seconds: number; peakMiB: number } {
  for (const p of clean) rmSync(path.join(cwd, p), { recursive: true, force: true });
  const timed = spawnSync("/usr/bin/time", ["-f", "%e %M", command, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  if (timed.status !== 0) throw new Error(`${command} failed:\n${timed.stderr.slice(-2000)}`);
  const [seconds, kb] = timed.stderr.trim().split("\n").pop()!.split(" ").map(Number);
  return { seconds: seconds!, peakMiB: Math.round(kb! / 1024) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

await prepare();
const results: Record<string, { seconds: number; peakMiB: number }[]> = { kiosk: [], hugo: [], eleventy: [] };
for (let run = 1; run <= runs; run++) {
  // Interleaved, so a noisy minute hurts every tool alike.
  results.kiosk!.push(
    measure(process.execPath, [path.join(root, "bin", "kiosk.js"), "build", "--quiet", "--no-search", "--clean"], path.join(dir, "kiosk"), [
      "dist",
      ".kiosk-cache",
    ]),
  );
  if (hugo) results.hugo!.push(measure("hugo", ["--quiet", "--minify=false"], path.join(dir, "hugo"), ["public", "resources"]));
  if (eleventy) results.eleventy!.push(measure(process.execPath, [eleventy, "--quiet", "--config=eleventy.config.cjs"], path.join(dir, "eleventy"), ["_site"]));
  console.log(
    `run ${run}/${runs}: ${Object.entries(results)
      .filter(([, r]) => r.length)
      .map(([tool, r]) => `${tool} ${r.at(-1)!.seconds.toFixed(2)} s`)
      .join(", ")}`,
  );
}
const summary = Object.fromEntries(
  Object.entries(results)
    .filter(([, r]) => r.length)
    .map(([tool, r]) => [tool, { seconds: median(r.map((x) => x.seconds)), peakMiB: Math.max(...r.map((x) => x.peakMiB)) }]),
);
console.log(`\n${articles} articles (tickers of ${ticker} headlines), cold builds, output on ${values.dir}, medians of ${runs}:`);
for (const [tool, s] of Object.entries(summary)) console.log(`  ${tool.padEnd(9)} ${s.seconds.toFixed(2).padStart(7)} s   peak ${s.peakMiB} MiB`);
for (const other of ["hugo", "eleventy"]) {
  if (summary[other])
    console.log(
      `  Kiosk/${other}: time ${(summary.kiosk!.seconds / summary[other]!.seconds).toFixed(2)}, memory ${(summary.kiosk!.peakMiB / summary[other]!.peakMiB).toFixed(2)}`,
    );
}
const reportDir = path.join(root, "test-output", "bench");
mkdirSync(reportDir, { recursive: true });
writeFileSync(
  path.join(reportDir, `compare-${articles}${ticker === 30 ? "" : `-t${ticker}`}.json`),
  `${JSON.stringify({ date: new Date().toISOString(), articles, ticker, runs, summary }, null, 2)}\n`,
);
