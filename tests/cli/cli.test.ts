/**
 * The command line, run in-process: the parse --json contract, exit codes,
 * help, and builds to disk that replace the output atomically.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers.js";
import { run, siteCopy } from "./run-cli.js";

describe("kiosk parse --json", () => {
  it("prints one object a file in the documented shape, and exits 1 when a file did not parse", async () => {
    const scraped = path.join(FIXTURES, "scraped");
    const { code, stdout } = await run(["parse", "--json", path.join(scraped, "fr-nbsp-ticker.txt"), path.join(scraped, "impossible-date.txt")]);
    expect(code).toBe(1);
    const results = JSON.parse(stdout);
    expect(results).toHaveLength(2);
    expect(Object.keys(results[0])).toEqual(["file", "ok", "article", "diagnostics"]);
    expect(Object.keys(results[0].article)).toEqual(["title", "source", "date", "lang", "url", "ticker", "body", "flags"]);
    expect(results[0]).toMatchObject({ ok: true, article: { source: "Barlamane", date: "2020-09-30", lang: "fr" }, diagnostics: [] });
    expect(results[1]).toMatchObject({ ok: false, article: null, diagnostics: [{ severity: "error", line: 3 }] });
    expect(results[1].diagnostics[0].message).toMatch(/not a real date.*Check the day and month/);
  });

  it("reports a missing file as a failed result, not a crash", async () => {
    const { code, stdout } = await run(["parse", "--json", "does-not-exist.txt"]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)[0]).toMatchObject({ file: "does-not-exist.txt", ok: false, article: null });
  });

  it("exits 0 when every file parsed", async () => {
    expect((await run(["parse", "--json", path.join(FIXTURES, "scraped", "ar-basic.txt")])).code).toBe(0);
  });
});

describe("usage", () => {
  it("has --help on every command, exit 0", async () => {
    for (const command of ["build", "parse", "serve", "check", "init"]) {
      const { code, stdout } = await run([command, "--help"]);
      expect(code).toBe(0);
      expect(stdout).toContain(`Usage: kiosk ${command}`);
    }
    expect((await run(["--help"])).stdout).toContain("Commands:");
  });

  it("exits 2 on an unknown command, an unknown option, or parse without files", async () => {
    expect((await run(["bild"])).code).toBe(2);
    const unknown = await run(["build", "--contnet", "x"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--contnet'/);
    expect((await run(["parse", "--json"])).code).toBe(2);
    expect((await run([])).code).toBe(2);
  });
});

describe("kiosk build", () => {
  it("builds into the output folder, reports skipped files, exits 0", async () => {
    const dir = siteCopy("site-basic");
    const { code, stderr } = await run(["build"], dir);
    expect(code).toBe(0);
    expect(stderr).toContain("content/broken/no-date.txt:3: error:");
    expect(stderr).toMatch(/Built 6 articles from 8 files into dist\/: \d+ pages, \d+ feeds, \d+ assets/);
    expect(stderr).toContain("Skipped 2 files (content/broken/no-date.txt, content/broken/windows-1256.txt); 2 errors, 0 warnings.");
    expect(existsSync(path.join(dir, "dist", "index.html"))).toBe(true);
    // No staging folder is left behind.
    expect(readdirSync(dir).filter((f) => f.includes("staging"))).toEqual([]);
  });

  it("--strict exits 1 and leaves the previous site as it was", async () => {
    const dir = siteCopy("site-basic");
    await run(["build"], dir);
    const before = readFileSync(path.join(dir, "dist", "index.html"), "utf8");
    const { code, stderr } = await run(["build", "--strict"], dir);
    expect(code).toBe(1);
    expect(stderr).toContain("--strict: 2 errors, 0 warnings in 8 files; nothing was written.");
    expect(readFileSync(path.join(dir, "dist", "index.html"), "utf8")).toBe(before);
  });

  it("--quiet prints errors only, no summary", async () => {
    const dir = siteCopy("site-basic");
    const { stderr } = await run(["build", "--quiet"], dir);
    expect(stderr).toContain("error:");
    expect(stderr).not.toContain("Built ");
  });

  it("a broken template fails the build with its name and leaves the previous site whole", async () => {
    const dir = siteCopy("site-basic");
    await run(["build"], dir);
    const before = readdirSync(path.join(dir, "dist")).sort();
    writeFileSync(path.join(dir, "templates", "article.njk"), '{% extends "base.njk" %}{% block main %}{{ article.nonexistent.deeper }}{% endblock %}');
    const { code, stderr } = await run(["build"], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/templates\/article\.njk:1:\d+: rendering \/2020\/.+ failed: "article\.nonexistent\.deeper" is undefined/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(path.join(dir, "dist")).sort()).toEqual(before);
  });

  it("uses the built-in templates and style for a site without its own, and a site's own template wins", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-cli-"));
    cpSync(path.join(FIXTURES, "site-basic"), dir, { recursive: true });
    expect((await run(["build"], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, "dist", "style.css"), "utf8")).toContain("ticker");
    mkdirSync(path.join(dir, "templates"));
    writeFileSync(path.join(dir, "templates", "404.njk"), '{% extends "base.njk" %}{% block main %}<h1>Rien ici</h1>{% endblock %}');
    expect((await run(["build"], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, "dist", "404.html"), "utf8")).toContain("<h1>Rien ici</h1>");
    expect(readFileSync(path.join(dir, "dist", "index.html"), "utf8")).toContain('class="ticker"');
  });

  it("refuses to replace a folder it did not make", async () => {
    const dir = siteCopy("site-basic");
    mkdirSync(path.join(dir, "precious"));
    writeFileSync(path.join(dir, "precious", "thesis.tex"), "keep me");
    const { code, stderr } = await run(["build", "--out", "precious"], dir);
    expect(code).toBe(1);
    expect(stderr).toContain("refusing to replace precious");
    expect(readFileSync(path.join(dir, "precious", "thesis.tex"), "utf8")).toBe("keep me");
    const inside = await run(["build", "--out", "."], dir);
    expect(inside.code).toBe(1);
    expect(inside.stderr).toContain("refusing to write the site to .");
  });

  it("a bad config stops the build before anything is written", async () => {
    const dir = siteCopy("site-basic");
    writeFileSync(path.join(dir, "kiosk.config.json"), JSON.stringify({ pageSize: -1 }));
    const { code, stderr } = await run(["build"], dir);
    expect(code).toBe(1);
    expect(stderr).toContain("kiosk.config.json: 1 problem in the config; nothing was built.");
    expect(stderr).toContain("pageSize: must be a whole number from 1 to 1000, got -1");
    expect(existsSync(path.join(dir, "dist"))).toBe(false);
  });

  it("a missing content folder is a clear error", async () => {
    const dir = siteCopy("site-basic");
    const { code, stderr } = await run(["build", "--content", "nope"], dir);
    expect(code).toBe(1);
    expect(stderr).toContain("nope: cannot read the content folder.");
  });
});
