/** A parse worker (see parse-pool.ts): reads, hashes and parses its share of the files, in order. */
import { readFileSync, statSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { hashOf } from "../cache/hash.js";
import type { CachedInput } from "../cache/input-cache.js";
import { Parsers, parseInput, readInput } from "./ingest.js";
import type { WorkerTask } from "./parse-pool.js";

const { files, config } = workerData as WorkerTask;
const parsers = new Parsers(config);
const out: CachedInput[] = files.map((file) => {
  try {
    const stat = statSync(file.absolute);
    const bytes = readFileSync(file.absolute);
    return { mtimeMs: stat.mtimeMs, size: stat.size, hash: hashOf(bytes), result: parseInput(file, bytes, parsers) };
  } catch {
    // Unreadable: the result says why; it is not cached as a good read.
    return { mtimeMs: -1, size: -1, hash: "", result: readInput(file, parsers) };
  }
});
parentPort!.postMessage(out);
