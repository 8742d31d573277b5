/**
 * Page keys from inputs: an article or listing page is a function of its route
 * (the articles it shows, its pagination, its source, language or month), the
 * story the article belongs to, and what every page shows (config, templates,
 * ticker, languages, sources). Its key hashes exactly those — each article by
 * its revision (what the parser read to make it) and where the build put it —
 * so an unchanged page is recognised without building its view, let alone
 * rendering it. The site's few own pages (sources, archives, search, 404) are
 * keyed by their view instead (see cache/fingerprint.ts).
 *
 * The compiler keeps the keys whole: a field added to an article or to a
 * listing or article route fails to compile until it is part of the key here.
 */
import { hashOf } from "../cache/hash.js";
import type { ParsedArticle } from "../model/article.js";
import type { Article, LanguageSection, MonthArchive, Site, Source } from "../model/site.js";
import type { PageRoute } from "../plan/route.js";
import { mainLanguage } from "./views.js";

export type PageKeys = (route: PageRoute) => string | undefined;

/** The fields assemble adds to a parsed article: with its revision, they are all an article page shows of it. */
const ASSEMBLED = { dir: true, sourceKey: true, path: true, mergedFrom: true, story: true } satisfies Record<Exclude<keyof Article, keyof ParsedArticle>, true>;
const ASSEMBLED_FIELDS = Object.keys(ASSEMBLED) as (keyof typeof ASSEMBLED)[];

type ListRoute = Extract<PageRoute, { kind: "list" }>;
type ArticleRoute = Extract<PageRoute, { kind: "article" }>;

export function createPageKeys(site: Site, templatesKey: string): PageKeys {
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
  const sourceKeys = new Map<Source, string>(site.sources.map((s) => [s, JSON.stringify([s.key, s.name, s.slug, s.path, s.homepage, mainLanguage(s)])]));
  const sectionKey = (section: LanguageSection | MonthArchive | undefined) => (section === undefined ? "" : "code" in section ? JSON.stringify([section.code, section.dir, section.path]) : JSON.stringify([section.year, section.month, section.path]));
  const storyOf = new Map(site.stories.map((s) => [s.id, s]));
  // What every page shows besides its own content.
  const siteKey = hashOf(templatesKey, JSON.stringify([site.config, site.ticker, [...sourceKeys.values()], site.languages.map(sectionKey)]));

  const listKey = (route: ListRoute): string => {
    const { kind, path, list, articles, pagination, language, source, month, ...rest } = route;
    rest satisfies Record<string, never>;
    return hashOf(siteKey, JSON.stringify([kind, path, list, pagination, sectionKey(language), source ? sourceKeys.get(source) : "", sectionKey(month)]), keysOf(articles));
  };
  const articlePageKey = (route: ArticleRoute): string => {
    const { kind, path, article, related, ...rest } = route;
    rest satisfies Record<string, never>;
    const story = storyOf.get(article.story)?.articles ?? [];
    return hashOf(siteKey, kind, path, articleKey(article), keysOf(related), keysOf(story), sourceKeys.get(sourceOf(article)) ?? "");
  };
  const sourceByKey = new Map(site.sources.map((s) => [s.key, s]));
  const sourceOf = (article: Article) => sourceByKey.get(article.sourceKey)!;

  return (route) => (route.kind === "list" ? listKey(route) : route.kind === "article" ? articlePageKey(route) : undefined);
}
