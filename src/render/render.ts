/**
 * Render: a route becomes a file's text — pages through the nunjucks
 * templates, feeds and sitemaps through their builders. A template error stops
 * the build with the template and the page it failed on.
 */
import type { OutputFile } from "../model/output.js";
import { hashOf } from "../util/hash.js";
import { Fingerprinter } from "../cache/fingerprint.js";
import { KioskError } from "../diagnostics.js";
import { buildAtomFeed } from "../feeds/atom.js";
import { createFeedEntries } from "../feeds/feed-entry.js";
import type { FeedInput } from "../feeds/feed-input.js";
import { buildJsonFeed } from "../feeds/jsonfeed.js";
import { buildNewsSitemap } from "../feeds/news-sitemap.js";
import { buildRobotsTxt } from "../feeds/robots.js";
import { buildRssFeed } from "../feeds/rss.js";
import { buildSitemap, buildSitemapIndex } from "../feeds/sitemap.js";
import type { Site } from "../model/site.js";
import { isSitePage, outputFile, type ArticleOrListRoute, type FeedRoute, type PageRoute, type Route } from "../plan/route.js";
import { siteWideOf } from "../plan/site-wide.js";
import { createLinker } from "../plan/links.js";
import type { TemplateEnvironment } from "./templates.js";
import { createSitePageViews } from "./site-page-views.js";
import { chromeKeyOf, HEADER_AND_FOOTER, TICKER_PARTIAL } from "./chrome.js";
import { createPageViews, pageLangOf, tickerDayOf, type PageView } from "./views.js";

/** A route ready to render: its output path, the key it is made from (pages only), and the work itself. */
export interface PreparedOutput {
  path: string;
  /** Same key as in the last build: same file (null: the file is made, and compared by its contents). */
  key: string | null;
  render(): OutputFile;
  /** A page's template and data, for rendering on another thread (see render-pool.ts); absent for feeds and sitemaps. */
  page?(): PageSource;
}

/**
 * What a page is made from, for a render worker: its template, its data (`view.chrome` its header and footer;
 * the worker renders the ticker, once for each `chromeKey`), and how an error names it.
 */
export interface PageSource {
  template: string;
  view: PageView;
  what: string;
  chromeKey: string;
}

export type Renderer = (route: Route) => PreparedOutput;

/** Renders a template, turning nunjucks' error into one that names the template file, its line and the page. */
export function renderTemplate(env: TemplateEnvironment, template: string, context: object, what: string): string {
  try {
    return env.render(template, context);
  } catch (cause) {
    const message = (cause as Error).message.trim();
    // nunjucks says "(/abs/templates/partials/x.njk) [Line 3, Column 5]\n  Error: …", the position on the innermost line.
    const places = [...message.matchAll(/\(([^)]+?\.njk)\)(?: \[Line (\d+), Column (\d+)\])?/g)];
    const place = places.filter((p) => p[2]).pop() ?? places.pop();
    const name = place ? place[1]!.split(/[\\/]templates[\\/]/).pop()! : template;
    const line = place?.[2] ? Number(place[2]) : undefined;
    const column = place?.[3] ? Number(place[3]) : undefined;
    let reason =
      message
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith("(") && !l.startsWith("Template render error"))
        .pop() ?? message;
    reason = reason.replace(/^Error: /, "");
    const expression = line === undefined ? undefined : expressionAt(env, name, line, column ?? 0);
    if (expression && /null or undefined/.test(reason)) reason = `"${expression}" is undefined (${reason})`;
    throw new KioskError(`templates/${name}${line === undefined ? "" : `:${line}:${column}`}: rendering ${what} failed: ${reason}`, {
      hint: "Fix the template there; every variable a template uses must exist (the data each template gets is built in src/render/views.ts and site-page-views.ts).",
      cause,
    });
  }
}

/** The `{{ expression }}` at a template position, to name the variable an error is about. */
function expressionAt(env: TemplateEnvironment, name: string, line: number, column: number): string | undefined {
  try {
    const source = (env.getTemplate(name) as unknown as { tmplStr?: string }).tmplStr ?? "";
    const text = source.split("\n")[line - 1] ?? "";
    const expressions = [...text.matchAll(/\{\{-?\s*([^}|]+?)\s*(?:\|[^}]*)?-?\}\}/g)];
    const at = expressions.filter((m) => (m.index ?? 0) <= column + 2).pop() ?? expressions[0];
    return at?.[1]?.trim();
  } catch {
    return undefined;
  }
}

const FEED_BUILDERS = { rss: buildRssFeed, atom: buildAtomFeed, json: buildJsonFeed } as const;

/**
 * Data shared by every page (links, ticker, language menu, feed entries) is prepared once here.
 * `routeKey` keys a route by its inputs (see incremental/route-keys.ts), `templatesKey` fingerprints the
 * templates: a page without a route key (the site's own pages) is keyed by its view and its template.
 */
export function createRenderer(site: Site, env: TemplateEnvironment, keys: { routeKey: (route: Route) => string | undefined; templatesKey: string }): Renderer {
  const { routeKey, templatesKey } = keys;
  const link = createLinker(site.config.baseUrl);
  const fingerprints = new Fingerprinter();
  // Article and listing pages, feeds and sitemaps are made from their route and the site-wide data only.
  const wide = siteWideOf(site);
  const pageViews = createPageViews(wide, site, link, (value) => fingerprints.share(value));
  const sitePageViews = createSitePageViews(site, pageViews, link);
  const buildView = (route: PageRoute) => (isSitePage(route) ? sitePageViews(route) : pageViews.page(route));
  const entryOf = createFeedEntries(wide, link);
  const feedInput = (route: FeedRoute): FeedInput => ({
    selfUrl: link.absolute(route.path),
    homeUrl: link.absolute(route.homePath),
    title: route.title,
    description: route.description,
    lang: route.lang,
    author: wide.config.title,
    entries: route.articles.map(entryOf),
  });

  // The header and footer depend only on the page's language, the ticker on its language and day: each rendered once.
  const headerAndFooter = new Map<string, Record<string, string>>();
  const headerAndFooterFor = (lang: string): Record<string, string> => {
    let parts = headerAndFooter.get(lang);
    if (!parts) {
      const context = pageViews.chromeContext(lang, undefined);
      parts = {};
      for (const part of HEADER_AND_FOOTER) parts[part] = renderTemplate(env, `partials/${part}.njk`, context, `the ${part} of ${lang} pages`);
      headerAndFooter.set(lang, parts);
    }
    return parts;
  };
  const chrome = new Map<string, Record<string, string>>();
  const chromeFor = (lang: string, tickerDay: string | undefined): Record<string, string> => {
    const id = chromeKeyOf(lang, tickerDay);
    let parts = chrome.get(id);
    if (!parts) {
      const ticker = renderTemplate(env, TICKER_PARTIAL, pageViews.chromeContext(lang, tickerDay), `the ticker of ${lang} pages`);
      parts = { ...headerAndFooterFor(lang), ticker };
      chrome.set(id, parts);
    }
    return parts;
  };
  // A page's key is its route's and its ticker's: the same ticker edition is keyed once.
  const tickerKeys = new Map<string, string>();
  const tickerKeyOf = (lang: string, tickerDay: string | undefined): string => {
    const id = chromeKeyOf(lang, tickerDay);
    let key = tickerKeys.get(id);
    if (key === undefined) {
      // (Its headlines and its day: an edition of the same headlines on a later day is another page, data-day="…".)
      key = hashOf(JSON.stringify(pageViews.tickerPartsFor(lang, tickerDay)));
      tickerKeys.set(id, key);
    }
    return key;
  };

  const machineFile = (path: string, key: string | null, make: () => string | Uint8Array): PreparedOutput => ({
    path,
    key,
    render: () => ({ path, contents: make() }),
  });

  const renderer = (route: Route): PreparedOutput => {
    const path = outputFile(route.path);
    // Feeds and sitemaps are keyed by their inputs too: an unchanged one is not made again.
    const key = routeKey(route) ?? null;
    switch (route.kind) {
      case "feed":
        return machineFile(path, key, () => FEED_BUILDERS[route.format](feedInput(route)));
      case "sitemap":
        return machineFile(path, key, () => buildSitemap(route.entries.map((e) => ({ loc: link.absolute(e.path), lastmod: e.lastmod }))));
      case "sitemap-index":
        return machineFile(path, key, () => buildSitemapIndex(route.sitemaps.map((e) => ({ loc: link.absolute(e.path), lastmod: e.lastmod }))));
      case "news-sitemap":
        return machineFile(path, key, () => buildNewsSitemap(route.articles.map(entryOf), wide.config.title));
      case "robots":
        return machineFile(path, key, () => buildRobotsTxt(route.sitemaps.map((p) => link.absolute(p))));
      case "ticker":
        // The newest edition's day and the ticker as the language's pages show it: see public/ticker.js.
        return machineFile(
          path,
          null,
          () => `${JSON.stringify({ day: site.tickerEditions[0]?.day ?? "", html: chromeFor(route.lang, pageViews.tickerEditionKey(undefined)).ticker })}\n`,
        );
      default: {
        // Article and listing pages are keyed by their inputs, so an unchanged one is not even built.
        let built: ReturnType<typeof buildView> | undefined;
        const viewOf = () => (built ??= buildView(route));
        const what = route.kind === "article" ? `${route.path} (article from ${route.article.file})` : route.path;
        // (The key of the ticker edition its day shows — the site's own pages the newest: pages of one edition share
        // their chrome and its key.)
        const tickerDay = pageViews.tickerEditionKey(isSitePage(route) ? undefined : tickerDayOf(route));
        // For a worker: the header and footer (the same object for a language's pages, copied once a batch); it renders the ticker.
        const page = (): PageSource => {
          const { template, view } = viewOf();
          view.chrome = headerAndFooterFor(view.lang as string);
          return { template, view, what, chromeKey: chromeKeyOf(view.lang as string, tickerDay) };
        };
        return {
          path,
          key:
            key === null
              ? fingerprints.fingerprint(viewOf().view, `${templatesKey}|${viewOf().template}`)
              : `${key}#${tickerKeyOf(pageLangOf(route as ArticleOrListRoute, site.config), tickerDay)}`,
          render: () => {
            const { template, view } = viewOf();
            view.chrome = chromeFor(view.lang as string, tickerDay);
            return { path, contents: renderTemplate(env, template, view, what) };
          },
          page,
        };
      }
    }
  };
  return renderer;
}
