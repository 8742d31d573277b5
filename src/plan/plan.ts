/**
 * Plan: every page and feed of the site, with its path. Listings are paginated
 * here; render only fills templates.
 */
import type { Article, Site } from "../model/site.js";
import type { ListKind, Route } from "./route.js";

export function planRoutes(site: Site): Route[] {
  const { config } = site;
  const routes: Route[] = [];

  routes.push(...paginate("home", "/", site.articles, config.pageSize, {}));
  for (const language of site.languages) {
    routes.push(...paginate("language", language.path, language.articles, config.pageSize, { language }));
  }
  for (const source of site.sources) {
    routes.push(...paginate("source", source.path, source.articles, config.pageSize, { source }));
  }
  for (const month of site.months) {
    routes.push(...paginate("month", month.path, month.articles, config.pageSize, { month }));
  }

  for (const source of site.sources) {
    source.articles.forEach((article, index) => {
      routes.push({ kind: "article", path: article.path, article, related: nearest(source.articles, index, config.relatedCount) });
    });
  }

  routes.push({ kind: "sources", path: "/sources/" });
  routes.push({ kind: "archives", path: "/archives/" });
  routes.push({ kind: "not-found", path: "/404.html" });

  routes.push({
    kind: "rss",
    path: "/feed.xml",
    title: config.title,
    description: config.description,
    lang: config.defaultLanguage,
    homePath: "/",
    articles: site.articles.slice(0, config.feedSize),
  });
  for (const source of site.sources) {
    routes.push({
      kind: "rss",
      path: `${source.path}feed.xml`,
      title: `${config.title} — ${source.name}`,
      description: `${config.description} (${source.name})`,
      lang: source.articles[0]!.lang,
      homePath: source.path,
      articles: source.articles.slice(0, config.feedSize),
    });
  }
  return routes;
}

function paginate(list: ListKind, basePath: string, articles: Article[], pageSize: number, context: Partial<Extract<Route, { kind: "list" }>>): Route[] {
  const pages = Math.max(1, Math.ceil(articles.length / pageSize));
  const pathOf = (page: number) => (page === 1 ? basePath : `${basePath}page/${page}/`);
  const routes: Route[] = [];
  for (let page = 1; page <= pages; page++) {
    routes.push({
      ...context,
      kind: "list",
      list,
      path: pathOf(page),
      articles: articles.slice((page - 1) * pageSize, page * pageSize),
      pagination: {
        page,
        pages,
        previous: page > 1 ? pathOf(page - 1) : null,
        next: page < pages ? pathOf(page + 1) : null,
      },
    });
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
