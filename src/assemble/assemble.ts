/**
 * Assemble: parsed articles become the site model — sorted, grouped by source,
 * language and month, with permalinks and the ticker. Pure: no I/O.
 */
import type { SiteConfig } from "../config/config.js";
import type { SourceStatus } from "../model/source-status.js";
import type { Diagnostic } from "../diagnostics.js";
import type { ParsedArticle } from "../model/article.js";
import type { HeadlineKeywordStore } from "../text/keywords.js";
import type { Article, LanguageSection, MonthArchive, Site, Source, TagSection } from "../model/site.js";
import { matchKey } from "../text/clean.js";
import { dayAt } from "../text/dates.js";
import { slugify } from "../text/slug.js";
import { byLanguageOrder, languageDir } from "../config/language-lookup.js";
import { safeHttpUrl } from "../text/url.js";
import { deduplicate } from "./dedupe.js";
import { articlePaths } from "./permalinks.js";
import type { StoryGraphStore } from "./story-graph-state.js";
import { groupStories, type Grouping } from "./stories.js";
import { topicalRelations } from "./topics.js";
import { identifySources, sourceKey } from "./sources.js";
import { buildTickerEditions } from "./ticker.js";

export interface AssembleExtra {
  /** The fetch status of the configured sources, for the sources-health page. */
  sourceHealth?: SourceStatus[];
  /** Told what assembly found wrong with the input (articles that share a URL but not their text). */
  report?: (diagnostic: Diagnostic) => void;
  /** Keywords of ticker headlines worked out already (the parse workers', the input cache's); new ones are added. */
  headlineKeywords?: HeadlineKeywordStore;
  /** The last story grouping's state, and where this one's goes: a rebuild regroups only what changed. */
  storyGraph?: StoryGraphStore;
  /** Record why members of a story were joined (kiosk inspect --story), and hand the grouping over. */
  explain?: boolean;
  onGrouping?: (grouping: Grouping) => void;
}

/** The fields of a parsed article its page keeps: all but the parse-only ticker line and keywords. */
type KeptField = Exclude<keyof ParsedArticle, "ticker" | "keywords">;
/** Those a parsed article may leave out, copied only when present. */
type OptionalField = "published" | "imageMeta" | "revision";
/** What assembly adds to them. */
type Placed = Omit<Article, KeptField>;

/**
 * An article of the site from its parsed article, field by field: an object rest (`{ ticker, keywords, ...fields }`)
 * copies through the runtime, a tenth of a second for 20,000 articles of a build that adds fifty.
 */
function articleOf(p: ParsedArticle, placed: Placed): Article {
  const fields = {
    file: p.file,
    origin: p.origin,
    title: p.title,
    source: p.source,
    date: p.date,
    lang: p.lang,
    url: p.url,
    sourceUrl: p.sourceUrl,
    pageUrl: p.pageUrl,
    image: p.image,
    tags: p.tags,
    slug: p.slug,
    scrapedAt: p.scrapedAt,
    body: p.body,
    bodyHtml: p.bodyHtml,
    flags: p.flags,
    dir: placed.dir,
    sourceKey: placed.sourceKey,
    path: placed.path,
    mergedFrom: placed.mergedFrom,
    story: placed.story,
  };
  // (A field added to ParsedArticle and copied neither above nor below fails to compile here.)
  const _allKept: [Exclude<KeptField, keyof typeof fields | OptionalField>] extends [never] ? true : never = true;
  const article: Article = fields;
  if (p.published !== undefined) article.published = p.published;
  if (p.imageMeta !== undefined) article.imageMeta = p.imageMeta;
  if (p.revision !== undefined) article.revision = p.revision;
  return article;
}

export function assembleSite(parsed: readonly ParsedArticle[], config: SiteConfig, extra: AssembleExtra = {}): Site {
  // The same article from several inputs becomes one, with the richest fields.
  const { articles: unique, merges, diagnostics } = deduplicate(parsed);
  for (const d of diagnostics) extra.report?.(d);
  const ordered = [...unique].sort(newestFirst);
  const identities = identifySources(ordered);
  const paths = articlePaths(ordered, (a) => identities.get(sourceKey(a.source))!.slug);

  // The parse-only fields (ticker line, keywords) stay with the parsed article: stories and the ticker read them there.
  const parsedOf = new Map<Article, ParsedArticle>();
  const articles: Article[] = ordered.map((parsed) => {
    const article = articleOf(parsed, {
      dir: languageDir(parsed.lang, config),
      sourceKey: sourceKey(parsed.source),
      path: paths.get(parsed)!,
      mergedFrom: merges.get(parsed) ?? [parsed.file],
      story: "",
    });
    parsedOf.set(article, parsed);
    return article;
  });
  // Articles about the same event, across sources and languages.
  // Articles and ticker headlines about the same event, across sources, languages and scripts.
  // A ticker line is the site's ticker when the page was scraped: a page scraped days after it was published shows
  // that day's headlines. Its day is the scrape's (in the site's time zone) where the dump says it, not before the
  // article's own.
  const tickerDay = (a: Article) => {
    if (a.scrapedAt === null) return a.date;
    const day = dayAt(Date.parse(a.scrapedAt), config.timeZone);
    if (day <= a.date) return a.date;
    return day;
  };
  const tickers = articles.map((a) => ({ headlines: parsedOf.get(a)!.ticker, date: tickerDay(a), lang: a.lang }));
  const grouping = groupStories(
    {
      articles,
      keywordsOf: (a) => parsedOf.get(a)!.keywords,
      tickers,
      explain: extra.explain === true,
      ...(extra.headlineKeywords ? { headlineKeywords: extra.headlineKeywords } : {}),
      previous: extra.storyGraph?.get(),
    },
    config,
  );
  extra.storyGraph?.set(grouping.state);
  const { stories, storyOf } = grouping;
  for (const article of articles) article.story = storyOf.get(article)!.id;
  extra.onGrouping?.(grouping);
  const tickerEditions = buildTickerEditions(articles, config, (a) => parsedOf.get(a)!.ticker, grouping);

  return {
    config,
    articles,
    sources: groupSources(articles, identities, byLanguageOrder(config), config.sources),
    languages: groupLanguages(articles, config),
    months: groupMonths(articles),
    tags: groupTags(articles),
    topics: topicalRelations(articles, (a) => parsedOf.get(a)!.keywords, config.relatedCount),
    stories: stories.sort((a, b) => (a.id < b.id ? -1 : 1)),
    headlines: grouping.headlines,
    ticker: tickerEditions[0]?.ticker ?? [],
    tickers: tickerEditions[0]?.tickers ?? {},
    tickerEditions,
    sourceHealth: [...(extra.sourceHealth ?? [])].sort((a, b) => (a.name < b.name ? -1 : 1)),
    updated: articles[0]?.date ?? null,
  };
}

/** Newest day first; within a day, the later time of publication, then the later scrape, then file path, so order never depends on the disk. */
function newestFirst(a: ParsedArticle, b: ParsedArticle): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  // Within a day, a known time of day orders (a later one first); an article with one before one without.
  if (a.published !== b.published) {
    if (a.published === undefined) return 1;
    if (b.published === undefined) return -1;
    return a.published < b.published ? 1 : -1;
  }
  if (a.scrapedAt !== b.scrapedAt) {
    if (a.scrapedAt === null) return 1;
    if (b.scrapedAt === null) return -1;
    return a.scrapedAt < b.scrapedAt ? 1 : -1;
  }
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

function groupSources(
  articles: Article[],
  identities: ReturnType<typeof identifySources>,
  languageOrder: (a: string, b: string) => number,
  configuredSources: SiteConfig["sources"],
): Source[] {
  const sources = new Map<string, Source>();
  for (const article of articles) {
    let source = sources.get(article.sourceKey);
    if (!source) {
      const id = identities.get(article.sourceKey)!;
      source = { key: id.key, name: id.name, slug: id.slug, path: `/sources/${id.slug}/`, homepage: id.homepage, lang: "", articles: [] };
      sources.set(article.sourceKey, source);
    }
    source.articles.push(article);
  }
  for (const source of sources.values()) source.lang = mainLanguage(source.articles, languageOrder);
  // A source the config lists may give its home page there.
  for (const configured of configuredSources) {
    const source = sources.get(sourceKey(configured.name));
    if (source && !source.homepage && configured.homepage) source.homepage = safeHttpUrl(configured.homepage) ?? null;
  }
  return [...sources.values()].sort((a, b) => (a.slug < b.slug ? -1 : 1));
}

/** The language most of the articles are in; a tie goes to the language first in the config's tables, then by code. */
function mainLanguage(articles: readonly Article[], languageOrder: (a: string, b: string) => number): string {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.lang, (counts.get(a.lang) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || languageOrder(a, b))[0]?.[0] ?? "en";
}

/** Languages in the order of the config's tables (fr, ar, es, en, then the site's own), others after, by code. */
function groupLanguages(articles: Article[], config: SiteConfig): LanguageSection[] {
  const sections = new Map<string, LanguageSection>();
  for (const article of articles) {
    let section = sections.get(article.lang);
    if (!section) {
      section = { code: article.lang, dir: article.dir, path: `/${article.lang}/`, articles: [] };
      sections.set(article.lang, section);
    }
    section.articles.push(article);
  }
  const order = byLanguageOrder(config);
  return [...sections.values()].sort((a, b) => order(a.code, b.code));
}

/** Tags however cased or accented are one ("Économie", "economie"), shown as most articles write them, each with a unique slug. */
function groupTags(articles: Article[]): TagSection[] {
  const byKey = new Map<string, { spellings: Map<string, number>; articles: Article[] }>();
  for (const article of articles) {
    for (const tag of article.tags) {
      const key = matchKey(tag) || tag;
      const group = byKey.get(key) ?? { spellings: new Map<string, number>(), articles: [] as Article[] };
      group.spellings.set(tag, (group.spellings.get(tag) ?? 0) + 1);
      if (group.articles[group.articles.length - 1] !== article) group.articles.push(article);
      byKey.set(key, group);
    }
  }
  const taken = new Set<string>();
  const sections: TagSection[] = [];
  for (const key of [...byKey.keys()].sort()) {
    const group = byKey.get(key)!;
    const name = [...group.spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const base = slugify(name, "tag");
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    sections.push({ name, slug, path: `/tags/${slug}/`, articles: group.articles });
  }
  return sections.sort((a, b) => (a.slug < b.slug ? -1 : 1));
}

function groupMonths(articles: Article[]): MonthArchive[] {
  const months = new Map<string, MonthArchive>();
  for (const article of articles) {
    const key = article.date.slice(0, 7);
    let month = months.get(key);
    if (!month) {
      const [year, m] = key.split("-");
      month = { year: Number(year), month: Number(m), path: `/${year}/${m}/`, articles: [] };
      months.set(key, month);
    }
    month.articles.push(article);
  }
  return [...months.values()];
}
