/**
 * The build, top to bottom: config → list the content → up to date? → ingest → assemble (or patch) →
 * plan → make what changed → commit. Each stage hands plain data to the next; every decision about
 * what can be kept from the last build is made in src/incremental/.
 */
import { type BuildResult, resultOf, StageClock, upToDateResult } from "./build-result.js";
import { writeSite } from "./incremental/write-site.js";
import path from "node:path";
import { hashOf } from "./cache/hash.js";
import { loadConfig } from "./config/load-config.js";
import { KioskError } from "./diagnostics.js";
import { readFetchStatus } from "./fetch/fetch-status.js";
import { BuildMemory } from "./incremental/build-memory.js";
import { buildKeys } from "./incremental/build-key.js";
import { ingestWithCache } from "./incremental/inputs.js";
import { assembleOrPatch } from "./incremental/site-state.js";
import { listContentFiles } from "./ingest/content-source.js";
import { latestPlausibleDay } from "./ingest/date-bounds.js";
import { CONTENT_EXTENSIONS } from "./ingest/ingest.js";
import { BUILTIN_PUBLIC, BUILTIN_TEMPLATES, kioskVersion } from "./paths.js";
import { planRoutes } from "./plan/plan.js";
import { templatesFingerprint } from "./render/templates.js";
import { parseMoment } from "./text/dates.js";
import type { Writer } from "./write/writer.js";

export interface BuildOptions {
  /** Folder of input files (scraped pages), searched recursively. */
  contentDir: string;
  /** Config file path; `configExplicit` says whether the user named it. */
  configFile: string;
  configExplicit: boolean;
  /** Overrides the config's base URL. */
  baseUrl?: string;
  /** The site's templates, which override Kiosk's built-in ones of the same name. */
  templatesDir: string;
  /** The site's static files, copied over Kiosk's built-in ones (style.css). */
  publicDir: string;
  /** Resolves relative paths and shortens the paths in diagnostics. */
  cwd: string;
  /** Any diagnostic fails the build, and nothing is written. */
  strict: boolean;
  /** The moment the Google News sitemap counts back from ("2020-10-03" or an ISO date-time); default: the newest article's day. */
  now?: string;
  /** What the last build parsed and assembled, kept in memory between builds (the dev server): the build reads and updates it, and the caller saves the input cache. */
  memory?: BuildMemory;
  /** Folder of the build cache (parsed inputs, the output manifest); null for none. Default: none. */
  cacheDir?: string | null;
  /** Ignore the cache: parse, render and write everything. */
  clean?: boolean;
  /** False skips the search index and pages even when the config asks for them (--no-search). */
  search?: boolean;
  /** Told how far the build is, for a progress bar. */
  onProgress?: (progress: Progress) => void;
}

export { BuildMemory };
export type { BuildResult };

export interface Progress {
  stage: "read" | "render";
  done: number;
  total: number;
}

/** Bump with any change to what a build writes for the same input (the package's version is part of it too). */
const OUTPUT_VERSION = 8;

function referenceMoment(text: string, timeZone: string): number {
  const moment = parseMoment(text, timeZone);
  if (!moment)
    throw new KioskError(`--now: "${text}" is not a date or date-time.`, {
      hint: "Use YYYY-MM-DD or an ISO 8601 date-time such as 2020-10-03T18:00:00+01:00.",
    });
  return moment.instant;
}

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

  // 3. Ingest: every input file becomes an article or a diagnostic (unchanged files come from the cache).
  const onRead = (done: number) => options.onProgress?.({ stage: "read", done, total: contentFiles.length });
  const { ingested, inputCache } = await ingestWithCache(contentFiles, config, {
    clean: options.clean === true,
    cacheDir,
    memory,
    latestDay: setup.latestDay,
    onProgress: onRead,
  });
  clock.lap("ingest");

  // 4. Assemble (sort, group, permalinks, stories, ticker) and 5. plan every page, feed and sitemap — or patch the last site.
  const { site, routes, affected, remember } = assembleOrPatch({
    ingested,
    config,
    setupKey,
    memory,
    assembleExtras: { sourceHealth: setup.sourceHealth(), report: (d) => ingested.diagnostics.push(d), headlineKeywords: ingested.headlineKeywords },
    plan: (assembled) => planRoutes(assembled, setup.now === undefined ? {} : { now: setup.now }),
    assembled: (patched) => {
      // The cache keeps the keywords of the headlines the tickers still show.
      if (!patched) inputCache.retainHeadlines(tickerHeadlines(ingested.articles));
      clock.lap("assemble");
    },
  });
  // A caller that keeps the cache in memory (the dev server) saves it when it likes.
  if (cacheDir && !memory) inputCache.save();
  // The site holds what the rest needs: the parsed articles (tickers, keywords) can go, unless the dev server keeps them.
  ingested.articles = [];
  ingested.inputs = new Map();
  clock.lap("plan");
  const result = resultOf(site, routes, ingested, config, options.strict, affected !== undefined, clock);
  if (!result.ok) return result;

  // 6. Make what changed, 7. write it and 8. commit: the new output replaces the old one at once.
  const { templateDirs, templatesKey, publicDirs } = setup;
  const searchCache = options.clean ? null : cacheDir;
  await writeSite({
    site,
    routes,
    affected,
    writer,
    result,
    buildKey,
    templateDirs,
    templatesKey,
    publicDirs,
    lap: clock.lap,
    onProgress: options.onProgress,
    searchCache,
  });
  memory?.keepSite(remember);
  result.written = true;
  result.filesWritten = writer.writtenCount;
  result.durationMs = clock.elapsed();
  return result;
}

/** What a build is set up with, from its options and the config: folders, keys, and the day it is built on. */
async function setUp(options: BuildOptions) {
  const at = (p: string) => path.resolve(options.cwd, p);
  const loaded = await loadConfig({ file: at(options.configFile), explicit: options.configExplicit, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  const config = options.search === false ? { ...loaded, search: false } : loaded;
  const templateDirs = [...new Set([at(options.templatesDir), BUILTIN_TEMPLATES])];
  const publicDirs = [BUILTIN_PUBLIC, at(options.publicDir)];
  // What renders every page: the templates, and the code of this version of Kiosk (a new one may render them otherwise).
  const outputVersion = `kiosk ${kioskVersion()} / output ${OUTPUT_VERSION}`;
  const templatesKey = hashOf(templatesFingerprint(templateDirs), outputVersion);
  const now = options.now === undefined ? undefined : referenceMoment(options.now, config.timeZone);
  const latestDay = latestPlausibleDay(now ?? Date.now(), config.timeZone);
  const contentDir = at(options.contentDir);
  return {
    config,
    cacheDir: options.cacheDir ? at(options.cacheDir) : null,
    templateDirs,
    publicDirs,
    templatesKey,
    latestDay,
    now,
    keyInput: { configFile: at(options.configFile), templatesKey, publicDirs, contentDir, config, now: options.now ?? null, latestDay, outputVersion },
    /** The fetch status of the configured sources, for the sources-health page. */
    sourceHealth: () => Object.values(readFetchStatus(contentDir)),
  };
}

/** Every distinct headline of every ticker line (600,000 occurrences at 20,000 pages: no list of them all is made). */
function tickerHeadlines(articles: readonly { ticker: readonly string[] }[]): Set<string> {
  const texts = new Set<string>();
  for (const article of articles) for (const text of article.ticker) texts.add(text);
  return texts;
}
