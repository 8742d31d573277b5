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
import { StringPool } from "./string-pool.js";

export interface CachedInput {
  mtimeMs: number;
  size: number;
  hash: string;
  result: InputResult;
}

const FILE = "inputs.v8";

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
      const stored = v8.deserialize(readFileSync(file)) as { rulesKey: string; entries: [string, CachedInput][] };
      if (stored.rulesKey === rulesKey) {
        for (const [, entry] of stored.entries) cache.strings.internInput(entry.result);
        cache.entries = new Map(stored.entries);
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
    writeFileSync(temporary, v8.serialize({ rulesKey: this.rulesKey, entries: [...this.entries] }));
    renameSync(temporary, file);
    this.dirty = false;
  }
}
