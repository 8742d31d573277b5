/**
 * Parsing and rendering on several cores (the compiled package, 2,000 files or
 * pages or more) give byte-identical output to one thread.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { touchEvery, writeCorpus, writeNewest } from "../../bench/corpus.js";
import { defaultConfig, ROOT } from "../helpers.js";
import { expectSameOutput, outputTree } from "../output-tree.js";

function build(dir: string, out: string, workers: string) {
  return spawnSync(process.execPath, [path.join(ROOT, "bin", "kiosk.js"), "build", "--json", "--no-search", "--clean", "--out", out], {
    cwd: dir,
    env: { ...process.env, KIOSK_WORKERS: workers },
    encoding: "utf8",
  });
}

/** An update of the site in `dir` (the cache kept) into dist/, on two workers. */
function update(dir: string) {
  return spawnSync(process.execPath, [path.join(ROOT, "bin", "kiosk.js"), "build", "--json", "--no-search", "--out", "dist"], {
    cwd: dir,
    env: { ...process.env, KIOSK_WORKERS: "2" },
    encoding: "utf8",
  });
}

describe("parallel parsing and rendering", () => {
  it("builds the same site as one thread", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-parallel-"));
    writeCorpus(path.join(dir, "content"), { articles: 2100 });
    writeFileSync(path.join(dir, "kiosk.config.json"), JSON.stringify({ title: "Parallel", baseUrl: "https://parallel.example/" }));
    const workers = build(dir, "dist-workers", "2");
    expect(workers.status).toBe(0);
    expect(JSON.parse(workers.stdout)).toMatchObject({ parseThreads: 2, renderThreads: 2, filesParsed: 2100 });
    const single = build(dir, "dist-single", "0");
    expect(JSON.parse(single.stdout)).toMatchObject({ parseThreads: 1, renderThreads: 0, filesParsed: 2100 });
    expect(outputTree(path.join(dir, "dist-single")).size).toBeGreaterThan(2100);
    expectSameOutput(path.join(dir, "dist-workers"), path.join(dir, "dist-single"));
  }, 60_000);

  it("hands each parsed file on in the order of the files, while the workers take blocks of them in turn", async () => {
    const { workerShares } = await import("../../src/ingest/parse-pool.js");
    // Blocks of 500: the first, third and fifth to the first worker; never more workers than blocks.
    const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
    expect(workerShares(2100, 2)).toEqual([
      [...range(0, 500), ...range(1000, 1500), ...range(2000, 2100)],
      [...range(500, 1000), ...range(1500, 2000)],
    ]);
    expect(workerShares(700, 8).map((share) => share.length)).toEqual([500, 200]);
    // The compiled package (a worker cannot load TypeScript), on two workers, some files left out as the cache's are.
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-parallel-"));
    // (2,057 files to parse: workers start from 2,000.)
    writeCorpus(path.join(dir, "content"), { articles: 2400 });
    const lib = (file: string) => import(pathToFileURL(path.join(ROOT, "lib", "ingest", file)).href);
    const [{ parseInParallel }, { listContentFiles, CONTENT_EXTENSIONS }] = await Promise.all([lib("parse-pool.js"), lib("content-source.js")]);
    const files: { display: string }[] = await listContentFiles("content", CONTENT_EXTENSIONS, dir);
    const todo = files.map((_, index) => index).filter((index) => index % 7 !== 3);
    const handed: [number, { result: { file: string } }][] = [];
    const workers = process.env.KIOSK_WORKERS;
    process.env.KIOSK_WORKERS = "2";
    try {
      const fresh = await parseInParallel(files, todo, defaultConfig(), {
        onParsed: (index: number, parsed: { result: { file: string } }) => handed.push([index, parsed]),
      });
      expect(fresh.threads).toBe(2);
      expect(handed.map(([index]) => index)).toEqual(todo);
      for (const [index, parsed] of handed) {
        expect(fresh.get(index)).toBe(parsed);
        expect(parsed.result.file).toBe(files[index]!.display);
      }
    } finally {
      if (workers === undefined) delete process.env.KIOSK_WORKERS;
      else process.env.KIOSK_WORKERS = workers;
    }
  }, 60_000);

  it("reads a checkout's files on workers, and parses only the one whose content changed", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-parallel-"));
    const content = path.join(dir, "content");
    writeCorpus(content, { articles: 2100 });
    writeFileSync(path.join(dir, "kiosk.config.json"), JSON.stringify({ title: "Checkout", baseUrl: "https://checkout.example/" }));
    expect(update(dir).status).toBe(0);
    // As a fresh clone in CI: every file's time is new; one file's content is too.
    touchEvery(content, new Date(Date.now() + 60_000));
    const edited = path.join(content, readdirSync(content, { recursive: true, encoding: "utf8" }).find((f) => f.endsWith(".txt"))!);
    // (A line added at its end: its bytes change, whatever its language.)
    writeFileSync(edited, `${readFileSync(edited, "utf8")}\n`);
    const touched = update(dir);
    expect(touched.status).toBe(0);
    expect(JSON.parse(touched.stdout)).toMatchObject({ parseThreads: 2, filesParsed: 1 });
    expect(build(dir, "dist-clean", "2").status).toBe(0);
    expectSameOutput(path.join(dir, "dist"), path.join(dir, "dist-clean"));
  }, 90_000);
});

describe("rendering on workers", () => {
  const setup = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-workers-"));
    writeCorpus(path.join(dir, "content"), { articles: 2100 });
    writeFileSync(path.join(dir, "kiosk.config.json"), JSON.stringify({ title: "Workers", baseUrl: "https://workers.example/" }));
    return dir;
  };

  it("names the template, its line and the page when a worker's template fails, and leaves no output", () => {
    const dir = setup();
    mkdirSync(path.join(dir, "templates"));
    writeFileSync(
      path.join(dir, "templates", "article.njk"),
      '{% extends "base.njk" %}\n{% block main %}\n<h1>{{ article.missing.title }}</h1>\n{% endblock %}\n',
    );
    const failed = build(dir, "dist", "2");
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/templates\/article\.njk:3:\d+: rendering \/\d{4}\/\d\d\/\d\d\/.+ \(article from content\/.+\.txt\) failed/);
    expect(failed.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(dir, "dist"))).toBe(false);
  }, 60_000);

  it("updates a site incrementally to the same bytes as a clean build", () => {
    const dir = setup();
    expect(update(dir).status).toBe(0);
    const edited = readdirSync(path.join(dir, "content"), { recursive: true, encoding: "utf8" }).find((f) => f.endsWith(".txt"))!;
    const file = path.join(dir, "content", edited);
    // A paragraph before the last line (the line that sends the reader to the source).
    writeFileSync(file, readFileSync(file, "utf8").replace(/\n([^\n]*\n?)$/, "\nUn paragraphe ajouté pour le test.\n$1"));
    const second = update(dir);
    expect(second.status).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ filesParsed: 1 });
    expect(JSON.parse(second.stdout).rendered).toBeGreaterThan(0);
    expect(JSON.parse(second.stdout).rendered).toBeLessThan(200);
    expect(build(dir, "dist-clean", "2").status).toBe(0);
    expectSameOutput(path.join(dir, "dist"), path.join(dir, "dist-clean"));
  }, 60_000);

  it("starts the workers in an update once it has found a few hundred pages to make, to the same bytes", () => {
    const dir = setup();
    const first = update(dir);
    expect(first.status).toBe(0);
    // Fewer pages to make than that: this thread makes them.
    const edited = readdirSync(path.join(dir, "content"), { recursive: true, encoding: "utf8" }).find((f) => f.endsWith(".txt"))!;
    const file = path.join(dir, "content", edited);
    writeFileSync(file, readFileSync(file, "utf8").replace(/\n\n/, "\n\nUn paragraphe ajouté pour le test.\n\n"));
    const few = update(dir);
    expect(JSON.parse(few.stdout)).toMatchObject({ renderThreads: 0 });
    // A new site title is on every page.
    writeFileSync(path.join(dir, "kiosk.config.json"), JSON.stringify({ title: "Workers again", baseUrl: "https://workers.example/" }));
    const all = update(dir);
    expect(all.status).toBe(0);
    expect(JSON.parse(all.stdout)).toMatchObject({ renderThreads: 2 });
    expect(JSON.parse(all.stdout).rendered).toBeGreaterThan(2000);
    expect(build(dir, "dist-clean", "0").status).toBe(0);
    expectSameOutput(path.join(dir, "dist"), path.join(dir, "dist-clean"));
  }, 90_000);
});

describe("a crawl of newer pages on workers", () => {
  it("renders the pages of the new day and the listings it shifts, keeps older pages and their tickers, and matches a clean build", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-crawl-"));
    writeCorpus(path.join(dir, "content"), { articles: 2100 });
    writeFileSync(path.join(dir, "kiosk.config.json"), JSON.stringify({ title: "Tickers", baseUrl: "https://tickers.example/" }));
    const first = update(dir);
    expect(first.status).toBe(0);
    // An article page of the oldest day.
    const oldPages = [...outputTree(path.join(dir, "dist")).keys()].filter((p) => /^\d{4}\/\d\d\/\d\d\/[^/]+\/[^/]+\/index\.html$/.test(p)).sort();
    const old = path.join(dir, "dist", oldPages[0]!);
    const before = readFileSync(old, "utf8");
    // Five newest pages of a new day, whose tickers are new headlines.
    writeNewest(path.join(dir, "content"), 5, 1);
    const second = update(dir);
    expect(second.status).toBe(0);
    const summary = JSON.parse(second.stdout);
    // The new pages, the listings they shift and the pages of stories they join are made; the archive's article
    // pages keep their day's or month's ticker, and their stories (story grouping counts words in their weeks).
    expect(summary.rendered).toBeGreaterThan(5);
    expect(summary.rendered).toBeLessThan(summary.pages / 10);
    // The oldest page is as it was: its month's ticker, as the month ended, and its stories.
    const day = /data-day="([^"]+)"/.exec(before)![1]!;
    expect(day < "2020-12-31").toBe(true);
    expect(readFileSync(old, "utf8")).toBe(before);
    const home = readFileSync(path.join(dir, "dist", "index.html"), "utf8");
    expect(home).toMatch(/r1n\dk0/);
    expect(before).not.toMatch(/r1n\dk0/);
    const clean = spawnSync(process.execPath, [path.join(ROOT, "bin", "kiosk.js"), "build", "--json", "--no-search", "--clean", "--out", "dist-clean"], {
      cwd: dir,
      env: { ...process.env, KIOSK_WORKERS: "0" },
      encoding: "utf8",
    });
    expect(clean.status).toBe(0);
    expectSameOutput(path.join(dir, "dist"), path.join(dir, "dist-clean"));
  }, 90_000);
});

describe("claims on ticker headlines", () => {
  it("gives each of many distinct headlines to exactly one claimant", async () => {
    // (src/ingest/parse-pool.ts: the workers' shared table of claims.)
    const { claimHeadline, newClaims } = await import("../../src/ingest/parse-pool.js");
    const claims = newClaims();
    const texts = Array.from({ length: 200_000 }, (_, i) => `Headline ${i} of a busy day`);
    // Every text is claimed the first time it is met (no text is lost to another's slot) and never again.
    expect(texts.filter((t) => !claimHeadline(t, claims))).toEqual([]);
    expect(texts.filter((t) => claimHeadline(t, claims))).toEqual([]);
  });

  it("knows the titles added to the shared table, and no other text", async () => {
    const { addTitle, isTitle, newTitles } = await import("../../src/ingest/parse-pool.js");
    const titles = newTitles();
    const keys = Array.from({ length: 100_000 }, (_, i) => `title ${i} of the site`);
    for (const key of keys.slice(0, 50_000)) addTitle(key, titles);
    expect(keys.slice(0, 50_000).filter((k) => !isTitle(k, titles))).toEqual([]);
    // (A text whose 32-bit hash a title has would be taken for one: none among these.)
    expect(keys.slice(50_000).filter((k) => isTitle(k, titles))).toEqual([]);
  });
});
