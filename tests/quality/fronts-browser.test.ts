/**
 * Issue 12 in a real browser, on a fixture site written for it (tests/fixtures/site-fronts): a story
 * told by three sources in two languages (one of them with an image), a truncated lede, headlines
 * with no page here, and an article in each of the four languages. One test per point a reader
 * would notice: stories first, images, every language a whole section, the ticker, counts, the phone.
 * Screenshots of home, a language front, an article with an image and a story with several sources,
 * at phone and desktop widths, in light and dark, go to test-output/screenshots/fronts/.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers.js";
import { haveBrowser, open, SHOTS, useBrowserAndSite, VIEWPORTS } from "./browser-helpers.js";

const site = useBrowserAndSite(path.join(FIXTURES, "site-fronts"));
const STORY_FR = "/2020/10/12/le360/casablanca-la-ligne-3-du-tramway-ouvre-avec-14-nouvelles-stations/";
const WITH_IMAGE = "/2020/10/12/medias24/tramway-de-casablanca-la-ligne-3-et-ses-14-stations-en-service/";
const TRUNCATED = "/2020/10/11/hespress-fr/agadir-accueille-le-salon-regional-de-l-huile-d-argan/";
const FRONTS = ["/", "/ar/", "/es/", "/en/"];

type Scheme = "light" | "dark";

/** Opens a page of the fixture site at a width, in a colour scheme; the caller closes the context. */
async function visit(
  pathname: string,
  viewport = VIEWPORTS.desktop,
  scheme: Scheme = "light",
): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const opened = await open(site.browser(), `${site.site().url}${pathname}`, viewport, { colorScheme: scheme });
  expect(opened.status, pathname).toBe(200);
  return opened;
}

async function within<T>(pathname: string, check: (page: Page) => Promise<T>, viewport = VIEWPORTS.desktop, scheme: Scheme = "light"): Promise<T> {
  const { page, context, problems } = await visit(pathname, viewport, scheme);
  try {
    const result = await check(page);
    expect(problems, pathname).toEqual([]);
    return result;
  } finally {
    await context.close();
  }
}

/** WCAG contrast ratio of two CSS rgb()/rgba() colours (alpha ignored: the colours here are opaque). */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.skipIf(!haveBrowser)("the fronts of a news site, in Chromium", () => {
  it("leads home with the story most sources covered: its image, every source a link to its version, '3 sources · FR ES'", async () => {
    await within("/", async (page) => {
      const lead = page.locator(".story-lead").first();
      expect(await lead.locator(".story-meta").innerText()).toMatch(/^3 sources\s*·\s*FR ES$/);
      const image = lead.locator("figure.story-image img");
      expect(await image.isVisible()).toBe(true);
      const versions = await lead.locator("li a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(versions).toHaveLength(3);
      for (const href of versions) expect((await page.request.get(href)).status(), href).toBe(200);
      // Then the newest articles, after the stories.
      const order = await page.evaluate(() => {
        const stories = document.querySelector(".top-stories")!;
        const list = document.querySelector(".article-list")!;
        return stories.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      expect(order).toBeTruthy();
    });
  });

  it("shows the story on the Spanish front by its Spanish version", async () => {
    await within("/es/", async (page) => {
      const heading = page.locator(".story-lead h3").first();
      expect(await heading.getAttribute("lang")).toBe("es");
      expect(await heading.innerText()).toBe("Casablanca inaugura la línea 3 del tranvía con 14 nuevas estaciones");
    });
  });

  it("gives a lead without an image the whole row, not an empty column beside it, left to right and right to left", async () => {
    for (const front of ["/en/", "/ar/"]) {
      await within(front, async (page) => {
        const lead = page.locator(".story-lead").first();
        expect(await lead.locator("figure").count(), front).toBe(0);
        const [list, heading] = await Promise.all([page.locator(".story-cards").boundingBox(), lead.locator("h3").boundingBox()]);
        // The headline starts where the row starts (its left edge in English, its right edge in Arabic).
        if (front === "/ar/") expect(Math.abs(list!.x + list!.width - (heading!.x + heading!.width)), front).toBeLessThan(2);
        else expect(Math.abs(list!.x - heading!.x), front).toBeLessThan(2);
        expect(heading!.width, front).toBeGreaterThan(list!.width / 2);
      });
    }
  });

  it("shows an article's image in a figure that reserves its space, loads politely and tells nothing to the image's host", async () => {
    await within(WITH_IMAGE, async (page) => {
      const img = page.locator("figure.article-image img");
      expect(await img.isVisible()).toBe(true);
      const attributes = await img.evaluate((el) => ({
        alt: el.getAttribute("alt"),
        width: el.getAttribute("width"),
        height: el.getAttribute("height"),
        decoding: el.getAttribute("decoding"),
        referrer: el.getAttribute("referrerpolicy"),
        src: el.getAttribute("src"),
      }));
      expect(attributes).toMatchObject({ width: "800", height: "450", decoding: "async", referrer: "no-referrer" });
      expect(attributes.alt!.length).toBeGreaterThan(10);
      expect(attributes.src).toMatch(/^https:\/\//);
      // Nothing moved while the page and its image loaded.
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
                if (!entry.hadRecentInput) total += entry.value;
            }).observe({ type: "layout-shift", buffered: true });
            setTimeout(() => resolve(total), 500);
          }),
      );
      expect(shift).toBeLessThan(0.05);
    });
  });

  it("lists the story's other versions and related articles as compact lists, not as headings, and links the tags to their pages", async () => {
    await within(STORY_FR, async (page) => {
      const body = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector(".story-body p")!).fontSize));
      const versions = page.locator(".also-covered li > a");
      expect(await versions.count()).toBe(2);
      const sizes = await page
        .locator("aside li, .also-covered li")
        .evaluateAll((lis) => lis.map((li) => ({ size: parseFloat(getComputedStyle(li).fontSize), weight: Number(getComputedStyle(li).fontWeight) })));
      expect(sizes.length).toBeGreaterThan(0);
      for (const s of sizes) expect(s.size).toBeLessThanOrEqual(body * 1.05);
    });
    await within(WITH_IMAGE, async (page) => {
      const tag = page.locator('a[href*="/tags/"]').first();
      const href = await tag.getAttribute("href");
      expect(href).toMatch(/\/tags\/[^/]+\/$/);
      await tag.click();
      await page.waitForURL(`**${href}`);
      expect(await page.locator("main h1").innerText()).toMatch(/transport|Casablanca/i);
    });
  });

  it("keeps the Arabic section whole: its navigation in Arabic, right to left, the current language marked, a sans-serif face", async () => {
    await within("/ar/", async (page) => {
      expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe("rtl");
      const nav = await page.locator("nav.site-nav a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      for (const href of ["/ar/", "/ar/sources/", "/ar/archives/"]) expect(nav).toContain(href);
      expect(await page.locator('[aria-current="true"], [aria-current="page"]').first().getAttribute("lang")).toBe("ar");
      const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
      expect(family.split(",")[0]!.trim()).not.toMatch(/^(serif|Georgia|"?Times)/i);
      expect(family).toMatch(/sans-serif\s*$/);
      // The search box opens the Arabic search page.
      const action = await page.locator("form.search-box, form[role=search]").first().getAttribute("action");
      expect(action).toBe("/ar/search/");
    });
  });

  it("shows an older article's ticker of its day, and brings it up to the newest in the browser", async () => {
    const newest = (await (await fetch(`${site.site().url}/tickers/en.json`)).json()) as { day: string; html: string };
    const front = await (await fetch(`${site.site().url}/en/`)).text();
    const href = /href="([^"]+)"[^>]*>Algeria opens a new desalination plant near Oran</.exec(front)![1]!;
    const raw = await (await fetch(`${site.site().url}${href}`)).text();
    // As written: the ticker of 10 October, the article's day, older than the newest.
    expect(raw).toContain('data-day="2020-10-10"');
    expect(newest.day > "2020-10-10").toBe(true);
    await within(href, async (page) => {
      await page.waitForFunction((day) => document.querySelector<HTMLElement>("section.ticker")?.dataset.day === day, newest.day, { timeout: 15_000 });
      const first = await page.locator(".ticker-list:not(.ticker-copy) li").first().innerText();
      expect(newest.html).toContain(first.trim());
      expect(await page.locator("section.ticker").count()).toBe(1);
    });
  });

  it("runs the ticker in the front's language first, without links that lead nowhere, seamlessly, and stops it on hover and for reduced motion", async () => {
    await within("/ar/", async (page) => {
      const langs = await page.locator(".ticker-list:not(.ticker-copy) li").evaluateAll((lis) => lis.map((li) => li.getAttribute("lang")));
      expect(langs[0]).toBe("ar");
      expect(langs.indexOf("ar")).toBe(0);
      // Headlines with no page here are plain text that does not look like a link.
      const plain = page.locator(".ticker-list:not(.ticker-copy) .ticker-text").first();
      expect(await plain.count()).toBe(1);
      const looks = await plain.evaluate((el) => ({
        cursor: getComputedStyle(el).cursor,
        underline: getComputedStyle(el).textDecorationLine,
        inLink: el.closest("a") !== null,
      }));
      expect(looks).toEqual({ cursor: "auto", underline: "none", inLink: false });
      // Seamless: the copy is as wide as the list, so the loop never shows an empty stretch.
      const widths = await page.locator(".ticker-list").evaluateAll((uls) => uls.map((ul) => ul.getBoundingClientRect().width));
      expect(widths).toHaveLength(2);
      expect(Math.abs(widths[0]! - widths[1]!)).toBeLessThan(1);
      await page.hover(".ticker");
      expect(await page.locator(".ticker-track").evaluate((el) => getComputedStyle(el).animationPlayState)).toBe("paused");
    });
    const context = await site.browser().newContext({ viewport: VIEWPORTS.desktop, reducedMotion: "reduce" });
    try {
      const page = await context.newPage();
      await page.goto(`${site.site().url}/`);
      expect(await page.locator(".ticker-track").evaluate((el) => getComputedStyle(el).animationName)).toBe("none");
    } finally {
      await context.close();
    }
  });

  it("lets a keyboard user skip the ticker with the first Tab, and keeps focus rings at 3:1 in light and dark", async () => {
    for (const scheme of ["light", "dark"] as const) {
      await within(
        "/",
        async (page) => {
          await page.keyboard.press("Tab");
          const first = await page.evaluate(() => ({ text: document.activeElement?.textContent ?? "", href: document.activeElement?.getAttribute("href") }));
          expect(first.href).toBe("#main");
          const ring = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement;
            const style = getComputedStyle(el);
            let bg = "rgba(0, 0, 0, 0)";
            for (let node: Element | null = el.parentElement; node && /rgba\(0, 0, 0, 0\)|transparent/.test(bg); node = node.parentElement)
              bg = getComputedStyle(node).backgroundColor;
            return { outline: style.outlineColor, width: parseFloat(style.outlineWidth), bg };
          });
          expect(ring.width, scheme).toBeGreaterThanOrEqual(2);
          await page.keyboard.press("Enter");
          await page.keyboard.press("Tab");
          expect(await page.evaluate(() => document.activeElement?.closest(".ticker") === null)).toBe(true);
          // A link in the page's content: its ring against the page.
          const linkRing = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement;
            const style = getComputedStyle(el);
            let bg = "rgba(0, 0, 0, 0)";
            for (let node: Element | null = el; node && /rgba\(0, 0, 0, 0\)|transparent/.test(bg); node = node.parentElement)
              bg = getComputedStyle(node).backgroundColor;
            if (/rgba\(0, 0, 0, 0\)|transparent/.test(bg)) bg = getComputedStyle(document.documentElement).backgroundColor;
            return { outline: style.outlineColor, bg, style: style.outlineStyle };
          });
          expect(linkRing.style, scheme).not.toBe("none");
          expect(contrast(linkRing.outline, linkRing.bg), `${scheme}: ${linkRing.outline} on ${linkRing.bg}`).toBeGreaterThanOrEqual(3);
          // And a ticker link's ring against the ticker.
          const tickerRing = await page
            .locator(".ticker-list:not(.ticker-copy) a")
            .first()
            .evaluate((el) => {
              (el as HTMLElement).focus({ focusVisible: true } as FocusOptions);
              const style = getComputedStyle(el);
              let bg = "rgba(0, 0, 0, 0)";
              for (let node: Element | null = el; node && /rgba\(0, 0, 0, 0\)|transparent/.test(bg); node = node.parentElement)
                bg = getComputedStyle(node).backgroundColor;
              return { outline: style.outlineColor, bg };
            });
          expect(contrast(tickerRing.outline, tickerRing.bg), `${scheme} ticker: ${tickerRing.outline} on ${tickerRing.bg}`).toBeGreaterThanOrEqual(3);
        },
        VIEWPORTS.desktop,
        scheme,
      );
    }
  });

  it("says counts in each language's plural forms", async () => {
    await within("/", async (page) => {
      const counts = await page.locator(".story-count").allInnerTexts();
      expect(counts).toContain("3 sources");
      expect(counts).toContain("1 source");
    });
    await within("/ar/", async (page) => {
      const counts = await page.locator(".story-count").allInnerTexts();
      expect(counts).toContain("مصدر واحد");
    });
  });

  it("shows the first headline without scrolling on a 390×844 phone (and a desktop), in every language, and explains a truncated lede in words", async () => {
    for (const front of FRONTS) {
      for (const viewport of [VIEWPORTS.phone, VIEWPORTS.desktop]) {
        await within(
          front,
          async (page) => {
            const box = await page.locator(".top-stories h3, .article-list h2").first().boundingBox();
            expect(box, front).not.toBeNull();
            expect(box!.y + box!.height, `${front} at ${viewport.width}`).toBeLessThanOrEqual(viewport.height);
          },
          viewport,
        );
      }
    }
    await within(
      TRUNCATED,
      async (page) => {
        const note = page.locator(".truncated-note");
        expect(await note.isVisible()).toBe(true);
        expect(await note.innerText()).toBe("Début de l'article manquant dans la source");
      },
      VIEWPORTS.phone,
    );
  });

  it("takes screenshots of home, a language front, an article with an image and a story with several sources, phone and desktop, light and dark", async () => {
    const dir = path.join(SHOTS, "fronts");
    mkdirSync(dir, { recursive: true });
    const shots = { home: "/", "arabic-front": "/ar/", "article-image": WITH_IMAGE, "story-sources": STORY_FR };
    let taken = 0;
    for (const [name, pathname] of Object.entries(shots)) {
      for (const [width, viewport] of Object.entries(VIEWPORTS)) {
        for (const scheme of ["light", "dark"] as const) {
          await within(
            pathname,
            async (page) => {
              // Dark pages really are dark, light ones light.
              const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
              const lightness = (bg.match(/[\d.]+/g) ?? []).slice(0, 3).reduce((sum, v) => sum + Number(v), 0) / 3;
              expect(lightness > 128, `${name} ${scheme}: ${bg}`).toBe(scheme === "light");
              await page.screenshot({ path: path.join(dir, `${name}-${width}-${scheme}.png`) });
              taken++;
            },
            viewport,
            scheme,
          );
        }
      }
    }
    expect(taken).toBe(16);
  }, 120_000);
});
