/**
 * Output keys from inputs: an article or listing page, a feed or a sitemap is a function of its route,
 * of what every page may read (plan/site-wide.ts: config, sources, languages, tags) and of the
 * templates; the ticker edition a page shows is keyed apart (render.ts). The key hashes exactly those — the route whole,
 * each article in it by its revision (what the parser read to make it) and where the build put it
 * (plan/route-articles.ts) — so an unchanged output is recognised without building its view or model,
 * let alone rendering it. The site's own pages (sources, archives, search, 404) show the whole site and
 * are keyed by their view instead (see cache/fingerprint.ts).
 *
 * Nothing here lists what a page reads: the route and the site-wide data are hashed whole, and a view is
 * given nothing else. The compiler keeps the article key whole: a field added to an article fails to
 * compile until it is part of it.
 */
import { hashOf } from "../util/hash.js";
import type { ParsedArticle } from "../model/article.js";
import type { Article, Site } from "../model/site.js";
import { createRouteText } from "../plan/route-articles.js";
import { isSitePage, type Route } from "../plan/route.js";
import { siteWideOf } from "../plan/site-wide.js";

export type RouteKeys = (route: Route) => string | undefined;

/** The fields assemble adds to a parsed article: with its revision, they are all an article page shows of it. */
const ASSEMBLED = { dir: true, sourceKey: true, path: true, mergedFrom: true, story: true } satisfies Record<Exclude<keyof Article, keyof ParsedArticle>, true>;
const ASSEMBLED_FIELDS = Object.keys(ASSEMBLED) as (keyof typeof ASSEMBLED)[];

export function createRouteKeys(site: Site, templatesKey: string): RouteKeys {
  const articleKeys = new Map<Article, string>();
  const articleKey = (article: Article): string => {
    let key = articleKeys.get(article);
    if (key === undefined) {
      // Without a revision (an article not made by ingest), the whole article is the key. (Hashed: an
      // article is in ten routes or so, whose keys then hash 40 characters of it, not its paths and files.)
      key = hashOf(article.revision === undefined ? JSON.stringify(article) : `${article.revision}:${JSON.stringify(ASSEMBLED_FIELDS.map((f) => article[f]))}`);
      articleKeys.set(article, key);
    }
    return key;
  };
  const routeText = createRouteText(site, (article) => `"${articleKey(article)}"`);
  const siteKey = hashOf(templatesKey, JSON.stringify(siteWideOf(site)));
  return (route) => (isSitePage(route) ? undefined : hashOf(siteKey, routeText(route)));
}
