/**
 * One copy of each repeated text. Every page of a site repeats the same ticker
 * headlines, source names, languages and keywords; parsed on worker threads or
 * read back from the cache, each page would hold its own copies (for 20,000
 * pages about 100 MB of duplicates). The input cache passes each input through
 * its pool, so an article keeps only the shared copy.
 */
import type { InputResult } from "../ingest/input-result.js";

export class StringPool {
  private readonly strings = new Map<string, string>();

  intern = (text: string): string => {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    this.strings.set(text, text);
    return text;
  };

  /**
   * Interns, in place, the short texts of an input's articles that other inputs repeat (bodies are left
   * alone); `tickerAndKeywords: false` when those are single copies already (read back from the cache's table).
   */
  internInput(result: InputResult, { tickerAndKeywords = true } = {}): void {
    const all = (list: string[]) => {
      for (let i = 0; i < list.length; i++) list[i] = this.intern(list[i]!);
    };
    for (const article of result.articles) {
      article.origin = this.intern(article.origin) as typeof article.origin;
      article.source = this.intern(article.source);
      article.date = this.intern(article.date);
      article.lang = this.intern(article.lang);
      all(article.tags);
      all(article.flags);
      if (!tickerAndKeywords) continue;
      all(article.ticker);
      if (article.keywords) {
        all(article.keywords.words);
      }
    }
  }
}
