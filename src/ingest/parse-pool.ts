/**
 * Parsing on every core: when a build has thousands of files to parse (a cold
 * build of a large site), worker threads each read, hash and parse a
 * contiguous share of them. Results come back in file order, so the output is
 * the same as a build on one thread. Used only from the compiled package (a
 * worker cannot load TypeScript) and only for large batches, where starting
 * the workers pays for itself; KIOSK_WORKERS=0 turns it off, KIOSK_WORKERS=N
 * sets the number of workers.
 */
import { Worker } from "node:worker_threads";
import { workerCount } from "../util/worker-count.js";
import type { CachedInput, InputCache } from "../cache/input-cache.js";
import type { SiteConfig } from "../config/config.js";
import { stampOf, type ContentFile } from "./content-source.js";

/** Below this many files to parse, one thread is faster than starting workers. */
const PARALLEL_THRESHOLD = 2000;
const WORKER_URL = new URL("./parse-worker.js", import.meta.url);
/** Results a worker sends back in one message. */
export const RESULTS_PER_MESSAGE = 500;

export interface WorkerTask {
  files: ContentFile[];
  config: SiteConfig;
}

/** Fresh cache entries for the files that need parsing, by index; undefined when this build parses on one thread. */
export async function parseInParallel(files: readonly ContentFile[], config: SiteConfig, cache?: InputCache): Promise<(Map<number, CachedInput> & { threads: number }) | undefined> {
  const workers = workerCount();
  if (workers === 0) return undefined;
  const todo: number[] = [];
  files.forEach((file, i) => {
    const cached = cache?.get(file.display);
    if (!cached) return void todo.push(i);
    const stat = stampOf(file);
    if (!stat || cached.mtimeMs !== stat.mtimeMs || cached.size !== stat.size) todo.push(i);
  });
  if (todo.length < PARALLEL_THRESHOLD) return undefined;

  const share = Math.ceil(todo.length / workers);
  const chunks = Array.from({ length: workers }, (_, w) => todo.slice(w * share, (w + 1) * share)).filter((c) => c.length > 0);
  const results = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<CachedInput[]>((resolve, reject) => {
          const task: WorkerTask = { files: chunk.map((i) => files[i]!), config };
          const worker = new Worker(WORKER_URL, { workerData: task });
          const results: CachedInput[] = [];
          worker.on("message", (batch: CachedInput[] | null) => {
            if (batch === null) resolve(results);
            else for (const result of batch) results.push(result);
          });
          worker.once("error", reject);
          worker.once("exit", (code) => code !== 0 && reject(new Error(`a parse worker stopped with code ${code}`)));
        }),
    ),
  );
  const fresh = Object.assign(new Map<number, CachedInput>(), { threads: chunks.length });
  chunks.forEach((chunk, c) => chunk.forEach((index, k) => fresh.set(index, results[c]![k]!)));
  return fresh;
}
