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
