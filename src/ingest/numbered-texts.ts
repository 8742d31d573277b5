/**
 * Parsed inputs with their repeated texts numbered: every page of a site repeats the ticker headlines of its
 * neighbours (600,000 ticker texts for 20,000 pages, a fifth of them distinct) and the keywords of the language.
 * Stored in the input cache, or sent from a parse worker (a table for each batch), each text goes once, in a table,
 * and an article's ticker and keywords are numbers into it. Read back, every article holds the table's one copy of
 * each text, not a copy of its own (with 100,000 distinct headlines on 20,000 pages, 60 MiB less at the peak of a
 * cold build).
 */
import type { ParsedArticle } from "../model/article.js";
import type { Keywords } from "../text/keywords.js";
import { Interner } from "../util/interner.js";
import type { CachedInput, InputResult } from "./input-result.js";

/** Keywords with their words as numbers into the table of texts. */
interface NumberedKeywords {
  words: Uint32Array;
  cross: string;
  latin: boolean;
}

/** A parsed input with each article's ticker and keywords as numbers into the table of texts. */
export type NumberedInput = Omit<CachedInput, "result"> & {
  result: Omit<InputResult, "articles"> & {
    articles: (Omit<ParsedArticle, "ticker" | "keywords"> & { ticker: Uint32Array | string[]; keywords?: NumberedKeywords | Keywords })[];
  };
};

/** Numbers the texts of the inputs it encodes, in the order it first meets them. */
export class TextNumbering {
  private readonly numbers = new Interner();
  /** How many of the numbered texts were taken already. */
  private taken = 0;

  /** A text's number (numbering it, if it is new). */
  numberOf = (text: string): number => this.numbers.id(text);
  /** The table's copy of a numbered text. */
  textOf = (number: number): string => this.numbers.text[number]!;

  encode(entry: CachedInput): NumberedInput {
    const articles = entry.result.articles.map((a) => ({
      ...a,
      ticker: Uint32Array.from(a.ticker, this.numberOf),
      keywords: a.keywords && {
        words: Uint32Array.from(a.keywords.words, this.numberOf),
        cross: a.keywords.cross,
        latin: a.keywords.latin,
      },
    }));
    return { ...entry, result: { ...entry.result, articles } };
  }

  /** The texts numbered since the last call: they go with the inputs that first use them, and the reader appends them to its table. */
  take(): string[] {
    const texts = this.numbers.text.slice(this.taken);
    this.taken = this.numbers.size;
    return texts;
  }
}

/** An input with its texts back from the table, in place: each article holds the table's copy of each text. */
export function decodeInput(numbered: NumberedInput, texts: readonly string[]): CachedInput {
  const text = (i: number) => texts[i]!;
  for (const article of numbered.result.articles) {
    article.ticker = Array.from(article.ticker as Uint32Array, text);
    const keywords = article.keywords as NumberedKeywords | undefined;
    if (keywords)
      article.keywords = {
        words: Array.from(keywords.words, text),
        cross: keywords.cross,
        latin: keywords.latin,
      };
  }
  return numbered as CachedInput;
}
