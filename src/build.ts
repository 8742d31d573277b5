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
import { BUILTIN_PUBLIC, BUILTIN_TEMPLATES } from "./paths.js";
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
  /** Milliseconds spent in each stage. */
  timings: Record<"config" | "ingest" | "assemble" | "plan" | "render" | "write", number>;
}

function referenceMoment(text: string, timeZone: string): number {
  const moment = parseMoment(text, timeZone);
  if (!moment) throw new KioskError(`--now: "${text}" is not a date or date-time.`, { hint: "Use YYYY-MM-DD or an ISO 8601 date-time such as 2020-10-03T18:00:00+01:00." });
  return moment.instant;
}

export async function build(options: BuildOptions, writer: Writer): Promise<BuildResult> {
  const started = performance.now();
  const at = (p: string) => path.resolve(options.cwd, p);
  const timings: BuildResult["timings"] = { config: 0, ingest: 0, assemble: 0, plan: 0, render: 0, write: 0 };
  let mark = started;
  const lap = (stage: keyof BuildResult["timings"]) => {
    const now = performance.now();
    timings[stage] += now - mark;
    mark = now;
  };

  // 1. Config: a bad config stops here, before anything is read or written.
  const config = await loadConfig({ file: at(options.configFile), explicit: options.configExplicit, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  lap("config");
  // 2. Ingest: every input file becomes an article or a diagnostic.
  const ingested = await ingestContent(options.contentDir, config, options.cwd);
  lap("ingest");
  // 3. Assemble: sort, group by source, language and month, permalinks, ticker.
  const site = assembleSite(ingested.articles, config);
  lap("assemble");
  // 4. Plan: every page, feed and sitemap with its path.
  const routes = planRoutes(site, { ...(options.now === undefined ? {} : { now: referenceMoment(options.now, config.timeZone) }) });
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
    filesSkipped: ingested.filesSkipped,
    diagnostics: ingested.diagnostics,
    written: false,
    durationMs: 0,
    timings,
  };
  if (!result.ok) {
    result.durationMs = performance.now() - started;
    return result;
  }

  // 5. Render and 6. write, page by page (so the site is never all in memory), into a staging area that replaces the old output only when all went well.
  const templateDirs = [...new Set([at(options.templatesDir), BUILTIN_TEMPLATES])];
  const render = createRenderer(site, createTemplateEnvironment(templateDirs));
  const assets = await loadPublicAssets([BUILTIN_PUBLIC, at(options.publicDir)]);
  await writer.begin();
  try {
    for (const route of routes) {
      const file = render(route);
      lap("render");
      await writer.write(file);
      lap("write");
    }
    for (const asset of assets) await writer.write(asset);
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
