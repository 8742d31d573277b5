/**
 * The build, top to bottom: config, ingest, assemble, plan, render, write.
 * Each stage hands plain data to the next and never reaches back.
 */
import path from "node:path";
import { assembleSite } from "./assemble/assemble.js";
import type { SiteConfig } from "./config/config.js";
import { loadConfig } from "./config/load-config.js";
import { countBySeverity, KioskError, type Diagnostic } from "./diagnostics.js";
import { ingestContent } from "./ingest/ingest.js";
import { loadPublicAssets } from "./ingest/public-assets.js";
import { planRoutes } from "./plan/plan.js";
import { isPage } from "./plan/route.js";
import { createRenderer } from "./render/render.js";
import { createTemplateEnvironment } from "./render/templates.js";
import { parseMoment } from "./text/dates.js";
import { mapConcurrent } from "./util/concurrency.js";
import type { Writer } from "./write/writer.js";

export interface BuildOptions {
  /** Folder of input files (scraped pages), searched recursively. */
  contentDir: string;
  /** Config file path; `configExplicit` says whether the user named it. */
  configFile: string;
  configExplicit: boolean;
  /** Overrides the config's base URL. */
  baseUrl?: string;
  templatesDir: string;
  publicDir: string;
  /** Resolves relative paths and shortens the paths in diagnostics. */
  cwd: string;
  /** Any diagnostic fails the build, and nothing is written. */
  strict: boolean;
  /** The moment the Google News sitemap counts back from ("2020-10-03" or an ISO date-time); default: the newest article's day. */
  now?: string;
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
  filesSkipped: string[];
  diagnostics: Diagnostic[];
  /** True when the output was replaced. */
  written: boolean;
  durationMs: number;
}

function referenceMoment(text: string, timeZone: string): number {
  const moment = parseMoment(text, timeZone);
  if (!moment) throw new KioskError(`--now: "${text}" is not a date or date-time.`, { hint: "Use YYYY-MM-DD or an ISO 8601 date-time such as 2020-10-03T18:00:00+01:00." });
  return moment.instant;
}

/** Files rendered and written at once: keeps the disk busy without holding the whole site in memory. */
const WRITE_CONCURRENCY = 16;

export async function build(options: BuildOptions, writer: Writer): Promise<BuildResult> {
  const started = performance.now();
  const at = (p: string) => path.resolve(options.cwd, p);

  // 1. Config: a bad config stops here, before anything is read or written.
  const config = await loadConfig({ file: at(options.configFile), explicit: options.configExplicit, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  // 2. Ingest: every input file becomes an article or a diagnostic.
  const ingested = await ingestContent(options.contentDir, config, options.cwd);
  // 3. Assemble: sort, group by source, language and month, permalinks, ticker.
  const site = assembleSite(ingested.articles, config);
  // 4. Plan: every page, feed and sitemap with its path.
  const routes = planRoutes(site, { ...(options.now === undefined ? {} : { now: referenceMoment(options.now, config.timeZone) }) });

  const { errors, warnings } = countBySeverity(ingested.diagnostics);
  const result: BuildResult = {
    ok: !(options.strict && errors + warnings > 0),
    config,
    articles: site.articles.length,
    pages: routes.filter(isPage).length,
    feeds: routes.filter((r) => r.kind === "feed").length,
    assets: 0,
    filesRead: ingested.filesRead,
    filesSkipped: ingested.filesSkipped,
    diagnostics: ingested.diagnostics,
    written: false,
    durationMs: 0,
  };
  if (!result.ok) {
    result.durationMs = performance.now() - started;
    return result;
  }

  // 5. Render and 6. write, page by page, into a staging area that replaces the old output only when all went well.
  const render = createRenderer(site, createTemplateEnvironment(at(options.templatesDir)));
  const assets = await loadPublicAssets(at(options.publicDir));
  await writer.begin();
  try {
    await mapConcurrent(routes, WRITE_CONCURRENCY, (route) => writer.write(render(route)));
    await mapConcurrent(assets, WRITE_CONCURRENCY, (asset) => writer.write(asset));
    await writer.commit();
  } catch (cause) {
    await writer.abort();
    throw cause;
  }
  result.assets = assets.length;
  result.written = true;
  result.durationMs = performance.now() - started;
  return result;
}
