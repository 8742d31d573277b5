/**
 * Page keys from inputs: an article or listing page is a function of its route
 * (the articles it shows, its pagination, its source, language or month), the
 * story the article belongs to, and what every page shows (config, templates,
 * ticker, languages, sources). Its key hashes exactly those — each article by
 * its revision (what the parser read to make it) and where the build put it —
 * so an unchanged page is recognised without building its view, let alone
 * rendering it. The site's few own pages (sources, archives, search, 404) are
 * keyed by their view instead (see cache/fingerprint.ts).
 */
import { hashOf } from "../cache/hash.js";
import type { Article, LanguageSection, MonthArchive, Site, Source } from "../model/site.js";
import type { PageRoute } from "../plan/route.js";
import { mainLanguage } from "./views.js";

/** Fields an article's revision already covers, left out of its key when it has one. */
const COVERED_BY_REVISION = new Set(["body", "bodyHtml", "ticker", "keywords", "revision"]);

export type PageKeys = (route: PageRoute) => string | undefined;

export function createPageKeys(site: Site, templatesKey: string): PageKeys {
  const articleKeys = new Map<Article, string>();
  const articleKey = (article: Article): string => {
    let key = articleKeys.get(article);
    if (key === undefined) {
      key = hashOf(article.revision === undefined ? JSON.stringify(article) : `${article.revision}${JSON.stringify(article, (k, v) => (COVERED_BY_REVISION.has(k) ? undefined : v))}`);
      articleKeys.set(article, key);
    }
    return key;
  };
  const sourceKeys = new Map<Source, string>(site.sources.map((s) => [s, JSON.stringify([s.key, s.name, s.slug, s.path, s.homepage, mainLanguage(s)])]));
  const sectionKeys = new Map<LanguageSection | MonthArchive, string>([
    ...site.languages.map((l): [LanguageSection, string] => [l, JSON.stringify([l.code, l.dir, l.path])]),
    ...site.months.map((m): [MonthArchive, string] => [m, JSON.stringify([m.year, m.month, m.path])]),
  ]);
  const storyOf = new Map(site.stories.map((s) => [s.id, s]));
  // What every page shows besides its own content.
  const siteKey = hashOf(templatesKey, JSON.stringify([site.config, site.ticker, [...sourceKeys.values()], [...sectionKeys.values()], site.stories.length > 0]));
  // Articles, sources, sections stand in by their keys; anything else a route holds is taken as it is.
  const replacer = function (this: unknown, _key: string, value: unknown): unknown {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
    const known = sourceKeys.get(value as Source) ?? sectionKeys.get(value as LanguageSection);
    if (known !== undefined) return known;
    return "story" in value && "sourceKey" in value ? articleKey(value as Article) : value;
  };

  return (route) => {
    switch (route.kind) {
      case "article":
        return hashOf(siteKey, JSON.stringify(route, replacer), JSON.stringify(storyOf.get(route.article.story)?.articles ?? [], replacer));
      case "list":
        return hashOf(siteKey, JSON.stringify(route, replacer));
      default:
        return undefined;
    }
  };
}
