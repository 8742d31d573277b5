/**
 * The build, top to bottom: config → list the content → up to date? → ingest → assemble (or patch) →
 * plan → make what changed → commit. Each stage hands plain data to the next; every decision about
 * what can be kept from the last build is made in src/incremental/.
 */
import path from "node:path";
import { missingOriginalsNote } from "./assemble/missing-originals.js";
import { hashOf } from "./cache/hash.js";
import type { SiteConfig } from "./config/config.js";
import { loadConfig } from "./config/load-config.js";
import { countBySeverity, type Diagnostic, KioskError } from "./diagnostics.js";
import { readFetchStatus } from "./fetch/fetch-status.js";
import { BuildMemory } from "./incremental/build-memory.js";
import { buildKeys } from "./incremental/build-key.js";
import { ingestWithCache } from "./incremental/inputs.js";
import { makePages } from "./incremental/make-pages.js";
import { assembleOrPatch } from "./incremental/site-state.js";
import { listContentFiles } from "./ingest/content-source.js";
import { latestPlausibleDay } from "./ingest/date-bounds.js";
import { CONTENT_EXTENSIONS, type IngestResult } from "./ingest/ingest.js";
import { loadPublicAssets } from "./ingest/public-assets.js";
import type { Site } from "./model/site.js";
import { BUILTIN_PUBLIC, BUILTIN_TEMPLATES, kioskVersion } from "./paths.js";
import { planRoutes } from "./plan/plan.js";
import { isPage, type Route } from "./plan/route.js";
import { createLinker } from "./plan/links.js";
import { createRenderer } from "./render/render.js";
import { RenderPool } from "./render/render-pool.js";
import { createTemplateEnvironment, templatesFingerprint } from "./render/templates.js";
import { buildSearchIndex } from "./search/search-index.js";
import { parseMoment } from "./text/dates.js";
import type { BuildSummary, Writer } from "./write/writer.js";

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

export interface Progress {
  stage: "read" | "render";
  done: number;
  total: number;
}

export interface BuildResult {
  /** False when --strict found diagnostics (then nothing was written). */
  ok: boolean;
  config: SiteConfig;
  articles: number;
  pages: number;
  feeds: number;
  assets: number;
  filesRead: number;
  /** Input files parsed this time; the others came from the cache. */
  filesParsed: number;
  /** Threads that parsed them. */
  parseThreads: number;
  /** Worker threads that rendered pages (0: the main thread rendered them all). */
  renderThreads: number;
  filesSkipped: string[];
  diagnostics: Diagnostic[];
  /** Things the user should know that are not problems of the input (they never fail --strict). */
  notes: string[];
  /** True when the output was replaced or updated. */
  written: boolean;
  /** True when nothing had changed since the last build, so nothing was done. */
  upToDate: boolean;
  /** True when an edit moved no article, so the last assembled site was reused with the new content (dev server). */
  patched: boolean;
  /** Pages rendered, and output files written, this time. */
  rendered: number;
  /** Pages whose content was unchanged and whose ticker was replaced in the last build's file. */
  retickered: number;
  filesWritten: number;
  durationMs: number;
  /** Milliseconds spent in each stage. */
  timings: Record<"config" | "ingest" | "assemble" | "plan" | "render" | "write" | "search", number>;
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

/** What the config means for publishing that the user may not expect. */
function siteNotes(config: SiteConfig): string[] {
  const base = new URL(config.baseUrl);
  // Crawlers read robots.txt at the host's root only.
  return base.pathname === "/"
    ? []
    : [
        `robots.txt is written to ${base.pathname}robots.txt, where crawlers do not read it: publish it at ${base.origin}/robots.txt (copy it there, or add its Sitemap lines to the root's robots.txt).`,
      ];
}

export async function build(options: BuildOptions, writer: Writer): Promise<BuildResult> {
  const started = performance.now();
  const at = (p: string) => path.resolve(options.cwd, p);
  const timings: BuildResult["timings"] = { config: 0, ingest: 0, assemble: 0, plan: 0, render: 0, write: 0, search: 0 };
  let mark = started;
  const lap = (stage: keyof BuildResult["timings"]) => {
    const now = performance.now();
    timings[stage] += now - mark;
    mark = now;
  };
  const cacheDir = options.cacheDir ? at(options.cacheDir) : null;
  const { memory } = options;

  // 1. Config: a bad config stops here, before anything is read or written.
  const loaded = await loadConfig({ file: at(options.configFile), explicit: options.configExplicit, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  const config = options.search === false ? { ...loaded, search: false } : loaded;
  const templateDirs = [...new Set([at(options.templatesDir), BUILTIN_TEMPLATES])];
  const publicDirs = [BUILTIN_PUBLIC, at(options.publicDir)];
  // What renders every page: the templates, and the code of this version of Kiosk (a new one may render them otherwise).
  const outputVersion = `kiosk ${kioskVersion()} / output ${OUTPUT_VERSION}`;
  const templatesKey = hashOf(templatesFingerprint(templateDirs), outputVersion);
  const latestDay = latestPlausibleDay(options.now === undefined ? Date.now() : referenceMoment(options.now, config.timeZone), config.timeZone);
  lap("config");

  // 2. Up to date? Same content files, config, templates, assets and options as the last build: nothing to do.
  const contentFiles = await listContentFiles(options.contentDir, CONTENT_EXTENSIONS, options.cwd, memory?.knownContent());
  memory?.rememberContent(contentFiles);
  const keyInput = {
    configFile: at(options.configFile),
    templatesKey,
    publicDirs,
    contentDir: at(options.contentDir),
    config,
    now: options.now ?? null,
    latestDay,
    outputVersion,
  };
  const { buildKey, setupKey } = await buildKeys(keyInput, contentFiles);
  // (The dev server's first build goes on all the same: it assembles the site once, so its edits need not.)
  const last = memory && !memory.hasSite ? undefined : writer.lastBuild();
  const lastSummary = last?.buildKey === buildKey ? last.summary : undefined;
  if (lastSummary) return upToDateResult(lastSummary, config, options.strict, started, timings);

  // 3. Ingest: every input file becomes an article or a diagnostic (unchanged files come from the cache).
  const { ingested, inputCache } = await ingestWithCache(contentFiles, config, {
    clean: options.clean === true,
    cacheDir,
    memory,
    latestDay,
    onProgress: (done) => options.onProgress?.({ stage: "read", done, total: contentFiles.length }),
  });
  lap("ingest");

  // 4. Assemble (sort, group, permalinks, stories, ticker) and 5. plan every page, feed and sitemap — or patch the last site.
  const { site, routes, affected, remember } = assembleOrPatch({
    ingested,
    config,
    setupKey,
    memory,
    assembleExtras: {
      sourceHealth: Object.values(readFetchStatus(at(options.contentDir))),
      report: (d) => ingested.diagnostics.push(d),
      headlineKeywords: ingested.headlineKeywords,
    },
    plan: (assembled) => planRoutes(assembled, options.now === undefined ? {} : { now: referenceMoment(options.now, config.timeZone) }),
    assembled: (patched) => {
      // The cache keeps the keywords of the headlines the tickers still show.
      if (!patched) inputCache.retainHeadlines(tickerHeadlines(ingested.articles));
      lap("assemble");
    },
  });
  // A caller that keeps the cache in memory (the dev server) saves it when it likes.
  if (cacheDir && !memory) inputCache.save();
  // The site holds what the rest needs: the parsed articles (tickers, keywords) can go, unless the dev server keeps them.
  ingested.articles = [];
  ingested.inputs = new Map();
  lap("plan");

  const result = resultOf(site, routes, ingested, config, options.strict, affected !== undefined, timings);
  if (!result.ok) {
    result.durationMs = performance.now() - started;
    return result;
  }

  // 6. Make what changed and 7. write, page by page (so the site is never all in memory); the writer
  // applies the changes only when every page rendered. The search index builds beside, in Pagefind's process.
  const assets = await loadPublicAssets(publicDirs);
  await writer.begin();
  const pool = RenderPool.start({ templateDirs }, routes.length);
  result.renderThreads = pool?.threads ?? 0;
  const searchFiles = config.search ? buildSearchIndex(site, createLinker(config.baseUrl), options.clean ? null : cacheDir) : null;
  searchFiles?.catch(() => {});
  try {
    const render = createRenderer(site, createTemplateEnvironment(templateDirs), templatesKey);
    ({ rendered: result.rendered, retickered: result.retickered } = await makePages({
      routes,
      render,
      writer,
      pool,
      affected,
      lap,
      onProgress: async (done) => {
        options.onProgress?.({ stage: "render", done, total: routes.length });
        // Let the search indexer's replies in, so it keeps working while pages render.
        if (searchFiles !== null) await new Promise((resolve) => setImmediate(resolve));
      },
    }));
    for (const asset of assets) await writer.write(asset);
    result.assets = assets.length;
    if (searchFiles !== null) {
      for (const file of await searchFiles) await writer.write(file);
      lap("search");
    }
    // 8. Commit: the new output replaces the old one at once, with the key the next build compares.
    // The tickers each language's pages now show, for the next build to replace.
    const tickers = Object.fromEntries(pageLanguages(site).map((lang) => [lang, render.tickerHtml(lang)]));
    await writer.commit({ buildKey, summary: summaryOf(result), tickers });
  } catch (cause) {
    await pool?.close();
    await writer.abort();
    throw cause;
  }
  memory?.keepSite(remember);
  result.written = true;
  result.filesWritten = writer.writtenCount;
  result.durationMs = performance.now() - started;
  return result;
}

/** The result of a build that found nothing changed: the last build's summary, whose diagnostics still hold. */
function upToDateResult(summary: BuildSummary, config: SiteConfig, strict: boolean, started: number, timings: BuildResult["timings"]): BuildResult {
  return {
    // The last build's diagnostics are reported again, and --strict still fails on them.
    ok: !(strict && summary.diagnostics.length > 0),
    config,
    ...summary,
    notes: siteNotes(config),
    filesParsed: 0,
    parseThreads: 0,
    renderThreads: 0,
    written: false,
    upToDate: true,
    patched: false,
    rendered: 0,
    retickered: 0,
    filesWritten: 0,
    durationMs: performance.now() - started,
    timings,
  };
}

function resultOf(
  site: Site,
  routes: readonly Route[],
  ingested: IngestResult,
  config: SiteConfig,
  strict: boolean,
  patched: boolean,
  timings: BuildResult["timings"],
): BuildResult {
  const { errors, warnings } = countBySeverity(ingested.diagnostics);
  return {
    ok: !(strict && errors + warnings > 0),
    config,
    articles: site.articles.length,
    pages: routes.filter(isPage).length,
    feeds: routes.filter((r) => r.kind === "feed").length,
    assets: 0,
    filesRead: ingested.filesRead,
    filesParsed: ingested.filesParsed,
    parseThreads: ingested.parseThreads,
    renderThreads: 0,
    filesSkipped: ingested.filesSkipped,
    diagnostics: ingested.diagnostics,
    notes: [...siteNotes(config), ...[missingOriginalsNote(site.articles)].filter((n): n is string => n !== undefined)],
    written: false,
    upToDate: false,
    patched,
    rendered: 0,
    retickered: 0,
    filesWritten: 0,
    durationMs: 0,
    timings,
  };
}

/** Every distinct headline of every ticker line (600,000 occurrences at 20,000 pages: no list of them all is made). */
function tickerHeadlines(articles: readonly { ticker: readonly string[] }[]): Set<string> {
  const texts = new Set<string>();
  for (const article of articles) for (const text of article.ticker) texts.add(text);
  return texts;
}

/** Every language a page may be in: the site's default, its sections', its sources' and its articles'. */
function pageLanguages(site: Site): string[] {
  return [
    ...new Set([site.config.defaultLanguage, ...site.languages.map((l) => l.code), ...site.sources.map((s) => s.lang), ...site.articles.map((a) => a.lang)]),
  ].sort();
}

/** What the next build reports again when nothing changed. */
function summaryOf(result: BuildResult): BuildSummary {
  const { articles, pages, feeds, assets, filesRead, filesSkipped, diagnostics } = result;
  return { articles, pages, feeds, assets, filesRead, filesSkipped, diagnostics };
}
