/**
 * Sitemaps (sitemaps.org 0.9): an index that lists sitemaps of at most 50,000
 * URLs each, every URL with its lastmod.
 */
import { serializeXml } from "./xml.js";

export const SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
/** The protocol's limit of URLs per sitemap file. */

export interface SitemapUrl {
  /** Absolute URL. */
  loc: string;
  /** YYYY-MM-DD. */
  lastmod: string | null;
}

export function buildSitemap(urls: readonly SitemapUrl[]): string {
  return serializeXml({
    urlset: {
      "@_xmlns": SITEMAP_NAMESPACE,
      url: urls.map((u) => ({ loc: u.loc, ...(u.lastmod ? { lastmod: u.lastmod } : {}) })),
    },
  });
}

export function buildSitemapIndex(sitemaps: readonly SitemapUrl[]): string {
  return serializeXml({
    sitemapindex: {
      "@_xmlns": SITEMAP_NAMESPACE,
      sitemap: sitemaps.map((s) => ({ loc: s.loc, ...(s.lastmod ? { lastmod: s.lastmod } : {}) })),
    },
  });
}
