/**
 * The plain data that ingest hands to assemble: one parsed article, with the
 * ticker headlines of the page it came from.
 */

import type { Keywords } from "../text/keywords.js";

/** Where an article came from: a scraped page dump, a Markdown file, or an item of a saved feed. */
export type ArticleOrigin = "scraped" | "markdown" | "feed";

/** Where an article's text is when the input cache keeps it out of the heap: a record of a body file (see cache/body-store.ts). */
export interface StoredBody {
  /** The body file (its name in the cache; the whole path once the cache is loaded). */
  file: string;
  /** The record's first byte and length. */
  at: number;
  length: number;
  /** The first paragraph as an excerpt shows it (text/excerpt.ts: ledeOf): listings and feeds show it without reading the record. */
  lede: string;
}

export interface ParsedArticle {
  /** Path of the input file, as reported in diagnostics. */
  file: string;
  origin: ArticleOrigin;
  title: string;
  /** Publisher name as the credit line (or front matter) gives it. */
  source: string;
  /** Day of first publication, YYYY-MM-DD. */
  date: string;
  /** The moment of publication (ISO 8601, UTC), when the input gave a time of day (a feed item, front matter); absent for a day only. */
  published?: string;
  /** Language code (BCP 47 primary tag, e.g. "fr", "ar"). */
  lang: string;
  /** The original article's URL (http or https), when known. */
  url: string | null;
  /** The publisher's home page, when known. */
  sourceUrl: string | null;
  /** The aggregator page the dump was scraped from, when known. */
  pageUrl: string | null;
  /** An image for the article (http or https), when known. */
  image: string | null;
  /** What a feed said of the image: its media type and size in bytes (an enclosure's type and length). */
  imageMeta?: { type?: string; length?: number };
  tags: string[];
  /** The permalink's slug: the one front matter requested (already checked safe), or else the title's (ingest works it out). */
  slug: string | null;
  /** When the page was scraped (ISO 8601), when known; orders articles of the same day. */
  scrapedAt: string | null;
  /** Headlines of other articles, from the page's ticker line, in order. */
  ticker: string[];
  /**
   * Body paragraphs as plain text (excerpts, search, plain-text feeds) — or, for an article the input cache read
   * back, where they are (read them with `articleText`, cache/body-store.ts).
   */
  body: string[] | StoredBody;
  /** The body as sanitised HTML, for Markdown and feed articles; null for scraped pages (their paragraphs are the body). Stored like `body`. */
  bodyHtml: string | null | StoredBody;
  /** Things the parser noticed and kept: "truncated-lede", "no-back-link", … */
  flags: string[];
  /** What story grouping compares; ingest adds them (assemble works them out for an article without). */
  keywords?: Keywords;
  /**
   * A fingerprint of what the parser read to make the article (the input's bytes, path and the
   * article's place in it): same revision, same parsed fields. Ingest adds it; pages are keyed by it.
   */
  revision?: string;
}
