/**
 * Gate: properties over arbitrary input. The parser never throws on any text
 * or bytes; the feed builder turns any strings into well-formed XML without
 * characters XML 1.0 forbids.
 */
import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { assembleSite } from "../../src/assemble/assemble.js";
import { buildRssFeed } from "../../src/feeds/rss.js";
import { decodeUtf8 } from "../../src/ingest/utf8.js";
import type { ParsedArticle } from "../../src/model/article.js";
import { createLinker } from "../../src/render/links.js";
import { slugify } from "../../src/text/slug.js";
import { defaultConfig, parse } from "../helpers.js";

/** Text that looks like scraped pages: the format's own pieces mixed with anything at all. */
const pieces = fc.constantFrom(
  "\n", "\r\n", "\u00a0\u00a0\u00a0\u00a0", "    ", "\t", "---\n", "Publié dans ", " le ", "30 - 09 - 2020", "31 - 02 - 2020",
  "نشر في ", " يوم ", "Cliquez ici pour lire l'article depuis sa source.", "Merci d'avoir signalé!", "&amp;", "&#039;", "&#0;",
  "<script>", "]]>", "\u202e", "\u0000", "\ufeff", "\ud800", "url: javascript:x\n", "slug: ../x\n", ", a indiqué",
);
const scrapedText = fc.array(fc.oneof(pieces, fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), { maxLength: 40 }).map((parts) => parts.join(""));

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

describe("the RSS builder", () => {
  // Any code point, plus the pieces that break XML: lone surrogates, NUL, noncharacters, CDATA ends.
  const nasty = fc.constantFrom("\ud800", "\udfff", "\u0000", "\u001b", "\uffff", "\ufffe", "]]>", "</script>", "&", "<", "\u202e");
  const anyText = fc.array(fc.oneof(fc.string({ unit: "binary", maxLength: 20 }), nasty), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(""));
  const articleArb = fc.record({ title: anyText, source: anyText, body: fc.array(anyText, { minLength: 1, maxLength: 3 }), tags: fc.array(anyText, { maxLength: 2 }) });

  it("turns arbitrary strings into well-formed XML that reads back", () => {
    const config = defaultConfig({ title: "Kiosk" });
    const link = createLinker(config.baseUrl);
    fc.assert(
      fc.property(fc.array(articleArb, { minLength: 1, maxLength: 4 }), anyText, (inputs, feedTitle) => {
        const parsed: ParsedArticle[] = inputs.map((a, i) => ({
          file: `${i}.txt`, title: a.title, source: a.source, date: "2020-09-30", lang: "fr", url: null, sourceUrl: null, pageUrl: null,
          image: null, tags: a.tags, slug: null, scrapedAt: null, ticker: [], body: a.body, flags: [],
        }));
        const site = assembleSite(parsed, config);
        const xml = buildRssFeed({ path: "/feed.xml", title: feedTitle, description: "d", lang: "fr", homePath: "/", articles: site.articles }, site, link);
        expect(XMLValidator.validate(xml)).toBe(true);
        expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        const channel = new XMLParser({ processEntities: true, htmlEntities: true, parseTagValue: false, trimValues: false }).parse(xml).rss.channel;
        const items = Array.isArray(channel.item) ? channel.item : [channel.item];
        expect(items).toHaveLength(inputs.length);
      }),
      { numRuns: 300 },
    );
  });
});
