/** A parse worker (see parse-pool.ts): reads, hashes and parses its share of the files, in order, and sends the results back in batches, then null. */
import { statSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { hashOf } from "../util/hash.js";
import type { CachedInput } from "./input-result.js";
import { stampOf, type ContentFile } from "./content-source.js";
import { Parsers, parseInput, readContentBytes, readInput } from "./ingest.js";
import { addTitle, claimHeadline, isTitle, RESULTS_PER_MESSAGE, type SameContent, type WorkerBatch, type WorkerTask } from "./parse-pool.js";
import { headlineRecord, titleRecord } from "../text/keywords.js";
import { matchKey } from "../text/clean.js";
import { TextNumbering } from "./numbered-texts.js";
import { ownCopy } from "../util/own-copy.js";

/** Headline records a worker sends back in one message. */
const HEADLINES_PER_MESSAGE = 5000;

const { files, config, claims, titles, cachedHashes } = workerData as WorkerTask;
const parsers = new Parsers(config);
// Ticker headlines: this worker works out the keywords of the distinct texts it is first to meet (claimHeadline: the
// shared table holds the texts the input cache has already, and those another worker took), each once — after its
// files, when the titles of the site are known (most ticker headlines are titles of the site, and a title needs only
// its key). It keeps only the texts it took: copies, not the pages they were cut from.
const claimed: string[] = [];
// Results go back a few hundred at a time, so a worker never holds its whole share, nor its whole share serialised.
// Ticker texts and keywords go as numbers into a table sent along (see numbered-texts.ts): each text once a batch. A
// table of the batch only: one of every text this worker met (80,000 at 10,000 pages, 25 MiB) would stay to the end.
let numbering = new TextNumbering();
let batch: WorkerBatch = { results: [], headlines: [], texts: [] };
const send = () => {
  parentPort!.postMessage({ ...batch, texts: numbering.take() } satisfies WorkerBatch);
  batch = { results: [], headlines: [], texts: [] };
  numbering = new TextNumbering();
};
for (const [index, file] of files.entries()) {
  const parsed = parseOne(file, cachedHashes[index] ?? null);
  // A file found as the cache holds it goes back as its stamp alone: it has no articles of this worker's to note.
  batch.results.push("result" in parsed ? numbering.encode(parsed) : parsed);
  for (const article of "result" in parsed ? parsed.result.articles : []) {
    addTitle(matchKey(article.title), titles);
    for (const text of article.ticker) if (claimHeadline(text, claims)) claimed.push(ownCopy(text));
  }
  if (batch.results.length === RESULTS_PER_MESSAGE) send();
}
for (const text of claimed) {
  const key = matchKey(text);
  const record = isTitle(key, titles) ? titleRecord(key) : headlineRecord(text, parsers.keywordRules, parsers.inputContext.detectLanguage);
  batch.headlines.push([numbering.numberOf(text), record]);
  if (batch.headlines.length === HEADLINES_PER_MESSAGE) send();
}
send();
parentPort!.postMessage(null);

/** A file parsed, or only its new stamp when its content is the one the cache holds (`cachedHash`). */
function parseOne(file: ContentFile, cachedHash: string | null): CachedInput | SameContent {
  try {
    const stat = stampOf(file) ?? statSync(file.absolute);
    const bytes = readContentBytes(file);
    if (!(bytes instanceof Uint8Array)) throw new Error("not read");
    const hash = hashOf(bytes);
    if (hash === cachedHash) return { mtimeMs: stat.mtimeMs, size: stat.size, hash };
    return { mtimeMs: stat.mtimeMs, size: stat.size, hash, result: parseInput(file, bytes, parsers, hash) };
  } catch {
    // Unreadable: the result says why; it is not cached as a good read.
    return { mtimeMs: -1, size: -1, hash: "", result: readInput(file, parsers) };
  }
}
