/**
 * View models: the plain data each template gets. All text is still plain text
 * here; the templates escape it (the one exception, the JSON-LD, is serialised
 * safe for a <script> element in json-ld.ts). Every value a template reads is
 * defined (null where absent), since the environment throws on undefined.
 */
import type { SiteConfig } from "../config/config.js";
import { languageDir } from "../config/language-lookup.js";
import type { Article, Site, Source, TickerItem } from "../model/site.js";
import type { StoryCard } from "../plan/route.js";
import { matchKey } from "../text/clean.js";
import { languageFeedText } from "../plan/plan.js";
import { ICON_PATH, SITE_FEEDS, STYLE_PATH, TICKER_SCRIPT, searchPath, sectionFeedPath, tickerPath } from "../plan/site-paths.js";
import type { ArticleOrListRoute, Pagination, SectionOf } from "../plan/route.js";
import type { SiteWide } from "../plan/site-wide.js";
import { rfc3339, publishedMoment } from "../text/dates.js";
import { fill, formatDate, formatMonth, plural, templateParts, uiFor } from "./i18n.js";
import { newsArticleJsonLd } from "./json-ld.js";
import { editionKeyOf } from "../assemble/ticker.js";
import { chromeContextOf } from "./chrome.js";
import type { Linker } from "../plan/links.js";
import { articleExcerpt, articleText } from "../cache/body-store.js";

export interface ArticleSummary {
  title: string;
  href: string;
  lang: string;
  dir: "ltr" | "rtl";
  source: string;
  sourceHref: string;
  dateIso: string;
  dateText: string;
  excerpt: string;
}

interface FeedLink {
  type: string;
  title: string;
  href: string;
}

/** What a page's <head> says about it: title, canonical URL, feeds, Open Graph, hreflang, JSON-LD. */
interface HeadInput {
  lang: string;
  path: string;
  title: string;
  description: string;
  feeds?: FeedLink[];
  ogType?: "website" | "article";
  image?: string | null;
  publishedTime?: string | null;
  alternates?: boolean;
  jsonLd?: string | null;
  /** A page crawlers must not index (the 404 page): `noindex`, and no canonical URL. */
  noindex?: boolean;
  /** The day whose ticker edition the page shows; undefined: the newest (see tickerDayOf). */
  tickerDay?: string | undefined;
}

export type PageView = Record<string, unknown>;

/** The language of an article or listing page: its article's, its front's, its source's, or the site's. */
export function pageLangOf(route: ArticleOrListRoute, config: SiteConfig): string {
  if (route.kind === "article") return route.article.lang;
  return route.language?.code ?? route.source?.lang ?? config.defaultLanguage;
}

/**
 * The day of the ticker edition a page shows (see assemble/ticker.ts): an article's page, its own day's; a listing
 * page, its newest article's — except the first pages of home and of the language fronts, where readers come for
 * the news of now, which show the newest (undefined), as the site's own pages do. So a page that new articles do
 * not move keeps its ticker, and a crawl rewrites what it changed rather than the whole archive; in the browser,
 * the ticker script brings any page's ticker up to the newest.
 */
export function tickerDayOf(route: ArticleOrListRoute): string | undefined {
  if (route.kind === "article") return route.article.date;
  const front = route.list === "home" || route.list === "language";
  return front && route.pagination.first ? undefined : route.articles[0]?.date;
}

const FEED_TYPES = { rss: "application/rss+xml", atom: "application/atom+xml", json: "application/feed+json" } as const;

/** What is shared by many views or fingerprints: see cache/fingerprint.ts. */
export type Share = <T extends object>(value: T) => T;

/**
 * The views of article and listing pages, and the parts every page has (head, header, ticker, footer),
 * made from the site-wide data and the page's route only: a page's key hashes exactly those (see
 * plan/site-wide.ts), so the views are not given the site. `share` marks an object many views hold (the
 * ticker, the menus, a summary), so fingerprinting hashes it once.
 */
export function createPageViews(site: SiteWide, tickers: Pick<Site, "tickerEditions">, link: Linker, share: Share = (v) => v) {
  const { config } = site;
  const sourceByKey = new Map(site.sources.map((s) => [s.key, s]));
  const tagPaths = new Map(site.tags.map((t) => [matchKey(t.name) || t.name, t.path]));
  const tagPath = (tag: string) => tagPaths.get(matchKey(tag) || tag);

  // Each language's pages show its own ticker (its headlines first, each story in it where it can be); others, the
  // site's. A page shows the edition of its day (tickerDayOf), or the newest.
  const tickerView = (items: readonly TickerItem[]) =>
    share(items.map((item) => ({ text: item.text, lang: item.lang, dir: item.dir, href: item.articlePath ? link.href(item.articlePath) : null })));
  const newest = tickers.tickerEditions[0];
  const editionByKey = new Map(tickers.tickerEditions.map((e) => [e.key, e]));
  /** The edition a day's pages show (a day or an edition's key); undefined: the newest. */
  const editionFor = (day: string | undefined) => (day === undefined || !newest ? undefined : editionByKey.get(editionKeyOf(day, newest.day))) ?? newest;
  /** The key of the edition a day's pages show (undefined: the newest's), for pages to be keyed and their chrome shared by it. */
  const tickerEditionKey = (day: string | undefined): string | undefined => editionFor(day)?.key;
  // A language's ticker of an edition, and what it says of itself: its day, and where the newest is (the ticker
  // script replaces an older one in the browser).
  /** A language's ticker of an edition as its pages show it: its headlines and its day (the key of the pages that show it). */
  const tickerParts = new Map<string, { ticker: ReturnType<typeof tickerView>; tickerEdition: { day: string; src: string; script: string } }>();
  const tickerPartsFor = (lang: string, day?: string) => {
    const edition = editionFor(day);
    const id = `${lang}|${edition?.key ?? ""}`;
    let made = tickerParts.get(id);
    if (!made) {
      made = {
        ticker: tickerView(edition ? (edition.tickers[lang] ?? edition.ticker) : []),
        tickerEdition: share({ day: edition?.day ?? "", src: link.href(tickerPath(lang)), script: link.href(TICKER_SCRIPT) }),
      };
      tickerParts.set(id, made);
    }
    return made;
  };
  const languages = site.languages.map((l) => ({ code: l.code, dir: l.dir, name: uiFor(l.code, config).languageName, href: link.href(l.path) }));
  const siteInfo = share({ title: config.title, description: config.description });
  // Each language's pages lead back to its own front, sources and archives; the default language's (and any
  // language without a front) to the site's.
  const sectionOf = new Map(site.languages.map((l) => [l.code, l]));
  const navs = new Map<string, { home: string; sources: string; archives: string; languages: typeof languages }>();
  const navFor = (lang: string) => {
    let made = navs.get(lang);
    if (!made) {
      const section = lang === config.defaultLanguage ? undefined : sectionOf.get(lang);
      const base = section ? section.path : "/";
      made = share({ home: link.href(base), sources: link.href(`${base}sources/`), archives: link.href(`${base}archives/`), languages });
      navs.set(lang, made);
    }
    return made;
  };
  const siteFeeds: FeedLink[] = [
    { type: FEED_TYPES.rss, title: config.title, href: link.href(SITE_FEEDS.rss) },
    { type: FEED_TYPES.atom, title: `${config.title} (Atom)`, href: link.href(SITE_FEEDS.atom) },
    { type: FEED_TYPES.json, title: `${config.title} (JSON Feed)`, href: link.href(SITE_FEEDS.json) },
  ];
  const languageFeed = (code: string): FeedLink => ({
    type: FEED_TYPES.rss,
    title: `${config.title} — ${uiFor(code, config).languageName}`,
    href: link.href(sectionFeedPath(`/${code}/`)),
  });
  const sourceFeed = (source: SectionOf<Source>): FeedLink => ({
    type: FEED_TYPES.rss,
    title: `${config.title} — ${source.name}`,
    href: link.href(sectionFeedPath(source.path)),
  });
  // hreflang: the home page and the language fronts are the same page in several languages.
  const alternates = share([
    ...site.languages.map((l) => ({ hreflang: l.code, href: link.absolute(l.path) })),
    { hreflang: "x-default", href: link.absolute("/") },
  ]);
  share(siteFeeds);
  for (const rules of Object.values(config.languages)) share(rules.ui);

  // An article is summarised on home, its front, its source, its month and its neighbours' pages: once is enough.
  const summaries = new Map<Article, ArticleSummary>();
  const summary = (article: Article): ArticleSummary => {
    let made = summaries.get(article);
    if (!made) {
      made = share(summarize(article));
      summaries.set(article, made);
    }
    return made;
  };
  const summarize = (article: Article): ArticleSummary => {
    const source = sourceByKey.get(article.sourceKey)!;
    return {
      title: article.title,
      href: link.href(article.path),
      lang: article.lang,
      dir: article.dir,
      source: source.name,
      sourceHref: link.href(source.path),
      dateIso: article.date,
      dateText: formatDate(article.date, article.lang, config),
      excerpt: articleExcerpt(article),
    };
  };

  const common = (h: HeadInput) => {
    const ui = uiFor(h.lang, config);
    const canonical = link.absolute(h.path);
    return {
      site: siteInfo,
      lang: h.lang,
      dir: languageDir(h.lang, config),
      ui,
      title: h.title,
      description: h.description,
      canonical: h.noindex ? null : canonical,
      robots: h.noindex ? "noindex" : null,
      head: {
        feeds: [...siteFeeds, ...(h.feeds ?? [])],
        og: {
          type: h.ogType ?? "website",
          title: h.title,
          url: canonical,
          locale: ogLocale(h.lang, config),
          image: h.image ?? null,
          publishedTime: h.publishedTime ?? null,
        },
        alternates: h.alternates && site.languages.length > 1 ? alternates : [],
        jsonLd: h.jsonLd ?? null,
      },
      feedHref: link.href(SITE_FEEDS.rss),
      searchHref: config.search
        ? link.href(searchPath(site.languages.some((l) => l.code === h.lang) ? h.lang : config.defaultLanguage, config.defaultLanguage))
        : null,
      styleHref: link.href(STYLE_PATH),
      iconHref: link.href(ICON_PATH),
      nav: navFor(h.lang),
      ...tickerPartsFor(h.lang, h.tickerDay),
    };
  };

  /** A page of the site's own (sources, archives, search…): its heading is its title and description. */
  const sitePage = (lang: string, path: string, heading: string, extra: { noindex?: boolean } = {}) =>
    common({ lang, path, title: `${heading} — ${config.title}`, description: heading, ...extra });

  /** A story on a front: its headline, every source with its version, its languages; the lead with its image. */
  const storyCard = (card: StoryCard, lang: string, lead: boolean) => {
    const ui = uiFor(lang, config);
    const image = config.images ? (card.versions.find((v) => v.image)?.image ?? null) : null;
    return {
      ...summary(card.lead),
      lead,
      image: lead ? image : null,
      sourceCount: plural(ui.sourceCount, card.versions.length, lang),
      languages: card.languages.map((code) => code.toUpperCase()),
      versions: card.versions.map((v) => ({ source: sourceByKey.get(v.sourceKey)!.name, href: link.href(v.path), lang: v.lang, dir: v.dir, title: v.title })),
    };
  };

  /** What readers call a page of a list: "Page 2 of 9", or on a page of an archive numbered from the oldest, its dates. */
  const pageLabel = (p: Pagination, articles: readonly Article[], lang: string): string => {
    if (p.page !== null && p.pages !== null) return fill(uiFor(lang, config).pageOf, { page: p.page, pages: p.pages });
    const newest = formatDate(articles[0]?.date ?? "", lang, config);
    const oldest = formatDate(articles.at(-1)?.date ?? "", lang, config);
    return oldest === newest ? newest : `${oldest} – ${newest}`;
  };
  const pager = (p: Pagination, articles: readonly Article[], lang: string) => ({
    first: p.first,
    page: p.page,
    pages: p.pages,
    label: pageLabel(p, articles, lang),
    previous: p.previous ? link.href(p.previous) : null,
    next: p.next ? link.href(p.next) : null,
  });

  /** What the header, ticker and footer of a language's pages of a day's ticker are rendered from: the same for all of them. */
  const chromeContext = (lang: string, tickerDay: string | undefined): Record<string, unknown> =>
    chromeContextOf(common({ lang, path: "/", title: "", description: "", tickerDay }));

  const page = (route: ArticleOrListRoute): { template: string; view: PageView } => {
    switch (route.kind) {
      case "list": {
        const lang = pageLangOf(route, config);
        const ui = uiFor(lang, config);
        let heading = ui.latest;
        const feeds: FeedLink[] = [];
        if (route.source) {
          heading = fill(ui.sourceTitle, { source: route.source.name });
          feeds.push(sourceFeed(route.source));
        } else if (route.month) {
          heading = fill(ui.archiveTitle, { month: formatMonth(route.month.year, route.month.month, lang, config) });
        } else if (route.tag) {
          heading = fill(ui.tagTitle, { tag: route.tag.name });
          feeds.push({ type: FEED_TYPES.rss, title: `${config.title} — ${route.tag.name}`, href: link.href(sectionFeedPath(route.tag.path)) });
        } else if (route.language) {
          feeds.push(languageFeed(route.language.code));
        }
        const first = route.pagination.first;
        const pageSuffix = first ? "" : ` (${pageLabel(route.pagination, route.articles, lang)})`;
        const title = route.list === "home" && first ? config.title : `${heading}${pageSuffix} — ${config.title}`;
        return {
          template: "list.njk",
          view: {
            ...common({
              lang,
              path: route.path,
              title,
              // A language front is described in its own language (the site's description is in the default one).
              description:
                route.list === "home"
                  ? config.description
                  : route.language && route.list === "language"
                    ? languageFeedText(config, route.language.code).description
                    : heading,
              feeds,
              alternates: first && (route.list === "home" || route.list === "language"),
              tickerDay: tickerDayOf(route),
            }),
            heading,
            sourceHomepage: route.source?.homepage ?? null,
            topStories: route.stories ? { heading: ui.topStories, cards: route.stories.map((card, i) => storyCard(card, lang, i === 0)) } : null,
            articles: route.articles.map(summary),
            pagination: pager(route.pagination, route.articles, lang),
          },
        };
      }
      case "article": {
        const { article } = route;
        const source = sourceByKey.get(article.sourceKey)!;
        const ui = uiFor(article.lang, config);
        const text = articleText(article);
        const description = articleExcerpt(article);
        const published = rfc3339(publishedMoment(article, config.timeZone));
        return {
          template: "article.njk",
          view: {
            ...common({
              lang: article.lang,
              path: article.path,
              title: `${article.title} — ${config.title}`,
              description,
              feeds: [sourceFeed(source), languageFeed(article.lang)],
              tickerDay: tickerDayOf(route),
              ogType: "article",
              image: article.image,
              publishedTime: published,
              jsonLd: newsArticleJsonLd({
                headline: article.title,
                url: link.absolute(article.path),
                datePublished: published,
                inLanguage: article.lang,
                description,
                publisherName: config.title,
                publisherUrl: link.absolute("/"),
                sourceName: source.name,
                sourceUrl: source.homepage,
                isBasedOn: article.url,
                image: article.image,
                keywords: article.tags,
              }),
            }),
            article: {
              title: article.title,
              // Shown only when the site shows remote images; never fetched by Kiosk.
              image: config.images ? article.image : null,
              body: text.body,
              bodyHtml: text.bodyHtml,
              truncatedLede: article.flags.includes("truncated-lede"),
              credit: templateParts(ui.publishedIn),
              source: source.name,
              sourceHref: link.href(source.path),
              dateIso: article.date,
              dateText: formatDate(article.date, article.lang, config),
              original: article.url,
              readOriginal: templateParts(ui.readOriginal),
              // Without the article's own address, its source's home page, saying so.
              sourceHome: article.url ? null : source.homepage,
              originalUnknown: templateParts(ui.originalUnknown),
              // Each tag links to its page.
              tags: article.tags.map((tag) => ({ name: tag, href: tagPath(tag) ? link.href(tagPath(tag)!) : null })),
            },
            // The same story from other sources and in other languages.
            alsoCovered: route.alsoCovered.map(summary),
            moreFrom: fill(ui.moreFrom, { source: source.name }),
            related: route.related.map(summary),
            topical: route.topical.map(summary),
          },
        };
      }
    }
  };
  return { page, common, summary, sitePage, chromeContext, tickerPartsFor, tickerEditionKey };
}

export type PageViews = ReturnType<typeof createPageViews>;

function ogLocale(lang: string, config: SiteConfig): string | null {
  return (config.languages[lang] ?? config.languages[lang.split("-")[0]!])?.locale || null;
}
