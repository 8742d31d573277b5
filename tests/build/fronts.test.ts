/**
 * Issue 12, "Stories first": home and each language front lead with the stories most sources
 * covered among the newest — the lead with its image, then one card per story naming every
 * source that covered it, each linking to its version, and the languages it was told in —
 * then the newest articles. Counts are said in each language's plural forms.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { MemoryWriter } from "../../src/write/writer.js";
import { plural } from "../../src/render/i18n.js";
import { buildFixture } from "../helpers.js";

let out: MemoryWriter;
beforeAll(async () => {
  ({ out } = await buildFixture("site-aggregate", { search: false }));
});

const cards = (page: string) => [...page.matchAll(/<li class="story-card[^"]*">([\s\S]*?)<\/li>\s*(?=<li class="story-card|<\/ol>)/g)].map((m) => m[1]!);

describe("fronts lead with stories", () => {
  it("puts the story most sources covered first on home, naming each source with a link to its version", () => {
    const home = out.text("index.html");
    const all = cards(home);
    expect(all.length).toBeGreaterThan(1);
    const count = (card: string) => Number(/<span class="story-count">(\d+)/.exec(card)![1]);
    expect(count(all[0]!)).toBe(Math.max(...all.map(count)));
    expect(home).toMatch(/class="story-card story-lead( with-image)?"/);
    for (const card of all) {
      const versions = [...card.matchAll(/<li><a href="([^"]+)"[^>]*><bdi>/g)].map((m) => m[1]!);
      expect(versions.length).toBe(count(card));
      for (const href of versions) expect(out.files.has(`${decodeURI(href).replace(/^\//, "")}index.html`), href).toBe(true);
      expect(card).toMatch(/<span class="story-languages">([A-Z]{2} ?)+<\/span>/);
    }
    // Then the newest articles, paginated as before.
    expect(home.indexOf('class="article-list"')).toBeGreaterThan(home.indexOf('class="top-stories"'));
    // Only the first page leads with stories.
    for (const file of out.files.keys()) if (/(^|\/)page\/\d+\/index\.html$/.test(file)) expect(out.text(file), file).not.toContain('class="top-stories"');
  });

  it("shows a story on a language front by its version in that language", () => {
    const es = out.text("es/index.html");
    for (const card of cards(es)) {
      if (/story-languages">[^<]*ES/.test(card)) expect(card).toMatch(/<h3 lang="es"/);
    }
  });
});

describe("every language a whole section", () => {
  it("gives each language its own index of sources and archives, in its interface, and keeps its navigation in it", () => {
    const others = [...out.files.keys()].map((f) => /^([a-z]{2})\/index\.html$/.exec(f)?.[1]).filter((c): c is string => c !== undefined && c !== "fr");
    expect(others.length).toBeGreaterThan(0);
    for (const code of others) {
      for (const page of [`${code}/sources/index.html`, `${code}/archives/index.html`])
        expect(out.text(page), page).toMatch(new RegExp(`<html lang="${code}"`));
      const front = out.text(`${code}/index.html`);
      const nav = /<nav class="site-nav"[\s\S]*?<\/nav>/.exec(front)![0];
      for (const href of [`/${code}/`, `/${code}/sources/`, `/${code}/archives/`]) expect(nav, code).toContain(`href="${href}"`);
      expect(front).toMatch(new RegExp(`<a href="/${code}/" lang="${code}" dir="(ltr|rtl)" hreflang="${code}" aria-current="true">`));
      // Described in its own language, not by the site's (French) sentence.
      const description = /<meta name="description" content="([^"]*)">/.exec(front)![1]!;
      expect(description, code).not.toBe(/<meta name="description" content="([^"]*)">/.exec(out.text("index.html"))![1]);
      if (code === "ar") expect(description).toMatch(/^[^A-Za-z]*[\u0600-\u06FF][^A-Za-z]*$/);
    }
    // The default language's pages keep the site's own.
    expect(/<nav class="site-nav"[\s\S]*?<\/nav>/.exec(out.text("index.html"))![0]).toContain('href="/sources/"');
  });
});

describe("the ticker", () => {
  it("links the headlines that have a page, writes the others as plain text, and repeats itself once for a seamless loop", () => {
    const home = out.text("index.html");
    const [list, copy] = [...home.matchAll(/<ul class="ticker-list( ticker-copy)?"[^>]*>([\s\S]*?)<\/ul>/g)].map((m) => m[2]!);
    expect(copy).toBe(list!.replace(/<a href="([^"]+)">/g, '<a href="$1" tabindex="-1">'));
    expect(home).toMatch(/<ul class="ticker-list ticker-copy" aria-hidden="true">/);
    expect(list).toMatch(/<span class="ticker-text">/);
    expect(list).toMatch(/<a href="/);
  });

  it("leaves out headlines without a page when the config says so", async () => {
    const { buildFixture: build } = await import("../helpers.js");
    const { mkdtempSync, cpSync, readFileSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const { FIXTURES } = await import("../helpers.js");
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-ticker-"));
    cpSync(path.join(FIXTURES, "site-aggregate"), dir, { recursive: true });
    const config = JSON.parse(readFileSync(path.join(dir, "kiosk.config.json"), "utf8"));
    writeFileSync(path.join(dir, "kiosk.config.json"), JSON.stringify({ ...config, tickerUnlinked: "hide" }));
    const { out: hidden } = await build(dir, { search: false });
    const home = hidden.text("index.html");
    expect(home).not.toMatch(/<span class="ticker-text">/);
    expect(home).toMatch(/<ul class="ticker-list">\s*<li[^>]*><a href=/);
  });
});

describe("counts", () => {
  it("are said in each language's plural forms", () => {
    const ar = "zero:لا مصدر|one:مصدر واحد|two:مصدران|few:{count} مصادر|many:{count} مصدرًا|other:{count} مصدر";
    expect([1, 2, 3, 11, 100].map((n) => plural(ar, n, "ar"))).toEqual(["مصدر واحد", "مصدران", "3 مصادر", "11 مصدرًا", "100 مصدر"]);
    expect([0, 1, 2].map((n) => plural("one:{count} source|other:{count} sources", n, "fr"))).toEqual(["0 source", "1 source", "2 sources"]);
    // Numbers in the language's own writing (French groups thousands with a narrow no-break space).
    expect(plural("one:{count} article|other:{count} articles", 12345, "fr")).toBe("12\u202f345 articles");
    expect(plural("{count} items", 1, "en")).toBe("1 items");
  });
});
