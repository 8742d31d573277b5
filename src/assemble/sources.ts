/**
 * Grouping articles by publisher. "Barlamane", "barlamane" and "BARLAMANE " are
 * one source, shown under the spelling most of its articles use.
 */
import type { ParsedArticle } from "../model/article.js";
import { matchKey } from "../text/clean.js";
import { slugify } from "../text/slug.js";

export interface SourceIdentity {
  key: string;
  name: string;
  slug: string;
  homepage: string | null;
}

/** Slugs of the site's own pages under /sources/ (the sources-health page; "page" for a paginated index). */
export const RESERVED_SOURCE_SLUGS = ["health", "page"];

export function sourceKey(name: string): string {
  return matchKey(name) || name;
}

/** One identity per source key, with a unique slug; `articles` are in site order. */
export function identifySources(articles: readonly ParsedArticle[]): Map<string, SourceIdentity> {
  const spellings = new Map<string, Map<string, number>>();
  const homepages = new Map<string, string>();
  for (const article of articles) {
    const key = sourceKey(article.source);
    const counts = spellings.get(key) ?? new Map<string, number>();
    counts.set(article.source, (counts.get(article.source) ?? 0) + 1);
    spellings.set(key, counts);
    if (article.sourceUrl && !homepages.has(key)) homepages.set(key, article.sourceUrl);
  }

  const identities = new Map<string, SourceIdentity>();
  // Site pages live under /sources/ too: a source named "Health" must not take the sources-health page's path.
  const taken = new Set<string>(RESERVED_SOURCE_SLUGS);
  // Sorted keys, so that which of two clashing sources gets "-2" never depends on file order.
  for (const key of [...spellings.keys()].sort()) {
    const name = [...spellings.get(key)!.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const base = slugify(name, "source");
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    identities.set(key, { key, name, slug, homepage: homepages.get(key) ?? null });
  }
  return identities;
}
