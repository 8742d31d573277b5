/**
 * The input cache: what the parser made of each input file, keyed by the
 * file's content hash, so an unchanged file is not parsed again. A file whose
 * size and modification time are unchanged is not even read. The cache is
 * thrown away whole when the parsing rules (the language tables) change.
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, writeSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import type { InputResult } from "../ingest/input-result.js";
import type { ParsedArticle } from "../model/article.js";
import type { Keywords } from "../text/keywords.js";
import { StringPool } from "./string-pool.js";

export interface CachedInput {
  mtimeMs: number;
  size: number;
  hash: string;
  result: InputResult;
}

const FILE = "inputs.v8";
/** Bump when the stored shape changes: an older file is then ignored. */
const FORMAT = 4;

export class InputCache {
  private entries = new Map<string, CachedInput>();
  private dirty = false;
  /** One copy of each short text the entries repeat (see string-pool.ts). */
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
      const chunks = readChunks(file);
      const header = chunks.next().value as StoredHeader | undefined;
      if (header?.format !== FORMAT || header.rulesKey !== rulesKey) return cache;
      const texts: string[] = [];
      const entries = new Map<string, CachedInput>();
      for (const chunk of chunks as Generator<StoredChunk>) {
        for (const text of chunk.texts) texts.push(text);
        const text = (i: number) => texts[i]!;
        for (const [name, entry] of chunk.entries) {
          for (const article of entry.result.articles) {
            article.ticker = Array.from(article.ticker as Uint32Array, text);
            const keywords = article.keywords as StoredKeywords | undefined;
            if (keywords) article.keywords = { words: Array.from(keywords.words, text), numbers: Array.from(keywords.numbers, text), names: Array.from(keywords.names, text), latin: keywords.latin };
          }
          // Tickers and keywords come from the table, one copy each already: the pool takes the rest.
          cache.strings.internInput(entry.result as InputResult, { tickerAndKeywords: false });
          entries.set(name, entry as CachedInput);
        }
      }
      cache.entries = entries;
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

  /**
   * Writes the cache in chunks of a few thousand entries, so neither saving nor loading holds the
   * whole serialised cache in memory (at 100,000 articles it is hundreds of megabytes).
   */
  save(): void {
    if (!this.dirty || this.dir === null) return;
    mkdirSync(this.dir, { recursive: true });
    const file = path.join(this.dir, FILE);
    const temporary = `${file}.${process.pid}.tmp`;
    // Ticker headlines and keywords repeat from page to page: stored once, in a table, and referred to by number.
    const numbers = new Map<string, number>();
    let texts: string[] = [];
    const numberOf = (text: string) => {
      let n = numbers.get(text);
      if (n === undefined) {
        n = numbers.size;
        numbers.set(text, n);
        texts.push(text);
      }
      return n;
    };
    const fd = openSync(temporary, "w");
    try {
      const header: StoredHeader = { format: FORMAT, rulesKey: this.rulesKey };
      writeChunk(fd, header);
      let entries: [string, StoredInput][] = [];
      const flush = () => {
        const chunk: StoredChunk = { texts, entries };
        writeChunk(fd, chunk);
        texts = [];
        entries = [];
      };
      for (const [name, entry] of this.entries) {
        const articles = entry.result.articles.map((a) => ({
          ...a,
          ticker: Uint32Array.from(a.ticker, numberOf),
          keywords: a.keywords && { words: Uint32Array.from(a.keywords.words, numberOf), numbers: Uint32Array.from(a.keywords.numbers, numberOf), names: Uint32Array.from(a.keywords.names, numberOf), latin: a.keywords.latin },
        }));
        entries.push([name, { ...entry, result: { ...entry.result, articles } }]);
        if (entries.length === CHUNK_ENTRIES) flush();
      }
      if (entries.length > 0) flush();
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
    this.dirty = false;
  }
}

const CHUNK_ENTRIES = 2000;

/** One chunk: its length (4 bytes, little-endian), then the value as v8 serialises it. */
function writeChunk(fd: number, value: unknown): void {
  const payload = v8.serialize(value);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(payload.length);
  writeSync(fd, length);
  writeSync(fd, payload);
}

function* readChunks(file: string): Generator<unknown> {
  const fd = openSync(file, "r");
  try {
    const length = Buffer.alloc(4);
    while (readSync(fd, length, 0, 4, null) === 4) {
      const payload = Buffer.allocUnsafe(length.readUInt32LE());
      if (readSync(fd, payload, 0, payload.length, null) !== payload.length) throw new Error("the cache file is cut short");
      yield v8.deserialize(payload);
    }
  } finally {
    closeSync(fd);
  }
}

/** Keywords as stored: numbers into the table of texts. */
interface StoredKeywords {
  words: Uint32Array;
  numbers: Uint32Array;
  names: Uint32Array;
  latin: boolean;
}

/** An entry as stored: each article's ticker and keywords as numbers into the table of texts. */
type StoredInput = Omit<CachedInput, "result"> & {
  result: Omit<InputResult, "articles"> & { articles: (Omit<ParsedArticle, "ticker" | "keywords"> & { ticker: Uint32Array | string[]; keywords?: StoredKeywords | Keywords })[] };
};

interface StoredHeader {
  format: typeof FORMAT;
  rulesKey: string;
}

/** Entries, and the ticker texts first numbered in them. */
interface StoredChunk {
  texts: string[];
  entries: [string, StoredInput][];
}
