/**
 * Incremental builds: after every kind of change, the output is byte-identical
 * to a clean build of the same content, pages that did not change are not
 * written again, and pages that no longer exist are removed.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { PassThrough } from "node:stream";
import v8 from "node:v8";
import { describe, expect, it } from "vitest";
import { touchEvery } from "../../bench/corpus.js";
import { main } from "../../src/cli.js";
import { FIXTURES, ROOT } from "../helpers.js";
import { expectSameOutput, outputTree } from "../output-tree.js";

async function kiosk(args: string[], cwd: string): Promise<{ code: number; summary: Record<string, any> }> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on("data", (c: Buffer) => chunks.push(c));
  const code = await main([...args, "--json"], { stdout, stderr: new PassThrough(), cwd });
  return { code, summary: JSON.parse(Buffer.concat(chunks).toString()) };
}

function site(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "kiosk-incr-"));
  cpSync(path.join(FIXTURES, "site-basic"), dir, { recursive: true });
  return dir;
}

/** Builds incrementally, then cleanly into another folder, and compares the two byte for byte. */
async function expectSameAsClean(dir: string): Promise<Record<string, any>> {
  const incremental = await kiosk(["build"], dir);
  expect(incremental.code).toBe(0);
  const clean = await kiosk(["build", "--clean", "--out", "dist-clean"], dir);
  expect(clean.code).toBe(0);
  expectSameOutput(path.join(dir, "dist"), path.join(dir, "dist-clean"));
  rmSync(path.join(dir, "dist-clean"), { recursive: true });
  return incremental.summary;
}

const addition = (title: string) =>
  `Un    Deux\n${title}\nPublié dans Le360 le 03 - 10 - 2020\nUn texte tout neuf.\nCliquez ici pour lire l'article depuis sa source.\n`;

/** Marks every cached search index of the site in `dir`: a marked file in the output says which one was reused. */
function markSearchCache(dir: string): void {
  const cache = path.join(dir, ".kiosk-cache");
  for (const name of readdirSync(cache).filter((f) => f.startsWith("search-"))) {
    const file = path.join(cache, name);
    const files = v8.deserialize(readFileSync(file)) as { path: string; contents: string | Uint8Array }[];
    const shard = name.split("-").slice(1, -1).join("-");
    writeFileSync(file, v8.serialize([...files.filter((f) => !f.path.startsWith("reused-")), { path: `reused-${shard}.txt`, contents: shard }]));
  }
}

/** The marks of the cached indexes the last build reused. */
const reusedSearchIndexes = (dir: string): string[] =>
  readdirSync(path.join(dir, "dist", "pagefind"))
    .filter((f) => f.startsWith("reused-"))
    .sort();

describe("incremental builds", () => {
  it("writes again a page deleted from the output, at the next kiosk build (each a process of its own)", async () => {
    const dir = site();
    const cli = () => spawnSync(process.execPath, [path.join(ROOT, "bin", "kiosk.js"), "build", "--quiet"], { cwd: dir, encoding: "utf8" });
    expect(cli().status).toBe(0);
    // An article page whose article the edit below leaves alone: the build keeps it without rendering it.
    const pages = readdirSync(path.join(dir, "dist"), { recursive: true, encoding: "utf8" });
    const page = pages.find((f) => /^\d{4}\/.+\/index\.html$/.test(f) && readFileSync(path.join(dir, "dist", f), "utf8").includes('<html lang="ar"'))!;
    rmSync(path.join(dir, "dist", page));
    const file = path.join(dir, "content", "es", "e.txt");
    writeFileSync(file, readFileSync(file, "utf8").replace("La inversión asciende a 300 millones.", "La inversión asciende a 350 millones."));
    expect(cli().status).toBe(0);
    expect(existsSync(path.join(dir, "dist", page))).toBe(true);
    await expectSameAsClean(dir);
  }, 60_000);

  it("does nothing when nothing changed", async () => {
    const dir = site();
    await kiosk(["build"], dir);
    const before = statSync(path.join(dir, "dist", "index.html")).mtimeMs;
    const again = await kiosk(["build"], dir);
    expect(again.summary).toMatchObject({ upToDate: true, filesWritten: 0, articles: 6 });
    // The last build's diagnostics are reported again.
    expect(again.summary.errors).toBe(2);
    expect(statSync(path.join(dir, "dist", "index.html")).mtimeMs).toBe(before);
  });

  it("parses only the edited file, and matches a clean build", async () => {
    const dir = site();
    await kiosk(["build"], dir);
    const file = path.join(dir, "content", "es", "e.txt");
    writeFileSync(file, readFileSync(file, "utf8").replace("La inversión asciende a 300 millones.", "La inversión asciende a 350 millones."));
    const summary = await expectSameAsClean(dir);
    expect(summary.filesParsed).toBe(1);
    // The sentence edited is not in what story grouping reads (the title and the lede's first words): no pair is decided again.
    expect(summary.stories).toMatchObject({ members: 8, regrouped: 0 });
    // The article page and the listings and feeds that show its excerpt or body change; not the 26 pages.
    expect(summary.filesWritten).toBeGreaterThan(0);
    expect(summary.filesWritten).toBeLessThan(20);
  });

  it("follows an edited title to every page that shows it: the story's other articles, related articles, listings", async () => {
    // Pages are keyed by their inputs (render/page-keys.ts), not their views: an article's change must reach
    // the pages of the other articles of its story ("also covered by") and of those that list it as related.
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-incr-"));
    cpSync(path.join(ROOT, "content"), path.join(dir, "content"), { recursive: true });
    cpSync(path.join(ROOT, "kiosk.config.json"), path.join(dir, "kiosk.config.json"));
    await kiosk(["build"], dir);
    const file = path.join(dir, "content", "en", "northafricapost-solar.txt");
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(/^Morocco tenders a new solar plant near Ouarzazate$/m);
    writeFileSync(file, text.replace(/^Morocco tenders a new solar plant near Ouarzazate$/m, "Morocco tenders its largest solar plant yet near Ouarzazate"));
    await expectSameAsClean(dir);
    const spanish = readFileSync(
      path.join(dir, "dist", "2020", "09", "29", "efe", "marruecos-licita-una-nueva-central-solar-en-la-region-de-uarzazat", "index.html"),
      "utf8",
    );
    expect(spanish).toContain("Morocco tenders its largest solar plant yet near Ouarzazate");
  });

  it("adds a new article everywhere: its page, listings, ticker, feeds", async () => {
    const dir = site();
    await kiosk(["build"], dir);
    writeFileSync(path.join(dir, "content", "fr", "new.txt"), addition("Un tout nouvel article"));
    const { stories } = await expectSameAsClean(dir);
    // The new article and its ticker headlines, and what they touch, are grouped again; not every member.
    expect(stories.members).toBe(11);
    expect(stories.regrouped).toBeGreaterThan(0);
    expect(stories.regrouped).toBeLessThan(stories.members);
    expect(existsSync(path.join(dir, "dist", "2020", "10", "03", "le360", "un-tout-nouvel-article", "index.html"))).toBe(true);
    expect(readFileSync(path.join(dir, "dist", "feed.xml"), "utf8")).toContain("Un tout nouvel article");
  });

  it("gives a crawl's new ticker to the pages of its day and after, and keeps older pages as they were", async () => {
    const dir = site();
    await kiosk(["build"], dir);
    const efe = path.join(dir, "dist", "2020", "09", "29", "efe", readdirSync(path.join(dir, "dist", "2020", "09", "29", "efe"))[0]!, "index.html");
    const before = readFileSync(efe, "utf8");
    // A new page of 2 October from a known source, its ticker line new headlines.
    writeFileSync(
      path.join(dir, "content", "fr", "new.txt"),
      "Un titre neuf du ticker    Un autre titre neuf\nUn article de plus chez Barlamane\nPublié dans Barlamane le 02 - 10 - 2020\nUn texte.\nCliquez ici pour lire l'article depuis sa source.\n",
    );
    await expectSameAsClean(dir);
    // The home page and the other pages of 2 October show the new headlines; a page of 29 September its own day's ticker.
    expect(readFileSync(path.join(dir, "dist", "index.html"), "utf8")).toContain("Un titre neuf du ticker");
    const second = path.join(dir, "dist", "2020", "10", "02");
    const pages = readdirSync(second, { recursive: true }).filter((f) => String(f).endsWith("index.html"));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(readFileSync(path.join(second, String(page)), "utf8")).toContain("Un titre neuf du ticker");
    expect(readFileSync(efe, "utf8")).toBe(before);
    // September is not the newest month: its pages show the ticker as September ended.
    expect(before).toContain('data-day="2020-09-30"');
    expect(before).not.toContain("Un titre neuf du ticker");
  });

  it("indexes for search again only the language and month whose articles changed", async () => {
    const dir = site();
    await kiosk(["build"], dir);
    const cache = path.join(dir, ".kiosk-cache");
    const shards = () =>
      readdirSync(cache)
        .filter((f) => f.startsWith("search-"))
        .map((f) => f.split("-").slice(1, -1).join("-"))
        .sort();
    const indexes = () => JSON.parse(readFileSync(path.join(dir, "dist", "pagefind", "kiosk-indexes.json"), "utf8"));
    const entryOf = (folder: string) => JSON.parse(readFileSync(path.join(dir, "dist", "pagefind", folder, "pagefind-entry.json"), "utf8"));
    // One index a language and period (a month of the newest quarter, a quarter before); a language's newest in its own folder.
    expect(shards()).toEqual(["ar-2020-10", "en-2020-q3", "es-2020-q3", "fr-2020-10", "fr-2020-q3"]);
    expect(indexes()).toEqual({ ar: ["ar/"], en: ["en/"], es: ["es/"], fr: ["fr/", "fr/2020-q3/"] });
    expect(existsSync(path.join(dir, "dist", "pagefind", "fr", "wasm.fr.pagefind"))).toBe(true);
    expect(existsSync(path.join(dir, "dist", "pagefind", "fr", "2020-q3", "wasm.fr.pagefind"))).toBe(false);
    expect(existsSync(path.join(dir, "dist", "pagefind", "pagefind-worker.js"))).toBe(true);
    const octoberPages = entryOf("fr").languages.fr.page_count;
    const markAll = () => markSearchCache(dir);
    const reused = () => reusedSearchIndexes(dir);
    markAll();
    writeFileSync(path.join(dir, "content", "fr", "new.txt"), addition("Un article de plus pour la recherche"));
    expect((await kiosk(["build"], dir)).code).toBe(0);
    expect(reused()).toEqual(["reused-ar-2020-10.txt", "reused-en-2020-q3.txt", "reused-es-2020-q3.txt", "reused-fr-2020-q3.txt"]);
    expect(entryOf("fr").languages.fr.page_count).toBe(octoberPages + 1);
    // An edit to an article's text alone (same title, date and source) indexes its language and month again.
    markAll();
    writeFileSync(path.join(dir, "content", "fr", "new.txt"), addition("Un article de plus pour la recherche").replace("tout neuf", "tout neuf, revu"));
    expect((await kiosk(["build"], dir)).code).toBe(0);
    expect(reused()).toEqual(["reused-ar-2020-10.txt", "reused-en-2020-q3.txt", "reused-es-2020-q3.txt", "reused-fr-2020-q3.txt"]);
    // A new year: last year's periods become one index a language (and the new month's is the newest).
    writeFileSync(path.join(dir, "content", "fr", "year.txt"), addition("Bonne année").replace("03 - 10 - 2020", "02 - 01 - 2021"));
    expect((await kiosk(["build"], dir)).code).toBe(0);
    expect(indexes()).toEqual({ ar: ["ar/"], en: ["en/"], es: ["es/"], fr: ["fr/", "fr/2020/"] });
    expect(entryOf("fr/2020").languages.fr.page_count).toBe(4);
    await expectSameAsClean(dir);
  });

  it("writes again the pages whose ticker edition is another day's with the same headlines (its data-day)", async () => {
    const dir = site();
    await kiosk(["build"], dir);
    writeFileSync(path.join(dir, "content", "fr", "new.txt"), addition("Un article de plus"));
    await kiosk(["build"], dir);
    // The same ticker ("Un", "Deux") on a later day: the Arabic front, whose articles did not change, says the new day.
    writeFileSync(path.join(dir, "content", "fr", "later.txt"), addition("Un article plus tard").replace("03 - 10 - 2020", "02 - 01 - 2021"));
    await expectSameAsClean(dir);
    expect(readFileSync(path.join(dir, "dist", "ar", "index.html"), "utf8")).toContain('data-day="2021-01-02"');
  });

  it("renames and deletes: pages that no longer exist are removed", async () => {
    const dir = site();
    await kiosk(["build"], dir);
    const oldPage = path.join(dir, "dist", "2020", "09", "28", "ahram-online", "oil-prices-edge-higher", "index.html");
    expect(existsSync(oldPage)).toBe(true);
    rmSync(path.join(dir, "content", "en", "f.txt"));
    renameSync(path.join(dir, "content", "es", "e.txt"), path.join(dir, "content", "es", "renamed.txt"));
    await expectSameAsClean(dir);
    expect(existsSync(oldPage)).toBe(false);
    // The folders it leaves empty go too.
    expect(existsSync(path.join(dir, "dist", "2020", "09", "28"))).toBe(false);
    expect(existsSync(path.join(dir, "dist", "en", "index.html"))).toBe(false);
  });

  it("follows changes to templates, the config and public files", async () => {
    const dir = site();
    cpSync(path.join(FIXTURES, "..", "..", "templates"), path.join(dir, "templates"), { recursive: true });
    await kiosk(["build"], dir);
    const footer = path.join(dir, "templates", "partials", "footer.njk");
    writeFileSync(footer, readFileSync(footer, "utf8").replace("<p>{{ site.description }}</p>", "<p>{{ site.description }} — modifié</p>"));
    const afterTemplate = await expectSameAsClean(dir);
    expect(afterTemplate.filesWritten).toBeGreaterThanOrEqual(26);
    expect(readFileSync(path.join(dir, "dist", "index.html"), "utf8")).toContain("— modifié");

    const config = path.join(dir, "kiosk.config.json");
    writeFileSync(config, readFileSync(config, "utf8").replace('"pageSize": 2', '"pageSize": 4'));
    await expectSameAsClean(dir);
    expect(existsSync(path.join(dir, "dist", "page", "3"))).toBe(false);

    mkdirSync(path.join(dir, "public"));
    writeFileSync(path.join(dir, "public", "extra.txt"), "hello");
    await expectSameAsClean(dir);
    expect(readFileSync(path.join(dir, "dist", "extra.txt"), "utf8")).toBe("hello");
  });

  it("takes a checkout that touches every file for what it is: nothing parsed, no cache entry written again", async () => {
    const dir = site();
    expect((await kiosk(["build"], dir)).code).toBe(0);
    const cache = path.join(dir, ".kiosk-cache");
    const cacheFiles = () =>
      Object.fromEntries(
        readdirSync(cache)
          .filter((f) => f.startsWith("inputs"))
          .map((f) => [f, statSync(path.join(cache, f)).mtimeMs]),
      );
    const before = cacheFiles();
    // As git does on a fresh clone: every file's time is new, its content the same.
    touchEvery(path.join(dir, "content"), new Date(Date.now() + 60_000));
    const touched = await kiosk(["build"], dir);
    expect(touched.summary).toMatchObject({ upToDate: false, filesParsed: 0 });
    const after = cacheFiles();
    // The entries stay as they were written; the new times go to a file of their own.
    for (const [file, time] of Object.entries(before)) expect(after[file], file).toBe(time);
    expect(Object.keys(after).sort()).toEqual([...Object.keys(before), "inputs-stamps.v8"].sort());
    // And the next build knows the times: nothing to do.
    expect((await kiosk(["build"], dir)).summary).toMatchObject({ upToDate: true });
    await expectSameAsClean(dir);
  });

  it("--clean ignores the cache and rewrites everything", async () => {
    const dir = site();
    await kiosk(["build"], dir);
    const clean = await kiosk(["build", "--clean"], dir);
    expect(clean.summary).toMatchObject({ upToDate: false, filesParsed: 8 });
    expect(clean.summary.filesWritten).toBeGreaterThan(30);
  });

  it("--clean reads no cached search index, but leaves its own for the next build", async () => {
    const dir = site();
    // A first build with --clean (as a CI job that starts over) leaves the indexes: the update after it reuses them.
    expect((await kiosk(["build", "--clean"], dir)).code).toBe(0);
    markSearchCache(dir);
    writeFileSync(path.join(dir, "content", "fr", "new.txt"), addition("Un article de plus après un build propre"));
    expect((await kiosk(["build"], dir)).code).toBe(0);
    expect(reusedSearchIndexes(dir)).toEqual(["reused-ar-2020-10.txt", "reused-en-2020-q3.txt", "reused-es-2020-q3.txt", "reused-fr-2020-q3.txt"]);
    // And it reads none of them: every index is made again.
    markSearchCache(dir);
    expect((await kiosk(["build", "--clean"], dir)).code).toBe(0);
    expect(reusedSearchIndexes(dir)).toEqual([]);
  });

  it("leaves the previous site whole when an incremental build fails", async () => {
    const dir = site();
    cpSync(path.join(FIXTURES, "..", "..", "templates"), path.join(dir, "templates"), { recursive: true });
    await kiosk(["build"], dir);
    const before = outputTree(path.join(dir, "dist"));
    writeFileSync(path.join(dir, "content", "fr", "new.txt"), addition("Un article de plus"));
    writeFileSync(path.join(dir, "templates", "article.njk"), '{% extends "base.njk" %}{% block main %}{{ nope }}{% endblock %}');
    const failed = await main(["build", "--quiet"], { stdout: new PassThrough(), stderr: new PassThrough(), cwd: dir });
    expect(failed).toBe(1);
    expectSameOutput(path.join(dir, "dist"), before);
    expect(readdirSync(dir).filter((f) => f.includes("staging"))).toEqual([]);
  });
});
