/**
 * Tickers change with every crawl and show on every page. A page whose own content is unchanged since
 * the last build (its key without the tickers is the same) is brought up to date by replacing, in the
 * last build's file, the ticker it was written with by its language's new one: the same bytes a full
 * render would give (the template inserts the ticker as it is), for a read and a write instead of a
 * render. Bytes, not text: no page is decoded or encoded again. Done on the main thread or, in large
 * builds, on the render workers (render-worker.ts).
 */

/** A language's ticker as the last build wrote it, and as this build writes it. */
export interface TickerPair {
  old: string;
  now: string;
}

/** The ticker pairs of every language the last build wrote a ticker for. */
export function tickerPairs(lastTickers: Readonly<Record<string, string>>, tickerHtml: (lang: string) => string): Record<string, TickerPair> {
  const pairs: Record<string, TickerPair> = {};
  for (const [lang, old] of Object.entries(lastTickers)) pairs[lang] = { old, now: tickerHtml(lang) };
  return pairs;
}

/**
 * Replaces the ticker in pages: each language's pair is encoded once. The page comes back in three parts
 * (before the ticker, the new ticker, after it), to be written as they are or joined.
 */
export function createTickerSplicer(pairs: Readonly<Record<string, TickerPair>>): (bytes: Buffer) => Buffer[] | undefined {
  const encoded = new Map<string, { old: Buffer; now: Buffer }>();
  for (const [lang, pair] of Object.entries(pairs)) encoded.set(lang, { old: Buffer.from(pair.old), now: Buffer.from(pair.now) });
  /** The page with its ticker replaced, or undefined when that cannot be done safely (then it is rendered). */
  return (bytes) => {
    // The page's language decides its ticker; every page names it on <html>.
    const lang = /<html[^>]*?\slang="([^"]+)"/.exec(bytes.subarray(0, 1000).toString("latin1"))?.[1];
    const pair = lang === undefined ? undefined : encoded.get(lang);
    if (!pair) return undefined;
    const at = bytes.indexOf(pair.old);
    // Exactly once, or the page is not what the last build made of that ticker.
    if (at === -1 || bytes.indexOf(pair.old, at + 1) !== -1) return undefined;
    return [bytes.subarray(0, at), pair.now, bytes.subarray(at + pair.old.length)];
  };
}
