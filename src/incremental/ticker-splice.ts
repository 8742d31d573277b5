/**
 * Tickers change with every crawl and show on every page. A page whose own content is unchanged since
 * the last build (its key without the tickers is the same) is brought up to date by replacing, in the
 * last build's file, the ticker it was written with by its language's new one: the same bytes a full
 * render would give (the template inserts the ticker as it is), for a read and a write instead of a
 * render. Bytes, not text: no page is decoded or encoded again.
 */

export interface LastPage {
  bytes(): Buffer | undefined;
  tickers: Readonly<Record<string, string>>;
}

/** Replaces tickers in the last build's pages; the encoded tickers of each language are made once. */
export function createTickerSplicer(tickerHtml: (lang: string) => string): (last: LastPage) => Buffer | undefined {
  const encoded = new Map<string, { old: Buffer; now: Buffer } | null>();
  const tickersOf = (lang: string, tickers: Readonly<Record<string, string>>) => {
    let pair = encoded.get(lang);
    if (pair === undefined) {
      const old = tickers[lang];
      pair = old ? { old: Buffer.from(old), now: Buffer.from(tickerHtml(lang)) } : null;
      encoded.set(lang, pair);
    }
    return pair;
  };
  /** The last build's page with its ticker replaced, or undefined when that cannot be done safely (then it is rendered). */
  return (last) => {
    const bytes = last.bytes();
    if (bytes === undefined) return undefined;
    // The page's language decides its ticker; every page names it on <html>.
    const lang = /<html[^>]*?\slang="([^"]+)"/.exec(bytes.subarray(0, 1000).toString("latin1"))?.[1];
    const pair = lang === undefined ? null : tickersOf(lang, last.tickers);
    if (!pair) return undefined;
    const at = bytes.indexOf(pair.old);
    // Exactly once, or the page is not what the last build made of that ticker.
    if (at === -1 || bytes.indexOf(pair.old, at + 1) !== -1) return undefined;
    return Buffer.concat([bytes.subarray(0, at), pair.now, bytes.subarray(at + pair.old.length)]);
  };
}
