/**
 * Scraped text is hostile: a page full of markup, script, javascript: URLs,
 * control and bidi characters and a ../ slug must come out escaped and inert,
 * in pages and in the feed, and must never write outside the output folder.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuildResult } from "../../src/build.js";
import type { MemoryWriter } from "../../src/write/writer.js";
import { buildFixture } from "../helpers.js";

let result: BuildResult;
let out: MemoryWriter;

beforeAll(async () => {
  ({ result, out } = await buildFixture("site-hostile"));
});

const html = () => [...out.files].filter(([f]) => f.endsWith(".html")).map(([f, c]) => [f, typeof c === "string" ? c : ""] as const);

describe("hostile scraped input", () => {
  it("is built, with warnings for the refused front matter", () => {
    expect(result.articles).toBe(2);
    expect(result.diagnostics.filter((d) => d.severity === "warning").map((d) => d.line)).toEqual([2, 4, 3]);
  });

  it("never becomes a script, an element or an event handler in any page", () => {
    for (const [file, page] of html()) {
      expect(page, file).not.toMatch(/<script/i);
      expect(page, file).not.toMatch(/<(img|b|iframe|a)\b[^>]*\son\w+=/i);
      expect(page, file).not.toMatch(/<iframe/i);
      expect(page, file).not.toMatch(/href="\s*javascript:/i);
      expect(page, file).not.toMatch(/src="\s*(javascript|data):/i);
    }
    const article = html().find(([f]) => f.startsWith("2020/09/30/b-onmouseover-alert-1-evil-b/"))![1];
    expect(article).toContain("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Titre evil bell");
    expect(article).toContain("Paragraphe avec &lt;/script&gt;&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt; et ]]&gt; et contrôle.");
    // The javascript: URL in front matter and on the back-link line gives no link to the original.
    expect(article).not.toContain('class="original"');
  });

  it("escapes the config's own text too", () => {
    expect(out.text("index.html")).toContain("<title>Hostile &lt;b&gt;site&lt;/b&gt; &amp; co</title>");
  });

  it("strips control and bidi-override characters", () => {
    for (const [file, contents] of out.files) {
      if (typeof contents !== "string") continue;
      expect(contents, file).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/);
    }
  });

  it("keeps every file inside the output folder, whatever the slug said", () => {
    for (const file of out.files.keys()) {
      expect(file.split("/")).not.toContain("..");
      expect(file.startsWith("/")).toBe(false);
    }
    expect([...out.files.keys()].some((f) => f.includes("outside"))).toBe(false);
  });

  it("yields a well-formed feed whose text reads back exactly", () => {
    const xml = out.text("feed.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const items = new XMLParser({ processEntities: true, htmlEntities: true }).parse(xml).rss.channel.item;
    const evil = items.find((i: { source: string }) => i.source === "<b onmouseover=alert(1)>Evil</b>");
    expect(evil.title).toBe("<script>alert('title')</script> Titre evil bell");
    // The description is HTML: the scraped markup is escaped inside it, so a reader shows it as text.
    expect(evil.description).toContain("<p>Paragraphe avec &lt;/script&gt;&lt;script&gt;alert(&apos;body&apos;)&lt;/script&gt; et ]]&gt; et contrôle.</p>");
  });
});
