/**
 * The build, top to bottom: config, ingest, assemble, plan, render, write.
 * Each stage hands plain data to the next and never reaches back.
 */
import path from "node:path";
import { assembleSite } from "./assemble/assemble.js";
import { patchSite, rememberSite, routesShowing, type SiteMemory } from "./assemble/site-memory.js";
import type { SiteConfig } from "./config/config.js";
import { loadConfig } from "./config/load-config.js";
import { countBySeverity, KioskError, type Diagnostic } from "./diagnostics.js";
import { computeBuildKey } from "./cache/build-key.js";
import { hashOf } from "./cache/hash.js";
import { InputCache } from "./cache/input-cache.js";
import { readFetchStatus, STATUS_FILE } from "./fetch/fetch-status.js";
import { listContentFiles, type ContentFile, type FileStamp } from "./ingest/content-source.js";
import { CONTENT_EXTENSIONS, ingestContent, parsingRulesKey, type IngestResult } from "./ingest/ingest.js";
import { listPublicFiles, loadPublicAssets } from "./ingest/public-assets.js";
import { latestPlausibleDay } from "./ingest/date-bounds.js";
import { missingOriginalsNote } from "./assemble/missing-originals.js";
import { planRoutes } from "./plan/plan.js";
import { isPage, outputFile, type Route } from "./plan/route.js";
import { createLinker } from "./render/links.js";
import { createRenderer } from "./render/render.js";
import { RenderPool } from "./render/render-pool.js";
import { buildSearchIndex } from "./search/search-index.js";
import { createTemplateEnvironment, templatesFingerprint } from "./render/templates.js";
import { BUILTIN_PUBLIC, BUILTIN_TEMPLATES, kioskVersion } from "./paths.js";
import { parseMoment } from "./text/dates.js";
import type { Site } from "./model/site.js";
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

/** What a caller keeps between builds (the dev server). */
export interface BuildMemory {
  /** The parsed inputs. */
  inputs?: InputCache;
  /** The last assembled site (see assemble/site-memory.ts). */
  site?: SiteMemory;
  /** Size and time of every content file when the last build listed it. */
  stamps?: Map<string, FileStamp | null>;
  /** The content files (absolute paths) a watcher saw change since the last build; the others keep their stamps. Undefined: unknown. */
  changedContent?: Set<string>;
}

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

/** Ingest through the input cache: the dev server's, the one in the cache folder, or a new one. */
async function ingestWithCache(
  options: BuildOptions,
  config: SiteConfig,
  contentFiles: ContentFile[],
  cacheDir: string | null,
  latestDay: string,
): Promise<{ ingested: IngestResult; inputCache: InputCache }> {
  const rulesKey = parsingRulesKey(config);
  const kept = options.memory?.inputs;
  const inputCache = options.clean
    ? cacheDir
      ? InputCache.empty(cacheDir, rulesKey)
      : InputCache.inMemory(rulesKey)
    : kept?.matches(rulesKey)
      ? kept
      : cacheDir
        ? InputCache.load(cacheDir, rulesKey)
        : InputCache.inMemory(rulesKey);
  if (options.memory) options.memory.inputs = inputCache;
  const ingested = await ingestContent(contentFiles, config, {
    cache: inputCache,
    latestDay,
    onProgress: (done) => options.onProgress?.({ stage: "read", done, total: contentFiles.length }),
  });
  return { ingested, inputCache };
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

  // Nothing changed since the last build (same inputs, config, templates, assets and options)? Then nothing to do.
  const { memory } = options;
  const known = memory?.stamps && memory.changedContent ? { stamps: memory.stamps, changed: memory.changedContent } : undefined;
  const contentFiles = await listContentFiles(options.contentDir, CONTENT_EXTENSIONS, options.cwd, known);
  if (memory) memory.stamps = new Map(contentFiles.map((f) => [f.absolute, f.stamp ?? null]));
  const keyInput = {
    configFile: at(options.configFile),
    templatesKey,
    publicFiles: [...(await listPublicFiles(publicDirs)), path.join(at(options.contentDir), STATUS_FILE)],
    // The latest day an article may carry changes with the day of the build (see ingest/date-bounds.ts).
    options: { baseUrl: config.baseUrl, now: options.now ?? null, search: config.search, latestDay },
    version: outputVersion,
  };
  const buildKey = computeBuildKey({ ...keyInput, contentFiles });
  // (The dev server's first build goes on all the same: it assembles the site once, so its edits need not.)
  const summary = memory && !memory.site ? undefined : writer.upToDate(buildKey);
  if (summary) {
    // The last build's diagnostics still hold: they are reported again, and --strict still fails on them.
    return {
      ok: !(options.strict && summary.diagnostics.length > 0),
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
      filesWritten: 0,
      durationMs: performance.now() - started,
      timings,
    };
  }

  // 2. Ingest: every input file becomes an article or a diagnostic (unchanged files come from the cache).
  const { ingested, inputCache } = await ingestWithCache(options, config, contentFiles, cacheDir, latestDay);
  lap("ingest");
  // 3. Assemble: sort, group by source, language and month, permalinks, ticker — or, in the dev server, when
  // an edit moves nothing, the last site with the edited articles' content swapped in.
  const setupKey = computeBuildKey({ ...keyInput, contentFiles: [] });
  const remembered = memory?.site;
  // The memory is given back only when this build is written: after a failed build the next one assembles anew.
  if (memory) memory.site = undefined;
  let memoryAfter: SiteMemory | undefined = remembered;
  const edited = remembered ? patchSite(remembered, setupKey, ingested.inputs) : undefined;
  let site: Site;
  let routes: Route[];
  /** The routes that may have changed; undefined: all of them. */
  let affected: Set<number> | undefined;
  if (remembered && edited) {
    ({ site, routes } = remembered);
    affected = routesShowing(remembered, edited);
    lap("assemble");
  } else {
    site = assembleSite(ingested.articles, config, {
      sourceHealth: Object.values(readFetchStatus(at(options.contentDir))),
      report: (d) => ingested.diagnostics.push(d),
      headlineKeywords: ingested.headlineKeywords,
    });
    // The cache keeps the keywords of the headlines the tickers still show.
    inputCache.retainHeadlines(new Set(ingested.articles.flatMap((a) => a.ticker)));
    lap("assemble");
    // 4. Plan: every page, feed and sitemap with its path.
    routes = planRoutes(site, { ...(options.now === undefined ? {} : { now: referenceMoment(options.now, config.timeZone) }) });
    if (memory) memoryAfter = rememberSite(setupKey, ingested.inputs, site, routes);
  }
  // A caller that keeps the cache in memory (the dev server) saves it when it likes.
  if (cacheDir && !options.memory) inputCache.save();
  // The site holds what the rest needs: the parsed articles (tickers, keywords) can go, unless the dev server keeps them.
  ingested.articles = [];
  ingested.inputs = new Map();
  lap("plan");

  const { errors, warnings } = countBySeverity(ingested.diagnostics);
  const result: BuildResult = {
    ok: !(options.strict && errors + warnings > 0),
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
    patched: affected !== undefined,
    rendered: 0,
    filesWritten: 0,
    durationMs: 0,
    timings,
  };
  if (!result.ok) {
    result.durationMs = performance.now() - started;
    return result;
  }

  // 5. Render and 6. write, page by page (so the site is never all in memory). A page whose data and
  // templates are unchanged since the last build is kept as it is; the writer applies the changes only
  // when every page rendered.
  const render = createRenderer(site, createTemplateEnvironment(templateDirs), templatesKey);
  const assets = await loadPublicAssets(publicDirs);
  await writer.begin();
  // Large builds render and write pages on worker threads too.
  const pool = RenderPool.start({ templateDirs }, routes.length);
  result.renderThreads = pool?.threads ?? 0;
  // 7. Search: Pagefind indexes in its own process, so it starts now and works beside the rendering.
  const searchFiles = config.search ? buildSearchIndex(site, createLinker(config.baseUrl), options.clean ? null : cacheDir) : null;
  searchFiles?.catch(() => {});
  try {
    let done = 0;
    for (const [index, route] of routes.entries()) {
      // After an edit that moved nothing, a route that does not show an edited article is as it was.
      if (affected && !affected.has(index) && writer.keepAsBefore(outputFile(route.path))) continue;
      const prepared = render(route);
      if (prepared.key !== null && writer.isCurrent(prepared.path, prepared.key)) {
        writer.keep(prepared.path, prepared.key);
        lap("render");
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
        result.rendered++;
      }
      if (++done % 200 === 0) {
        options.onProgress?.({ stage: "render", done, total: routes.length });
        // Let the search indexer's replies in, so it keeps working while pages render.
        if (searchFiles !== null) await new Promise((resolve) => setImmediate(resolve));
      }
    }
    if (pool) {
      await pool.finish();
      lap("render");
    }
    for (const asset of assets) await writer.write(asset);
    result.assets = assets.length;
    if (searchFiles !== null) {
      for (const file of await searchFiles) await writer.write(file);
      lap("search");
    }
    await writer.commit({
      buildKey,
      summary: {
        articles: result.articles,
        pages: result.pages,
        feeds: result.feeds,
        assets: result.assets,
        filesRead: result.filesRead,
        filesSkipped: result.filesSkipped,
        diagnostics: result.diagnostics,
      },
    });
  } catch (cause) {
    await pool?.close();
    await writer.abort();
    throw cause;
  }
  if (memory) memory.site = memoryAfter;
  result.written = true;
  result.filesWritten = writer.writtenCount;
  result.durationMs = performance.now() - started;
  return result;
}
