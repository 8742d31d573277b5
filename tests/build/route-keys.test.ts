/**
 * A page's key hashes its route whole and the site-wide data (plan/site-wide.ts): these tests change one
 * input at a time and check which keys move — those of the routes that show it, and no others.
 */
import { describe, expect, it } from "vitest";
import { assembleSite } from "../../src/assemble/assemble.js";
import type { ParsedArticle } from "../../src/model/article.js";
import { createArticlesShown } from "../../src/plan/route-articles.js";
import { planRoutes } from "../../src/plan/plan.js";
import type { Route } from "../../src/plan/route.js";
import { createRouteKeys } from "../../src/incremental/route-keys.js";
import { defaultConfig, parsedArticle } from "../helpers.js";

const config = defaultConfig({ pageSize: 2 });

/** Six articles from two sources; two of them, from both sources, are one story (the same figure and names). */
function corpus(edit: (a: ParsedArticle) => ParsedArticle = (a) => a): ParsedArticle[] {
  const articles = [
    parsedArticle({ file: "a.txt", title: "Le port de Tanger Med ajoute 3 millions de conteneurs", source: "Barlamane", date: "2020-09-30" }),
    parsedArticle({ file: "b.txt", title: "Tanger Med : 3 millions de conteneurs de plus au port", source: "Le360", date: "2020-09-30" }),
    parsedArticle({ file: "c.txt", title: "La pluie revient sur Ouarzazate", source: "Barlamane", date: "2020-09-29" }),
    parsedArticle({ file: "d.txt", title: "Le prix du poulet recule à Casablanca", source: "Le360", date: "2020-09-28" }),
    parsedArticle({ file: "e.txt", title: "Un nouveau musée ouvre à Fès", source: "Barlamane", date: "2020-09-27" }),
    parsedArticle({ file: "f.txt", title: "Le Raja bat le Wydad au derby", source: "Le360", date: "2020-09-26" }),
  ];
  return articles.map((a, i) => edit({ ...a, revision: `r${i}`, keywords: undefined }));
}

function keysOf(parsed: ParsedArticle[]) {
  const site = assembleSite(parsed, config);
  const routes = planRoutes(site);
  const key = createRouteKeys(site, "templates");
  return { site, routes, keys: new Map(routes.map((r) => [r.path, key(r)])) };
}

function changedPaths(before: Map<string, string | undefined>, after: Map<string, string | undefined>): string[] {
  return [...after.keys()].filter((p) => before.get(p) !== after.get(p)).sort();
}

describe("route keys", () => {
  const base = keysOf(corpus());

  it("are the same for the same input, and absent for the site's own pages (keyed by their view)", () => {
    expect(keysOf(corpus()).keys).toEqual(base.keys);
    expect(base.keys.get("/sources/")).toBeUndefined();
    expect(base.keys.get("/archives/")).toBeUndefined();
    expect(base.keys.get("/")).toMatch(/\w/);
  });

  it("move for exactly the routes that show an article whose text changed", () => {
    const edited = keysOf(corpus((a) => (a.file === "e.txt" ? { ...a, revision: "r4-edited" } : a)));
    const shown = createArticlesShown(base.site);
    const showsE = base.routes.filter((r) => shown(r).some((a) => a.file === "e.txt")).map((r) => r.path);
    expect(changedPaths(base.keys, edited.keys)).toEqual([...new Set(showsE)].sort());
    // Its own page, its source's listing, its month, the pages of its neighbours, the feeds that list it.
    expect(showsE).toContain(base.site.articles.find((a) => a.file === "e.txt")!.path);
    expect(showsE).toContain("/feed.xml");
    expect(showsE.length).toBeLessThan(base.routes.length / 2);
  });

  it("move for every article of a story when one of its versions changes (each page lists the others)", () => {
    const edited = keysOf(corpus((a) => (a.file === "b.txt" ? { ...a, revision: "r1-edited" } : a)));
    const pathOf = (file: string) => base.site.articles.find((a) => a.file === file)!.path;
    expect(base.site.articles.find((a) => a.file === "a.txt")!.story).toBe(base.site.articles.find((a) => a.file === "b.txt")!.story);
    const changed = changedPaths(base.keys, edited.keys);
    expect(changed).toContain(pathOf("a.txt"));
    expect(changed).not.toContain(pathOf("c.txt")); // from a.txt's source, but not its story
  });

  it("move for every page when something every page shows changes (a source's name is in every article's credit)", () => {
    const renamed = keysOf(corpus((a) => (a.source === "Le360" ? { ...a, source: "Le 360" } : a)));
    const keyed = [...base.keys].filter(([, k]) => k !== undefined).map(([p]) => p);
    expect(changedPaths(base.keys, renamed.keys)).toEqual(expect.arrayContaining(keyed.filter((p) => renamed.keys.has(p))));
  });

  it("hash a source's listing without the source's other articles", () => {
    // Barlamane with four articles: its first page shows the newest two, page/1/ the oldest two.
    const old = { ...parsedArticle({ file: "g.txt", title: "Un vieux sujet sur Agadir", source: "Barlamane", date: "2020-01-01" }), revision: "r6" };
    const four = keysOf([...corpus(), old]);
    const shown = createArticlesShown(four.site);
    const sourcePage = (path: string) =>
      four.routes.find((r): r is Extract<Route, { kind: "list" }> => r.kind === "list" && r.list === "source" && r.path === path)!;
    const first = sourcePage("/sources/barlamane/");
    expect(shown(first).length).toBe(2);
    expect(first.source && "articles" in first.source).toBe(true); // the route holds the section itself…
    // …but its text says only what the page shows: a new article changes the first page, and leaves page/1/ alone.
    const more = keysOf([
      ...corpus(),
      old,
      { ...parsedArticle({ file: "h.txt", title: "Un nouveau sujet sur Nador", source: "Barlamane", date: "2020-10-01" }), revision: "r7" },
    ]);
    expect(sourcePage("/sources/barlamane/page/1/")).toBeDefined();
    expect(more.keys.get("/sources/barlamane/page/1/")).toBe(four.keys.get("/sources/barlamane/page/1/"));
    expect(more.keys.get("/sources/barlamane/")).not.toBe(four.keys.get("/sources/barlamane/"));
  });
});
