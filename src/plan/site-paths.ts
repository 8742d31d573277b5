/**
 * Where things are on the site: the paths every stage agrees on — feeds, the search pages and the
 * search bundle, the style sheet and icon. Made here only; the planner, the views and the search
 * index ask for them.
 */

/** Site paths of the site-wide feeds. */
export const SITE_FEEDS = { rss: "/feed.xml", atom: "/atom.xml", json: "/feed.json" } as const;

/** The RSS feed of a section of the site (a source, a tag, a language), beside its first page. */
export function sectionFeedPath(sectionPath: string): string {
  return `${sectionPath}feed.xml`;
}

/** The search page in a language's interface. */
export function searchPath(lang: string, defaultLanguage: string): string {
  return lang === defaultLanguage ? "/search/" : `/${lang}/search/`;
}

/** The folder of the search index in the output (Pagefind's bundle). */
export const SEARCH_BUNDLE = "pagefind";

/** The sources-health page (what `kiosk fetch` last knew of each configured source). */
export const SOURCES_HEALTH_PATH = "/sources/health/";

export const STYLE_PATH = "/style.css";
/** The script that brings a page's ticker up to the newest edition in the reader's browser (see render/views.ts). */
export const TICKER_SCRIPT = "/ticker.js";

/** The newest ticker of a language's pages, as the ticker script fetches it. */
export function tickerPath(lang: string): string {
  return `/tickers/${lang}.json`;
}
export const ICON_PATH = "/favicon.svg";

/** URLs per sitemap file: the protocol's limit. */
export const MAX_SITEMAP_URLS = 50_000;
