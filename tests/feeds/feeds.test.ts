/**
 * Syndication and discovery: every feed parsed back and checked for its
 * format's required elements, JSON Feed validated against the 1.1 schema, RSS
 * and Atom read by a real feed-reader library, sitemaps, robots.txt and the
 * metadata of pages.
 */
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { XMLParser } from "fast-xml-parser";
import { readFileSync } from "node:fs";
import path from "node:path";
import Parser from "rss-parser";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuildResult } from "../../src/build.js";
import type { MemoryWriter } from "../../src/write/writer.js";
import { buildFixture, ROOT } from "../helpers.js";

let sample: { result: BuildResult; out: MemoryWriter };
let basic: { result: BuildResult; out: MemoryWriter };
const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false });
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/;

beforeAll(async () => {
  sample = await buildFixture(ROOT);
  basic = await buildFixture("site-basic");
});

const feedFiles = (out: MemoryWriter, suffix: string) => [...out.files.keys()].filter((f) => f.endsWith(suffix) && !f.includes("sitemap"));

describe("RSS 2.0", () => {
  it("has the required channel and item elements in every feed", () => {
    for (const file of feedFiles(sample.out, "feed.xml")) {
      const rss = xml.parse(sample.out.text(file)).rss;
      expect(rss["@_version"]).toBe("2.0");
      for (const ns of ["xmlns:atom", "xmlns:content", "xmlns:dc", "xmlns:media"]) expect(rss[`@_${ns}`], file).toMatch(/^http/);
      const channel = rss.channel;
      for (const field of ["title", "link", "description", "lastBuildDate"]) expect(channel[field], `${file} ${field}`).toBeTruthy();
      // The site's feed mixes languages: it names none, and each item names its own.
      if (file === "feed.xml") expect(channel.language, file).toBeUndefined();
      else expect(channel.language, file).toMatch(/^(fr|ar|es|en)$/);
      expect(channel["atom:link"]).toMatchObject({ "@_rel": "self", "@_type": "application/rss+xml" });
      expect(decodeURI(channel["atom:link"]["@_href"])).toBe(`http://localhost:8080/${file}`);
      expect(channel.lastBuildDate).toMatch(RFC822);
      for (const item of list(channel.item) as Record<string, any>[]) {
        expect(item.title).toBeTruthy();
        expect(item.link).toMatch(/^http:\/\/localhost:8080\//);
        expect(item.guid).toMatchObject({ "#text": item.link, "@_isPermaLink": "true" });
        expect(item.pubDate).toMatch(RFC822);
        expect(item.description).toBeTruthy();
        expect(item["content:encoded"]).toMatch(item["dc:language"] === "ar" ? /^<div dir="rtl" lang="ar">\n<p>/ : /^<p>/);
        expect(item["dc:creator"]).toBe(item.source["#text"]);
        expect(item["dc:language"], file).toMatch(/^(fr|ar|es|en)$/);
        expect(item.source["@_url"]).toMatch(/^http:\/\/localhost:8080\/sources\/.+\/feed\.xml$/);
      }
    }
  });

  it("uses the site's time zone (+0100 in Casablanca in autumn 2020): a day alone is its midnight, a time of day is kept", () => {
    const channel = xml.parse(sample.out.text("feed.xml")).rss.channel;
    const items = list(channel.item) as any[];
    expect(items.every((i) => i.pubDate.endsWith(" +0100"))).toBe(true);
    expect(items.some((i) => i.pubDate.endsWith(" 00:00:00 +0100"))).toBe(true);
    expect(items.some((i) => !i.pubDate.endsWith(" 00:00:00 +0100"))).toBe(true);
    expect(channel.lastBuildDate).toBe(items[0].pubDate);
  });

  it("never mixes sources in a source feed, nor languages in a language feed", () => {
    for (const source of ["barlamane", "le360", "هسبريس"]) {
      const items = list(xml.parse(sample.out.text(`sources/${source}/feed.xml`)).rss.channel.item) as any[];
      expect(items.length).toBeGreaterThan(0);
      expect(new Set(items.map((i) => i["dc:creator"])).size).toBe(1);
    }
    for (const lang of ["fr", "ar", "es", "en"]) {
      const feed = xml.parse(sample.out.text(`${lang}/feed.xml`));
      expect(feed.rss.channel.language).toBe(lang);
      const links = (list(feed.rss.channel.item) as any[]).map((i) => i.link as string);
      const front = sample.out.text(`${lang}/index.html`);
      for (const link of links.slice(0, 5)) expect(front).toContain(decodeURI(new URL(link).pathname));
    }
  });

  it("carries tags as categories and the image as media:content", () => {
    const items = list(xml.parse(basic.out.text("sources/barlamane/feed.xml")).rss.channel.item) as any[];
    const nador = items.find((i) => i.title === "Le port de Nador s'agrandit");
    expect(nador.category).toBe("économie");
    expect(nador["media:content"]).toMatchObject({ "@_url": "https://www.barlamane.example/img/nador.jpg", "@_medium": "image" });
  });

  it("respects the feed size of each kind", async () => {
    const { out } = await buildFixture("site-basic", {});
    expect(list(xml.parse(out.text("feed.xml")).rss.channel.item)).toHaveLength(3);
  });
});

describe("Atom 1.0", () => {
  it("has one id, title, updated, author and self link, and complete entries", () => {
    const feed = xml.parse(sample.out.text("atom.xml")).feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe("http://localhost:8080/atom.xml");
    expect(feed.title["#text"]).toBe("Kiosk Maghreb");
    expect(feed.updated).toBe("2020-10-03T08:00:00+01:00");
    expect(feed.author.name).toBe("Kiosk Maghreb");
    expect(list(feed.link).filter((l: any) => l["@_rel"] === "self")).toEqual([
      { "@_rel": "self", "@_type": "application/atom+xml", "@_href": "http://localhost:8080/atom.xml" },
    ]);
    const entries = list(feed.entry) as any[];
    expect(entries).toHaveLength(20);
    for (const e of entries) {
      expect(e.id).toMatch(/^http:\/\/localhost:8080\//);
      expect(e.title["#text"]).toBeTruthy();
      expect(e.updated).toMatch(RFC3339);
      expect(list(e.link).find((l: any) => l["@_rel"] === "alternate")["@_href"]).toBe(e.id);
      expect(e.author.name).toBeTruthy();
      expect(e.content["@_type"]).toBe("html");
      expect(e["@_xml:lang"]).toMatch(/^(fr|ar|es|en)$/);
    }
  });
});

describe("JSON Feed 1.1", () => {
  const schema = JSON.parse(readFileSync(path.join(ROOT, "tests", "schemas", "jsonfeed-1.1.schema.json"), "utf8"));
  // strictRequired would refuse the spec's "at least one of" rules written as anyOf + required.
  const ajv = new Ajv.default({ allErrors: true, strict: true, strictRequired: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);

  it("validates against the JSON Feed 1.1 schema, in every built site", () => {
    for (const out of [sample.out, basic.out]) {
      const feed = JSON.parse(out.text("feed.json"));
      expect(validate(feed), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it("is really validated: a feed missing its items is refused", () => {
    expect(validate({ version: "https://jsonfeed.org/version/1.1", title: "x" })).toBe(false);
    expect(validate({ version: "https://jsonfeed.org/version/1.1", title: "x", items: [{ id: "1" }] })).toBe(false);
  });

  it("has the fields readers use, with RFC 3339 dates and each item's language", () => {
    const feed = JSON.parse(sample.out.text("feed.json"));
    expect(feed).toMatchObject({ title: "Kiosk Maghreb", home_page_url: "http://localhost:8080/", feed_url: "http://localhost:8080/feed.json" });
    for (const item of feed.items) {
      expect(item.id).toBe(item.url);
      expect(item.date_published).toMatch(RFC3339);
      expect(item.language).toMatch(/^(fr|ar|es|en)$/);
      expect(item.authors[0].name).toBeTruthy();
      // Right-to-left text says its direction to the reader.
      if (item.language === "ar") expect(item.content_html).toMatch(/^<div dir="rtl" lang="ar">\n<p>/);
      else expect(item.content_html).toMatch(/^<p>/);
    }
  });
});

describe("a real feed reader (rss-parser)", () => {
  const reader = new Parser();

  it("reads every RSS and Atom feed of the sample site with the right items", async () => {
    const files = [...feedFiles(sample.out, "feed.xml"), "atom.xml"];
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      const text = sample.out.text(file);
      const feed = await reader.parseString(text);
      const expected = file === "atom.xml" ? list(xml.parse(text).feed.entry) : list(xml.parse(text).rss.channel.item);
      expect(feed.items, file).toHaveLength(expected.length);
      for (const item of feed.items) {
        expect(item.title, file).toBeTruthy();
        expect(item.link, file).toMatch(/^http:\/\/localhost:8080\//);
        // Midnight in Casablanca (UTC+1) is 23:00 UTC the day before; an item with a time keeps it.
        expect(item.isoDate, file).toMatch(/^2020-(09|10)-\d{2}T\d{2}:\d{2}:00\.000Z$/);
      }
    }
  });

  it("sees the newest article first, as the site does", async () => {
    const feed = await reader.parseString(sample.out.text("feed.xml"));
    const home = sample.out.text("index.html");
    const firstOnHome = /<h2><a href="([^"]+)">/.exec(home)![1]!;
    expect(decodeURI(new URL(feed.items[0]!.link!).pathname)).toBe(firstOnHome);
  });
});

describe("sitemaps and robots.txt", () => {
  it("lists every page but the 404 and search pages in the sitemaps named by the index", () => {
    const index = xml.parse(sample.out.text("sitemap.xml")).sitemapindex;
    const sitemaps = list(index.sitemap) as any[];
    expect(sitemaps.map((s) => s.loc)).toEqual(["http://localhost:8080/sitemap-1.xml"]);
    const urls = list(xml.parse(sample.out.text("sitemap-1.xml")).urlset.url) as any[];
    const pages = [...sample.out.files.keys()].filter((f) => f.endsWith(".html") && f !== "404.html" && !/(^|\/)search\/index\.html$/.test(f));
    expect(urls).toHaveLength(pages.length);
    for (const u of urls) expect(u.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sitemaps[0].lastmod).toBe("2020-10-03");
  });

  it("splits at the sitemap size", async () => {
    const { planRoutes } = await import("../../src/plan/plan.js");
    const { assembleSite } = await import("../../src/assemble/assemble.js");
    const { defaultConfig, parsedArticle } = await import("../helpers.js");
    const parsed = Array.from({ length: 12 }, (_, i) => parsedArticle({ file: `${i}.txt`, title: `Titre ${i}`, source: "S", body: ["x"] }));
    const routes = planRoutes(assembleSite(parsed, defaultConfig()), { sitemapSize: 5 });
    const maps = routes.filter((r) => r.kind === "sitemap");
    const pages = routes.filter((r) => ["list", "article", "sources", "archives"].includes(r.kind));
    expect(pages.length).toBeGreaterThan(15);
    const expected = Array.from({ length: Math.ceil(pages.length / 5) }, (_, i) => Math.min(5, pages.length - i * 5));
    expect(maps.map((m) => m.kind === "sitemap" && m.entries.length)).toEqual(expected);
    const index = routes.find((r) => r.kind === "sitemap-index")!;
    expect(index.kind === "sitemap-index" && index.sitemaps.map((s) => s.path)).toEqual(maps.map((m) => m.path));
  });

  it("puts only the last two days in the Google News sitemap", () => {
    const news = xml.parse(sample.out.text("news-sitemap.xml")).urlset;
    expect(news["@_xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    const urls = list(news.url) as any[];
    const dates = urls.map((u) => u["news:news"]["news:publication_date"]);
    expect(new Set(dates.map((d: string) => d.slice(0, 10)))).toEqual(new Set(["2020-10-03", "2020-10-02"]));
    for (const d of dates) expect(d).toMatch(/T\d{2}:\d{2}:\d{2}\+01:00$/);
    for (const u of urls) {
      expect(u["news:news"]["news:publication"]).toMatchObject({ "news:name": "Kiosk Maghreb" });
      expect(u["news:news"]["news:publication"]["news:language"]).toMatch(/^(fr|ar|es|en)$/);
      expect(u["news:news"]["news:title"]).toBeTruthy();
    }
  });

  it("counts back from --now", async () => {
    const { out } = await buildFixture(ROOT, { now: "2020-09-30T12:00:00+01:00" });
    const dates = (list(xml.parse(out.text("news-sitemap.xml")).urlset.url) as any[]).map((u) => u["news:news"]["news:publication_date"]);
    expect(new Set(dates.map((d: string) => d.slice(0, 10)))).toEqual(new Set(["2020-09-29", "2020-09-30"]));
    // Published by --now (12:00 on the 30th), not after.
    for (const d of dates) expect(Date.parse(d)).toBeLessThanOrEqual(Date.parse("2020-09-30T12:00:00+01:00"));
    const none = await buildFixture(ROOT, { now: "2021-01-01" });
    expect(xml.parse(none.out.text("news-sitemap.xml")).urlset.url).toBeUndefined();
    await expect(buildFixture(ROOT, { now: "yesterday" })).rejects.toThrow(/--now: "yesterday" is not a date/);
  });

  it("names both sitemaps in robots.txt", () => {
    expect(sample.out.text("robots.txt")).toBe(
      "User-agent: *\nAllow: /\n\nSitemap: http://localhost:8080/sitemap.xml\nSitemap: http://localhost:8080/news-sitemap.xml\n",
    );
  });
});

describe("page metadata", () => {
  const head = (html: string) => html.slice(0, html.indexOf("</head>"));

  it("links every page to the feeds it belongs to, with the right types", () => {
    const home = head(sample.out.text("index.html"));
    expect(home).toContain('<link rel="alternate" type="application/rss+xml" title="Kiosk Maghreb" href="/feed.xml">');
    expect(home).toContain('<link rel="alternate" type="application/atom+xml" title="Kiosk Maghreb (Atom)" href="/atom.xml">');
    expect(home).toContain('<link rel="alternate" type="application/feed+json" title="Kiosk Maghreb (JSON Feed)" href="/feed.json">');
    expect(head(sample.out.text("ar/index.html"))).toContain('type="application/rss+xml" title="Kiosk Maghreb — العربية" href="/ar/feed.xml"');
    expect(head(sample.out.text("sources/barlamane/index.html"))).toContain('href="/sources/barlamane/feed.xml"');
  });

  it("gives canonical, Open Graph and Twitter tags, and hreflang on the home page and fronts", () => {
    const home = head(sample.out.text("index.html"));
    expect(home).toContain('<link rel="canonical" href="http://localhost:8080/">');
    for (const lang of ["fr", "ar", "es", "en"]) expect(home).toContain(`<link rel="alternate" hreflang="${lang}" href="http://localhost:8080/${lang}/">`);
    expect(home).toContain('<link rel="alternate" hreflang="x-default" href="http://localhost:8080/">');
    expect(home).toContain('<meta property="og:type" content="website">');
    expect(home).toContain('<meta name="twitter:card" content="summary">');
    expect(head(sample.out.text("ar/index.html"))).toContain('<meta property="og:locale" content="ar_AR">');
  });

  it("describes an article with Open Graph and schema.org NewsArticle", () => {
    const file = [...basic.out.files.keys()].find((f) => f.includes("le-port-de-nador"))!;
    const page = head(basic.out.text(file));
    expect(page).toContain('<meta property="og:type" content="article">');
    expect(page).toContain('<meta property="og:image" content="https://www.barlamane.example/img/nador.jpg">');
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(page).toContain('<meta property="article:published_time" content="2020-09-30T00:00:00Z">');
    const data = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(page)![1]!);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Le port de Nador s'agrandit",
      datePublished: "2020-09-30T00:00:00Z",
      inLanguage: "fr",
      publisher: { "@type": "Organization", name: "Kiosk Test" },
      isBasedOn: "https://www.barlamane.example/a",
    });
  });
});

describe("Arabic text across every format", () => {
  it("survives byte-exact (NFC) with its language, even when scraped decomposed", async () => {
    const { parse } = await import("../helpers.js");
    // "أ" written as alef + combining hamza above, as some scrapers emit it.
    const decomposed = "\u0627\u0654\u0645\u0637\u0627\u0631 \u063a\u0632\u064a\u0631\u0629";
    const composed = decomposed.normalize("NFC");
    expect(composed).not.toBe(decomposed);
    expect(parse(`${decomposed}\nنشر في هسبريس يوم 2 - 10 - 2020\nنص.\n`).article!.title).toBe(composed);

    const title = "توقعات بأمطار غزيرة في الشمال";
    const rssItem = (list(xml.parse(basic.out.text("feed.xml")).rss.channel.item) as any[]).find((i) => i.title === title);
    expect(rssItem["dc:creator"]).toBe("هسبريس");
    const atomEntry = (list(xml.parse(basic.out.text("atom.xml")).feed.entry) as any[]).find((e) => e.title["#text"] === title);
    expect(atomEntry["@_xml:lang"]).toBe("ar");
    expect(atomEntry.author.name).toBe("هسبريس");
    const jsonItem = JSON.parse(basic.out.text("feed.json")).items.find((i: any) => i.title === title);
    expect(jsonItem).toMatchObject({ language: "ar", authors: [{ name: "هسبريس" }] });
    const news = (list(xml.parse(basic.out.text("news-sitemap.xml")).urlset.url) as any[]).find((u) => u["news:news"]["news:title"] === title);
    expect(news["news:news"]["news:publication"]["news:language"]).toBe("ar");
    const page = basic.out.text([...basic.out.files.keys()].find((f) => f.startsWith("2020/10/02/هسبريس/"))!);
    expect(page).toContain(`<h1>${title}</h1>`);
    expect(JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(page)![1]!)).toMatchObject({ headline: title, inLanguage: "ar" });
  });
});
