/**
 * Gate: the built site in a real browser (Debian's Chromium driven by
 * playwright-core). Home, an article, the Arabic front, a source page and the
 * 404 page at phone and desktop widths: no console errors, no failed requests,
 * the ticker visible, Arabic right to left, no serious or critical axe-core
 * violations. The hostile corpus: no script runs. Screenshots go to
 * test-output/screenshots/ (git-ignored) for a person to look at.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileSiteDir } from "../fixtures/hostile-site.js";
import { ROOT } from "../helpers.js";
import { buildAndServe, haveBrowser, launchBrowser, open, SHOTS, useBrowserAndSite, VIEWPORTS, type Served } from "./browser-helpers.js";

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

describe.skipIf(!haveBrowser)("the sample site in Chromium", () => {
  const sample = useBrowserAndSite(ROOT);
  mkdirSync(SHOTS, { recursive: true });

  const pages = [
    { name: "home", path: "/", status: 200 },
    { name: "article", path: "/2020/09/28/yabiladi/les-transferts-des-marocains-du-monde-en-hausse-de-5-a-fin-aout/", status: 200 },
    { name: "arabic-front", path: "/ar/", status: 200, rtl: true },
    { name: "source", path: "/sources/barlamane/", status: 200 },
    { name: "not-found", path: "/no/such/page/", status: 404 },
  ];

  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    for (const spec of pages) {
      it(`${spec.name} at ${viewportName} width`, async () => {
        const { page, context, problems, status } = await open(sample.browser(), `${sample.site().url}${spec.path}`, viewport);
        try {
          expect(status).toBe(spec.status);
          expect(problems).toEqual([]);
          expect(await page.locator(".ticker").isVisible()).toBe(true);
          expect(await page.locator(".ticker li").count()).toBeGreaterThan(5);
          const direction = await page.evaluate(() => getComputedStyle(document.body).direction);
          expect(direction).toBe(spec.rtl ? "rtl" : "ltr");
          // Nothing may stick out sideways on a phone.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          expect(await seriousViolations(page)).toEqual([]);
          await page.screenshot({ path: path.join(SHOTS, `${spec.name}-${viewportName}.png`), fullPage: false });
        } finally {
          await context.close();
        }
      });
    }
  }
});

describe.skipIf(!haveBrowser)("hostile input in Chromium", () => {
  let browser: Browser;
  const sites: Served[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    for (const site of sites) await site.close();
  });

  /** Visits every page linked from home and proves nothing from the input became active. */
  async function expectInert(siteDir: string): Promise<void> {
    const site = await buildAndServe(siteDir);
    sites.push(site);
    const { page, context } = await open(browser, `${site.url}/`, VIEWPORTS.desktop);
    const links = await page.$$eval("a[href]", (as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).href))].filter((h) => h.startsWith(location.origin)));
    await context.close();
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      const visit = await open(browser, link, VIEWPORTS.desktop);
      try {
        expect(visit.dialogs, link).toEqual([]);
        expect(visit.problems, link).toEqual([]);
        const injected = await visit.page.evaluate(() => ({
          pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
          // The only scripts allowed: JSON-LD data (never run), Kiosk's own search script and ticker script.
          // Images: only the article's own, in Kiosk's figures (the sanitiser lets no class through, so none can be faked),
          // and only from http(s) URLs.
          elements:
            document.querySelectorAll(
              'script:not([type="application/ld+json"]):not([src$="/search.js"]):not(section.ticker + script[src$="/ticker.js"]), iframe, img:not(figure.article-image > img):not(figure.story-image > img), svg, object, embed, style, meta[http-equiv], base',
            ).length + [...document.querySelectorAll("img")].filter((img) => !/^https?:\/\//.test(img.getAttribute("src") ?? "")).length,
          handlers: [...document.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => a.name.startsWith("on"))).length,
          badLinks: [...document.querySelectorAll("a[href]")].filter((a) => !/^(https?|mailto):/.test((a as HTMLAnchorElement).href)).length,
        }));
        expect(injected, link).toEqual({ pwned: null, elements: 0, handlers: 0, badLinks: 0 });
      } finally {
        await visit.context.close();
      }
    }
  }

  it("runs no script and injects no element on any page of the hostile scraped corpus", async () => {
    await expectInert(hostileSiteDir());
  }, 120_000);

  it("runs no script from hostile feeds and Markdown either", async () => {
    await expectInert(path.join(ROOT, "tests", "fixtures", "site-aggregate"));
  }, 120_000);
});
