/**
 * One story once: the same article from several inputs — a scraped page and a
 * feed item, a page saved twice — becomes one article that keeps the richest
 * fields. Two articles are the same when they point at the same original URL
 * (tracking parameters aside), or have the same title, source and day.
 * Precision first: nothing looser than that merges articles here (related
 * coverage by other sources is grouped into stories, not merged).
 */
import type { ParsedArticle } from "../model/article.js";
import { hashOf } from "../cache/hash.js";
import { matchKey } from "../text/clean.js";
import { sourceKey } from "./sources.js";

export interface Deduplicated {
  articles: ParsedArticle[];
  /** For each merged article: the file it was taken from, then the files merged into it. */
  merges: Map<ParsedArticle, string[]>;
}

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_[a-z]+|ref|xtor|at_medium|at_campaign)$/i;

/** An original URL as a key: scheme and host lower-cased, tracking parameters, fragment and trailing slash dropped. */
export function urlKey(url: string): string {
  try {
    const u = new URL(url);
    const params = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : 1));
    const query = params.length ? `?${new URLSearchParams(params)}` : "";
    return `${u.host.toLowerCase().replace(/^www\./, "")}${u.pathname.replace(/\/+$/, "")}${query}`;
  } catch {
    return url;
  }
}

export function deduplicate(parsed: readonly ParsedArticle[]): Deduplicated {
  const parent = parsed.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const seen = new Map<string, number>();
  parsed.forEach((article, i) => {
    const keys = [`title:${matchKey(article.title)}|${sourceKey(article.source)}|${article.date}`];
    if (article.url) keys.push(`url:${urlKey(article.url)}`);
    for (const key of keys) {
      const other = seen.get(key);
      if (other === undefined) seen.set(key, i);
      else union(i, other);
    }
  });

  const groups = new Map<number, ParsedArticle[]>();
  parsed.forEach((article, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), article]);
  });
  const articles: ParsedArticle[] = [];
  const merges = new Map<ParsedArticle, string[]>();
  for (const group of groups.values()) {
    if (group.length === 1) {
      articles.push(group[0]!);
      continue;
    }
    const merged = mergeGroup(group);
    articles.push(merged);
    merges.set(merged, [...group].sort(byRichness).map((a) => a.file));
  }
  return { articles, merges };
}

/** Richer first: more text, then a link to the original, an image, tags; then file order, so the choice never depends on the disk. */
function byRichness(a: ParsedArticle, b: ParsedArticle): number {
  return richness(b) - richness(a) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

function richness(a: ParsedArticle): number {
  return a.body.join(" ").length + (a.url ? 200 : 0) + (a.image ? 100 : 0) + a.tags.length * 10 + (a.bodyHtml ? 5 : 0);
}

/** The richest article, with what it lacks taken from the others. */
function mergeGroup(group: readonly ParsedArticle[]): ParsedArticle {
  const [base, ...others] = [...group].sort(byRichness);
  const merged: ParsedArticle = { ...base!, tags: [...base!.tags], ticker: [...base!.ticker] };
  // Made from every article of the group: its revision is theirs together (or none, when one lacks it).
  delete merged.revision;
  if (group.every((a) => a.revision !== undefined)) merged.revision = hashOf([base!, ...others].map((a) => a.revision).join("|"));
  for (const other of others) {
    merged.url ??= other.url;
    merged.image ??= other.image;
    merged.sourceUrl ??= other.sourceUrl;
    merged.pageUrl ??= other.pageUrl;
    merged.scrapedAt ??= other.scrapedAt;
    for (const tag of other.tags) if (!merged.tags.some((t) => t.toLowerCase() === tag.toLowerCase())) merged.tags.push(tag);
    for (const headline of other.ticker) if (!merged.ticker.includes(headline)) merged.ticker.push(headline);
  }
  return merged;
}
