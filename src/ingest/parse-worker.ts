/** A parse worker (see parse-pool.ts): reads, hashes and parses its share of the files, in order. */
import { readFileSync, statSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { hashOf } from "../cache/hash.js";
import type { CachedInput } from "../cache/input-cache.js";
import { stampOf } from "./content-source.js";
import { Parsers, parseInput, readInput } from "./ingest.js";
import type { WorkerTask } from "./parse-pool.js";

const { files, config } = workerData as WorkerTask;
const parsers = new Parsers(config);
const out: CachedInput[] = files.map((file) => {
  try {
    const stat = stampOf(file) ?? statSync(file.absolute);
    const bytes = readFileSync(file.absolute);
    const hash = hashOf(bytes);
    return { mtimeMs: stat.mtimeMs, size: stat.size, hash, result: parseInput(file, bytes, parsers, hash) };
  } catch {
    // Unreadable: the result says why; it is not cached as a good read.
    return { mtimeMs: -1, size: -1, hash: "", result: readInput(file, parsers) };
  }
});
parentPort!.postMessage(out);
