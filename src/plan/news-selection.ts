/** Which articles the Google News sitemap lists: those of the last two days, at most 1,000 (Google's rules). */
import type { Article } from "../model/site.js";
import { publishedMoment } from "../text/dates.js";

export const NEWS_SITEMAP_LIMIT = 1000;
/** Google News takes articles published in the last two days. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** The articles published in (now − 2 days, now], newest first, at most 1,000; `articles` are sorted newest first. */
export function selectNewsArticles(articles: readonly Article[], now: number, timeZone: string): Article[] {
  const selected: Article[] = [];
  for (const article of articles) {
    const published = publishedMoment(article, timeZone).instant;
    if (published <= now - NEWS_WINDOW_MS || selected.length >= NEWS_SITEMAP_LIMIT) break;
    if (published <= now) selected.push(article);
  }
  return selected;
}
