/**
 * Make what changed: every route is rendered to its data's key, and a page whose key the last build
 * wrote is kept as it is; after a dev-server edit, a route that shows no edited article is kept
 * without being rendered at all. The others are rendered here or, in large builds, on worker threads
 * that write them straight to the staged output.
 */
import type { Route } from "../plan/route.js";
import { outputFile } from "../plan/route.js";
import type { RenderPool } from "../render/render-pool.js";
import type { Renderer } from "../render/render.js";
import type { Writer } from "../write/writer.js";

export interface MakePagesInput {
  routes: readonly Route[];
  render: Renderer;
  writer: Writer;
  /** The render workers, once `toMake` pages were found to make (undefined: on this thread). */
  pool(toMake: number): RenderPool | undefined;
  /** The routes that may have changed; undefined: all of them. */
  affected: Set<number> | undefined;
  /** Called every 200 routes; awaited, so that a search indexer beside the build gets its replies in. */
  onProgress(done: number): Promise<void> | void;
  /** For the timings: a page was rendered, or written. */
  lap(stage: "render" | "write"): void;
}

/**
 * Each route's output file, worked out once for the life of its route: the dev server keeps a site's routes from edit
 * to edit, and the same string each time is looked up in the last build's files without being hashed again (24,000
 * routes, a tenth of an edit's time otherwise).
 */
const outputFiles = new WeakMap<Route, string>();
const outputFileOf = (route: Route): string => {
  let file = outputFiles.get(route);
  if (file === undefined) outputFiles.set(route, (file = outputFile(route.path)));
  return file;
};

/** How many pages were rendered (the others were kept). */
export async function makePages({ routes, render, writer, pool: workersFor, affected, onProgress, lap }: MakePagesInput): Promise<{ rendered: number }> {
  let rendered = 0;
  let done = 0;
  let workers: RenderPool | undefined;
  for (const [index, route] of routes.entries()) {
    if (affected && !affected.has(index) && writer.keepUnchanged(outputFileOf(route))) continue;
    const prepared = render(route);
    const last = prepared.key === null ? undefined : writer.previous(prepared.path);
    // (`last` is looked up only for a page with a key.)
    if (last !== undefined && last.key === prepared.key && last.present()) {
      writer.keep(prepared.path, prepared.key);
      lap("render");
    } else {
      // With workers, and a writer with files on disk for them, a worker renders and writes the page.
      const pool = (workers = workersFor(rendered));
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
  if (workers) {
    await workers.settle();
    await workers.finish();
    lap("render");
  }
  return { rendered };
}
