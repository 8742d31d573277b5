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

export function brokenLinks(site: BuiltSite): string[] {
  const origin = new URL(site.baseUrl).origin;
  const broken: string[] = [];
  for (const file of htmlFiles(site)) {
    const tags = startTags(site.out.text(file));
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
        if (target === undefined || !site.out.files.has(target)) broken.push(`${file}: <${tag.name} ${attribute}="${value}">: no such file ${target ?? "(outside the base path)"}`);
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

describe("feed links", () => {
  it("are all absolute", () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    for (const site of sites) {
      for (const file of site.out.files.keys()) {
        if (!file.endsWith(".xml")) continue;
        const channel = parser.parse(site.out.text(file)).rss.channel;
        const items = channel.item === undefined ? [] : Array.isArray(channel.item) ? channel.item : [channel.item];
        const links = [channel.link, channel["atom:link"]["@_href"], ...items.flatMap((i: Record<string, any>) => [i.link, i.guid["#text"], i.source["@_url"]])];
        for (const link of links) expect(link, `${site.name}/${file}`).toMatch(/^https?:\/\/[^/]+\//);
      }
    }
  });
});
