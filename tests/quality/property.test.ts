/**
 * Gate: properties over arbitrary input. The parser never throws on any text
 * or bytes; the feed builder turns any strings into well-formed XML without
 * characters XML 1.0 forbids.
 */
import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { assembleSite } from "../../src/assemble/assemble.js";
import { buildAtomFeed } from "../../src/feeds/atom.js";
import { createFeedEntries } from "../../src/feeds/feed-entry.js";
import { buildJsonFeed } from "../../src/feeds/jsonfeed.js";
import { buildRssFeed } from "../../src/feeds/rss.js";
import { decodeUtf8 } from "../../src/ingest/utf8.js";
import { createLinker } from "../../src/plan/links.js";
import { slugify } from "../../src/text/slug.js";
import { defaultConfig, parse, parsedArticle } from "../helpers.js";

/** Text that looks like scraped pages: the format's own pieces mixed with anything at all. */
const pieces = fc.constantFrom(
  "\n",
  "\r\n",
  "\u00a0\u00a0\u00a0\u00a0",
  "    ",
  "\t",
  "---\n",
  "Publié dans ",
  " le ",
  "30 - 09 - 2020",
  "31 - 02 - 2020",
  "نشر في ",
  " يوم ",
  "Cliquez ici pour lire l'article depuis sa source.",
  "Merci d'avoir signalé!",
  "&amp;",
  "&#039;",
  "&#0;",
  "<script>",
  "]]>",
  "\u202e",
  "\u0000",
  "\ufeff",
  "\ud800",
  "url: javascript:x\n",
  "slug: ../x\n",
  ", a indiqué",
);
const scrapedText = fc
  .array(fc.oneof(pieces, fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), { maxLength: 40 })
  .map((parts) => parts.join(""));

describe("the parser", () => {
  it("never throws on arbitrary text, and always answers ok with an article or not ok with an error", () => {
    fc.assert(
      fc.property(scrapedText, (text) => {
        const result = parse(text);
        if (result.ok) expect(result.article).not.toBeNull();
        else expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it("never throws on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const decoded = decodeUtf8(bytes);
        if (decoded.ok) parse(decoded.text);
      }),
      { numRuns: 600 },
    );
  });

  it("makes only slugs that stay inside their folder", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(slugify(text)).toMatch(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u);
      }),
    );
  });
});

describe("the feed builders", () => {
  // Any code point, plus the pieces that break XML: lone surrogates, NUL, noncharacters, CDATA ends.
  const nasty = fc.constantFrom("\ud800", "\udfff", "\u0000", "\u001b", "\uffff", "\ufffe", "]]>", "</script>", "&", "<", "\u202e");
  const anyText = fc.array(fc.oneof(fc.string({ unit: "binary", maxLength: 20 }), nasty), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(""));
  const articleArb = fc.record({
    title: anyText,
    source: anyText,
    body: fc.array(anyText, { minLength: 1, maxLength: 3 }),
    tags: fc.array(anyText, { maxLength: 2 }),
  });

  it("turn arbitrary strings into well-formed RSS and Atom and valid JSON Feed, without forbidden characters", () => {
    const config = defaultConfig({ title: "Kiosk" });
    const link = createLinker(config.baseUrl);
    fc.assert(
      fc.property(fc.array(articleArb, { minLength: 1, maxLength: 4 }), anyText, (inputs, feedTitle) => {
        const parsed = inputs.map((a, i) => parsedArticle({ file: `${i}.txt`, title: a.title, source: a.source, tags: a.tags, body: a.body }));
        // Articles with the same title, source and day are one article (de-duplication): count what the site has.
        const site = assembleSite(parsed, config);
        const entryOf = createFeedEntries(site, link);
        const feed = {
          selfUrl: "http://localhost:8080/feed.xml",
          homeUrl: "http://localhost:8080/",
          title: feedTitle,
          description: "d",
          lang: "fr",
          author: feedTitle,
          entries: site.articles.map(entryOf),
        };
        const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
        const parser = new XMLParser({ processEntities: true, htmlEntities: true, parseTagValue: false, trimValues: false });
        for (const [name, xml] of [
          ["rss", buildRssFeed(feed)],
          ["atom", buildAtomFeed(feed)],
        ] as const) {
          expect(XMLValidator.validate(xml), name).toBe(true);
          expect(xml, name).not.toMatch(forbidden);
          const parsed = parser.parse(xml);
          const items = name === "rss" ? parsed.rss.channel.item : parsed.feed.entry;
          expect(Array.isArray(items) ? items : [items]).toHaveLength(site.articles.length);
        }
        const json = buildJsonFeed(feed);
        expect(JSON.parse(json).items).toHaveLength(site.articles.length);
        expect(json).not.toMatch(/\\u(?:000[0-8bcef]|001[0-9a-f]|d[89ab][0-9a-f]{2}(?!\\ud[c-f])|fff[ef])/i);
      }),
      { numRuns: 300 },
    );
  });
});
