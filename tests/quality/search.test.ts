/**
 * Search in a real browser: queries typed into the search page of the sample
 * site, in French, Arabic, Spanish and English, with an elision, without
 * accents, with a filter, and with no result.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";
import { haveBrowser, useBrowserAndSite, VIEWPORTS } from "./browser-helpers.js";

const sample = useBrowserAndSite(ROOT);

interface Found {
  status: string;
  titles: string[];
  sources: string[];
  problems: string[];
}

/** Types a query into the search page (in the page's language) and reads what it shows. */
async function search(query: string, page = "/search/", filters: { lang?: string; source?: string } = {}): Promise<Found> {
  const context = await sample.browser().newContext({ viewport: VIEWPORTS.desktop });
  const tab: Page = await context.newPage();
  const problems: string[] = [];
  tab.on("pageerror", (e) => problems.push(e.message));
  tab.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  try {
    await tab.goto(`${sample.site().url}${page}`);
    await tab.fill("#search-query", query);
    if (filters.lang !== undefined) await tab.selectOption("#search-language", filters.lang);
    if (filters.source !== undefined) await tab.selectOption("#search-source", filters.source);
    await tab.click(".search-form button[type=submit]");
    await tab.waitForFunction(
      (q) => {
        const text = document.querySelector("[data-search-status]")?.textContent ?? "";
        return text.includes(q) && !text.endsWith("…");
      },
      query,
      { timeout: 15_000 },
    );
    // A search the page started before the last one (the reader typing, then submitting) may have said its piece
    // first: the answer is the one that stays — the status and the results unchanged between two looks.
    const look = () =>
      tab.evaluate(() => `${document.querySelector("[data-search-status]")?.textContent}|${document.querySelector("[data-search-results]")?.innerHTML}`);
    for (let last = await look(), tries = 0; tries < 60; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const now = await look();
      if (now === last && !now.startsWith("|") && !now.split("|")[0]!.endsWith("…")) break;
      last = now;
    }
    return {
      status: (await tab.textContent("[data-search-status]")) ?? "",
      titles: await tab.$$eval("[data-search-results] h2 a", (as) => as.map((a) => a.textContent ?? "")),
      sources: await tab.$$eval("[data-search-results] .meta bdi", (bs) => bs.map((b) => b.textContent ?? "")),
      problems,
    };
  } finally {
    await context.close();
  }
}

describe.skipIf(!haveBrowser)("search on the sample site", () => {
  it("searches as the reader types, once they pause, without pressing Enter", async () => {
    const context = await sample.browser().newContext({ viewport: VIEWPORTS.desktop });
    const tab: Page = await context.newPage();
    try {
      await tab.goto(`${sample.site().url}/search/`);
      await tab.type("#search-query", "conteneurs", { delay: 20 });
      await tab.waitForFunction(() => (document.querySelector("[data-search-status]")?.textContent ?? "").includes("conteneurs"), undefined, {
        timeout: 15_000,
      });
      expect(await tab.$$eval("[data-search-results] h2 a", (as) => as.map((a) => a.textContent ?? ""))).toContain(
        "Tanger Med dépasse pour la première fois les 500 000 conteneurs en un mois",
      );
      expect(new URL(tab.url()).searchParams.get("q")).toBe("conteneurs");
    } finally {
      await context.close();
    }
  });

  it("starts one Pagefind worker for every language it searches, never Pagefind's main-thread module, and prints a search's page weight", async () => {
    const context = await sample.browser().newContext({ viewport: VIEWPORTS.desktop });
    const tab: Page = await context.newPage();
    const requests: { url: string; bytes: number }[] = [];
    tab.on("requestfinished", async (request) => {
      const sizes = await request.sizes();
      requests.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
    });
    try {
      await tab.goto(`${sample.site().url}/search/?q=Marrakech`);
      await tab.waitForFunction(() => /\d/.test(document.querySelector("[data-search-status]")?.textContent ?? ""), undefined, { timeout: 15_000 });
      // Requests finish asynchronously; poll until the count settles.
      let seen = -1;
      while (seen !== requests.length) {
        seen = requests.length;
        await tab.waitForTimeout(300);
      }
      const named = (pattern: RegExp) => requests.filter((r) => pattern.test(new URL(r.url).pathname));
      // The worker's script is one URL: a server that lets it be cached sends it once; this one (the dev server, no-cache) once a worker.
      expect(named(/\/pagefind-worker\.js$/).length).toBeGreaterThanOrEqual(1);
      expect(named(/\/pagefind-worker\.js$/).length).toBeLessThanOrEqual(4);
      expect(named(/\/pagefind\.js$/)).toHaveLength(0);
      // One analyser per language searched (four in the sample), each fetched once; no index chunk twice.
      const wasm = named(/\/wasm\.[a-z]+\.pagefind$/).map((r) => r.url);
      expect(wasm).toHaveLength(4);
      expect(new Set(wasm).size).toBe(wasm.length);
      const chunks = named(/\.pf_(index|meta|fragment)$/).map((r) => r.url);
      expect(new Set(chunks).size).toBe(chunks.length);
      // Every language's older period is merged into its newest (September's indexes: the third quarter's).
      for (const lang of ["ar", "en", "es", "fr"])
        expect(named(new RegExp(`/pagefind/${lang}/2020-q3/pagefind\\.${lang}_\\w+\\.pf_meta$`)), lang).toHaveLength(1);
      const search = requests.filter((r) => new URL(r.url).pathname.includes("/pagefind/"));
      const kib = (list: { bytes: number }[]) => (list.reduce((sum, r) => sum + r.bytes, 0) / 1024).toFixed(0);
      // (A worker's own script is reported without its body: its size is read from the server.)
      const workers = named(/\/pagefind-worker\.js$/);
      const script = (await (await fetch(workers[0]!.url)).arrayBuffer()).byteLength;
      const others = search.filter((r) => !workers.includes(r));
      console.log(
        `search page weight (sample site, all four languages): page ${kib(requests.filter((r) => !r.url.includes("/pagefind/")))} KiB + search ${kib(others)} KiB in ${others.length} requests (analysers ${kib(named(/\/wasm\./))} KiB, the rest index chunks) + Pagefind's worker script ${(script / 1024).toFixed(0)} KiB, fetched ${workers.length} times by this server (no-cache)`,
      );
    } finally {
      await context.close();
    }
  });

  it('shows no result that matched only a short word: "aeropuerto" finds airports, not every "a" or "à"', async () => {
    const found = await search("aeropuerto");
    expect(found.problems).toEqual([]);
    expect(found.titles.length).toBeGreaterThan(0);
    const fold = (t: string) => t.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
    for (const title of found.titles) expect(fold(title), title).toMatch(/aerop|airport|مطار/);
    expect(found.status).toMatch(/^\d+ résultats? pour « aeropuerto »$/);
  });

  it("finds a French article, of an older period than the newest (September's index, merged into October's)", async () => {
    const found = await search("conteneurs");
    expect(found.problems).toEqual([]);
    expect(found.titles).toContain("Tanger Med dépasse pour la première fois les 500 000 conteneurs en un mois");
    expect(found.sources).toContain("Barlamane");
  });

  it("finds an Arabic article from the Arabic search page, with and without the definite article", async () => {
    for (const query of ["القطن", "قطن"]) {
      const found = await search(query, "/ar/search/");
      expect(found.titles, query).toContain("ارتفاع صادرات القطن المصري بنسبة 12 في المائة خلال الموسم الحالي");
    }
  });

  it("finds a Spanish and an English article", async () => {
    expect((await search("contenedores")).titles).toContain("Tánger Med supera por primera vez los 500.000 contenedores en un mes");
    expect((await search("cotton", "/en/search/")).titles).toContain("Egyptian cotton exports up 12 percent this season");
  });

  it("finds words behind French elisions, with either apostrophe", async () => {
    // "l’économie" (typographic apostrophe) and "l'école" (straight one) in the sample content.
    expect((await search("économie")).titles).toContain("Les transferts des Marocains du monde en hausse de 5 % à fin août");
    expect((await search("école")).titles).toContain("Rentrée universitaire : Alger fixe le calendrier et limite les amphithéâtres à moitié");
  });

  it("finds accented words from a query without accents", async () => {
    expect((await search("ecole")).titles).toContain("Rentrée universitaire : Alger fixe le calendrier et limite les amphithéâtres à moitié");
    expect((await search("economie")).titles).toContain("Les transferts des Marocains du monde en hausse de 5 % à fin août");
  });

  it("filters by language and by source", async () => {
    const all = await search("Marrakech");
    expect(new Set(all.sources).size).toBeGreaterThan(1);
    const spanish = await search("Marrakech", "/search/", { lang: "es" });
    expect(spanish.sources).toEqual(["Europa Press"]);
    const le360 = await search("Marrakech", "/search/", { source: "Le360" });
    expect(le360.sources).toEqual(["Le360"]);
  });

  it("says so when nothing matches", async () => {
    const found = await search("zzyzxnomatch");
    expect(found.titles).toEqual([]);
    expect(found.status).toBe("Aucun résultat pour « zzyzxnomatch ».");
  });

  it("says the search failed, instead of loading forever, when Pagefind's worker or an analyser cannot be loaded", async () => {
    for (const broken of [/\/pagefind-worker\.js$/, /\/wasm\.ar\.pagefind$/]) {
      const context = await sample.browser().newContext();
      await context.route(broken, (route) => route.fulfill({ status: 404, body: "" }));
      const tab = await context.newPage();
      try {
        await tab.goto(`${sample.site().url}/search/?q=Marrakech`);
        const failed = JSON.parse((await tab.getAttribute("[data-kiosk-search]", "data-strings"))!).failed as string;
        await tab.waitForFunction((text) => document.querySelector("[data-search-status]")?.textContent === text, failed, { timeout: 15_000 });
        expect(await tab.$$("[data-search-results] li"), String(broken)).toHaveLength(0);
      } finally {
        await context.close();
      }
    }
  });

  it("is right to left on the Arabic search page", async () => {
    const context = await sample.browser().newContext();
    const tab = await context.newPage();
    await tab.goto(`${sample.site().url}/ar/search/`);
    expect(await tab.evaluate(() => getComputedStyle(document.body).direction)).toBe("rtl");
    expect(await tab.getAttribute("#search-query", "placeholder")).toBe("ابحث عن مقال");
    await context.close();
  });
});
