/**
 * Issue 16, "Robust under attack and faults": inputs that once stopped the whole build with
 * "internal error", or lost data without a word. Each is built here beside good articles:
 * the bad file is reported by name (and line where there is one) and skipped, the rest is
 * built, nothing valid is lost.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import type { BuildResult } from "../../src/build.js";
import { MAX_CONTENT_FILE_BYTES } from "../../src/ingest/ingest.js";
import type { MemoryWriter } from "../../src/write/writer.js";
import { buildFixture } from "../helpers.js";

const rss = (title: string, items: string) =>
  `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>${title}</title><link>https://${title.toLowerCase()}.example/</link>\n${items}\n</channel></rss>\n`;
const item = (title: string, date: string, extra = "") =>
  `<item><title>${title}</title><link>https://feeds.example/${encodeURIComponent(title)}</link><pubDate>${date}</pubDate><description>Un texte.</description>${extra}</item>`;
const md = (front: Record<string, string>, body: string) =>
  `---\n${Object.entries(front)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n")}\n---\n${body}\n`;

let dir: string;
let result: BuildResult;
let out: MemoryWriter;

function write(file: string, text: string | Buffer): void {
  const target = path.join(dir, "content", file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "kiosk-robust-"));
  writeFileSync(path.join(dir, "kiosk.config.json"), JSON.stringify({ title: "Robuste", baseUrl: "https://robuste.example/", search: false, timeZone: "UTC" }));
  write("good.md", md({ title: "Un bon article", date: "2020-09-30", source: "Le Bon" }, "Un texte qui se lit bien."));
  // fast-xml-parser refuses these names (prototype pollution); the feed is still read.
  write(
    "proto.xml",
    rss("Proto", item("Article au prototype", "Wed, 30 Sep 2020 09:00:00 GMT", "<__proto__>x</__proto__><constructor>y</constructor><prototype>z</prototype>")),
  );
  write("deep-xml.xml", rss("Deep", item("Profond", "Wed, 30 Sep 2020 09:00:00 GMT", `<x>${"<a>".repeat(300)}${"</a>".repeat(300)}</x>`)));
  write("quotes.md", md({ title: "Citations", date: "2020-09-30", source: "Le Bon" }, `Intro.\n\n${"> ".repeat(5000)}fond`));
  write(
    "lists.md",
    md({ title: "Listes", date: "2020-09-30", source: "Le Bon" }, Array.from({ length: 2000 }, (_, i) => `${"  ".repeat(i)}- niveau ${i}`).join("\n")),
  );
  // Path segments: bounded in bytes, not characters.
  write("cjk.md", md({ title: "长标题", date: "2020-09-30", source: "新闻", slug: "长".repeat(90) }, "正文。"));
  write("astral.md", md({ title: "𝐀".repeat(90), date: "2020-09-30", source: "𐐨".repeat(90) }, "Texte."));
  // A source named like a site page under /sources/.
  write("health.md", md({ title: "Santé publique", date: "2020-09-30", source: "Health" }, "Texte."));
  writeFileSync(
    path.join(dir, "content", ".fetch-status.json"),
    JSON.stringify({
      X: { name: "X", feed: "https://x.example/feed", file: null, lastSuccess: null, lastError: null, items: 0, etag: null, lastModified: null },
    }),
  );
  // Over the size limit: refused before it is read.
  write("huge.xml", Buffer.alloc(MAX_CONTENT_FILE_BYTES + 1, 0x20));
  symlinkSync(path.join(dir, "content", "good.md"), path.join(dir, "content", "alias.md"));
  // De-duplication: a home page as `url` (five different articles), and another source's article with the same URL.
  for (let i = 1; i <= 5; i++)
    write(
      `home-${i}.md`,
      md({ title: `Nouvelle numéro ${i} sans rapport`, date: "2020-09-29", source: "Accueil", url: "https://www.accueil.example/" }, `Texte différent ${i}.`),
    );
  write(
    "legit.md",
    md(
      { title: "Le port de Tanger Med s'agrandit", date: "2020-09-28", source: "Le Vrai", url: "https://levrai.example/port" },
      "Le port ajoute deux terminaux.",
    ),
  );
  write(
    "usurper.md",
    md(
      { title: "Une tout autre histoire", date: "2020-09-28", source: "Usurpateur", url: "https://levrai.example/port?utm_source=x" },
      `${"Un texte bien plus long. ".repeat(40)}`,
    ),
  );
  // The same article twice (a page and its feed item) still merges.
  write(
    "twice-a.md",
    md(
      { title: "La pluie revient sur le Nord", date: "2020-09-27", source: "Météo", url: "https://meteo.example/pluie" },
      "Des averses sont attendues dans le Nord dès mercredi, selon les services de la météo nationale.",
    ),
  );
  write(
    "twice-b.md",
    md(
      { title: "La pluie revient sur le Nord du pays", date: "2020-09-27", source: "Météo", url: "https://meteo.example/pluie?utm_medium=rss" },
      "Des averses sont attendues dans le Nord dès mercredi, selon les services de la météo nationale, et plus.",
    ),
  );
  // Dates that cannot be right.
  write(
    "dates.xml",
    rss(
      "Dates",
      [
        item("Venu du futur", "Mon, 01 Jan 2200 10:00:00 GMT"),
        item("An zéro", "Sat, 01 Jan 0000 00:00:00 GMT"),
        item("Vrai article daté", "Wed, 30 Sep 2020 10:30:00 +0100"),
      ].join("\n"),
    ),
  );
  write("zero.md", md({ title: "Zéro", date: "0000-01-01", source: "Le Bon" }, "Texte."));
  // Smaller findings.
  write("case-a.md", md({ title: "Casse A", date: "2020-09-26", source: "Casse", slug: "Abc" }, "A."));
  write("case-b.md", md({ title: "Casse B", date: "2020-09-26", source: "Casse", slug: "abc" }, "B."));
  write(
    "atom-enclosure.xml",
    `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atome</title><entry><title>Seulement une image</title><updated>2020-09-30T09:00:00Z</updated><link rel="enclosure" type="image/jpeg" href="https://img.example/x.jpg"/><content>Corps.</content></entry></feed>`,
  );
  write("script-title.xml", rss("Titres", item("Item &lt;script&gt;alert(1)&lt;/script&gt; et la suite du titre", "Wed, 30 Sep 2020 09:00:00 GMT")));
  write(
    "comment.xml",
    `<?xml version="1.0"?>\n<!-- <!DOCTYPE rss> is only mentioned here -->\n${rss("Commentaire", item("Un flux commenté", "Wed, 30 Sep 2020 09:00:00 GMT")).replace(/^<\?xml[^>]*>\n/, "")}`,
  );
  write(
    "links.md",
    md(
      { title: "Liens et images", date: "2020-09-25", source: "Le Bon" },
      "![Un port](https://img.example/port.png)\n\n[relatif](x), [remonter](../../etc/passwd) et [absolu](https://a.example/).",
    ),
  );
  write(
    "deep-html.xml",
    rss(
      "Imbrique",
      item("Très imbriqué", "Wed, 30 Sep 2020 09:00:00 GMT").replace(
        "<description>Un texte.</description>",
        `<description><![CDATA[${"<blockquote><span>".repeat(50_000)}le fond${"</span></blockquote>".repeat(50_000)}]]></description>`,
      ),
    ),
  );
  ({ result, out } = await buildFixture(dir, { now: "2020-10-01" }));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const diagnosticsOf = (file: string) => result.diagnostics.filter((d) => d.file === `content/${file}`);
const paths = () => [...out.files.keys()];
const titles = () => [...out.files.keys()].filter((f) => /^\d{4}\/.*index\.html$/.test(f)).map((f) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(out.text(f))?.[1] ?? "");

describe("one bad file never stops the build", () => {
  it("builds the good articles beside every bad file", () => {
    expect(out.committed).toBe(true);
    expect(titles()).toContain("Un bon article");
  });

  it("reads a feed with elements named __proto__, constructor and prototype", () => {
    expect(diagnosticsOf("proto.xml")).toEqual([]);
    expect(titles()).toContain("Article au prototype");
  });

  it("reports XML nested more than 200 levels deep, and skips that feed", () => {
    expect(result.filesSkipped).toContain("content/deep-xml.xml");
    expect(diagnosticsOf("deep-xml.xml")[0]!.message).toMatch(/nests elements more than 200 levels deep/);
  });

  it("refuses Markdown quotes and lists nested without bound, with their line, quickly", () => {
    const quotes = diagnosticsOf("quotes.md");
    expect(quotes.map((d) => [d.severity, d.line])).toEqual([["error", 8]]);
    expect(diagnosticsOf("lists.md")[0]!.message).toMatch(/nest more than 32 levels/);
    expect(result.filesSkipped).toEqual(expect.arrayContaining(["content/quotes.md", "content/lists.md"]));
  });

  it("bounds every path segment to 255 bytes, for CJK slugs and astral titles and sources", () => {
    for (const file of paths()) {
      for (const segment of file.split("/")) expect(Buffer.byteLength(segment), file).toBeLessThanOrEqual(255);
    }
    // The 90-character CJK slug is refused (with a warning) and the title's slug used instead.
    expect(diagnosticsOf("cjk.md").map((d) => d.message)).toEqual([expect.stringMatching(/front matter "slug" is not a safe slug/)]);
    expect(titles()).toEqual(expect.arrayContaining(["长标题", "𝐀".repeat(90)]));
  });

  it("gives a source named Health its own path beside the sources-health page", () => {
    expect(paths()).toContain("sources/health/index.html");
    const main = (file: string) => /<main[\s\S]*<\/main>/.exec(out.text(file))![0];
    expect(main("sources/health/index.html")).not.toContain("Santé publique");
    expect(paths()).toContain("sources/health-2/index.html");
    expect(main("sources/health-2/index.html")).toContain("Santé publique");
  });

  it("refuses a content file over the size limit without reading it", () => {
    const [d] = diagnosticsOf("huge.xml");
    expect(d!.message).toMatch(/over Kiosk's limit of 16\.0 MB/);
    expect(result.filesSkipped).toContain("content/huge.xml");
  });

  it("says once that symbolic links are not followed", () => {
    const links = result.diagnostics.filter((d) => /symbolic link/.test(d.message));
    expect(links).toHaveLength(1);
    expect(links[0]!.message).toContain("content/alias.md");
  });
});

describe("nothing lost without a word", () => {
  it("keeps five articles whose url is the publisher's home page", () => {
    for (let i = 1; i <= 5; i++) expect(titles()).toContain(`Nouvelle numéro ${i} sans rapport`);
  });

  it("keeps an article whose URL another source's unrelated article shares, and reports both files", () => {
    expect(titles()).toEqual(expect.arrayContaining(["Le port de Tanger Med s&#39;agrandit", "Une tout autre histoire"]));
    const [d] = diagnosticsOf("usurper.md");
    expect(d!.message).toContain("content/legit.md");
    const legit = paths().find((f) => f.startsWith("2020/09/28/le-vrai/"))!;
    expect(out.text(legit)).toContain('href="https://levrai.example/port"');
  });

  it("still merges the same article saved twice under one URL", () => {
    expect(titles().filter((t) => t.startsWith("La pluie revient"))).toHaveLength(1);
  });

  it("leaves out and reports dates that cannot be right, and keeps the feeds and news sitemap on the real articles", () => {
    expect(diagnosticsOf("dates.xml").map((d) => d.message)).toEqual([
      expect.stringMatching(/item 2 \("An zéro"\) has no date Kiosk can read or trust/),
      expect.stringMatching(/"Venu du futur" is dated 2200-01-01, after 2020-10-02/),
    ]);
    expect(titles()).not.toContain("Venu du futur");
    expect(titles()).toContain("Vrai article daté");
    expect(diagnosticsOf("zero.md")[0]!.message).toMatch(/"0000-01-01" is not a real date/);
    expect(out.text("feed.xml")).toContain("<lastBuildDate>Wed, 30 Sep 2020");
    expect(out.text("news-sitemap.xml")).toContain("<news:title>");
  });
});

describe("smaller findings", () => {
  it("gives slugs that differ only in case different folders", () => {
    const casse = paths().filter((f) => f.startsWith("2020/09/26/casse/") && f.endsWith("index.html"));
    expect(casse).toHaveLength(2);
    expect(new Set(casse.map((f) => f.toLowerCase())).size).toBe(2);
  });

  it("never takes an Atom enclosure for the entry's original URL", () => {
    const page = paths().find((f) => f.startsWith("2020/09/30/atome/"))!;
    // The image is the article's image (og:image), never a link to "the original".
    expect(out.text(page)).not.toMatch(/<a [^>]*href="https:\/\/img\.example\/x\.jpg"/);
    expect(out.text(page)).toContain('content="https://img.example/x.jpg"');
  });

  it("keeps the words after an escaped <script> in an RSS title", () => {
    expect(titles()).toContain("Item alert(1) et la suite du titre");
  });

  it("reads a feed that mentions <!DOCTYPE in a comment", () => {
    expect(diagnosticsOf("comment.xml")).toEqual([]);
    expect(titles()).toContain("Un flux commenté");
  });

  it("writes Markdown images as HTML void elements and drops relative links", () => {
    const page = out.text(paths().find((f) => f.includes("/le-bon/liens-et-images/"))!);
    expect(page).toContain('<img src="https://img.example/port.png" alt="Un port">');
    expect(page).not.toMatch(/href="(x|\.\.\/\.\.\/etc\/passwd)"/);
    expect(page).toContain("relatif");
    expect(page).toContain('href="https://a.example/"');
  });

  it("keeps only the text of feed HTML nested 100,000 levels deep", () => {
    expect(diagnosticsOf("deep-html.xml")[0]!.message).toMatch(/nests more than 48 levels deep; only its text is kept/);
    const page = out.text(paths().find((f) => f.startsWith("2020/09/30/imbrique/"))!);
    expect(page).toContain("le fond");
    expect(page.length).toBeLessThan(100_000);
  });
});
