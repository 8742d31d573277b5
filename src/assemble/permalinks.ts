/**
 * Permalinks: /YYYY/MM/DD/<source>/<slug>/. Date and source are in the path, so
 * two publishers' identical headlines, or the same headline on two days, never
 * clash, and adding an article never changes another's URL. Only the same
 * title from the same source on the same day needs "-2", given in file-path
 * order.
 */
import type { ParsedArticle } from "../model/article.js";
import { slugify } from "../text/slug.js";

export function articlePaths(articles: readonly ParsedArticle[], sourceSlugOf: (article: ParsedArticle) => string): Map<ParsedArticle, string> {
  const byBase = new Map<string, { article: ParsedArticle; base: string }[]>();
  for (const article of articles) {
    const [year, month, day] = article.date.split("-");
    // (An article not made by ingest may have none yet.)
    const slug = article.slug ?? slugify(article.title);
    const base = `/${year}/${month}/${day}/${sourceSlugOf(article)}/${slug}`;
    // Compared without case: "Abc" and "abc" are one folder on case-insensitive file systems (macOS, Windows).
    const group = byBase.get(base.toLowerCase());
    if (group) group.push({ article, base });
    else byBase.set(base.toLowerCase(), [{ article, base }]);
  }

  const paths = new Map<ParsedArticle, string>();
  const taken = new Set<string>(byBase.keys());
  for (const group of byBase.values()) {
    group.sort((a, b) => (a.article.file < b.article.file ? -1 : a.article.file > b.article.file ? 1 : 0));
    group.forEach(({ article, base }, i) => {
      let path = base;
      if (i > 0) {
        let n = i + 1;
        while (taken.has(`${base}-${n}`.toLowerCase())) n++;
        path = `${base}-${n}`;
        taken.add(path.toLowerCase());
      }
      paths.set(article, `${path}/`);
    });
  }
  return paths;
}
