/**
 * The input cache: what the parser made of each input file, keyed by the
 * file's content hash, so an unchanged file is not parsed again. A file whose
 * size and modification time are unchanged is not even read. The cache is
 * thrown away whole when the parsing rules (the language tables) change.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import type { InputResult } from "../ingest/input-result.js";
import type { ParsedArticle } from "../model/article.js";
import { StringPool } from "./string-pool.js";

export interface CachedInput {
  mtimeMs: number;
  size: number;
  hash: string;
  result: InputResult;
}

const FILE = "inputs.v8";
/** Bump when the stored shape changes: an older file is then ignored. */
const FORMAT = 2;

export class InputCache {
  private entries = new Map<string, CachedInput>();
  private dirty = false;
  /** One copy of each short text the entries repeat (see interned.ts). */
  private readonly strings = new StringPool();

  private constructor(
    /** Folder to keep the cache in; null keeps it in memory only. */
    private readonly dir: string | null,
    /** Fingerprint of the parsing rules the entries were made with. */
    private readonly rulesKey: string,
  ) {}

  static inMemory(rulesKey: string): InputCache {
    return new InputCache(null, rulesKey);
  }

  /** An empty cache that will be saved to `dir` (a clean build starts over, and leaves a cache for the next one). */
  static empty(dir: string, rulesKey: string): InputCache {
    return new InputCache(dir, rulesKey);
  }

  /** Loads the cache from `dir`; a missing, unreadable or stale cache gives an empty one. */
  static load(dir: string, rulesKey: string): InputCache {
    const cache = new InputCache(dir, rulesKey);
    const file = path.join(dir, FILE);
    if (!existsSync(file)) return cache;
    try {
      const stored = v8.deserialize(readFileSync(file)) as StoredCache;
      if (stored.format === FORMAT && stored.rulesKey === rulesKey) {
        for (const [, entry] of stored.entries) {
          for (const article of entry.result.articles) article.ticker = Array.from(article.ticker as Uint32Array, (i) => stored.texts[i]!);
          cache.strings.internInput(entry.result as InputResult);
        }
        cache.entries = new Map(stored.entries as [string, CachedInput][]);
      }
    } catch {
      // A damaged cache is only a slower build.
    }
    return cache;
  }

  /** Whether the rules changed since the entries were made: then every file is parsed again. */
  matches(rulesKey: string): boolean {
    return rulesKey === this.rulesKey;
  }

  get(file: string): CachedInput | undefined {
    return this.entries.get(file);
  }

  /** Keeps an entry; its articles' repeated texts are replaced by the copies the cache already holds. */
  set(file: string, entry: CachedInput): void {
    this.strings.internInput(entry.result);
    this.entries.set(file, entry);
    this.dirty = true;
  }

  /** Forgets the files that are gone. */
  retain(files: ReadonlySet<string>): void {
    for (const file of this.entries.keys()) {
      if (!files.has(file)) {
        this.entries.delete(file);
        this.dirty = true;
      }
    }
  }

  save(): void {
    if (!this.dirty || this.dir === null) return;
    mkdirSync(this.dir, { recursive: true });
    const file = path.join(this.dir, FILE);
    const temporary = `${file}.${process.pid}.tmp`;
    // Ticker headlines repeat on every page: stored once, in a table, and referred to by number.
    const numbers = new Map<string, number>();
    const texts: string[] = [];
    const numberOf = (text: string) => {
      let n = numbers.get(text);
      if (n === undefined) {
        n = texts.push(text) - 1;
        numbers.set(text, n);
      }
      return n;
    };
    const entries = [...this.entries].map(([name, entry]): [string, StoredInput] => [
      name,
      { ...entry, result: { ...entry.result, articles: entry.result.articles.map((a) => ({ ...a, ticker: Uint32Array.from(a.ticker, numberOf) })) } },
    ]);
    const stored: StoredCache = { format: FORMAT, rulesKey: this.rulesKey, texts, entries };
    writeFileSync(temporary, v8.serialize(stored));
    renameSync(temporary, file);
    this.dirty = false;
  }
}

/** An entry as stored: each article's ticker as numbers into the table of texts. */
type StoredInput = Omit<CachedInput, "result"> & { result: Omit<InputResult, "articles"> & { articles: (Omit<ParsedArticle, "ticker"> & { ticker: Uint32Array | string[] })[] } };

interface StoredCache {
  format: typeof FORMAT;
  rulesKey: string;
  texts: string[];
  entries: [string, StoredInput][];
}
