/**
 * Aggregation end to end: scraped pages, Markdown articles and saved RSS, RDF,
 * Atom and JSON feeds build into one site; duplicates appear once with the
 * richest fields; author and feed HTML is sanitised; files that are not feeds
 * are reported, not crashed on; `kiosk inspect --json` shows what was merged.
 */
import path from "node:path";
import { PassThrough } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuildResult } from "../../src/build.js";
import { main } from "../../src/cli.js";
import type { MemoryWriter } from "../../src/write/writer.js";
import { buildFixture, FIXTURES, startTags } from "../helpers.js";

let result: BuildResult;
let out: MemoryWriter;

beforeAll(async () => {
  ({ result, out } = await buildFixture("site-aggregate"));
});

const page = (prefix: string) => out.text([...out.files.keys()].find((f) => f.startsWith(prefix) && f.endsWith("index.html"))!);

describe("a site of scraped pages, Markdown and saved feeds", () => {
  it("reads every kind of input, and reports the files that are not feeds", () => {
    // 10 articles in the inputs; the scraped Tanger Med page and its feed item are one.
    expect(result.articles).toBe(9);
    expect(result.filesSkipped).toEqual(["content/bad/doctype.xml", "content/bad/error-page.xml", "content/bad/not-a-feed.json", "content/bad/truncated.rss"]);
    const messages = result.diagnostics.map((d) => `${d.file}:${d.line}: ${d.severity}: ${d.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^content\/bad\/doctype\.xml:2: error: the feed has a DOCTYPE/),
      expect.stringMatching(/^content\/bad\/error-page\.xml:1: error: this is an HTML page, not a feed/),
      expect.stringMatching(/^content\/bad\/not-a-feed\.json:null: error: the JSON is not a JSON Feed/),
      expect.stringMatching(/^content\/bad\/truncated\.rss:2: error: the feed is not well-formed XML/),
      expect.stringMatching(/^content\/feeds\/barlamane\.rss:null: warning: item 3 \("Un article sans date"\) has no date/),
    ]);
  });

  it("credits feed items to the feed, in the site's time zone", () => {
    // 22:30 UTC on 1 October is 23:30 in Casablanca: still the 1st.
    expect(page("2020/10/01/barlamane/essaouira-le-festival-maintenu-en-ligne/")).toContain(
      'Publié dans <a href="/sources/barlamane/"><bdi>Barlamane</bdi></a> le <time datetime="2020-10-01">',
    );
    expect(page("2020/09/28/yabiladi/")).toContain("Les envois de fonds ont atteint 44,9 milliards de dirhams.");
    expect(page("2020/10/01/el-watan/")).toContain("<h1>Alger : la rentrée universitaire décalée</h1>");
    expect(page("2020/10/03/efe/")).toContain('lang="es"');
    // A relative Atom link is resolved against the feed's own link.
    expect(page("2020/09/30/el-watan/")).toContain('href="https://www.elwatan.example/tramway-oran"');
  });

  it("keeps one article when a page and a feed item are the same, with the richest fields", () => {
    const tanger = [...out.files.keys()].filter((f) => f.includes("tanger-med-bat-un-nouveau-record"));
    expect(tanger).toEqual(["2020/10/02/barlamane/tanger-med-bat-un-nouveau-record-de-conteneurs/index.html"]);
    const html = out.text(tanger[0]!);
    expect(html).toContain('<meta property="og:image" content="https://www.barlamane.example/img/tanger.jpg">');
    expect(html).toContain('href="https://www.barlamane.example/fr/tanger-med-record"');
  });

  it("sanitises feed and Markdown HTML: structure stays, script, handlers and javascript: go", () => {
    const pages = [...out.files.keys()].filter((f) => f.endsWith(".html"));
    for (const file of pages) {
      const html = out.text(file);
      const start = html.indexOf('<div class="story-body">');
      const body = start === -1 ? "" : html.slice(start + 24, html.indexOf("</div>", start));
      for (const tag of startTags(body)) {
        expect(["iframe", "style", "img", "div", "script", "meta", "form"].includes(tag.name), `${file}: <${tag.name}>`).toBe(false);
      }
      for (const tag of startTags(html)) {
        for (const [name, value] of Object.entries(tag.attributes)) {
          expect(name.startsWith("on"), `${file}: ${name}`).toBe(false);
          if (name === "href") expect(value, file).not.toMatch(/^\s*javascript:/i);
        }
        if (tag.name === "script")
          expect(tag.attributes.type === "application/ld+json" || ["/search.js", "/ticker.js"].includes(tag.attributes.src ?? ""), file).toBe(true);
      }
    }
    const festival = page("2020/10/01/barlamane/essaouira");
    expect(festival).toContain("<p>Les concerts seront diffusés <strong>en ligne</strong>.</p>");
    expect(festival).toContain('<a href="https://www.barlamane.example/fr/programme" rel="noopener nofollow ugc">programme</a>');
    expect(festival).not.toContain("alert(");
    const editorial = page("2020/10/03/kiosk-agrege/");
    expect(editorial).toContain("<h2>Nos principes</h2>");
    expect(editorial).toContain("<li>Citer la source</li>");
    expect(editorial).not.toContain("alert(");
    // A feed title that arrived as HTML is text.
    expect(festival).toContain("<h1>Essaouira : le festival maintenu en ligne</h1>");
    // Plain text from a JSON Feed is escaped, never markup.
    expect(page("2020/10/02/efe/una-nota-sin-enlace/")).toContain("Texto &lt;b&gt;plano&lt;/b&gt; con &amp; y &lt; que se escapan.");
  });

  it("does not publish drafts", () => {
    expect([...out.files.keys()].some((f) => f.includes("brouillon"))).toBe(false);
  });

  it("merges ticker headlines however they are cased, punctuated or elided", () => {
    const home = out.text("index.html");
    // The ticker's list (its second copy, for the seamless loop, is hidden from readers of the page's text).
    const list = /<ul class="ticker-list">([\s\S]*?)<\/ul>/.exec(home)![1]!;
    const texts = [...list.matchAll(/>([^<>]+)</g)].map((m) => m[1]!.trim()).filter(Boolean);
    expect(texts.filter((t) => t.includes("868"))).toHaveLength(1);
    expect(texts.filter((t) => /économie marocaine rebondit/i.test(t))).toHaveLength(1);
  });

  it("shows the same story from other sources and languages on an article page", () => {
    // The Spanish EFE item and... only one source covers Marrakech here, so no aside; the labelled-pairs test covers grouping.
    const efe = page("2020/10/03/efe/");
    expect(efe).not.toContain("also-covered");
  });
});

describe("kiosk inspect --json", () => {
  it("prints articles, stories and the ticker, with what was merged", async () => {
    const stdout = new PassThrough();
    const chunks: Buffer[] = [];
    stdout.on("data", (c: Buffer) => chunks.push(c));
    const code = await main(["inspect", "--json"], { stdout, stderr: new PassThrough(), cwd: path.join(FIXTURES, "site-aggregate") });
    expect(code).toBe(0);
    const model = JSON.parse(Buffer.concat(chunks).toString());
    expect(Object.keys(model)).toEqual(["articles", "stories", "headlines", "ticker"]);
    const tanger = model.articles.find((a: { title: string }) => a.title === "Tanger Med bat un nouveau record de conteneurs");
    expect(tanger).toMatchObject({
      source: "Barlamane",
      lang: "fr",
      date: "2020-10-02",
      url: "https://www.barlamane.example/fr/tanger-med-record",
      mergedFrom: ["content/feeds/barlamane.rss", "content/scraped/tanger-fr.txt"],
    });
    const story = model.stories.find((s: { id: string }) => s.id === tanger.story);
    expect(story.articles).toEqual([tanger.id]);
    expect(model.ticker.length).toBeGreaterThan(0);
    for (const item of model.ticker) expect(Object.keys(item)).toEqual(["text", "lang", "story", "link"]);
    // Every distinct ticker headline is listed with its story (null when it stands alone), and the days it was seen.
    for (const h of model.headlines) {
      expect(Object.keys(h)).toEqual(["text", "lang", "story", "first", "last"]);
      if (h.first !== null) expect(h.first <= h.last).toBe(true);
    }
  });

  it("explains a story with --story: its members in every language and the evidence of each join", async () => {
    const stdout = new PassThrough();
    const chunks: Buffer[] = [];
    stdout.on("data", (c: Buffer) => chunks.push(c));
    const code = await main(["inspect", "--json", "--story", "Le Maroc vise 868.000 passagers"], {
      stdout,
      stderr: new PassThrough(),
      cwd: path.join(FIXTURES, "site-aggregate"),
    });
    expect(code).toBe(0);
    const story = JSON.parse(Buffer.concat(chunks).toString());
    expect(story.languages).toEqual(["es", "fr"]);
    expect(story.joins.length).toBeGreaterThan(0);
    expect(story.joins.map((j: { evidence: string }) => j.evidence).join(" ")).toMatch(/868000/);
    const missing = await main(["inspect", "--json", "--story", "no such story"], {
      stdout: new PassThrough(),
      stderr: new PassThrough(),
      cwd: path.join(FIXTURES, "site-aggregate"),
    });
    expect(missing).toBe(1);
  });
});
