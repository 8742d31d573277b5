/**
 * Gate: every internal href and src in every page resolves to a file of the
 * output; every fragment link to an element of its page; every link in every
 * feed is absolute.
 */
import { decodeHTML } from "entities";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { startTags } from "../helpers.js";
import { builtSites, htmlFiles, type BuiltSite } from "./sites.js";

let sites: BuiltSite[];

beforeAll(async () => {
  sites = await builtSites();
});

/** The output file a site-internal URL path points at, or undefined when it leaves the site. */
function targetFile(site: BuiltSite, urlPath: string): string | undefined {
  if (!urlPath.startsWith(site.basePath)) return undefined;
  const relative = decodeURIComponent(urlPath.slice(site.basePath.length));
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}

function brokenLinks(site: BuiltSite): string[] {
  const origin = new URL(site.baseUrl).origin;
  const broken: string[] = [];
  // The pages, and the newest tickers the ticker script puts into them (their links are a page's).
  const tickers = [...site.out.files.keys()].filter((f) => /^tickers\/[^/]+\.json$/.test(f));
  expect(tickers.length).toBeGreaterThan(0);
  const html = (file: string) => (file.endsWith(".json") ? (JSON.parse(site.out.text(file)) as { html: string }).html : site.out.text(file));
  for (const file of [...htmlFiles(site), ...tickers]) {
    const tags = startTags(html(file));
    const ids = new Set(tags.map((t) => t.attributes.id).filter(Boolean));
    for (const tag of tags) {
      for (const attribute of ["href", "src"]) {
        const raw = tag.attributes[attribute];
        if (raw === undefined) continue;
        const value = decodeHTML(raw);
        if (value.startsWith("#")) {
          if (!ids.has(value.slice(1))) broken.push(`${file}: <${tag.name} ${attribute}="${value}">: no element with that id`);
          continue;
        }
        const url = new URL(value, `${origin}/${file}`);
        if (url.origin !== origin) continue; // a link to the original article, elsewhere
        const target = targetFile(site, url.pathname);
        if (target === undefined || !site.out.files.has(target))
          broken.push(`${file}: <${tag.name} ${attribute}="${value}">: no such file ${target ?? "(outside the base path)"}`);
      }
    }
  }
  return broken;
}

describe("internal links", () => {
  it("all resolve, in every site", () => {
    for (const site of sites) expect(brokenLinks(site), site.name).toEqual([]);
  });

  it("are really checked: a missing page is reported", () => {
    const site = sites[0]!;
    const victim = [...site.out.files.keys()].find((f) => f.startsWith("sources/") && f.endsWith("/index.html") && f !== "sources/index.html")!;
    const contents = site.out.files.get(victim)!;
    site.out.files.delete(victim);
    try {
      expect(brokenLinks(site).length).toBeGreaterThan(0);
    } finally {
      site.out.files.set(victim, contents);
    }
  });
});

/** Every URL a feed, sitemap or robots.txt names. */
function machineLinks(file: string, text: string): string[] {
  const parser = new XMLParser({ ignoreAttributes: false });
  const list = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  if (file.endsWith(".json")) {
    const feed = JSON.parse(text);
    return [feed.home_page_url, feed.feed_url, ...feed.items.flatMap((i: Record<string, string>) => [i.id, i.url])];
  }
  if (file === "robots.txt") return [...text.matchAll(/^Sitemap: (.+)$/gm)].map((m) => m[1]!);
  const doc = parser.parse(text);
  if (doc.rss) {
    const channel = doc.rss.channel;
    return [
      channel.link,
      channel["atom:link"]["@_href"],
      ...list(channel.item).flatMap((i: Record<string, any>) => [i.link, i.guid["#text"], i.source["@_url"]]),
    ];
  }
  if (doc.feed) {
    return [
      doc.feed.id,
      ...list(doc.feed.link).map((l: Record<string, string>) => l["@_href"]),
      ...list(doc.feed.entry).flatMap((e: Record<string, any>) => [e.id, ...list(e.link).map((l: Record<string, string>) => l["@_href"])]),
    ];
  }
  if (doc.urlset) return list(doc.urlset.url).map((u: Record<string, string>) => u.loc!);
  if (doc.sitemapindex) return list(doc.sitemapindex.sitemap).map((s: Record<string, string>) => s.loc!);
  throw new Error(`${file}: not a feed or sitemap`);
}

describe("feed and sitemap links", () => {
  it("are all absolute, and those into the site name files that exist", () => {
    for (const site of sites) {
      const origin = new URL(site.baseUrl).origin;
      for (const file of site.out.files.keys()) {
        // Pagefind's own index files are not feeds or sitemaps; the newest tickers' links are a page's (checked with the pages).
        if ((!/\.(xml|json)$/.test(file) && file !== "robots.txt") || file.startsWith("pagefind/") || file.startsWith("tickers/")) continue;
        const links = machineLinks(file, site.out.text(file));
        // Every file names at least one URL, except the item lists of a site with no article yet.
        if (site.name !== "site-empty") expect(links.length, `${site.name}/${file}`).toBeGreaterThan(0);
        for (const link of links) {
          expect(link, `${site.name}/${file}`).toMatch(/^https?:\/\/[^/]+\//);
          const url = new URL(link);
          if (url.origin === origin) expect(site.out.files.has(targetFile(site, url.pathname) ?? ""), `${site.name}/${file}: ${link}`).toBe(true);
        }
      }
    }
  });
});
