/**
 * Articles without a link to their original: their pages can only point at the source's home
 * page. An editor should know, per source, how many there are — `kiosk check` and the build
 * summary say it, since nothing on the pages is broken.
 */

/** "3 articles have no link to their original (Barlamane 2, Hespress 1) …", or undefined when every article has one. */
export function missingOriginalsNote(articles: readonly { source: string; url: string | null }[]): string | undefined {
  const bySource = new Map<string, number>();
  for (const a of articles) if (!a.url) bySource.set(a.source, (bySource.get(a.source) ?? 0) + 1);
  const total = [...bySource.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return undefined;
  const list = [...bySource]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, 8)
    .map(([source, n]) => `${source} ${n}`);
  const more = bySource.size > 8 ? `, and ${bySource.size - 8} more sources` : "";
  return `${total} article${total === 1 ? " has" : "s have"} no link to the original (${list.join(", ")}${more}): their pages link the source's home page when it is known. Add url: to the front matter, or the URL on the back-link line.`;
}
