/**
 * Make what changed, write it and commit: page by page (so the site is never all in memory), on render
 * workers in large builds, with the search index building beside in Pagefind's process; the writer
 * applies the changes only when every page was made, and records the build for the next one.
 */
import type { BuildResult } from "../build-result.js";
import { summaryOf } from "../build-result.js";
import { loadPublicAssets } from "../ingest/public-assets.js";
import type { Site } from "../model/site.js";
import { createLinker } from "../plan/links.js";
import type { Route } from "../plan/route.js";
import { createRenderer } from "../render/render.js";
import { createRouteKeys } from "./route-keys.js";
import { RenderPool } from "../render/render-pool.js";
import { createTemplateEnvironment } from "../render/templates.js";
import { buildSearchIndex, type SearchCache } from "../search/search-index.js";
import type { Writer } from "../write/writer.js";
import { makePages } from "./make-pages.js";

export interface WriteSiteInput {
  site: Site;
  routes: Route[];
  /** The routes that may have changed; undefined: all of them. */
  affected: Set<number> | undefined;
  writer: Writer;
  /** Filled in: pages rendered, render threads, assets. */
  result: BuildResult;
  buildKey: string;
  templateDirs: string[];
  templatesKey: string;
  publicDirs: string[];
  /** Where the search indexes are kept, reused by the next build when no record changed (a clean build only writes them); null: none. */
  searchCache: SearchCache | null;
  lap(stage: "render" | "write" | "search"): void;
  onProgress: ((progress: { stage: "render"; done: number; total: number }) => void) | undefined;
}

/** An update starts the render workers once it has found this many pages to make (see writeSite). */
const UPDATE_POOL_AT = 300;

export async function writeSite(input: WriteSiteInput): Promise<void> {
  const { site, routes, writer, result, lap } = input;
  const { config } = site;
  const assets = await loadPublicAssets(input.publicDirs);
  await writer.begin();
  // Workers for many pages to make. A build that makes every page starts them at once; an update, once it has found
  // UPDATE_POOL_AT pages to make (50 new pages make about 150, sooner made on this thread than workers start); a
  // dev-server edit that makes a few dozen, never.
  let pool: RenderPool | undefined;
  let poolStarted = false;
  const poolFor = (toMake: number) => {
    if (!poolStarted && toMake >= (writer.incremental ? UPDATE_POOL_AT : 0)) {
      poolStarted = true;
      pool = RenderPool.start({ templateDirs: input.templateDirs }, input.affected?.size ?? routes.length);
    }
    return pool;
  };
  const stopSearch = new AbortController();
  const searchFiles = config.search ? buildSearchIndex(site, createLinker(config.baseUrl), input.searchCache, stopSearch.signal) : null;
  searchFiles?.catch(() => {});
  try {
    const { templatesKey } = input;
    const render = createRenderer(site, createTemplateEnvironment(input.templateDirs), { routeKey: createRouteKeys(site, templatesKey), templatesKey });
    ({ rendered: result.rendered } = await makePages({
      routes,
      render,
      writer,
      pool: poolFor,
      affected: input.affected,
      lap,
      onProgress: async (done) => {
        input.onProgress?.({ stage: "render", done, total: routes.length });
        // Let the search indexer's replies in, so it keeps working while pages render.
        if (searchFiles !== null) await new Promise((resolve) => setImmediate(resolve));
      },
    }));
    result.renderThreads = pool?.threads ?? 0;
    for (const asset of assets) await writer.write(asset);
    result.assets = assets.length;
    if (searchFiles !== null) {
      for (const file of await searchFiles) await writer.write(file);
      lap("search");
    }
    await writer.commit({ buildKey: input.buildKey, summary: summaryOf(result) });
  } catch (cause) {
    await pool?.close();
    // The indexer stops at its next batch, and its process with it: a failed build leaves nothing running.
    stopSearch.abort();
    await searchFiles?.catch(() => {});
    await writer.abort();
    throw cause;
  }
}
