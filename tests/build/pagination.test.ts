/**
 * Listings by date are archives numbered from the oldest (plan.ts): a new article changes the first page only,
 * every `pageSize` new ones add a page, and no other page's address or articles ever move.
 */
import { describe, expect, it } from "vitest";
import { assembleSite } from "../../src/assemble/assemble.js";
import { planRoutes } from "../../src/plan/plan.js";
import type { PageRoute } from "../../src/plan/route.js";
import { defaultConfig, parsedArticle } from "../helpers.js";

const SIZE = 4;
const WORDS =
  "Tanger Oujda Agadir Nador Tétouan Safi Meknès Kénitra Errachidia Laâyoune Dakhla Ifrane Essaouira Larache Taza Settat Khouribga Berkane Guelmim Azrou Midelt Tiznit Taroudant Ouazzane Chefchaouen Fnideq Sefrou Boujdour Tinghir Zagora Figuig".split(
    " ",
  );

/** The home listing of a site of `count` articles, one a day (the same titles each time): path → article files. */
function home(count: number, homeOrder: "newest" | "coverage" = "newest"): Map<string, { files: string[]; route: Extract<PageRoute, { kind: "list" }> }> {
  const articles = Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    // Titles with nothing in common, so that each article is a story of its own.
    return parsedArticle({
      file: `a${String(i).padStart(3, "0")}.txt`,
      title: `${WORDS[i % WORDS.length]} ${WORDS[(i * 7 + 3) % WORDS.length]} ${i}`,
      date: day,
    });
  });
  const site = assembleSite(articles, defaultConfig({ pageSize: SIZE, homeOrder }));
  const pages = new Map<string, { files: string[]; route: Extract<PageRoute, { kind: "list" }> }>();
  for (const route of planRoutes(site)) {
    if (route.kind === "list" && route.list === "home") pages.set(route.path, { files: route.articles.map((a) => a.file), route });
  }
  return pages;
}

describe("pagination of a listing by date", () => {
  it("shows every article once, the newest on the first page (pageSize to twice pageSize less one of them), pageSize on each other", () => {
    for (let count = 1; count <= 30; count++) {
      const pages = home(count);
      const all = [...pages.values()].flatMap((p) => p.files);
      expect(new Set(all).size, `${count} articles`).toBe(count);
      const first = pages.get("/")!;
      expect(first.files.length).toBe(count < 2 * SIZE ? count : SIZE + (count % SIZE));
      expect(first.files[0]).toBe(`a${String(count - 1).padStart(3, "0")}.txt`);
      for (const [path, page] of pages) if (path !== "/") expect(page.files.length, path).toBe(SIZE);
      // page/1/ holds the oldest.
      if (count >= 2 * SIZE) expect(pages.get("/page/1/")!.files.at(-1)).toBe("a000.txt");
    }
  });

  it("keeps every page but the first as it was when articles are added, and adds one page every pageSize articles", () => {
    for (let count = 1; count < 30; count++) {
      const before = home(count);
      const after = home(count + 1);
      for (const [path, page] of before) {
        if (path === "/") continue;
        expect(after.get(path)?.files, `${path} after ${count + 1} articles`).toEqual(page.files);
      }
      expect(after.size - before.size).toBe((count + 1) % SIZE === 0 && count + 1 >= 2 * SIZE ? 1 : 0);
    }
  });

  it("links newer and older pages both ways, and labels the first page by number and the others by their dates", () => {
    const pages = home(17);
    expect([...pages.keys()]).toEqual(["/", "/page/3/", "/page/2/", "/page/1/"]);
    expect(pages.get("/")!.route.pagination).toEqual({ first: true, page: 1, pages: 4, previous: null, next: "/page/3/" });
    expect(pages.get("/page/3/")!.route.pagination).toEqual({ first: false, page: null, pages: null, previous: "/", next: "/page/2/" });
    expect(pages.get("/page/1/")!.route.pagination).toEqual({ first: false, page: null, pages: null, previous: "/page/2/", next: null });
  });

  it("paginates home ordered by coverage from the top", () => {
    const pages = home(9, "coverage");
    expect([...pages.keys()]).toEqual(["/", "/page/2/", "/page/3/"]);
    expect(pages.get("/")!.files).toHaveLength(SIZE);
    expect(pages.get("/page/3/")!.route.pagination).toEqual({ first: false, page: 3, pages: 3, previous: "/page/2/", next: null });
  });
});
