/**
 * What a build is set up with: its options, and what they and the config make of them — the folders
 * of templates and public files, the keys that say whether the last build is still good, and the day
 * the build counts as today.
 */
import path from "node:path";
import { hashOf } from "./util/hash.js";
import { loadConfig } from "./config/load-config.js";
import { KioskError } from "./diagnostics.js";
import { readFetchStatus } from "./fetch/fetch-status.js";
import type { BuildMemory } from "./incremental/build-memory.js";
import { latestPlausibleDay } from "./ingest/date-bounds.js";
import { BUILTIN_PUBLIC, BUILTIN_TEMPLATES, kioskVersion } from "./paths.js";
import { templatesFingerprint } from "./render/templates.js";
import { parseMoment } from "./text/dates.js";
import { PARSER_VERSION, STORY_STATE_FORMAT } from "./incremental/code-versions.js";

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

export interface Progress {
  stage: "read" | "render";
  done: number;
  total: number;
}

/** Bump with any change to what a build writes for the same input (the package's version is part of it too). */
const OUTPUT_VERSION = 10;

function referenceMoment(text: string, timeZone: string): number {
  const moment = parseMoment(text, timeZone);
  if (!moment)
    throw new KioskError(`--now: "${text}" is not a date or date-time.`, {
      hint: "Use YYYY-MM-DD or an ISO 8601 date-time such as 2020-10-03T18:00:00+01:00.",
    });
  return moment.instant;
}

/** What a build is set up with, from its options and the config: folders, keys, and the day it is built on. */
export async function setUp(options: BuildOptions) {
  const at = (p: string) => path.resolve(options.cwd, p);
  const loaded = await loadConfig({ file: at(options.configFile), explicit: options.configExplicit, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}) });
  const config = options.search === false ? { ...loaded, search: false } : loaded;
  const templateDirs = [...new Set([at(options.templatesDir), BUILTIN_TEMPLATES])];
  const publicDirs = [BUILTIN_PUBLIC, at(options.publicDir)];
  // What renders every page: the templates, and the code of this version of Kiosk (a new one may render them otherwise).
  // (And what the parser and story grouping make of the input, which change between releases.)
  const outputVersion = `kiosk ${kioskVersion()} / output ${OUTPUT_VERSION} / parser ${PARSER_VERSION} / stories ${STORY_STATE_FORMAT}`;
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
