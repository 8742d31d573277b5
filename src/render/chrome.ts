/**
 * A page's chrome: the header, ticker and footer every page has. They depend only on the page's language (and
 * the ticker on its ticker's day too: see assemble/ticker.ts), so each is rendered once for all pages that
 * share it — on the main thread, or the ticker on a render worker, which keeps it by its key.
 */
import type { PageView } from "./views.js";

/** Partials rendered once per language. */
export const HEADER_AND_FOOTER = ["header", "footer"] as const;
/** The partial rendered once per language and ticker day. */
export const TICKER_PARTIAL = "partials/ticker.njk";

/** Names the chrome of the pages of a language and ticker day (undefined: the newest). */
export function chromeKeyOf(lang: string, tickerDay: string | undefined): string {
  return `${lang}|${tickerDay ?? ""}`;
}

/** What the chrome is rendered from, out of a page's view: the fields that are the same for every page with its key. */
export function chromeContextOf(view: PageView): Record<string, unknown> {
  const { lang, dir, ui, nav, site, ticker, tickerEdition, feedHref, searchHref } = view;
  return { lang, dir, ui, nav, site, ticker, tickerEdition, feedHref, searchHref };
}
