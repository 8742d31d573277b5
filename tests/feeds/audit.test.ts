/**
 * Issue 14, "What outside audits found": each finding on feeds, crawlers and messages,
 * pinned on a small site written here.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildResult } from "../../src/build.js";
import type { MemoryWriter } from "../../src/write/writer.js";
import { buildFixture } from "../helpers.js";
import { run } from "../cli/run-cli.js";

let dir: string;
let result: BuildResult;
let out: MemoryWriter;
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" });
const md = (front: Record<string, string>, body: string) =>
  `---\n${Object.entries(front)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n")}\n---\n${body}\n`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "kiosk-audit-"));
  mkdirSync(path.join(dir, "content"));
  writeFileSync(
    path.join(dir, "kiosk.config.json"),
    JSON.stringify({
      title: "Audit",
      baseUrl: "https://example.org/news/",
      search: false,
      sources: [{ name: "Le Matin", feed: "https://lematin.example/feed", homepage: "https://lematin.example/" }],
    }),
  );
  const write = (name: string, text: string) => writeFileSync(path.join(dir, "content", name), text);
  // A source with two French articles and one newer Spanish one: its language is French.
  write("a.md", md({ title: "Premier article", date: "2020-09-28", source: "Le Matin", url: "https://lematin.example/a" }, "Un texte."));
  write("b.md", md({ title: "Deuxième article", date: "2020-09-29", source: "Le Matin", image: "https://img.example/photo.jpg" }, "Un autre texte."));
  write("c.md", md({ title: "Artículo en español", date: "2020-09-30", source: "Le Matin", lang: "es", url: "https://lematin.example/c" }, "Un texto."));
  write("d.md", md({ title: "خبر بالعربية", date: "2020-09-30", source: "هسبريس", lang: "ar", url: "https://hespress.example/d" }, "نص الخبر."));
  // Items with a time of day: a feed's, and front matter's date-time.
  write(
    "timed.xml",
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Horaires</title><link>https://horaires.example/</link><language>fr</language>
<item><title>Le matin</title><link>https://horaires.example/1</link><pubDate>Tue, 29 Sep 2020 09:00:00 GMT</pubDate><description>Tôt.</description></item>
<item><title>Le soir</title><link>https://horaires.example/2</link><pubDate>Tue, 29 Sep 2020 18:30:00 +0100</pubDate><description>Tard.</description></item>
</channel></rss>`,
  );
  write(
    "enclosure.xml",
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Images</title><link>https://images.example/</link><language>fr</language>
<item><title>Une photo sans extension</title><link>https://images.example/1</link><pubDate>Mon, 28 Sep 2020 09:00:00 GMT</pubDate><description>Photo.</description><enclosure url="https://cdn.images.example/photo?id=7" type="image/webp" length="12345"/></item>
</channel></rss>`,
  );
  write("e.md", md({ title: "Avec une heure", date: "2020-09-29T12:15:00+01:00", source: "Horaires", url: "https://horaires.example/3" }, "Midi."));
  ({ result, out } = await buildFixture(dir));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("feeds", () => {
  it("gives a source's feed the language most of its articles use, not its newest article's", () => {
    expect(xml.parse(out.text("sources/le-matin/feed.xml")).rss.channel.language).toBe("fr");
  });

  it("types Atom image enclosures", () => {
    const entries = xml.parse(out.text("atom.xml")).feed.entry as Record<string, any>[];
    const enclosure = entries.flatMap((e) => (Array.isArray(e.link) ? e.link : [e.link])).find((l: Record<string, string>) => l["@_rel"] === "enclosure");
    expect(enclosure).toMatchObject({ "@_type": "image/jpeg", "@_href": "https://img.example/photo.jpg" });
  });

  it("gives an enclosure the type and length its feed gave, even when the URL has no extension", () => {
    const entries = xml.parse(out.text("sources/images/feed.xml")).rss.channel.item;
    expect(entries["media:content"]).toMatchObject({ "@_url": "https://cdn.images.example/photo?id=7", "@_type": "image/webp", "@_fileSize": "12345" });
    const atom = (xml.parse(out.text("atom.xml")).feed.entry as Record<string, any>[]).find((e) => e.title["#text"] === "Une photo sans extension")!;
    const enclosure = (Array.isArray(atom.link) ? atom.link : [atom.link]).find((l: Record<string, string>) => l["@_rel"] === "enclosure");
    expect(enclosure).toMatchObject({ "@_type": "image/webp", "@_length": "12345" });
  });

  it("titles and describes each language's feed in that language, and marks Arabic content right to left", () => {
    const ar = xml.parse(out.text("ar/feed.xml")).rss.channel;
    expect(ar.title).toBe("Audit — العربية");
    expect(ar.description).toBe("آخر الأخبار باللغة العربية من كل المصادر.");
    expect(ar.item["content:encoded"]).toMatch(/^<div dir="rtl" lang="ar">/);
  });

  it("names no language for the site's feed of several languages, and each item's in dc:language", () => {
    const channel = xml.parse(out.text("feed.xml")).rss.channel;
    expect(channel.language).toBeUndefined();
    expect((channel.item as Record<string, string>[]).map((i) => i["dc:language"]).sort()).toEqual(["ar", "es", "fr", "fr", "fr", "fr", "fr", "fr"]);
  });
});

describe("times of day", () => {
  it("keep the time an input gives, in every output, and order a day's articles by it", () => {
    const items = xml.parse(out.text("sources/horaires/feed.xml")).rss.channel.item as Record<string, string>[];
    // The site's zone is UTC here: 18:30 +0100 is 17:30.
    expect(items.map((i) => [i.title, i.pubDate])).toEqual([
      ["Le soir", "Tue, 29 Sep 2020 17:30:00 +0000"],
      ["Avec une heure", "Tue, 29 Sep 2020 11:15:00 +0000"],
      ["Le matin", "Tue, 29 Sep 2020 09:00:00 +0000"],
    ]);
    const entries = (xml.parse(out.text("atom.xml")).feed.entry as Record<string, any>[]).filter((e) => String(e.id).includes("/horaires/"));
    expect(new Set(entries.map((e) => e.updated)).size).toBe(3);
    const json = JSON.parse(out.text("feed.json")).items.find((i: { title: string }) => i.title === "Le matin");
    expect(json.date_published).toBe("2020-09-29T09:00:00Z");
  });
});

describe("articles without their original's address", () => {
  it("link the source's home page, saying the article's own address is not known, and the build counts them per source", () => {
    const page = out.text([...out.files.keys()].find((f) => f.includes("/deuxieme-article/"))!);
    expect(page).toContain('<p class="original-unknown">');
    expect(page).toContain('href="https://lematin.example/"');
    expect(result.notes).toContainEqual(expect.stringMatching(/^1 article has no link to the original \(Le Matin 1\)/));
  });
});

describe("crawlers", () => {
  it("says robots.txt must be published at the host's root when the base URL has a path", () => {
    expect(result.notes).toContainEqual(expect.stringMatching(/robots\.txt is written to \/news\/robots\.txt.*https:\/\/example\.org\/robots\.txt/));
  });

  it("marks the 404 page noindex, without a canonical URL", () => {
    const page = out.text("404.html");
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).not.toContain('rel="canonical"');
  });
});

describe("messages", () => {
  it("counts in the singular when there is one", async () => {
    const one = mkdtempSync(path.join(tmpdir(), "kiosk-one-"));
    mkdirSync(path.join(one, "content"));
    writeFileSync(path.join(one, "content", "a.md"), md({ title: "Seul", date: "2020-09-28", source: "S", url: "https://s.example/a" }, "Texte."));
    const { stderr } = await run(["build", "--no-search"], one);
    expect(stderr).toMatch(/Built 1 article from 1 file into dist\//);
    const check = await run(["check"], one);
    expect(check.stdout).toContain("1 article is fine.");
    rmSync(one, { recursive: true, force: true });
  });

  it("says in words that a feed was cut off", async () => {
    const cut = mkdtempSync(path.join(tmpdir(), "kiosk-cut-"));
    mkdirSync(path.join(cut, "content"));
    writeFileSync(path.join(cut, "content", "cut.xml"), '<?xml version="1.0"?><rss version="2.0"><channel><title>X</title><item><title>a</title>');
    const { stdout } = await run(["check"], cut);
    expect(stdout).toContain("it ends before <rss>, <channel>, <item> are closed (the file is cut off)");
    expect(stdout).not.toContain("Invalid '[");
    rmSync(cut, { recursive: true, force: true });
  });
});
