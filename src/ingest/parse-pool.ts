/**
 * Parsing on every core: when a build has thousands of files to parse (a cold
 * build of a large site), worker threads each read, hash and parse blocks of
 * them in turn. Results come back in file order, so the output is
 * the same as a build on one thread. Used only from the compiled package (a
 * worker cannot load TypeScript) and only for large batches, where starting
 * the workers pays for itself; KIOSK_WORKERS=0 turns it off, KIOSK_WORKERS=N
 * sets the number of workers.
 */
import { Worker } from "node:worker_threads";
import { fnv1a } from "../util/hash.js";
import { WORKER_LIMITS, workerCount } from "../util/worker-count.js";
import type { CachedInput } from "./input-result.js";
import type { HeadlineKeywordStore } from "../text/keywords.js";
import type { SiteConfig } from "../config/config.js";
import type { ContentFile } from "./content-source.js";
import { decodeInput, type NumberedInput } from "./numbered-texts.js";
import { StringPool } from "../cache/string-pool.js";

/** Below this many files to parse, one thread is faster than starting workers. */
const PARALLEL_THRESHOLD = 2000;
const WORKER_URL = new URL("./parse-worker.js", import.meta.url);
/**
 * A parse worker keeps little from one page to the next: a young generation of 8 MiB (the render workers' 16) takes
 * some 20 MiB off the memory a 20,000-page build holds at the end of parsing, for no time we could measure. (The
 * render workers' 8 would take as much again off the peak, but made rendering a tenth slower.)
 */
const PARSE_WORKER_LIMITS = { ...WORKER_LIMITS, maxYoungGenerationSizeMb: 8 } as const;

/** Results a worker sends back in one message. */
export const RESULTS_PER_MESSAGE = 500;

export interface WorkerTask {
  files: ContentFile[];
  config: SiteConfig;
  /** The workers' claims on ticker headlines (see claimHeadline), shared by all of them. */
  claims: Int32Array;
  /** The match keys of the titles the workers have parsed so far (see addTitle), shared by all of them. */
  titles: Int32Array;
  /** The content hash the input cache holds for each file (null: none): a file read and found with it is not parsed. */
  cachedHashes: (string | null)[];
}

/** A file read and found as the input cache holds it (touched, not changed, as by a checkout): its new stamp. */
export interface SameContent {
  mtimeMs: number;
  size: number;
  hash: string;
}

/** Slots of the claims table: 2 million (8 MB), so that it stays sparse up to a million distinct headlines. */
const CLAIM_SLOTS = 1 << 21;
/** Slots of the titles table: 1 million (4 MB), sparse up to half a million articles. */
const TITLE_SLOTS = 1 << 20;
/** Slots a look-up goes past its own before it gives up (a table nearly full). */
const PROBES = 32;

/**
 * A set of texts' 32-bit hashes that the workers share: open addressing in a shared array, written atomically.
 * `add` says whether this call added the text (false: it was there, or no free slot was found); `has` whether it is
 * there (or another text with its hash: about one pair in 100,000 texts).
 */
function addHash(text: string, table: Int32Array): boolean {
  const hash = fnv1a(text) | 0 || 1;
  const mask = table.length - 1;
  for (let probe = 0, slot = hash & mask; probe <= PROBES; probe++, slot = (slot + 1) & mask) {
    const was = Atomics.compareExchange(table, slot, 0, hash);
    if (was === 0) return true;
    if (was === hash) return false;
  }
  return false;
}
function hasHash(text: string, table: Int32Array): boolean {
  const hash = fnv1a(text) | 0 || 1;
  const mask = table.length - 1;
  for (let probe = 0, slot = hash & mask; probe <= PROBES; probe++, slot = (slot + 1) & mask) {
    const was = Atomics.load(table, slot);
    if (was === hash) return true;
    if (was === 0) return false;
  }
  return false;
}

/**
 * Whether this worker is the one to work out a ticker headline's keywords: the first worker to see the text writes
 * its hash into the shared table and takes it. Each text is worked out once, by whichever worker meets it first,
 * wherever its pages are. A text whose hash another text has, or that finds no free slot, is left to the main thread.
 */
export const claimHeadline = (text: string, claims: Int32Array): boolean => addHash(text, claims);

/**
 * The titles parsed so far, by match key: a ticker headline that is a title of the site needs no keywords of its own
 * (it is that article's member of the story graph), only its key. A title added after a worker looked is only work
 * done for nothing; a headline taken for a title by its hash alone is worked out on the main thread.
 */
export const addTitle = (key: string, titles: Int32Array): void => void addHash(key, titles);
export const isTitle = (key: string, titles: Int32Array): boolean => hasHash(key, titles);

/** An empty table of claims, to share between the workers of one build. */
export const newClaims = (): Int32Array => new Int32Array(new SharedArrayBuffer(CLAIM_SLOTS * 4));
/** An empty table of titles, likewise. */
export const newTitles = (): Int32Array => new Int32Array(new SharedArrayBuffer(TITLE_SLOTS * 4));

/** What a worker sends back at a time: parsed files, and the keywords of ticker headlines it worked out. */
export interface WorkerBatch {
  /** Parsed files, their ticker texts and keywords as numbers into the batch's table of texts (see numbered-texts.ts). */
  results: (NumberedInput | SameContent)[];
  /** Headlines by their number in that table, with their records. */
  headlines: [text: number, packed: string][];
  /** The table: each text the batch holds, once. */
  texts: string[];
}

/**
 * Which of `count` files (positions 0 … count - 1) each worker parses, in its order: blocks of RESULTS_PER_MESSAGE in
 * turn, the first to the first worker, the second to the second …; no more workers than blocks.
 */
export function workerShares(count: number, workers: number): number[][] {
  const blocks = Math.ceil(count / RESULTS_PER_MESSAGE);
  const shares: number[][] = Array.from({ length: Math.min(workers, blocks) }, () => []);
  for (let p = 0; p < count; p++) shares[Math.floor(p / RESULTS_PER_MESSAGE) % shares.length]!.push(p);
  return shares;
}

export interface ParallelOptions {
  /** Keywords of ticker headlines known already; the workers add those they work out. */
  headlineKeywords?: HeadlineKeywordStore & { texts(): Iterable<string> };
  /** The content hash the input cache holds for a file: a file read and found with it is not parsed again. */
  cachedHash?: (file: ContentFile) => string | undefined;
  /**
   * Told of each file as soon as it and those before it are parsed, in the order of `todo`: a caller that stores
   * an article's text away (the input cache's body file) does it then, and the build never holds every text at once.
   */
  onParsed?: (index: number, parsed: CachedInput | SameContent) => void;
}

/**
 * Fresh cache entries for the files to read (`todo`: their indexes in `files`: those the cache has not as they are
 * now), by index, or their new stamps for those found with the content `cachedHash` gives; undefined when there are too
 * few of them for workers, or no core to spare: then this build parses on one thread.
 *
 * The files go to the workers in blocks of RESULTS_PER_MESSAGE, in turn (the first block to the first worker, the
 * second to the second …), so that the results come back nearly in the order of the files and are handed on in that
 * order (`onParsed`) while the workers go on: only a block or two wait for the one before them.
 */
export async function parseInParallel(
  files: readonly ContentFile[],
  todo: readonly number[],
  config: SiteConfig,
  { headlineKeywords, cachedHash = () => undefined, onParsed }: ParallelOptions = {},
): Promise<(Map<number, CachedInput | SameContent> & { threads: number }) | undefined> {
  const wanted = workerCount();
  if (wanted === 0 || todo.length < PARALLEL_THRESHOLD) return undefined;

  const shares = workerShares(todo.length, wanted);
  const workers = shares.length;
  // The headlines whose keywords the input cache has already are claimed before any worker looks.
  const claims = newClaims();
  for (const text of headlineKeywords?.texts() ?? []) claimHeadline(text, claims);
  // One copy of each text for every page that shows it, whichever worker parsed the page, in whichever batch.
  const pool = new StringPool();
  const titles = newTitles();
  // Each todo position's result, as it comes; `next`: the first position not yet handed on.
  const parsed: (CachedInput | SameContent | undefined)[] = new Array(todo.length);
  let next = 0;
  const handOn = () => {
    for (; next < todo.length && parsed[next] !== undefined; next++) onParsed?.(todo[next]!, parsed[next]!);
  };
  await Promise.all(
    shares.map(
      (positions) =>
        new Promise<void>((resolve, reject) => {
          const share = positions.map((p) => files[todo[p]!]!);
          const cachedHashes = share.map((file) => cachedHash(file) ?? null);
          const task: WorkerTask = { files: share, config, claims, titles, cachedHashes };
          const worker = new Worker(WORKER_URL, { workerData: task, resourceLimits: PARSE_WORKER_LIMITS });
          // How many of its files this worker has sent back.
          let received = 0;
          worker.on("message", (batch: WorkerBatch | null) => {
            if (batch === null) return void resolve();
            const texts = batch.texts.map(pool.intern);
            for (const result of batch.results) parsed[positions[received++]!] = "result" in result ? decodeInput(result, texts) : result;
            for (const [text, packed] of batch.headlines) headlineKeywords?.set(texts[text]!, packed);
            handOn();
          });
          worker.once("error", reject);
          worker.once("exit", (code) => code !== 0 && reject(new Error(`a parse worker stopped with code ${code}`)));
        }),
    ),
  );
  const fresh = Object.assign(new Map<number, CachedInput | SameContent>(), { threads: workers });
  for (const [p, index] of todo.entries()) fresh.set(index, parsed[p]!);
  return fresh;
}
