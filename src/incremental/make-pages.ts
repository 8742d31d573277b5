/**
 * Make what changed: every route is rendered to its data's key, and a page whose key the last build
 * wrote is kept as it is; after a dev-server edit, a route that shows no edited article is kept
 * without being rendered at all. The others are rendered here or, in large builds, on worker threads
 * that write them straight to the staged output.
 */
import type { Route } from "../plan/route.js";
import { outputFile } from "../plan/route.js";
import type { RenderPool } from "../render/render-pool.js";
import type { PreparedOutput, Renderer } from "../render/render.js";
import { createTickerSplicer, type TickerPair, tickerPairs } from "../render/ticker-splice.js";
import type { PreviousFile, Writer } from "../write/writer.js";

export interface MakePagesInput {
  routes: readonly Route[];
  render: Renderer;
  writer: Writer;
  pool: RenderPool | undefined;
  /** The routes that may have changed; undefined: all of them. */
  affected: Set<number> | undefined;
  /** Called every 200 routes; awaited, so that a search indexer beside the build gets its replies in. */
  onProgress(done: number): Promise<void> | void;
  /** For the timings: a page was rendered, or written. */
  lap(stage: "render" | "write"): void;
}

/** How many pages were rendered, and how many had only their ticker replaced (the others were kept). */
export async function makePages({
  routes,
  render,
  writer,
  pool,
  affected,
  onProgress,
  lap,
}: MakePagesInput): Promise<{ rendered: number; retickered: number }> {
  let rendered = 0;
  let retickered = 0;
  // The tickers of this build beside those of the last, once a page needs them (all pages of the last build have the same).
  let pairs: Record<string, TickerPair> | undefined;
  const pairsFor = (last: PreviousFile) => (pairs ??= tickerPairs(last.tickers, render.tickerHtml));
  let splicer: ReturnType<typeof createTickerSplicer> | undefined;
  const spliceTicker = (last: PreviousFile) => {
    splicer ??= createTickerSplicer(pairsFor(last));
    const bytes = last.bytes();
    const parts = bytes && splicer(bytes);
    return parts && Buffer.concat(parts);
  };
  // In large builds the workers replace tickers too: a page whose last file does not take the new ticker is rendered after.
  const spliceJobs = new Map<string, PreparedOutput>();
  let done = 0;
  for (const [index, route] of routes.entries()) {
    if (affected && !affected.has(index) && writer.keepUnchanged(outputFile(route.path))) continue;
    const prepared = render(route);
    const last = prepared.key === null ? undefined : writer.previous(prepared.path);
    const retickerable =
      last !== undefined && prepared.tickerFreeKey !== undefined && last.key !== prepared.key && last.key.startsWith(`${prepared.tickerFreeKey}#`);
    const target = pool && retickerable && last.file && prepared.key !== null ? writer.reserve(prepared.path, prepared.key) : undefined;
    const spliced = retickerable && target === undefined ? spliceTicker(last) : undefined;
    // (`last` is looked up only for a page with a key.)
    if (last !== undefined && last.key === prepared.key && last.present()) {
      writer.keep(prepared.path, prepared.key);
      lap("render");
    } else if (pool && target !== undefined && last?.file) {
      if (spliceJobs.size === 0) pool.setTickers(pairsFor(last));
      await pool.add({ from: last.file, target });
      spliceJobs.set(target, prepared);
      retickered++;
      lap("write");
    } else if (spliced !== undefined) {
      await writer.write({ path: prepared.path, contents: spliced }, prepared.key);
      retickered++;
      lap("write");
    } else {
      // With workers, and a writer with files on disk for them, a worker renders and writes the page.
      const target = pool && prepared.page && prepared.key !== null ? writer.reserve(prepared.path, prepared.key) : undefined;
      if (pool && prepared.page && target !== undefined) {
        await pool.add({ ...prepared.page(), target });
        lap("render");
      } else {
        const file = prepared.render();
        lap("render");
        await writer.write(file, prepared.key);
        lap("write");
      }
      rendered++;
    }
    if (++done % 200 === 0) await onProgress(done);
  }
  if (pool) {
    for (const target of await pool.settle()) {
      await pool.add({ ...spliceJobs.get(target)!.page!(), target });
      retickered--;
      rendered++;
    }
    await pool.finish();
    lap("render");
  }
  return { rendered, retickered };
}
