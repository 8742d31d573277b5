/** robots.txt: everything may be crawled; the sitemaps are named with absolute URLs. */

export function buildRobotsTxt(sitemapUrls: readonly string[]): string {
  return ["User-agent: *", "Allow: /", "", ...sitemapUrls.map((url) => `Sitemap: ${url}`), ""].join("\n");
}
