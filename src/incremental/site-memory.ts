/**
 * What the dev server keeps of the last assembled build, so that the usual
 * edit — a change to an article's text — does not assemble the whole site
 * again. When every changed input still places its article where it was (same
 * title, source, date, language, links, ticker line and keywords: nothing that
 * orders, groups, names or joins articles) and no article was merged from
 * several inputs, the last site is kept and only those articles' content is
 * swapped in; the pages that show them are the only ones to render. Anything
 * else assembles the site anew. Either way the site is the one a full build
 * makes (the tests compare them byte for byte).
 */
import { createArticlesShown } from "../plan/route-articles.js";
import type { InputResult } from "../ingest/input-result.js";
import type { ParsedArticle } from "../model/article.js";
import type { Article, Site } from "../model/site.js";
import { isSitePage, type Route } from "../plan/route.js";

export interface SiteMemory {
  /** Fingerprint of everything but the content: config, templates, public files, options. */
  setupKey: string;
  /** Each input file's parse result, by file, in the order the build read them. */
  inputs: Map<string, InputResult>;
  site: Site;
  routes: Route[];
  /** Where each article placed: see placementOf. */
  placements: Map<ParsedArticle, string>;
  /** The article made from each input that made exactly one article, not merged with others. */
  articleOf: Map<string, Article>;
  /** For each article, the routes that show it (filled when first needed). */
  dependents?: Map<Article, number[]>;
}

/** Everything about a parsed article that decides where and how it is placed in the site. */
function placementOf(a: ParsedArticle): string {
  return JSON.stringify([
    a.file,
    a.origin,
    a.title,
    a.source,
    a.sourceUrl,
    a.date,
    a.published ?? null,
    a.lang,
    a.url,
    a.slug,
    a.scrapedAt,
    a.tags,
    a.ticker,
    a.keywords ?? null,
  ]);
}

export function rememberSite(setupKey: string, inputs: Map<string, InputResult>, site: Site, routes: Route[]): SiteMemory {
  const placements = new Map<ParsedArticle, string>();
  for (const result of inputs.values()) for (const a of result.articles) placements.set(a, placementOf(a));
  const articleOf = new Map<string, Article>();
  for (const article of site.articles) if (article.mergedFrom.length === 1) articleOf.set(article.mergedFrom[0]!, article);
  return { setupKey, inputs, site, routes, placements, articleOf };
}

/**
 * The last site with the changed inputs' content swapped in, and the articles that changed; undefined
 * when the change moves anything (then the site must be assembled anew). The remembered site is updated in place.
 */
export function patchSite(memory: SiteMemory, setupKey: string, inputs: Map<string, InputResult>): Article[] | undefined {
  if (setupKey !== memory.setupKey || inputs.size !== memory.inputs.size) return undefined;
  const changes: { article: Article; was: ParsedArticle; now: ParsedArticle; placement: string }[] = [];
  for (const [file, result] of inputs) {
    const before = memory.inputs.get(file);
    if (before === undefined) return undefined;
    if (before === result) continue;
    if (before.articles.length !== 1 || result.articles.length !== 1 || !result.ok) return undefined;
    const [was, now] = [before.articles[0]!, result.articles[0]!];
    const article = memory.articleOf.get(file);
    const placement = placementOf(now);
    if (!article || placement !== memory.placements.get(was)) return undefined;
    changes.push({ article, was, now, placement });
  }
  for (const { article, was, now, placement } of changes) {
    const { ticker: _ticker, keywords: _keywords, ...content } = now;
    Object.assign(article, content);
    memory.placements.delete(was);
    memory.placements.set(now, placement);
  }
  memory.inputs = inputs;
  return changes.map((c) => c.article);
}

/** Which routes show each article, worked out once (the dev server asks for it when idle, so that the first edit need not). */
export function prepareDependents(memory: SiteMemory): Map<Article, number[]> {
  memory.dependents ??= dependentsOf(memory);
  return memory.dependents;
}

/** The routes that show any of `articles`, by index (the site's own pages, which list articles too, always). */
export function routesShowing(memory: SiteMemory, articles: readonly Article[]): Set<number> {
  const dependents = prepareDependents(memory);
  const out = new Set<number>();
  memory.routes.forEach((route, i) => {
    if (isSitePage(route)) out.add(i);
  });
  for (const article of articles) for (const i of dependents.get(article) ?? []) out.add(i);
  return out;
}

function dependentsOf(memory: SiteMemory): Map<Article, number[]> {
  const articlesShown = createArticlesShown(memory.site);
  const dependents = new Map<Article, number[]>();
  memory.routes.forEach((route, i) => {
    for (const article of articlesShown(route)) {
      const list = dependents.get(article);
      if (list) list.push(i);
      else dependents.set(article, [i]);
    }
  });
  return dependents;
}
