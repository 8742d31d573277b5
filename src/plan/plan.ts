/**
 * Plan: every page, feed and sitemap of the site, with its path. Listings are
 * paginated here; render only fills templates and serialises models.
 */
import { MAX_SITEMAP_URLS, SITE_FEEDS, SOURCES_HEALTH_PATH, searchPath, sectionFeedPath, tickerPath } from "./site-paths.js";
import { selectNewsArticles } from "./news-selection.js";
import type { Article, Site } from "../model/site.js";
import { startOfDay } from "../text/dates.js";
import { byLanguageOrder, rulesFor } from "../config/language-lookup.js";
import { isPage, type FeedRoute, type ListKind, type PageRoute, type Pagination, type Route, type SitemapEntry, type StoryCard } from "./route.js";

export interface PlanOptions {
  /** The moment the Google News sitemap counts back from; default: the newest article's day. */
  now?: number;
  /** URLs per sitemap file (the protocol's limit unless a test wants fewer). */
  sitemapSize?: number;
}

export function planRoutes(site: Site, options: PlanOptions = {}): Route[] {
  const pages = planPages(site);
  return [...pages, ...planFeeds(site), ...planDiscovery(site, pages, options), ...planTickers(site)];
}

/** The newest ticker of every language a page may be in: the site's default and its sections' (every article's is one). */
function planTickers(site: Site): Route[] {
  const languages = [...new Set([site.config.defaultLanguage, ...site.languages.map((l) => l.code)])].sort();
  return languages.map((lang) => ({ kind: "ticker", path: tickerPath(lang), lang }));
}

function planPages(site: Site): PageRoute[] {
  const { config } = site;
  const routes: PageRoute[] = [];
  const byDate = config.homeOrder !== "coverage";
  const home = paginate("home", "/", byDate ? site.articles : byCoverage(site), config.pageSize, {}, byDate);
  withStories(home, topStories(site, site.articles, null));
  routes.push(...home);
  for (const language of site.languages) {
    const front = paginate("language", language.path, language.articles, config.pageSize, { language });
    withStories(front, topStories(site, language.articles, language.code));
    routes.push(...front);
  }
  for (const source of site.sources) {
    routes.push(...paginate("source", source.path, source.articles, config.pageSize, { source }));
  }
  for (const month of site.months) {
    routes.push(...paginate("month", month.path, month.articles, config.pageSize, { month }));
  }
  for (const tag of site.tags) {
    routes.push(...paginate("tag", tag.path, tag.articles, config.pageSize, { tag }));
  }
  const storyOf = new Map(site.stories.map((s) => [s.id, s.articles]));
  for (const source of site.sources) {
    source.articles.forEach((article, index) => {
      routes.push({
        kind: "article",
        path: article.path,
        article,
        related: nearest(source.articles, index, config.relatedCount),
        alsoCovered: (storyOf.get(article.story) ?? []).filter((a) => a !== article),
        topical: site.topics.get(article) ?? [],
      });
    });
  }
  routes.push({ kind: "sources", path: "/sources/" });
  routes.push({ kind: "archives", path: "/archives/" });
  // Each language a whole section: its own index of sources and archives, in its interface.
  for (const language of site.languages) {
    if (language.code === config.defaultLanguage) continue;
    routes.push({ kind: "sources", path: `${language.path}sources/`, lang: language.code });
    routes.push({ kind: "archives", path: `${language.path}archives/`, lang: language.code });
  }
  if (site.sourceHealth.length > 0) routes.push({ kind: "sources-health", path: SOURCES_HEALTH_PATH });
  if (config.search) {
    // One search page in each language's interface: the site's default at /search/, the others under their front.
    routes.push({ kind: "search", path: searchPath(config.defaultLanguage, config.defaultLanguage), lang: config.defaultLanguage });
    for (const language of site.languages) {
      if (language.code !== config.defaultLanguage)
        routes.push({ kind: "search", path: searchPath(language.code, config.defaultLanguage), lang: language.code });
    }
  }
  routes.push({ kind: "not-found", path: "/404.html" });
  return routes;
}

function planFeeds(site: Site): FeedRoute[] {
  const { config } = site;
  const sizes = config.feedSizes;
  // A site feed of several languages says none (each item says its own); of one, that one.
  const siteFeed = { title: config.title, description: config.description, lang: site.languages.length === 1 ? site.languages[0]!.code : null, homePath: "/" };
  const routes: FeedRoute[] = [
    { kind: "feed", format: "rss", path: SITE_FEEDS.rss, ...siteFeed, articles: site.articles.slice(0, sizes.site) },
    { kind: "feed", format: "atom", path: SITE_FEEDS.atom, ...siteFeed, articles: site.articles.slice(0, sizes.atom) },
    { kind: "feed", format: "json", path: SITE_FEEDS.json, ...siteFeed, articles: site.articles.slice(0, sizes.json) },
  ];
  // A feed per source and per tag: an RSS feed of its newest articles, titled after it.
  const sectionFeed = (name: string, homePath: string, lang: string | null, articles: Article[]): FeedRoute => ({
    kind: "feed",
    format: "rss",
    path: sectionFeedPath(homePath),
    title: `${config.title} — ${name}`,
    description: `${config.description} (${name})`,
    lang,
    homePath,
    articles: articles.slice(0, sizes.source),
  });
  for (const source of site.sources) routes.push(sectionFeed(source.name, source.path, source.lang, source.articles));
  for (const tag of site.tags) routes.push(sectionFeed(tag.name, tag.path, languageOf(tag.articles), tag.articles));
  for (const language of site.languages) {
    routes.push({
      kind: "feed",
      format: "rss",
      path: sectionFeedPath(language.path),
      ...languageFeedText(config, language.code),
      lang: language.code,
      homePath: language.path,
      articles: language.articles.slice(0, sizes.language),
    });
  }
  return routes;
}

function planDiscovery(site: Site, pages: readonly PageRoute[], options: PlanOptions): Route[] {
  const size = options.sitemapSize ?? MAX_SITEMAP_URLS;
  // The 404 page and the search pages are for readers, not for a search engine's index.
  const entries: SitemapEntry[] = pages
    .filter((r) => isPage(r) && r.kind !== "not-found" && r.kind !== "search")
    .map((r) => ({ path: r.path, lastmod: lastModified(r, site) }));
  const routes: Route[] = [];
  const sitemaps: SitemapEntry[] = [];
  for (let i = 0; i * size < Math.max(entries.length, 1); i++) {
    const chunk = entries.slice(i * size, (i + 1) * size);
    const path = `/sitemap-${i + 1}.xml`;
    routes.push({ kind: "sitemap", path, entries: chunk });
    sitemaps.push({ path, lastmod: newest(chunk.map((e) => e.lastmod)) });
  }
  routes.push({ kind: "sitemap-index", path: "/sitemap.xml", sitemaps });

  // Without --now, count back from the end of the newest article's day: that day and the one before.
  const newestArticle = site.articles[0];
  const now = options.now ?? (newestArticle ? startOfDay(nextDay(newestArticle.date), site.config.timeZone).instant - 1 : 0);
  const news = selectNewsArticles(site.articles, now, site.config.timeZone);
  routes.push({ kind: "news-sitemap", path: "/news-sitemap.xml", articles: news });
  routes.push({ kind: "robots", path: "/robots.txt", sitemaps: ["/sitemap.xml", "/news-sitemap.xml"] });
  return routes;
}

function nextDay(isoDate: string): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + 24 * 3600 * 1000).toISOString().slice(0, 10);
}

function lastModified(route: PageRoute, site: Site): string | null {
  switch (route.kind) {
    case "article":
      return route.article.date;
    case "list":
      return route.articles[0]?.date ?? null;
    default:
      return site.updated;
  }
}

function newest(dates: readonly (string | null)[]): string | null {
  let best: string | null = null;
  for (const d of dates) if (d !== null && (best === null || d > best)) best = d;
  return best;
}

/** One article per story (its newest), the stories covered by the most sources first, then the newest. */
function byCoverage(site: Site): Article[] {
  const position = new Map(site.articles.map((a, i) => [a, i]));
  return site.stories
    .map((story) => ({ lead: story.articles[0]!, sources: new Set(story.articles.map((a) => a.sourceKey)).size }))
    .sort((a, b) => b.sources - a.sources || (a.lead.date < b.lead.date ? 1 : a.lead.date > b.lead.date ? -1 : position.get(a.lead)! - position.get(b.lead)!))
    .map((s) => s.lead);
}

/**
 * A list's pages, newest first. A list by date is an archive numbered from the oldest: the first page (the
 * list's own path) shows the newest articles — `pageSize` of them and what does not yet fill another page (up
 * to twice `pageSize` less one) — and "page/1/", "page/2/" … hold `pageSize` articles each, from the oldest.
 * So a new article changes the first page only, and each `pageSize` new articles add one page: older pages keep
 * their path and their articles, and a crawl rewrites what it brought rather than every page of the list. A
 * list in another order (home by coverage) is paginated from the top, "page/2/" the second page.
 */
function paginate(
  list: ListKind,
  basePath: string,
  articles: Article[],
  pageSize: number,
  context: Partial<Extract<PageRoute, { kind: "list" }>>,
  byDate = true,
): PageRoute[] {
  const pathOf = (page: number) => `${basePath}page/${page}/`;
  const route = (path: string, slice: Article[], pagination: Pagination): PageRoute => ({ ...context, kind: "list", list, path, articles: slice, pagination });
  if (!byDate) {
    const pages = Math.max(1, Math.ceil(articles.length / pageSize));
    const at = (page: number) => (page === 1 ? basePath : pathOf(page));
    return Array.from({ length: pages }, (_, i) =>
      route(at(i + 1), articles.slice(i * pageSize, (i + 1) * pageSize), {
        first: i === 0,
        page: i + 1,
        pages,
        previous: i > 0 ? at(i) : null,
        next: i + 1 < pages ? at(i + 2) : null,
      }),
    );
  }
  // Full pages counted from the oldest; the newest of them and the rest go on the first page.
  const total = articles.length;
  const archived = Math.max(0, Math.floor(total / pageSize) - 1);
  const routes: PageRoute[] = [
    route(basePath, articles.slice(0, total - archived * pageSize), {
      first: true,
      page: 1,
      pages: archived + 1,
      previous: null,
      next: archived > 0 ? pathOf(archived) : null,
    }),
  ];
  for (let page = archived; page >= 1; page--) {
    const end = total - (page - 1) * pageSize;
    const newer = page === archived ? basePath : pathOf(page + 1);
    routes.push(
      route(pathOf(page), articles.slice(end - pageSize, end), {
        first: false,
        page: null,
        pages: null,
        previous: newer,
        next: page > 1 ? pathOf(page - 1) : null,
      }),
    );
  }
  return routes;
}

/** The `count` articles of the same source nearest in time to the one at `index`, newest first (the list is sorted newest first). */
function nearest(siblings: readonly Article[], index: number, count: number): Article[] {
  let lo = index;
  let hi = index;
  while (hi - lo < count && (lo > 0 || hi < siblings.length - 1)) {
    if (hi < siblings.length - 1) hi++;
    if (hi - lo < count && lo > 0) lo--;
  }
  return [...siblings.slice(lo, index), ...siblings.slice(index + 1, hi + 1)].slice(0, count);
}

/** A language's feed and front: titled and described in that language ("Kiosk Maghreb — العربية"), never in another's. */
export function languageFeedText(config: Site["config"], code: string): { title: string; description: string } {
  const ui = rulesFor(code, config).ui;
  const own = code === config.defaultLanguage ? config.description : ui.feedDescription;
  return { title: `${config.title} — ${ui.languageName}`, description: own };
}

/** Stories a front leads with: the lead and the cards. */
const FRONT_STORIES = 7;
/** The newest articles a front's stories are chosen among. */
const STORY_WINDOW = 200;

function withStories(pages: PageRoute[], stories: StoryCard[]): void {
  const first = pages[0];
  if (first?.kind === "list" && stories.length > 0) first.stories = stories;
}

/**
 * The stories a front leads with, as Google News does: among the stories of its newest articles, those most sources
 * covered first (then the newest); each shown by its version in the front's language when there is one.
 */
export function topStories(site: Site, newest: readonly Article[], lang: string | null): StoryCard[] {
  const storyById = new Map(site.stories.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const candidates: { story: Site["stories"][number]; sources: number; newest: string }[] = [];
  for (const article of newest.slice(0, STORY_WINDOW)) {
    if (seen.has(article.story)) continue;
    seen.add(article.story);
    const story = storyById.get(article.story);
    if (!story) continue;
    candidates.push({ story, sources: new Set(story.articles.map((a) => a.sourceKey)).size, newest: story.articles[0]!.date });
  }
  candidates.sort((a, b) => b.sources - a.sources || (a.newest < b.newest ? 1 : a.newest > b.newest ? -1 : 0) || (a.story.id < b.story.id ? -1 : 1));
  return candidates.slice(0, FRONT_STORIES).map(({ story }) => {
    // Story articles are newest first: the front's language first, then the rest, one per source.
    const ordered = lang === null ? story.articles : [...story.articles.filter((a) => a.lang === lang), ...story.articles.filter((a) => a.lang !== lang)];
    const bySource = new Map<string, Article>();
    for (const a of ordered) if (!bySource.has(a.sourceKey)) bySource.set(a.sourceKey, a);
    const versions = [...bySource.values()];
    const lead = ordered.find((a) => a.lang === (lang ?? site.config.defaultLanguage)) ?? ordered[0]!;
    const languages = [...new Set([...story.articles.map((a) => a.lang), ...story.headlines.map((h) => h.lang)])];
    return { id: story.id, lead, versions, languages: languages.sort(byLanguageOrder(site.config)) };
  });
}

/** The language of a feed's items when they all share one; null when they mix languages. */
function languageOf(articles: readonly Article[]): string | null {
  const langs = new Set(articles.map((a) => a.lang));
  return langs.size === 1 ? [...langs][0]! : null;
}
