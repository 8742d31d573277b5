/**
 * Scraped text is hostile: pages full of markup, script, event handlers,
 * javascript: and data: URLs, `]]>` and `</script>`, control and bidi
 * characters, a ../ slug, a 5 MB body, a 100,000-character ticker, invalid
 * UTF-8 and an empty file must come out escaped and inert, in pages and in the
 * feeds; bad files are reported and skipped; nothing is written outside the
 * output folder.
 */
import { decodeHTML } from "entities";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import type { BuildResult } from "../../src/build.js";
import type { MemoryWriter } from "../../src/write/writer.js";
import { hostileSiteDir } from "../fixtures/hostile-site.js";
import { buildFixture, startTags } from "../helpers.js";

let result: BuildResult;
let out: MemoryWriter;

beforeAll(async () => {
  ({ result, out } = await buildFixture(hostileSiteDir()));
});

const pages = () => [...out.files.keys()].filter((f) => f.endsWith(".html")).map((f) => [f, out.text(f)] as const);
const articlePage = (prefix: string) => pages().find(([f]) => f.startsWith(prefix))![1];

describe("hostile scraped input", () => {
  it("builds every usable file, and reports and skips the empty and the non-UTF-8 one", () => {
    expect(result.articles).toBe(9);
    expect(result.filesSkipped).toEqual(["content/empty.txt", "content/invalid-utf8.txt"]);
    const errors = result.diagnostics.filter((d) => d.severity === "error").map((d) => [d.file, d.line]);
    expect(errors).toEqual([
      ["content/empty.txt", null],
      ["content/invalid-utf8.txt", 3],
    ]);
    // The refused front-matter fields are warnings with their line, in line order.
    const warnings = result.diagnostics.filter((d) => d.severity === "warning").map((d) => `${d.file}:${d.line}`);
    expect(warnings).toEqual([
      "content/hostile.txt:2",
      "content/hostile.txt:3",
      "content/hostile.txt:4",
      "content/slug-traversal.txt:2",
      "content/urls.txt:2",
      "content/urls.txt:3",
      "content/urls.txt:4",
      "content/urls.txt:5",
    ]);
  });

  it("never becomes a script, an element, an event handler or a dangerous URL in any page", () => {
    const allowed = new Set([
      "html",
      "head",
      "meta",
      "title",
      "link",
      "body",
      "a",
      "header",
      "div",
      "nav",
      "ul",
      "ol",
      "li",
      "section",
      "span",
      "main",
      "h1",
      "h2",
      "h3",
      "figure",
      "img",
      "article",
      "p",
      "bdi",
      "time",
      "footer",
      "aside",
      "script",
      "form",
      "label",
      "input",
      "button",
      "select",
      "option",
    ]);
    for (const [file, page] of pages()) {
      // Every "<" that is not escaped starts a tag; only the templates' own elements may appear.
      expect(page.split("<").length - 1, file).toBe(startTags(page).length + (page.match(/<\/|<!DOCTYPE/g)?.length ?? 0));
      for (const tag of startTags(page)) {
        expect(allowed.has(tag.name), `${file}: <${tag.name}>`).toBe(true);
        // Scripts: an article's JSON-LD (data, never run), Kiosk's own ticker script and, on the search pages, its search script.
        if (tag.name === "script" && tag.attributes.src === undefined) expect(tag.attributes.type, file).toBe("application/ld+json");
        if (tag.name === "script" && tag.attributes.src !== undefined) expect(["/search.js", "/ticker.js"], file).toContain(tag.attributes.src);
        for (const [name, value] of Object.entries(tag.attributes)) {
          expect(name.startsWith("on"), `${file}: <${tag.name} ${name}>`).toBe(false);
          if (name === "href" || name === "src") expect(value, `${file}: <${tag.name} ${name}>`).toMatch(/^(\/(?!\/)|https?:\/\/|#)/);
          if (name === "http-equiv") throw new Error(`${file}: <meta http-equiv>`);
        }
      }
    }
    const first = articlePage("2020/09/30/b-onmouseover-alert-1-evil-b/");
    expect(first).toContain("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Titre evil bell");
    expect(first).toContain("Paragraphe avec &lt;/script&gt;&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt; et ]]&gt; et contrôle.");
    // javascript: URLs in front matter and on the back-link line give no link to the original.
    expect(first).not.toContain('class="original"');
    expect(articlePage("2020/10/02/le360/")).not.toContain('class="original"');
  });

  it("keeps the JSON-LD data: scraped text cannot close its <script> element", () => {
    for (const [file, page] of pages()) {
      for (const m of page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(m[1], file).not.toMatch(/[<>]/);
        expect(() => JSON.parse(m[1]!), file).not.toThrow();
      }
    }
    const page = articlePage("2020/09/30/b-onmouseover-alert-1-evil-b/");
    const data = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)![1]!);
    expect(data.headline).toBe("<script>alert('title')</script> Titre evil bell");
    expect(data.isBasedOn).toBeUndefined();
  });

  it("treats template syntax in scraped text as text", () => {
    const page = articlePage("2020/10/03/hostile-wire/");
    expect(page).toContain("{{ 7*7 }} {% raw %}");
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the hostile text itself, which must stay text
    expect(page).toContain("{{ site.title }} and ${process.env.HOME}");
  });

  it("escapes the config's own text too", () => {
    expect(out.text("index.html")).toContain("<title>Hostile &lt;b&gt;site&lt;/b&gt; &amp; co</title>");
  });

  it("strips control and bidi-override characters everywhere", () => {
    for (const [file, contents] of out.files) {
      if (typeof contents !== "string") continue;
      expect(contents, file).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/);
    }
  });

  it("keeps every file inside the output folder, whatever the slug, title or source said", () => {
    for (const file of out.files.keys()) {
      expect(file.split("/")).not.toContain("..");
      expect(file.startsWith("/")).toBe(false);
      expect(file).not.toContain("\\");
    }
    expect([...out.files.keys()].some((f) => f.includes("outside") || f.includes("windows") || f.includes("passwd"))).toBe(false);
  });

  it("keeps the 5 MB body whole and the 100,000-character ticker's headlines", () => {
    const huge = articlePage("2020/10/07/le360/");
    expect(huge.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(huge).toContain("&lt;b&gt;répété&lt;/b&gt; &amp; encore");
    expect(out.text("index.html")).toContain("Titre &lt;i&gt;0&lt;/i&gt; du ticker");
  });

  it("yields well-formed feeds whose text reads back exactly", () => {
    for (const [file, contents] of out.files) {
      if (file.endsWith(".xml")) expect(XMLValidator.validate(String(contents)), file).toBe(true);
      if (file.endsWith(".json")) expect(() => JSON.parse(String(contents)), file).not.toThrow();
    }
    const json = JSON.parse(out.text("feed.json"));
    const jsonEvil = json.items.find((i: { authors: { name: string }[] }) => i.authors[0]!.name === "<b onmouseover=alert(1)>Evil</b>");
    expect(jsonEvil.title).toBe("<script>alert('title')</script> Titre evil bell");
    expect(jsonEvil.content_html).toContain("&lt;/script&gt;&lt;script&gt;");
    const items = new XMLParser({ processEntities: true, htmlEntities: true }).parse(out.text("feed.xml")).rss.channel.item;
    const evil = items.find((i: { source: string }) => i.source === "<b onmouseover=alert(1)>Evil</b>");
    // Readers take an RSS title and description as HTML: they hold the text escaped as HTML text, so the markup
    // in them reads back as the same words (decoded once as HTML), never as an element.
    expect(evil.title).toBe("&lt;script&gt;alert('title')&lt;/script&gt; Titre evil bell");
    expect(decodeHTML(evil.title)).toBe("<script>alert('title')</script> Titre evil bell");
    // The full body is HTML: the scraped markup is escaped inside it, so a reader shows it as text.
    expect(evil["content:encoded"]).toContain(
      "<p>Paragraphe avec &lt;/script&gt;&lt;script&gt;alert(&apos;body&apos;)&lt;/script&gt; et ]]&gt; et contrôle.</p>",
    );
    expect(evil.description).not.toMatch(/</);
    expect(decodeHTML(evil.description)).toBe("Paragraphe avec </script><script>alert('body')</script> et ]]> et contrôle.");
  });
});
