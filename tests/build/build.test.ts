/**
 * End to end: a fixture site built into memory, each page kind checked.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuildResult } from "../../src/build.js";
import type { MemoryWriter } from "../../src/write/writer.js";
import { assembleSite } from "../../src/assemble/assemble.js";
import { createLinker } from "../../src/plan/links.js";
import { buildSearchIndex } from "../../src/search/search-index.js";
import { buildFixture, defaultConfig, parsedArticle } from "../helpers.js";

let result: BuildResult;
let out: MemoryWriter;

beforeAll(async () => {
  ({ result, out } = await buildFixture("site-basic"));
});

const pathOf = (title: string, html: string) => new RegExp(`<a href="([^"]+)">${title}</a>`).exec(html)?.[1];

describe("building the basic fixture site", () => {
  it("builds every valid article, skips the bad files and says why", () => {
    expect(result.ok).toBe(true);
    expect(result.written).toBe(true);
    expect(result.articles).toBe(6);
    expect(result.filesRead).toBe(8);
    expect(result.filesSkipped).toEqual(["content/broken/no-date.txt", "content/broken/windows-1256.txt"]);
    expect(result.diagnostics.map((d) => [d.file, d.line, d.severity])).toEqual([
      ["content/broken/no-date.txt", 3, "error"],
      ["content/broken/windows-1256.txt", 1, "error"],
    ]);
  });

  it("writes home, its pagination, language fronts, sources, archives, 404, feeds and assets", () => {
    const files = [...out.files.keys()];
    for (const expected of [
      "index.html",
      // Six articles, two a page: the newest two on the first page, then page/2/ and page/1/ (the oldest).
      "page/2/index.html",
      "page/1/index.html",
      "fr/index.html",
      "ar/index.html",
      "es/index.html",
      "en/index.html",
      "sources/index.html",
      "sources/barlamane/index.html",
      "sources/barlamane/feed.xml",
      "archives/index.html",
      "2020/09/index.html",
      "2020/10/index.html",
      "404.html",
      "feed.xml",
      "style.css",
    ]) {
      expect(files, expected).toContain(expected);
    }
    expect(files).not.toContain("page/3/index.html");
    // A list of fewer than twice pageSize articles is one page.
    expect(files.filter((f) => f.startsWith("fr/page/") || f.startsWith("sources/barlamane/page/"))).toEqual([]);
  });

  it("renders the home page newest first, with title, source, date and excerpt, under the base path", () => {
    const home = out.text("index.html");
    expect(home).toMatch(/^<!DOCTYPE html>\n<html lang="fr" dir="ltr">/);
    const titles = [...home.matchAll(/<h2><a href="[^"]+">([^<]+)<\/a><\/h2>/g)].map((m) => m[1]);
    expect(titles).toEqual(["توقعات بأمطار غزيرة في الشمال", "La saison touristique reprend à Agadir"]);
    expect(home).toContain('<a href="/maghreb/sources/barlamane/"><bdi>Barlamane</bdi></a>');
    expect(home).toContain('<time datetime="2020-10-02">2 أكتوبر 2020</time>');
    expect(home).toContain('<link rel="canonical" href="https://news.example.org/maghreb/">');
    expect(home).toContain('<link rel="alternate" type="application/rss+xml" title="Kiosk Test" href="/maghreb/feed.xml">');
    expect(home).toContain('<a rel="next" href="/maghreb/page/2/">');
  });

  it("renders the Arabic front right to left with Arabic UI strings", () => {
    const ar = out.text("ar/index.html");
    expect(ar).toContain('<html lang="ar" dir="rtl">');
    expect(ar).toContain("<h1>آخر الأخبار</h1>");
  });

  it("renders an article page: credit in its language, body, link to the original, related, ticker", () => {
    const home = out.text("fr/index.html");
    const href = pathOf("Le port de Nador s&#39;agrandit", out.text("page/2/index.html"))!;
    expect(href).toBe("/maghreb/2020/09/30/barlamane/le-port-de-nador-s-agrandit/");
    const html = out.text(`${href.replace("/maghreb/", "")}index.html`);
    expect(html).toContain("<h1>Le port de Nador s&#39;agrandit</h1>");
    expect(html).toContain(
      'Publié dans <a href="/maghreb/sources/barlamane/"><bdi>Barlamane</bdi></a> le <time datetime="2020-09-30">30 septembre 2020</time>',
    );
    expect(html).toContain("<p>Le port de Nador va doubler sa capacité d&#39;ici 2024.</p>");
    expect(html).toContain('<a href="https://www.barlamane.example/a" rel="external noopener nofollow">Lire l&#39;article sur <bdi>Barlamane</bdi></a>');
    expect(html).not.toContain("Cliquez ici");
    expect(html).toContain('<h2 id="more-from">Plus de Barlamane</h2>');
    expect(html).toContain('class="ticker"');
    expect(home).toContain('class="ticker"');
  });

  it("renders an Arabic article right to left with an Arabic credit line", () => {
    const file = [...out.files.keys()].find((f) => f.startsWith("2020/10/02/هسبريس/"))!;
    const html = out.text(file);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('نشر في <a href="/maghreb/sources/هسبريس/"><bdi>هسبريس</bdi></a> يوم <time datetime="2020-10-02">2 أكتوبر 2020</time>');
  });

  it("gives two articles with the same title and source on different days different permalinks", () => {
    const agadir = [...out.files.keys()].filter((f) => f.includes("la-saison-touristique-reprend-a-agadir"));
    expect(agadir.sort()).toEqual([
      "2020/10/01/barlamane/la-saison-touristique-reprend-a-agadir/index.html",
      "2020/10/02/barlamane/la-saison-touristique-reprend-a-agadir/index.html",
    ]);
  });

  it("marks a truncated lede, keeping its words", () => {
    const html = out.text("2020/10/01/barlamane/la-saison-touristique-reprend-a-agadir/index.html");
    expect(html).toMatch(/<span class="truncated" title="[^"]+">…<\/span>, a annoncé le conseil régional du tourisme\./);
  });

  it("de-duplicates the ticker and links headlines to the site's articles", () => {
    const home = out.text("index.html");
    const list = /<ul class="ticker-list">([\s\S]*?)<\/ul>/.exec(home)![1]!;
    const items = [...list.matchAll(/<li lang="(\w+)" dir="(\w+)">(?:<a href="([^"]+)">|<span class="ticker-text">)([^<]+)</g)].map((m) => ({
      lang: m[1],
      dir: m[2],
      href: m[3],
      text: m[4],
    }));
    // French first on the home page (its language), each story once.
    expect(items.map((i) => i.text).sort()).toEqual(
      ["El Gobierno aprueba el plan", "Le port de Nador s&#39;agrandit", "Oil prices edge higher", "توقعات بأمطار غزيرة في الشمال"].sort(),
    );
    expect(items[0]!.text).toBe("Le port de Nador s&#39;agrandit");
    expect(items[0]!.href).toBe("/maghreb/2020/09/30/barlamane/le-port-de-nador-s-agrandit/");
    expect(items.find((i) => i.lang === "ar")).toMatchObject({ dir: "rtl" });
    // A headline without a page of its own links to its story's article; one alone is plain text.
    expect(items.find((i) => i.text === "El Gobierno aprueba el plan")!.href).toMatch(/^\/maghreb\/2020\/09\/29\/efe\//);
  });

  it("renders the sources index with counts, source pages and the 404 page", () => {
    const sources = out.text("sources/index.html");
    expect(sources).toMatch(/<bdi>Barlamane<\/bdi><\/a> <span class="count">3 articles<\/span>/);
    expect(out.text("sources/barlamane/index.html")).toContain("<h1>Articles de Barlamane</h1>");
    expect(out.text("404.html")).toContain("<h1>Page introuvable</h1>");
    expect(out.text("archives/index.html")).toContain('<a href="/maghreb/2020/10/">octobre 2020</a>');
  });

  it("writes an RSS 2.0 feed of the newest articles with absolute links", () => {
    const rss = new XMLParser({ ignoreAttributes: false }).parse(out.text("feed.xml")).rss;
    expect(rss["@_version"]).toBe("2.0");
    const channel = rss.channel;
    // The site's feed mixes four languages: it names none (each item says its own in dc:language).
    expect(channel).toMatchObject({ title: "Kiosk Test", link: "https://news.example.org/maghreb/", description: "Un site de test." });
    expect(channel.language).toBeUndefined();
    expect(channel.lastBuildDate).toBe("Fri, 02 Oct 2020 00:00:00 +0000");
    expect(channel["atom:link"]["@_href"]).toBe("https://news.example.org/maghreb/feed.xml");
    expect(channel.item).toHaveLength(3);
    const first = channel.item[0];
    expect(first.title).toBe("توقعات بأمطار غزيرة في الشمال");
    expect(first.link).toMatch(/^https:\/\/news\.example\.org\/maghreb\/2020\/10\/02\/%D9%87/);
    expect(first.guid["#text"]).toBe(first.link);
    expect(first.pubDate).toBe("Fri, 02 Oct 2020 00:00:00 +0000");
    expect(first.source["#text"]).toBe("هسبريس");
    expect(first.description).toBe("توقعت المديرية العامة للأرصاد الجوية أمطارا غزيرة في عدد من أقاليم الشمال.");
    expect(first["content:encoded"]).toContain("<p>توقعت المديرية العامة");
    expect(first["content:encoded"]).toContain('<p><a href="https://www.hespress.example/d">هسبريس</a></p>');
    expect(first["dc:creator"]).toBe("هسبريس");
  });

  it("gives per-source feeds that never mix sources", () => {
    const parser = new XMLParser();
    const feed = parser.parse(out.text("sources/barlamane/feed.xml")).rss.channel;
    const items = Array.isArray(feed.item) ? feed.item : [feed.item];
    expect(items.length).toBe(3);
    for (const item of items) expect(item.source).toBe("Barlamane");
  });

  it("gives byte-identical output when built twice", async () => {
    const again = (await buildFixture("site-basic")).out;
    expect([...again.files.keys()]).toEqual([...out.files.keys()]);
    for (const [file, contents] of out.files) expect(again.files.get(file), file).toEqual(contents);
  });

  it("with --strict, fails and writes nothing", async () => {
    const strict = await buildFixture("site-basic", { strict: true });
    expect(strict.result.ok).toBe(false);
    expect(strict.result.written).toBe(false);
    expect(strict.out.files.size).toBe(0);
  });
});

describe("a build that fails while the search index is made", () => {
  /** This process's children whose command is Pagefind's (read from /proc: no `ps` needed). */
  const pagefindChildren = () =>
    readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .flatMap((pid) => {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
          const [, comm, rest] = /^\d+ \((.*)\) (.*)$/s.exec(stat) ?? [];
          return Number(rest?.split(" ")[1]) === process.pid && /pagefind/i.test(comm ?? "") ? [pid] : [];
        } catch {
          return [];
        }
      });

  it("stops the indexer: no Pagefind process outlives it", async () => {
    const templates = mkdtempSync(path.join(tmpdir(), "kiosk-broken-templates-"));
    writeFileSync(path.join(templates, "article.njk"), '{% extends "base.njk" %}\n{% block main %}{{ article.missing.title }}{% endblock %}\n');
    await expect(buildFixture("site-basic", { templatesDir: templates })).rejects.toThrow(/article\.njk/);
    // Bounded and polled: the indexer stops at its next batch, then its process exits.
    const deadline = Date.now() + 20_000;
    while (pagefindChildren().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(pagefindChildren()).toEqual([]);
  }, 30_000);

  it("the indexer, told to stop, stops before its next batch and closes Pagefind", async () => {
    const stop = new AbortController();
    stop.abort(new Error("the build failed"));
    const site = assembleSite([parsedArticle({ file: "a.txt" })], defaultConfig());
    await expect(buildSearchIndex(site, createLinker(site.config.baseUrl), null, stop.signal)).rejects.toThrow("the build failed");
    const deadline = Date.now() + 20_000;
    while (pagefindChildren().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(pagefindChildren()).toEqual([]);
  }, 30_000);
});
