/**
 * One story once: the same article from several inputs — a scraped page and a
 * feed item, a page saved twice — becomes one article that keeps the richest
 * fields. Two articles are the same when they have the same title, source and
 * day, or point at the same original URL (tracking parameters aside) *and*
 * agree in title or text: scrapers put the publisher's home page, or another
 * article's address, in `url`, and such a URL must not make one article of
 * several. A URL shared by articles that do not agree is reported, and every
 * one of them is kept. A home page is never taken for an article's URL.
 * Precision first: nothing looser than that merges articles here (related
 * coverage by other sources is grouped into stories, not merged).
 */
import { warning, type Diagnostic } from "../diagnostics.js";
import type { ParsedArticle } from "../model/article.js";
import { hashOf } from "../util/hash.js";
import { matchKey } from "../text/clean.js";
import { sourceKey } from "./sources.js";
import { articleText, bodyOf } from "../cache/body-store.js";

export interface Deduplicated {
  articles: ParsedArticle[];
  /** For each merged article: the file it was taken from, then the files merged into it. */
  merges: Map<ParsedArticle, string[]>;
  /** Articles that share an original URL but not their title or text: kept apart, and reported. */
  diagnostics: Diagnostic[];
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

/** A site's home page ("https://example.ma/", "/index.html", "/fr/"): a scraper's stand-in when it lacked the article's URL. */
export function isHomePage(url: string): boolean {
  try {
    const u = new URL(url);
    const query = [...u.searchParams.keys()].filter((k) => !TRACKING.test(k));
    return query.length === 0 && /^\/*(?:[a-z]{2}(?:-[a-z]{2})?\/*)?(?:index\.[a-z]{3,4})?$/i.test(u.pathname);
  } catch {
    return false;
  }
}

/**
 * Two articles that share a URL are one when they say the same: titles with most words in common, or
 * texts that begin alike (a feed's excerpt and the scraped page). Across sources, only the same title.
 */
function agree(a: ParsedArticle, b: ParsedArticle): boolean {
  const [ta, tb] = [words(a.title), words(b.title)];
  const shared = [...ta].filter((w) => tb.has(w)).length;
  const titlesAgree = shared > 0 && shared / Math.min(ta.size, tb.size) >= 0.8 && shared / Math.max(ta.size, tb.size) >= 0.5;
  if (sourceKey(a.source) !== sourceKey(b.source)) return matchKey(a.title) === matchKey(b.title);
  if (titlesAgree) return true;
  const [ba, bb] = [matchKey(bodyOf(a).slice(0, 3).join(" ")).slice(0, 160), matchKey(bodyOf(b).slice(0, 3).join(" ")).slice(0, 160)];
  const prefix = Math.min(ba.length, bb.length);
  return prefix >= 60 && ba.slice(0, prefix) === bb.slice(0, prefix);
}

function words(text: string): Set<string> {
  return new Set(
    matchKey(text)
      .split(" ")
      .filter((w) => w.length > 1),
  );
}

export function deduplicate(parsed: readonly ParsedArticle[]): Deduplicated {
  const parent = parsed.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // Same title, source and day: the same article.
  const byTitle = new Map<string, number>();
  parsed.forEach((article, i) => {
    const key = `${matchKey(article.title)}|${sourceKey(article.source)}|${article.date}`;
    const other = byTitle.get(key);
    if (other === undefined) byTitle.set(key, i);
    else union(i, other);
  });
  // Same URL: the same article only when they agree; each URL's articles are compared with those before them.
  const byUrl = new Map<string, number[]>();
  const diagnostics: Diagnostic[] = [];
  for (const [i, article] of parsed.entries()) {
    if (!article.url || isHomePage(article.url)) continue;
    const key = urlKey(article.url);
    const before = byUrl.get(key);
    if (!before) {
      byUrl.set(key, [i]);
      continue;
    }
    const same = before.find((j) => find(j) === find(i) || agree(parsed[j]!, article));
    if (same !== undefined) union(i, same);
    else {
      const other = parsed[before[0]!]!;
      diagnostics.push(
        warning(
          article.file,
          null,
          `"${article.title.slice(0, 60)}" has the original URL ${article.url} of "${other.title.slice(0, 60)}" (${other.file}), but not its title or text; both are kept, as different articles.`,
          "Check the url in the scraper's output: it may be a section or home page, or another article's.",
        ),
      );
    }
    before.push(i);
  }

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
    merges.set(
      merged,
      [...group].sort(byRichness).map((a) => a.file),
    );
  }
  return { articles, merges, diagnostics };
}

/** Richer first: more text, then a link to the original, an image, tags; then file order, so the choice never depends on the disk. */
function byRichness(a: ParsedArticle, b: ParsedArticle): number {
  return richness(b) - richness(a) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

function richness(a: ParsedArticle): number {
  const text = articleText(a);
  return text.body.join(" ").length + (a.url ? 200 : 0) + (a.image ? 100 : 0) + a.tags.length * 10 + (text.bodyHtml ? 5 : 0);
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
    if (merged.image === null && other.image !== null) {
      merged.image = other.image;
      if (other.imageMeta) merged.imageMeta = other.imageMeta;
    }
    merged.sourceUrl ??= other.sourceUrl;
    merged.pageUrl ??= other.pageUrl;
    merged.scrapedAt ??= other.scrapedAt;
    if (merged.published === undefined && other.published !== undefined && other.date === merged.date) merged.published = other.published;
    for (const tag of other.tags) if (!merged.tags.some((t) => t.toLowerCase() === tag.toLowerCase())) merged.tags.push(tag);
    for (const headline of other.ticker) if (!merged.ticker.includes(headline)) merged.ticker.push(headline);
  }
  return merged;
}
