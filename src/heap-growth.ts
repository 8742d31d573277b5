/**
 * How fast the V8 heap grows. By default V8 lets the heap grow to up to four
 * times what the last full collection kept before collecting again; a build
 * allocates fast and keeps a large, slowly growing set, so its heap balloons
 * (a 20,000-article build kept under 200 MB but its process peaked near
 * 800 MB). Growing by a quarter keeps that build near 600 MB in the same time.
 * V8 reads the flag at every collection, so setting it before any work takes
 * effect; it is a collection heuristic, not a limit. Commands call this once,
 * at start (the library itself changes no process-wide setting).
 */
import v8 from "node:v8";

/** `percent`: how much the heap may grow between full collections; 0 leaves V8's own heuristics. KIOSK_HEAP_GROWTH overrides it. */
export function tuneHeapGrowth(percent = 25): void {
  const wanted = Number(process.env.KIOSK_HEAP_GROWTH ?? percent);
  if (Number.isFinite(wanted) && wanted > 0) v8.setFlagsFromString(`--heap-growing-percent=${Math.round(wanted)}`);
}
