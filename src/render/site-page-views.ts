/**
 * The views of the site's own pages — the index of sources, the archives, the search page, the sources'
 * health, the 404 page: each shows something of the whole site, so each is keyed by its view (see
 * cache/fingerprint.ts) and is given the site. Their head, header and footer are every page's (views.ts).
 */
import { SEARCH_BUNDLE, SOURCES_HEALTH_PATH } from "../plan/site-paths.js";
import type { Linker } from "../plan/links.js";
import type { Site } from "../model/site.js";
import type { SitePageRoute } from "../plan/route.js";
import { formatDate, formatMonth, plural, uiFor } from "./i18n.js";
import { integerFormat } from "./integer-format.js";
import type { PageView, PageViews } from "./views.js";

export function createSitePageViews(site: Site, pages: PageViews, link: Linker) {
  const { config } = site;
  const { sitePage, summary } = pages;
  return (route: SitePageRoute): { template: string; view: PageView } => {
    // In the language of the section it belongs to; the site's default language otherwise.
    const lang = ("lang" in route ? route.lang : undefined) ?? config.defaultLanguage;
    const ui = uiFor(lang, config);
    switch (route.kind) {
      case "sources": {
        return {
          template: "sources.njk",
          view: {
            ...sitePage(lang, route.path, ui.sources),
            healthHref: site.sourceHealth.length > 0 ? link.href(SOURCES_HEALTH_PATH) : null,
            sources: site.sources.map((s) => ({
              name: s.name,
              href: link.href(s.path),
              lang: s.lang,
              count: plural(ui.articleCount, s.articles.length, lang),
              latest: s.articles[0] ? formatDate(s.articles[0].date, lang, config) : "",
              latestIso: s.articles[0]?.date ?? "",
            })),
          },
        };
      }
      case "archives": {
        return {
          template: "archives.njk",
          view: {
            ...sitePage(lang, route.path, ui.archives),
            months: site.months.map((m) => ({
              label: formatMonth(m.year, m.month, lang, config),
              href: link.href(m.path),
              count: plural(ui.articleCount, m.articles.length, lang),
            })),
          },
        };
      }
      case "search": {
        return {
          template: "search.njk",
          view: {
            ...sitePage(lang, route.path, ui.search),
            search: {
              bundle: link.href(`/${SEARCH_BUNDLE}/`),
              script: link.href("/search.js"),
              languages: site.languages.map((l) => ({ code: l.code, name: uiFor(l.code, config).languageName })),
              sources: site.sources.map((s) => s.name),
              strings: JSON.stringify({
                results: ui.searchResults,
                none: ui.searchNoResults,
                loading: ui.searchLoading,
                failed: ui.searchFailed,
                number: integerFormat(lang),
              }),
            },
          },
        };
      }
      case "sources-health": {
        const when = (iso: string | null) => (iso ? iso.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC") : ui.never);
        return {
          template: "sources-health.njk",
          view: {
            ...sitePage(lang, route.path, ui.sourcesHealth),
            health: site.sourceHealth.map((s) => ({
              name: s.name,
              feed: s.feed,
              ok: s.lastError === null && s.lastSuccess !== null,
              lastSuccess: when(s.lastSuccess),
              lastError: s.lastError ? `${when(s.lastError.at)}: ${s.lastError.message}` : "",
              items: s.items,
            })),
          },
        };
      }
      case "not-found": {
        return {
          template: "404.njk",
          view: {
            ...sitePage(lang, route.path, ui.notFoundTitle, { noindex: true }),
            latest: site.articles.slice(0, 5).map(summary),
          },
        };
      }
    }
  };
}
