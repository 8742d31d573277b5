/**
 * View models: the plain data each template gets. All text is still plain text
 * here; the templates escape it. Every value a template reads is defined
 * (null where absent), since the environment throws on undefined.
 */
import { languageDir } from "../config/language-lookup.js";
import type { Article, Site, Source } from "../model/site.js";
import type { Pagination, Route } from "../plan/route.js";
import { fill, formatDate, formatMonth, templateParts, uiFor } from "./i18n.js";
import type { Linker } from "./links.js";

const EXCERPT_LENGTH = 220;

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

export type PageView = Record<string, unknown>;

export function createViewBuilder(site: Site, link: Linker) {
  const { config } = site;
  const sourceByKey = new Map(site.sources.map((s) => [s.key, s]));

  const ticker = site.ticker.map((item) => ({
    text: item.text,
    lang: item.lang,
    dir: item.dir,
    href: item.articlePath ? link.href(item.articlePath) : null,
  }));
  const languages = site.languages.map((l) => ({ code: l.code, dir: l.dir, name: uiFor(l.code, config).languageName, href: link.href(l.path) }));

  const summary = (article: Article): ArticleSummary => {
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
      excerpt: article.flags.includes("truncated-lede") ? `…${excerpt(article.body)}` : excerpt(article.body),
    };
  };

  const common = (lang: string, path: string, title: string, description: string) => {
    const ui = uiFor(lang, config);
    return {
      site: { title: config.title, description: config.description },
      lang,
      dir: languageDir(lang, config),
      ui,
      title,
      description,
      canonical: link.absolute(path),
      feedHref: link.href("/feed.xml"),
      styleHref: link.href("/style.css"),
      nav: {
        home: link.href("/"),
        sources: link.href("/sources/"),
        archives: link.href("/archives/"),
        languages,
      },
      ticker,
    };
  };

  const pager = (p: Pagination, lang: string) => ({
    page: p.page,
    pages: p.pages,
    label: fill(uiFor(lang, config).pageOf, { page: p.page, pages: p.pages }),
    previous: p.previous ? link.href(p.previous) : null,
    next: p.next ? link.href(p.next) : null,
  });

  return function buildView(route: Exclude<Route, { kind: "rss" }>): { template: string; view: PageView } {
    switch (route.kind) {
      case "list": {
        const lang = route.language?.code ?? (route.source ? mainLanguage(route.source) : config.defaultLanguage);
        const ui = uiFor(lang, config);
        let heading = ui.latest;
        let feed: string | null = null;
        if (route.source) {
          heading = fill(ui.sourceTitle, { source: route.source.name });
          feed = link.href(`${route.source.path}feed.xml`);
        } else if (route.month) {
          heading = fill(ui.archiveTitle, { month: formatMonth(route.month.year, route.month.month, lang, config) });
        }
        const pageSuffix = route.pagination.page > 1 ? ` (${fill(ui.pageOf, { page: route.pagination.page, pages: route.pagination.pages })})` : "";
        const title = route.list === "home" && route.pagination.page === 1 ? config.title : `${heading}${pageSuffix} — ${config.title}`;
        return {
          template: "list.njk",
          view: {
            ...common(lang, route.path, title, route.list === "home" ? config.description : heading),
            heading,
            sourceFeedHref: feed,
            sourceHomepage: route.source?.homepage ?? null,
            articles: route.articles.map(summary),
            pagination: pager(route.pagination, lang),
          },
        };
      }
      case "article": {
        const { article } = route;
        const source = sourceByKey.get(article.sourceKey)!;
        const ui = uiFor(article.lang, config);
        return {
          template: "article.njk",
          view: {
            ...common(article.lang, article.path, `${article.title} — ${config.title}`, excerpt(article.body)),
            article: {
              title: article.title,
              body: article.body,
              truncatedLede: article.flags.includes("truncated-lede"),
              credit: templateParts(ui.publishedIn),
              source: source.name,
              sourceHref: link.href(source.path),
              sourceFeedHref: link.href(`${source.path}feed.xml`),
              dateIso: article.date,
              dateText: formatDate(article.date, article.lang, config),
              original: article.url,
              readOriginal: templateParts(ui.readOriginal),
              tags: article.tags,
              image: article.image,
            },
            moreFrom: fill(ui.moreFrom, { source: source.name }),
            related: route.related.map(summary),
          },
        };
      }
      case "sources": {
        const lang = config.defaultLanguage;
        const ui = uiFor(lang, config);
        return {
          template: "sources.njk",
          view: {
            ...common(lang, route.path, `${ui.sources} — ${config.title}`, ui.sources),
            sources: site.sources.map((s) => ({
              name: s.name,
              href: link.href(s.path),
              lang: mainLanguage(s),
              count: fill(ui.articleCount, { count: s.articles.length }),
              latest: s.articles[0] ? formatDate(s.articles[0].date, lang, config) : "",
              latestIso: s.articles[0]?.date ?? "",
            })),
          },
        };
      }
      case "archives": {
        const lang = config.defaultLanguage;
        const ui = uiFor(lang, config);
        return {
          template: "archives.njk",
          view: {
            ...common(lang, route.path, `${ui.archives} — ${config.title}`, ui.archives),
            months: site.months.map((m) => ({
              label: formatMonth(m.year, m.month, lang, config),
              href: link.href(m.path),
              count: fill(ui.articleCount, { count: m.articles.length }),
            })),
          },
        };
      }
      case "not-found": {
        const lang = config.defaultLanguage;
        const ui = uiFor(lang, config);
        return {
          template: "404.njk",
          view: {
            ...common(lang, route.path, `${ui.notFoundTitle} — ${config.title}`, ui.notFoundTitle),
            latest: site.articles.slice(0, 5).map(summary),
          },
        };
      }
    }
  };
}

/** The language most of a source's articles are in (ties: the newest article's). */
function mainLanguage(source: Source): string {
  const counts = new Map<string, number>();
  for (const a of source.articles) counts.set(a.lang, (counts.get(a.lang) ?? 0) + 1);
  let best = source.articles[0]?.lang ?? "en";
  for (const [lang, n] of counts) if (n > (counts.get(best) ?? 0)) best = lang;
  return best;
}

/** The first paragraph, cut at a word boundary. */
export function excerpt(body: readonly string[], max = EXCERPT_LENGTH): string {
  const first = body[0] ?? "";
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}
