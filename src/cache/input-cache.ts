/**
 * The input cache: what the parser made of each input file, keyed by the
 * file's content hash, so an unchanged file is not parsed again. A file whose
 * size and modification time are unchanged is not even read. The cache is
 * thrown away whole when the parsing rules (the language tables) change. It is
 * kept in shards (files by a hash of their path) and a log: a build appends the
 * entries it changed to the log, and only when the log has grown to an eighth
 * of the cache are the shards it touched written anew (and the log emptied) —
 * fifty new pages a build do not rewrite the cache.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import type { StoryGraphState, StoryGraphStore } from "../assemble/story-graph-state.js";
import type { CachedInput, ParsedInputStore } from "../ingest/input-result.js";
import type { HeadlineKeywordStore } from "../text/keywords.js";
import { fnv1a } from "../util/hash.js";
import { decodeInput, type NumberedInput, TextNumbering } from "../ingest/numbered-texts.js";
import { StringPool } from "./string-pool.js";
import { BodyFileWriter, closeBodyFile, copyRecords, isStored, type StoredBody } from "./body-store.js";

/** Shards of the cache on disk: `inputs-00.v8` … */
const SHARDS = 16;
const shardFile = (dir: string, shard: number) => path.join(dir, `inputs-${String(shard).padStart(2, "0")}.v8`);
/** The single file of earlier versions, removed on save. */
const OLD_FILE = "inputs.v8";
/** The log of entries changed since the shards were written: chunks of entries and removals, newest last. */
const LOG_FILE = "inputs-log.v8";
/**
 * Files read again and found the same, with their new size and time: a checkout (every CI run) touches every file,
 * and writing each entry again for a new time rewrote the whole cache (700 MB at 100,000 articles) on every run.
 */
const STAMPS_FILE = "inputs-stamps.v8";
/** A touched file's stamp, and the hash of the content it was found with (a stamp applies only to that content). */
type StoredStamp = [file: string, mtimeMs: number, size: number, hash: string];
/** The log is folded into the shards once it holds this many entries, or an eighth of the cache if more. */
const LOG_MIN = 2_000;

/** The shard of an input file: FNV-1a of its path. */
function shardOf(file: string): number {
  return fnv1a(file) % SHARDS;
}
/** Bump when the stored shape changes: an older file is then ignored. */
const FORMAT = 10;
/**
 * The articles' texts (see body-store.ts), out of the entries: `bodies-<generation>.v8`. Appended to; copied into the
 * next generation, without the texts no entry has any more, when the shards are written anew and it is more than
 * half garbage.
 */
const BODY_FILE = /^bodies-(\d+)\.v8$/;
const bodyFileName = (generation: number) => `bodies-${generation}.v8`;
/** A body file is copied into the next generation when it is this many times the size of the texts the entries hold. */
const BODY_GARBAGE_FACTOR = 2;

export class InputCache implements ParsedInputStore {
  private entries = new Map<string, CachedInput>();
  /** Shards whose entries changed since they were written (in the log, or in this build). */
  private readonly dirty = new Set<number>();
  /** Entries this build added or changed (the entry) or removed (null): what the log gets. */
  private readonly changed = new Map<string, CachedInput | null>();
  /** Entries the log holds; -1 when the shards must be written anew (damaged, stale, or a clean start). */
  private logged = 0;
  /** Stamps of files touched since their entries were written (see STAMPS_FILE), by file. */
  private touched = new Map<string, StoredStamp>();
  private touchedDirty = false;
  /** One copy of each short text the entries repeat (see string-pool.ts). */
  private readonly strings = new StringPool();
  /** Keywords of ticker headlines, packed, by text (see text/keywords.ts): worked out once, kept across builds. */
  private headlines = new Map<string, string>();
  private headlinesDirty = false;
  /** The last story grouping's state (see assemble/story-graph-state.ts): read when asked for, written when replaced. */
  private graph: StoryGraphState | undefined | null = null;
  private graphDirty = false;
  /** The body file new texts are appended to (see BODY_FILE), and its writer while a save appends to it. */
  private generation = 1;
  private bodyWriter: BodyFileWriter | null = null;
  /** A body file's whole path by its name, one copy for every entry's reference. */
  private readonly bodyPaths = new Map<string, string>();

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
    const cache = new InputCache(dir, rulesKey);
    for (let shard = 0; shard < SHARDS; shard++) cache.dirty.add(shard);
    cache.logged = -1;
    cache.headlinesDirty = true;
    cache.touchedDirty = true;
    cache.graph = undefined;
    cache.generation = newestGeneration(dir) + 1;
    return cache;
  }

  /** Loads the cache from `dir`; a missing, unreadable or stale cache gives an empty one. */
  static load(dir: string, rulesKey: string): InputCache {
    const cache = new InputCache(dir, rulesKey);
    cache.headlines = readHeadlines(path.join(dir, HEADLINES_FILE), rulesKey);
    for (let shard = 0; shard < SHARDS; shard++) {
      const file = shardFile(dir, shard);
      if (!existsSync(file)) continue;
      if (!cache.read(file, false)) {
        // A damaged or stale shard is only a slower build: its files are parsed again, and it is written anew.
        cache.dirty.add(shard);
        cache.logged = -1;
      }
    }
    if (existsSync(path.join(dir, LOG_FILE)) && !cache.read(path.join(dir, LOG_FILE), true)) cache.logged = -1;
    forgetChunkBytes();
    // The texts the entries point at must be there: a body file cut short or gone (the cache folder was restored
    // in part) makes the whole cache stale — its texts cannot be told apart from the others'.
    if (!cache.bodyFilesHold()) return InputCache.empty(dir, rulesKey);
    cache.generation = Math.max(newestGeneration(dir), 1);
    cache.readStamps(path.join(dir, STAMPS_FILE));
    return cache;
  }

  /** Where the entries' articles have their texts (every article of a cache with a folder, once set or read). */
  private *storedBodies(): Generator<StoredBody> {
    for (const entry of this.entries.values()) for (const article of entry.result.articles) if (isStored(article.body)) yield article.body;
  }

  /** Whether every body file an entry points at holds the records pointed at. */
  private bodyFilesHold(): boolean {
    const ends = new Map<string, number>();
    for (const ref of this.storedBodies()) {
      const end = ref.at + ref.length;
      if (end > (ends.get(ref.file) ?? 0)) ends.set(ref.file, end);
    }
    for (const [file, end] of ends) {
      let size = -1;
      try {
        size = statSync(file).size;
      } catch {
        // Gone: stale.
      }
      if (size < end) return false;
    }
    return true;
  }

  /** Reads a shard, or the log (whose chunks each number their texts anew, and may remove entries); false when it is damaged or stale. */
  private read(file: string, log: boolean): boolean {
    try {
      const chunks = chunksAfterHeader(file, this.rulesKey, true);
      if (!chunks) return false;
      let texts: string[] = [];
      for (const chunk of chunks as Generator<StoredChunk>) {
        if (log) texts = [];
        for (const t of chunk.texts) texts.push(t);
        for (const [name, entry] of chunk.entries) {
          this.entries.set(name, this.placeBodies(decodeEntry(entry, texts, this.strings)));
          if (log) this.noteLogged(name);
        }
        for (const name of chunk.removed ?? []) {
          this.entries.delete(name);
          this.noteLogged(name);
        }
      }
      return true;
    } catch {
      return false;
    }
  }

  /** Gives the entries their touched files' stamps; a stamp of other content than its entry's is dropped. */
  private readStamps(file: string): void {
    if (!existsSync(file)) return;
    try {
      for (const chunk of (chunksAfterHeader(file, this.rulesKey, true) ?? []) as Iterable<StoredStamp[]>) {
        for (const stamp of chunk) {
          const entry = this.entries.get(stamp[0]);
          if (entry?.hash === stamp[3]) {
            entry.mtimeMs = stamp[1];
            entry.size = stamp[2];
            this.touched.set(stamp[0], stamp);
          } else this.touchedDirty = true;
        }
      }
    } catch {
      // A damaged file only means reading the touched files again.
      this.touchedDirty = true;
    }
  }

  /** Points an entry's stored texts at their body file in this cache's folder (the entry names it only). */
  private placeBodies(entry: CachedInput): CachedInput {
    for (const article of entry.result.articles) {
      const ref = article.body;
      if (!isStored(ref)) continue;
      let file = this.bodyPaths.get(ref.file);
      if (file === undefined) this.bodyPaths.set(ref.file, (file = path.join(this.dir!, path.basename(ref.file))));
      ref.file = file;
      article.bodyHtml = ref;
    }
    return entry;
  }

  private noteLogged(name: string): void {
    this.dirty.add(shardOf(name));
    if (this.logged >= 0) this.logged++;
  }

  /** The headline keyword store of this cache. */
  get headlineKeywords(): HeadlineKeywordStore & { texts(): Iterable<string> } {
    return {
      texts: () => this.headlines.keys(),
      get: (text) => this.headlines.get(text),
      set: (text, packed) => {
        this.headlines.set(text, packed);
        this.headlinesDirty = true;
      },
    };
  }

  /** The story grouping's state of the last build, and this build's. */
  get storyGraph(): StoryGraphStore {
    return {
      get: () => {
        if (this.graph === null) this.graph = this.dir === null ? undefined : readStoryGraph(path.join(this.dir, STORY_GRAPH_FILE), this.rulesKey);
        return this.graph;
      },
      set: (state) => {
        this.graph = state;
        this.graphDirty = true;
      },
    };
  }

  /** Forgets the keywords of headlines no ticker shows any more. */
  retainHeadlines(kept: (text: string) => boolean): void {
    for (const text of this.headlines.keys()) {
      if (!kept(text)) {
        this.headlines.delete(text);
        this.headlinesDirty = true;
      }
    }
  }

  /** Whether the rules changed since the entries were made: then every file is parsed again. */
  matches(rulesKey: string): boolean {
    return rulesKey === this.rulesKey;
  }

  get(file: string): CachedInput | undefined {
    return this.entries.get(file);
  }

  /**
   * Keeps an entry; its articles' repeated texts are replaced by the copies the cache already holds, and their bodies
   * by where the body file has them (see flushBodies): from here on the build holds no article's text, but reads it
   * for the pages it makes.
   */
  set(file: string, entry: CachedInput): void {
    this.strings.internInput(entry.result);
    if (this.dir !== null) this.storeBodies(entry);
    this.entries.set(file, entry);
    this.dirty.add(shardOf(file));
    this.changed.set(file, entry);
    if (this.touched.delete(file)) this.touchedDirty = true;
  }

  touch(file: string, stamp: { mtimeMs: number; size: number }): void {
    const entry = this.entries.get(file);
    if (!entry) return;
    entry.mtimeMs = stamp.mtimeMs;
    entry.size = stamp.size;
    this.touched.set(file, [file, stamp.mtimeMs, stamp.size, entry.hash]);
    this.touchedDirty = true;
  }

  /**
   * Lets go of the parsed entries once they are saved (a build that keeps the cache to its end holds every
   * parsed article twice over otherwise: its ticker line and keywords outlive the assembly). The cache is
   * then only good for what it wrote; a caller that keeps it across builds (the dev server) does not call this.
   */
  release(): void {
    this.entries = new Map();
    this.headlines = new Map();
    this.touched = new Map();
    this.graph = null;
  }

  /** Forgets the files that are gone. */
  retain(files: ReadonlySet<string>): void {
    for (const file of this.entries.keys()) {
      if (!files.has(file)) {
        this.entries.delete(file);
        this.dirty.add(shardOf(file));
        this.changed.set(file, null);
        if (this.touched.delete(file)) this.touchedDirty = true;
      }
    }
  }

  /**
   * Appends this build's changes to the log or, when the log has grown too long (or the shards must be
   * written anew), writes the shards that changed and empties the log. Shards are written in chunks of a few
   * thousand entries, so neither saving nor loading holds the whole serialised cache in memory (at 100,000
   * articles it is hundreds of megabytes).
   */
  save(): void {
    if (this.dir === null) return;
    if (this.headlinesDirty) {
      mkdirSync(this.dir, { recursive: true });
      writeHeadlines(path.join(this.dir, HEADLINES_FILE), this.rulesKey, this.headlines);
      this.headlinesDirty = false;
    }
    if (this.graphDirty && this.graph) {
      mkdirSync(this.dir, { recursive: true });
      writeStoryGraph(path.join(this.dir, STORY_GRAPH_FILE), this.rulesKey, this.graph);
      this.graphDirty = false;
    }
    if (this.changed.size === 0 && this.logged >= 0) {
      this.saveStamps();
      return;
    }
    mkdirSync(this.dir, { recursive: true });
    const log = path.join(this.dir, LOG_FILE);
    const toLog = this.logged >= 0 && this.logged + this.changed.size <= Math.max(LOG_MIN, this.entries.size / 8);
    this.flushBodies();
    if (!toLog && this.bodiesMostlyGarbage()) this.nextGeneration();
    if (toLog) {
      appendLog(log, this.rulesKey, this.changed, this.logged === 0);
      this.logged += this.changed.size;
      this.changed.clear();
      this.saveStamps();
      return;
    }
    const byShard = new Map<number, [string, CachedInput][]>([...this.dirty].map((shard) => [shard, []]));
    for (const entry of this.entries) byShard.get(shardOf(entry[0]))?.push(entry);
    for (const [shard, entries] of byShard) writeShard(shardFile(this.dir, shard), this.rulesKey, entries);
    // The shards written hold their touched files' stamps now.
    for (const file of this.touched.keys()) {
      if (byShard.has(shardOf(file))) {
        this.touched.delete(file);
        this.touchedDirty = true;
      }
    }
    // The shards hold everything now: the log goes (a build killed before this line reads the log again, the same entries).
    rmSync(log, { force: true });
    rmSync(path.join(this.dir, OLD_FILE), { force: true });
    this.forgetUnusedBodyFiles();
    this.dirty.clear();
    this.changed.clear();
    this.logged = 0;
    this.saveStamps();
  }

  /** Appends the texts of a new entry's articles to the body file; the entry keeps where they are, not them. */
  private storeBodies(entry: CachedInput): void {
    for (const article of entry.result.articles) {
      if (isStored(article.body)) continue;
      if (!this.bodyWriter) {
        mkdirSync(this.dir!, { recursive: true });
        this.bodyWriter = new BodyFileWriter(path.join(this.dir!, bodyFileName(this.generation)));
      }
      const ref = this.bodyWriter.append({ body: article.body, bodyHtml: isStored(article.bodyHtml) ? null : article.bodyHtml });
      article.body = ref;
      article.bodyHtml = ref;
    }
  }

  /** Writes out the texts `set` appended (they are read back only after this: ingest calls it when it is done). */
  flushBodies(): void {
    const writer = this.bodyWriter;
    this.bodyWriter = null;
    writer?.close();
  }

  /** Whether the current body file is more than BODY_GARBAGE_FACTOR times the texts the entries hold. */
  private bodiesMostlyGarbage(): boolean {
    let live = 0;
    const current = path.join(this.dir!, bodyFileName(this.generation));
    for (const ref of this.storedBodies()) live += ref.length;
    let size = 0;
    try {
      size = statSync(current).size;
    } catch {
      return false;
    }
    return size > BODY_GARBAGE_FACTOR * live;
  }

  /**
   * Copies the texts the entries hold into a new body file, and points the entries (and the articles made from them,
   * which share the references) at it; every shard is then written anew, and the old file removed after them.
   */
  private nextGeneration(): void {
    this.generation = newestGeneration(this.dir!) + 1;
    const refs = [...this.storedBodies()];
    const writer = new BodyFileWriter(path.join(this.dir!, bodyFileName(this.generation)));
    try {
      copyRecords(refs, writer);
    } finally {
      writer.close();
    }
    for (let shard = 0; shard < SHARDS; shard++) this.dirty.add(shard);
  }

  /** Removes the body files no entry points at (after the shards were written anew, and the log emptied). */
  private forgetUnusedBodyFiles(): void {
    closeBodyFile();
    const used = new Set<string>([path.join(this.dir!, bodyFileName(this.generation))]);
    for (const ref of this.storedBodies()) used.add(ref.file);
    for (const name of readdirSync(this.dir!)) {
      if (BODY_FILE.test(name) && !used.has(path.join(this.dir!, name))) rmSync(path.join(this.dir!, name), { force: true });
    }
  }

  /** Writes the touched files' stamps, when they changed (none: no file). */
  private saveStamps(): void {
    if (this.dir === null || !this.touchedDirty) return;
    const file = path.join(this.dir, STAMPS_FILE);
    if (this.touched.size === 0) rmSync(file, { force: true });
    else writeCacheFile(file, this.rulesKey, (write) => write([...this.touched.values()]));
    this.touchedDirty = false;
  }
}

/**
 * Appends one chunk of changed and removed entries to the log (a new log starts with its header). A build
 * killed while appending leaves a log cut short: the next load finds it damaged and writes the shards anew.
 */
function appendLog(file: string, rulesKey: string, changed: ReadonlyMap<string, CachedInput | null>, fresh: boolean): void {
  const fd = openSync(file, fresh ? "w" : "a");
  try {
    if (fresh) writeChunk(fd, { format: FORMAT, rulesKey } satisfies StoredHeader);
    const encoder = new TextNumbering();
    const entries: [string, NumberedInput][] = [];
    const removed: string[] = [];
    for (const [name, entry] of changed) {
      if (entry) entries.push([name, encodeEntry(encoder, entry)]);
      else removed.push(name);
    }
    writeChunk(fd, { texts: encoder.take(), entries, removed } satisfies StoredChunk);
  } finally {
    closeSync(fd);
  }
}

/** The headline keywords: a header, then chunks of [text, packed keywords] pairs. */
const HEADLINES_FILE = "headlines.v8";
const HEADLINES_PER_CHUNK = 20_000;

function writeHeadlines(file: string, rulesKey: string, headlines: ReadonlyMap<string, string>): void {
  writeCacheFile(file, rulesKey, (write) => {
    let chunk: [string, string][] = [];
    for (const pair of headlines) {
      chunk.push(pair);
      if (chunk.length === HEADLINES_PER_CHUNK) {
        write(chunk);
        chunk = [];
      }
    }
    if (chunk.length > 0) write(chunk);
  });
}

function readHeadlines(file: string, rulesKey: string): Map<string, string> {
  const headlines = new Map<string, string>();
  if (!existsSync(file)) return headlines;
  try {
    const chunks = chunksAfterHeader(file, rulesKey, true);
    for (const chunk of (chunks ?? []) as Iterable<[string, string][]>) for (const [text, packed] of chunk) headlines.set(text, packed);
  } catch {
    // A damaged file only means working the keywords out again.
    headlines.clear();
  }
  return headlines;
}

/** The story grouping's state: a header, then the state in one chunk. */
const STORY_GRAPH_FILE = "stories.v8";

function writeStoryGraph(file: string, rulesKey: string, state: StoryGraphState): void {
  writeCacheFile(file, rulesKey, (write) => write(state));
}

/** The state, or undefined when there is none, or it was made with other rules, or the file is damaged (then the next build groups everything). */
function readStoryGraph(file: string, rulesKey: string): StoryGraphState | undefined {
  if (!existsSync(file)) return undefined;
  try {
    // Its own bytes: the state's typed arrays are views into them.
    const chunks = chunksAfterHeader(file, rulesKey, false);
    if (!chunks) return undefined;
    const state = chunks.next().value as StoryGraphState | undefined;
    chunks.return(undefined);
    return state;
  } catch {
    return undefined;
  }
}

/** One shard: a header, then chunks of entries with the ticker and keyword texts they first use. */
function writeShard(file: string, rulesKey: string, all: readonly [string, CachedInput][]): void {
  const encoder = new TextNumbering();
  writeCacheFile(file, rulesKey, (write) => {
    let entries: [string, NumberedInput][] = [];
    const flush = () => {
      write({ texts: encoder.take(), entries } satisfies StoredChunk);
      entries = [];
    };
    for (const [name, entry] of all) {
      entries.push([name, encodeEntry(encoder, entry)]);
      if (entries.length === CHUNK_ENTRIES) flush();
    }
    if (entries.length > 0) flush();
  });
}

/** A cache file written whole beside the old one and then renamed over it: a header (format and rules), then the body's chunks. */
function writeCacheFile(file: string, rulesKey: string, body: (write: (chunk: unknown) => void) => void): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, "w");
  try {
    writeChunk(fd, { format: FORMAT, rulesKey } satisfies StoredHeader);
    body((chunk) => writeChunk(fd, chunk));
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

/** A cache file's chunks after its header; undefined when it was made in another format or with other rules (throws when damaged). */
function chunksAfterHeader(file: string, rulesKey: string, shared: boolean): Generator<unknown> | undefined {
  const chunks = readChunks(file, shared);
  const header = chunks.next().value as StoredHeader | undefined;
  if (header?.format !== FORMAT || header.rulesKey !== rulesKey) {
    chunks.return(undefined);
    return undefined;
  }
  return chunks;
}

/** An entry as stored: its texts numbered, and its articles' bodies by the name of their file (the folder may move). */
function encodeEntry(encoder: TextNumbering, entry: CachedInput): NumberedInput {
  const numbered = encoder.encode(entry);
  for (const article of numbered.result.articles) {
    const ref = article.body;
    if (!isStored(ref)) continue;
    article.body = { file: path.basename(ref.file), at: ref.at, length: ref.length, lede: ref.lede };
    article.bodyHtml = null;
  }
  return numbered;
}

/** The newest body file's generation in a folder; 0 when it has none. */
function newestGeneration(dir: string): number {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const name of readdirSync(dir)) {
    const match = BODY_FILE.exec(name);
    if (match) newest = Math.max(newest, Number(match[1]));
  }
  return newest;
}

/** An entry as stored, with its texts back from the table (one copy each: the pool takes the rest). */
function decodeEntry(stored: NumberedInput, texts: readonly string[], strings: StringPool): CachedInput {
  const entry = decodeInput(stored, texts);
  strings.internInput(entry.result, { tickerAndKeywords: false });
  return entry;
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

/**
 * The bytes of the chunk being read, one buffer for every chunk of every file: a buffer per chunk is memory
 * outside the heap that V8 counts, and each 64 MB of it started a full collection of the heap being loaded
 * (a cache of 100,000 pages is 700 MB of chunks: a dozen collections, 2–3 s). Nothing deserialised keeps a
 * reference to it (the chunks hold no typed arrays), so it is overwritten by the next chunk.
 */
let chunkBytes = Buffer.alloc(0);

/** Lets go of the read buffer (the largest chunk read, ~15 MB) once the cache is loaded. */
function forgetChunkBytes(): void {
  chunkBytes = Buffer.alloc(0);
}

/** `shared`: read into chunkBytes — only for chunks whose typed arrays (views into the bytes) are copied out before the next chunk is read. */
function* readChunks(file: string, shared: boolean): Generator<unknown> {
  const fd = openSync(file, "r");
  try {
    const length = Buffer.alloc(4);
    while (readSync(fd, length, 0, 4, null) === 4) {
      const size = length.readUInt32LE();
      if (shared && chunkBytes.length < size) chunkBytes = Buffer.allocUnsafe(Math.max(size, Math.ceil(chunkBytes.length * 1.5)));
      const payload = shared ? chunkBytes.subarray(0, size) : Buffer.allocUnsafe(size);
      if (readSync(fd, payload, 0, size, null) !== size) throw new Error("the cache file is cut short");
      yield v8.deserialize(payload);
    }
  } finally {
    closeSync(fd);
  }
}

interface StoredHeader {
  format: typeof FORMAT;
  rulesKey: string;
}

/** Entries, and the ticker texts first numbered in them (in the log: numbered anew in each chunk); the log's also says which entries went. */
interface StoredChunk {
  texts: string[];
  entries: [string, NumberedInput][];
  removed?: string[];
}
