/**
 * Output keys from inputs: an article or listing page is a function of its
 * route (the articles it shows, its pagination, its source, language or
 * month), the story the article belongs to, and what every page shows (config,
 * templates, languages, sources; the tickers are keyed apart, in render.ts); a feed or sitemap, of its route and
 * the config. The key hashes exactly those — each article by its revision
 * (what the parser read to make it) and where the build put it — so an
 * unchanged output is recognised without building its view or model, let
 * alone rendering it. The site's few own pages (sources, archives, search,
 * 404) are keyed by their view instead (see cache/fingerprint.ts).
 *
 * The compiler keeps the keys whole: a field added to an article or to a
 * listing, article, feed or news-sitemap route fails to compile until it is
 * part of the key here (the other routes are plain data, taken whole).
 */
import { articlesShown } from "../plan/route-articles.js";
import { hashOf } from "../cache/hash.js";
import type { ParsedArticle } from "../model/article.js";
import type { Article, LanguageSection, MonthArchive, Site, Source } from "../model/site.js";
import type { Route } from "../plan/route.js";

export type RouteKeys = (route: Route) => string | undefined;

/** The fields assemble adds to a parsed article: with its revision, they are all an article page shows of it. */
const ASSEMBLED = { dir: true, sourceKey: true, path: true, mergedFrom: true, story: true } satisfies Record<Exclude<keyof Article, keyof ParsedArticle>, true>;
const ASSEMBLED_FIELDS = Object.keys(ASSEMBLED) as (keyof typeof ASSEMBLED)[];

type ListRoute = Extract<Route, { kind: "list" }>;
type ArticleRoute = Extract<Route, { kind: "article" }>;
type FeedRoute = Extract<Route, { kind: "feed" }>;
type NewsSitemapRoute = Extract<Route, { kind: "news-sitemap" }>;

export function createRouteKeys(site: Site, templatesKey: string): RouteKeys {
  const articleKeys = new Map<Article, string>();
  const articleKey = (article: Article): string => {
    let key = articleKeys.get(article);
    if (key === undefined) {
      // Without a revision (an article not made by ingest), the whole article is the key.
      key = article.revision === undefined ? hashOf(JSON.stringify(article)) : `${article.revision}:${JSON.stringify(ASSEMBLED_FIELDS.map((f) => article[f]))}`;
      articleKeys.set(article, key);
    }
    return key;
  };
  const keysOf = (articles: readonly Article[]) => articles.map(articleKey).join(",");
  const sourceKeys = new Map<Source, string>(site.sources.map((s) => [s, JSON.stringify([s.key, s.name, s.slug, s.path, s.homepage, s.lang])]));
  const sectionKey = (section: LanguageSection | MonthArchive | undefined) =>
    section === undefined
      ? ""
      : "code" in section
        ? JSON.stringify([section.code, section.dir, section.path])
        : JSON.stringify([section.year, section.month, section.path]);
  const storyOf = new Map(site.stories.map((s) => [s.id, s]));
  // What every page shows besides its own content.
  // (Tag paths too: an article page links its tags.)
  const siteKey = hashOf(
    templatesKey,
    // (Not the tickers: they show only in the ticker, and the renderer keys them apart; see render.ts.)
    JSON.stringify([site.config, [...sourceKeys.values()], site.languages.map(sectionKey), site.tags.map((t) => [t.name, t.path])]),
  );

  // The articles a route shows, as the one description of it says (plan/route-articles.ts).
  const storyArticles = (id: string | null) => (id === null ? [] : (storyOf.get(id)?.articles ?? []));
  const shownKeys = (route: Route) => articlesShown(route, storyArticles).map(keysOf).join("|");

  const listKey = (route: ListRoute): string => {
    const { kind, path, list, articles, pagination, language, source, month, tag, stories, ...rest } = route;
    rest satisfies Record<string, never>;
    // A story card shows its versions (their revisions are in shownKeys) and the languages of its headlines.
    const cards = (stories ?? []).map((c) => `${c.id}|${c.languages.join(" ")}`).join(";");
    return hashOf(
      siteKey,
      JSON.stringify([
        kind,
        path,
        list,
        pagination,
        sectionKey(language),
        source ? sourceKeys.get(source) : "",
        sectionKey(month),
        tag ? [tag.name, tag.slug, tag.path] : "",
      ]),
      shownKeys(route),
      cards,
    );
  };
  const articlePageKey = (route: ArticleRoute): string => {
    const { kind, path, article, related, topical, ...rest } = route;
    rest satisfies Record<string, never>;
    // (The article's source is in siteKey, with every other source.)
    return hashOf(siteKey, kind, path, shownKeys(route));
  };

  const feedKey = (route: FeedRoute): string => {
    const { kind, format, path, title, description, lang, homePath, articles, ...rest } = route;
    rest satisfies Record<string, never>;
    return hashOf(siteKey, JSON.stringify([kind, format, path, title, description, lang, homePath]), shownKeys(route));
  };
  const newsSitemapKey = (route: NewsSitemapRoute): string => {
    const { kind, path, articles, ...rest } = route;
    rest satisfies Record<string, never>;
    return hashOf(siteKey, kind, path, shownKeys(route));
  };

  return (route) => {
    switch (route.kind) {
      case "list":
        return listKey(route);
      case "article":
        return articlePageKey(route);
      case "feed":
        return feedKey(route);
      case "news-sitemap":
        return newsSitemapKey(route);
      case "sitemap":
      case "sitemap-index":
      case "robots":
        return hashOf(siteKey, JSON.stringify(route));
      default:
        return undefined;
    }
  };
}
