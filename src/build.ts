/**
 * The build, top to bottom: config → list the content → up to date? → ingest → assemble (or patch) →
 * plan → make what changed → commit. Each stage hands plain data to the next; every decision about
 * what can be kept from the last build is made in src/incremental/.
 */
import { type BuildResult, resultOf, StageClock, upToDateResult } from "./build-result.js";
import { type BuildOptions, setUp } from "./build-setup.js";
import { BuildMemory } from "./incremental/build-memory.js";
import { buildKeys } from "./incremental/build-key.js";
import { CONTENT_EXTENSIONS, listContentFiles } from "./ingest/content-source.js";
import type { Writer } from "./write/writer.js";

export { BuildMemory };
export type { BuildOptions, BuildResult };
export type { Progress } from "./build-setup.js";

export async function build(options: BuildOptions, writer: Writer): Promise<BuildResult> {
  const clock = new StageClock();
  const { memory } = options;
  // 1. Config: a bad config stops here, before anything is read or written.
  const setup = await setUp(options);
  const { config, cacheDir } = setup;
  clock.lap("config");

  // 2. Up to date? Same content files, config, templates, assets and options as the last build: nothing to do.
  const contentFiles = await listContentFiles(options.contentDir, CONTENT_EXTENSIONS, options.cwd, memory?.knownContent());
  memory?.rememberContent(contentFiles);
  const { buildKey, setupKey } = await buildKeys(setup.keyInput, contentFiles);
  // (The dev server's first build goes on all the same: it assembles the site once, so its edits need not.)
  const last = memory && !memory.hasSite ? undefined : writer.lastBuild();
  if (last?.buildKey === buildKey) return upToDateResult(last.summary, config, options.strict, clock);
  // (Not in the dev server, which committed the last build itself.)
  if (!memory) writer.lookAhead?.();
  // There is work to do: the stages that do it are loaded now (a build that stops above loads a sixth of the code).
  const { ingestWithCache, assembleOrPatch, planRoutes, writeSite } = await import("./build-stages.js");

  // 3. Ingest: every input file becomes an article or a diagnostic (unchanged files come from the cache).
  const onProgress = (done: number) => options.onProgress?.({ stage: "read", done, total: contentFiles.length });
  const inputs = { clean: options.clean === true, cacheDir, memory, latestDay: setup.latestDay, onProgress };
  const { ingested, inputCache } = await ingestWithCache(contentFiles, config, inputs);
  clock.lap("ingest");

  // 4. Assemble (sort, group, permalinks, stories, ticker) and 5. plan every page, feed and sitemap — or patch the last site.
  let stories: BuildResult["stories"];
  // The grouping met every text of every ticker line: whether it met a text.
  let onTicker: ((text: string) => boolean) | undefined;
  const { site, routes, affected, remember } = assembleOrPatch({
    ingested,
    config,
    setupKey,
    memory,
    assembleExtras: {
      sourceHealth: setup.sourceHealth(),
      report: (d) => ingested.diagnostics.push(d),
      headlineKeywords: ingested.headlineKeywords,
      storyGraph: ingested.storyGraph,
      onGrouping: ({ members, regrouped, durationMs, isTickerText }) => {
        stories = { members, regrouped, durationMs };
        onTicker = isTickerText;
      },
    },
    plan: (assembled) => planRoutes(assembled, setup.now === undefined ? {} : { now: setup.now }),
    assembled: (patched) => {
      // The cache keeps the keywords of the headlines the tickers still show.
      if (!patched && onTicker) inputCache.retainHeadlines(onTicker);
      clock.lap("assemble");
    },
  });
  // A caller that keeps the cache in memory (the dev server) saves it when it likes.
  if (cacheDir && !memory) inputCache.save();
  if (!memory) inputCache.release();
  // The site holds what the rest needs: the parsed articles (tickers, keywords) can go, unless the dev server keeps them.
  ingested.articles = [];
  ingested.inputs = new Map();
  clock.lap("plan");
  const result = resultOf(site, routes, ingested, config, options.strict, affected !== undefined, clock);
  if (stories) result.stories = stories;
  if (!result.ok) return result;

  // 6. Make what changed, 7. write it and 8. commit: the new output replaces the old one at once.
  const { templateDirs, templatesKey, publicDirs } = setup;
  // A clean build reads no cached index, but leaves its own for the next build.
  const searchCache = cacheDir ? { dir: cacheDir, reuse: options.clean !== true } : null;
  const made = { site, routes, affected, writer, result, buildKey, templateDirs, templatesKey, publicDirs, searchCache };
  await writeSite({ ...made, lap: clock.lap, onProgress: options.onProgress });
  memory?.keepSite(remember);
  result.written = true;
  result.filesWritten = writer.writtenCount;
  result.durationMs = clock.elapsed();
  return result;
}
