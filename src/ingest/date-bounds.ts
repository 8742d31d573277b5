/**
 * Dates that cannot be right: an item dated 2200 would lead the home page, set every feed's
 * `lastBuildDate` and empty the news sitemap of the real articles. An article dated after
 * the build's reference day (with a day's grace for time zones) is reported and left out,
 * as Hugo leaves out future content; it appears in the first build on or after its day.
 * The reference is `--now` when given, else today, so the same input and options give the
 * same site, and the output never shows the clock. Parsers already refuse years before 1900.
 */
import { warning, type Diagnostic } from "../diagnostics.js";
import { dayAt } from "../text/dates.js";
import type { InputResult } from "./input-result.js";

/** The latest day an article may carry, YYYY-MM-DD: the day after `instant` in the site's time zone. */
export function latestPlausibleDay(instant: number, timeZone: string): string {
  const next = new Date(`${dayAt(instant, timeZone)}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** The result without the articles dated after `latestDay`, each reported; the same object when none is. */
export function withoutFutureArticles(result: InputResult, latestDay: string): InputResult {
  if (result.articles.every((a) => a.date <= latestDay)) return result;
  const diagnostics: Diagnostic[] = [...result.diagnostics];
  for (const article of result.articles) {
    if (article.date <= latestDay) continue;
    diagnostics.push(
      warning(
        result.file,
        null,
        `"${article.title.slice(0, 60)}" is dated ${article.date}, after ${latestDay}: a date that cannot be right yet; the article is left out.`,
        "Correct the date at the source; the article appears in the first build on or after its day (or pass --now).",
      ),
    );
  }
  return { ...result, articles: result.articles.filter((a) => a.date <= latestDay), diagnostics };
}
