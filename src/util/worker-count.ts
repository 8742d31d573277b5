/**
 * How many worker threads a pool starts: one per core, at most 8, or what
 * KIOSK_WORKERS says; 0 (work on the calling thread) when that is below 2, or
 * when Kiosk runs from its TypeScript sources (a worker cannot load them).
 */
import { availableParallelism } from "node:os";

const MAX_WORKERS = 8;

export function workerCount(): number {
  const wanted = Number(process.env.KIOSK_WORKERS ?? availableParallelism());
  if (!import.meta.url.endsWith(".js") || !Number.isInteger(wanted) || wanted < 2) return 0;
  return Math.min(wanted, MAX_WORKERS);
}

/**
 * The limits every pool's workers start with. A worker's young generation (where V8 makes new objects) may
 * otherwise grow to 48 MiB: a render or parse worker makes many short-lived strings and keeps few, so 16 MiB
 * costs it no time we could measure, and a 20,000-article build's peak about 40 MiB (524–529 MiB against
 * 558–577, interleaved runs).
 */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 } as const;
