/**
 * How fast the V8 heap grows. By default V8 lets the heap grow to up to four
 * times what the last full collection kept before collecting again; a build
 * allocates fast and keeps a large, slowly growing set, so its heap balloons
 * (a 20,000-article build kept under 200 MB but its process peaked near
 * 800 MB). Growing by a quarter keeps that build near 600 MB in the same time.
 * V8 reads the flag at every collection, so setting it before any work takes
 * effect; it is a collection heuristic, not a limit. Commands call this once,
 * at start (the library itself changes no process-wide setting).
 *
 * An update (a build that starts from the last one's cache) is another case:
 * it loads the parsed site, which it keeps to the end, and allocates little
 * else, so a quarter's growth means a full collection of that site every few
 * dozen megabytes. It may double: a one-page edit of that site took 3.8 s and
 * 470 MB at a quarter, 3.45 s and 520 MB at double (V8's own: 3.3 s, 570 MB);
 * fifty new pages, 570 MB at double instead of 516 (the cold build: 590).
 */
import v8 from "node:v8";

const COLD_BUILD_GROWTH = 25;
export const UPDATE_GROWTH = 100;

/** `percent`: how much the heap may grow between full collections; 0 leaves V8's own heuristics. KIOSK_HEAP_GROWTH overrides it. */
export function tuneHeapGrowth(percent = COLD_BUILD_GROWTH): void {
  const wanted = Number(process.env.KIOSK_HEAP_GROWTH ?? percent);
  if (Number.isFinite(wanted) && wanted > 0) v8.setFlagsFromString(`--heap-growing-percent=${Math.round(wanted)}`);
}
