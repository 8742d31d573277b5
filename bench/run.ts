/**
 * `npm run bench -- [--articles N] [--runs R] [--dir DIR] [--search] [--ticker T] [--headlines H]`: builds a
 * synthetic corpus cold, again with nothing changed, again after editing one article, and again after
 * adding the 50 newest pages (with tickers never seen before, as a crawl brings them), and 50 of a new month
 * (last month's pages take its monthly ticker edition), and the 50 newest after every file's time changed (a fresh clone
 * in CI, the cache restored), each R times, then
 * edits one article R times (at least 3) under the dev server; prints each figure beside its target;
 * prints medians, pages per second and peak memory, and writes a JSON report. Output goes to tmpfs (/dev/shm) by default: disk writes on
 * shared machines are too noisy to compare.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { touchEvery, writeCorpus, writeNewest } from "./corpus.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "20000" },
    runs: { type: "string", default: "3" },
    search: { type: "boolean", default: false },
    // Headlines per ticker line, and a pool of distinct ticker headlines (default: tickers show the corpus's own titles).
    ticker: { type: "string", default: "30" },
    headlines: { type: "string" },
    dir: { type: "string", default: existsSync("/dev/shm") ? "/dev/shm/kiosk-bench" : path.join(root, "test-output", "bench") },
  },
});
const articles = Number(values.articles);
const runs = Number(values.runs);
const dir = path.resolve(values.dir!);
const ticker = Number(values.ticker);
const headlines = values.headlines === undefined ? undefined : Number(values.headlines);
const siteDir = path.join(dir, `corpus-${articles}${ticker === 30 ? "" : `-t${ticker}`}${headlines === undefined ? "" : `-h${headlines}`}`);
const content = path.join(siteDir, "content");
const out = path.join(siteDir, "dist");
const report = path.join(siteDir, "measurements.jsonl");

interface Measurement {
  code: number;
  seconds: number;
  maxRssMiB: number;
  /** Story grouping (from the build's --json summary), when the site was assembled. */
  stories?: { members: number; regrouped: number; seconds: number } | null;
}

function corpus(): void {
  const marker = path.join(siteDir, "corpus.json");
  const wanted = JSON.stringify({ articles, ticker, headlines, version: 3 });
  if (existsSync(marker) && readFileSync(marker, "utf8") === wanted) return;
  process.stderr.write(`Generating ${articles} articles into ${content}…\n`);
  writeCorpus(content, { articles, ticker, ...(headlines === undefined ? {} : { headlines }) });
  writeFileSync(
    path.join(siteDir, "kiosk.config.json"),
    JSON.stringify({ title: "Kiosk bench", baseUrl: "https://bench.example/", pageSize: 20, feedSize: 50 }),
  );
  writeFileSync(marker, wanted);
}

function build(extra: string[] = []): Measurement {
  rmSync(report, { force: true });
  // Hugo and Eleventy build no search index: by default neither does the benchmark (--search to include it).
  const search = values.search ? [] : ["--no-search"];
  const result = spawnSync(
    process.execPath,
    [path.join(root, "bench", "measure.mjs"), "build", "--json", "--content", "content", "--out", "dist", ...search, ...extra],
    {
      cwd: siteDir,
      env: { ...process.env, KIOSK_BENCH_REPORT: report },
      stdio: ["ignore", "pipe", "inherit"],
      encoding: "utf8",
      maxBuffer: 1 << 28,
    },
  );
  if (result.status !== 0) throw new Error(`kiosk build exited with ${result.status}`);
  const measured = JSON.parse(readFileSync(report, "utf8").trim().split("\n").pop()!) as Measurement;
  return { ...measured, stories: (JSON.parse(result.stdout) as { stories: Measurement["stories"] }).stories };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function countPages(): number {
  const result = spawnSync("find", [out, "-name", "*.html"], { encoding: "utf8", maxBuffer: 1 << 30 });
  return result.stdout.split("\n").filter(Boolean).length;
}

corpus();
const edited = path.join(content, "fr", "000", "article-000000.txt");
const original = readFileSync(edited, "utf8");
const scenarios: Record<string, Measurement[]> = { cold: [], unchanged: [], oneEdit: [], add50: [], newMonth: [], checkout: [], serveEdit: [] };

for (let run = 1; run <= runs; run++) {
  rmSync(out, { recursive: true, force: true });
  rmSync(path.join(siteDir, ".kiosk-cache"), { recursive: true, force: true });
  scenarios.cold!.push(build());
  scenarios.unchanged!.push(build());
  writeFileSync(edited, original.replace(/\n(Cliquez ici)/, `\nUn paragraphe ajouté au tour ${run}.\n$1`));
  scenarios.oneEdit!.push(build());
  writeFileSync(edited, original);
  build(); // (the edit undone, not measured: the next figure is the 50 new pages' alone)
  // The CI case: 50 new pages, the newest (every listing gets them first), each with a ticker never seen before.
  const added = writeNewest(content, 50, run);
  scenarios.add50!.push(build());
  for (const file of added) rmSync(file);
  build(); // (back to the corpus, not measured)
  // The same on the first day of a month: last month's pages take its monthly ticker edition (once a month).
  const firstOfMonth = writeNewest(content, 50, run, "01 - 12 - 2020");
  scenarios.newMonth!.push(build());
  for (const file of firstOfMonth) rmSync(file);
  build(); // (back to the corpus, not measured)
  // The CI case whole: a fresh clone of the content (every file's time new), the cache restored, and the 50 newest pages.
  touchEvery(content);
  const cloned = writeNewest(content, 50, run + 1000);
  scenarios.checkout!.push(build());
  for (const file of cloned) rmSync(file);
  process.stderr.write(
    `run ${run}/${runs}: cold ${scenarios.cold!.at(-1)!.seconds.toFixed(2)} s, unchanged ${scenarios.unchanged!.at(-1)!.seconds.toFixed(2)} s, one edit ${scenarios.oneEdit!.at(-1)!.seconds.toFixed(2)} s, 50 newest ${scenarios.add50!.at(-1)!.seconds.toFixed(2)} s, 50 of a new month ${scenarios.newMonth!.at(-1)!.seconds.toFixed(2)} s, 50 newest after a clone ${scenarios.checkout!.at(-1)!.seconds.toFixed(2)} s\n`,
  );
}

// The dev server: one article edited, from the save to the site on disk updated (watcher, debounce and rebuild).
const served = spawnSync(process.execPath, [path.join(root, "bench", "serve-edit.mjs"), siteDir, edited, String(Math.max(runs, 3))], {
  encoding: "utf8",
  stdio: ["ignore", "pipe", "inherit"],
});
if (served.status !== 0) throw new Error(`the dev-server benchmark exited with ${served.status}`);
const serve = JSON.parse(served.stdout.trim().split("\n").pop()!) as { seconds: number[]; maxRssMiB: number };
scenarios.serveEdit = serve.seconds.map((seconds) => ({ code: 0, seconds, maxRssMiB: serve.maxRssMiB }));
process.stderr.write(`dev server, one edit: ${serve.seconds.map((x) => x.toFixed(2)).join(", ")} s\n`);

const pages = countPages();
const summary = Object.fromEntries(
  Object.entries(scenarios).map(([name, ms]) => {
    const seconds = median(ms.map((m) => m.seconds));
    return [
      name,
      {
        medianSeconds: Number(seconds.toFixed(3)),
        pagesPerSecond: Math.round(pages / seconds),
        peakMemoryMiB: Math.round(Math.max(...ms.map((m) => m.maxRssMiB))),
        runs: ms.map((m) => Number(m.seconds.toFixed(3))),
        // Story grouping's share (a build that assembled the site): its median time, and how many members' pairs were decided.
        ...(ms.every((m) => m.stories)
          ? {
              storiesSeconds: Number(median(ms.map((m) => m.stories!.seconds)).toFixed(3)),
              storiesRegrouped: median(ms.map((m) => m.stories!.regrouped)),
              storiesMembers: ms[0]!.stories!.members,
            }
          : {}),
      },
    ];
  }),
);
const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: availableParallelism(),
  cpu: cpus()[0]?.model,
  articles,
  pages,
  output: out,
  scenarios: summary,
};
const reportDir = path.join(root, "test-output", "bench");
mkdirSync(reportDir, { recursive: true });
const reportFile = path.join(reportDir, `bench-${articles}.json`);
writeFileSync(reportFile, `${JSON.stringify(result, null, 2)}\n`);
appendFileSync(path.join(reportDir, "history.jsonl"), `${JSON.stringify(result)}\n`);
// Issue 13's targets that this benchmark can judge alone (the cold ratios to Hugo are bench:compare's).
const cold = summary.cold!.medianSeconds;
const targets: Record<string, { seconds: number; why: string }> = {
  add50: { seconds: articles >= 100_000 ? 3 : cold / 10, why: articles >= 100_000 ? "3 s at 100,000" : "a tenth of the cold build" },
  checkout: { seconds: articles >= 100_000 ? 3 : cold / 10, why: articles >= 100_000 ? "add50's, 3 s at 100,000" : "add50's, a tenth of the cold build" },
  unchanged: { seconds: 1, why: "1 s" },
  serveEdit: { seconds: 0.3, why: "0.3 s from save to disk" },
};
const memoryTarget = values.search ? (articles <= 20_000 ? 400 : articles <= 100_000 ? 1024 : undefined) : undefined;
console.log(
  `Kiosk, ${articles} articles (tickers of ${ticker}${headlines === undefined ? " titles" : `, ${headlines} distinct headlines`}), ${pages} pages, ${values.search ? "with" : "without"} search, medians of ${runs} runs (output on ${out}):`,
);
for (const [name, s] of Object.entries(summary)) {
  const target = targets[name];
  const vsTarget = target ? `  target ≤ ${target.seconds.toFixed(2)} s (${target.why}): ${(s.medianSeconds / target.seconds).toFixed(2)}×` : "";
  const memory = memoryTarget && name === "cold" ? ` (target ≤ ${memoryTarget} MiB: ${(s.peakMemoryMiB / memoryTarget).toFixed(2)}×)` : "";
  const stories =
    s.storiesSeconds === undefined
      ? ""
      : `  [stories ${s.storiesSeconds.toFixed(2)} s, pairs decided for ${s.storiesRegrouped} of ${s.storiesMembers} members]`;
  console.log(
    `  ${name.padEnd(10)} ${s.medianSeconds.toFixed(2).padStart(7)} s  ${String(s.pagesPerSecond).padStart(7)} pages/s  peak ${s.peakMemoryMiB} MiB${memory}${vsTarget}${stories}`,
  );
}
console.log(`Report: ${reportFile}`);
