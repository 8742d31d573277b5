/** `kiosk build`: runs the build and prints diagnostics, progress and a summary. */
import path from "node:path";
import { build, type BuildOptions, type BuildResult } from "../build.js";
import { DEFAULT_CONFIG_FILE } from "../config/load-config.js";
import { countBySeverity, formatDiagnostic } from "../diagnostics.js";
import { FsWriter } from "../write/fs-writer.js";
import { hasOutputManifest } from "../cache/output-manifest.js";
import { tuneHeapGrowth, UPDATE_GROWTH } from "../heap-growth.js";
import { count, type CliFlags, type CliIo } from "./cli-io.js";
import { createProgressReporter } from "./progress.js";

export const DEFAULT_CACHE_DIR = ".kiosk-cache";

export const BUILD_OPTIONS_HELP = `  --content DIR     Folder of content, searched recursively: scraped pages (*.txt),
                    Markdown (*.md) and saved feeds (*.xml, *.rss, *.atom, *.rdf, *.json) [content]
  --out DIR         Output folder [dist]
  --base-url URL    Absolute URL the site is published at [the config's baseUrl]
  --config FILE     Site config file [${DEFAULT_CONFIG_FILE}]
  --strict          Fail (exit 1, write nothing) when any file has an error or warning
  --now DATE        Count the Google News sitemap's two days back from DATE
                    (YYYY-MM-DD or ISO date-time) [the newest article's day]
  --no-search       Skip the search index and search pages
  --clean           Ignore the build cache (${DEFAULT_CACHE_DIR}/): parse, render and write everything
  --quiet           Print errors only
  --verbose         Also print the time each stage took
  --json            Print the summary as JSON on stdout`;

export const BUILD_HELP = `Usage: kiosk build [options]

Builds the site from the content folder into the output folder. Only what
changed since the last build is parsed, rendered and written (the cache is in
${DEFAULT_CACHE_DIR}/); the result is always the same as a clean build. Changes
are applied to the output folder only when the whole build succeeded.

Options:
${BUILD_OPTIONS_HELP}
  -h, --help        Show this help

Exit codes: 0 built, 1 failed or --strict found problems, 2 bad usage.`;

export type BuildCommandOptions = BuildOptions & { outDir: string };

export function buildOptionsFrom(values: CliFlags, io: CliIo): BuildCommandOptions {
  const options: BuildCommandOptions = {
    contentDir: (values.content as string | undefined) ?? "content",
    outDir: (values.out as string | undefined) ?? "dist",
    configFile: (values.config as string | undefined) ?? DEFAULT_CONFIG_FILE,
    configExplicit: values.config !== undefined,
    templatesDir: "templates",
    publicDir: "public",
    cwd: io.cwd,
    strict: values.strict === true,
    cacheDir: DEFAULT_CACHE_DIR,
    clean: values.clean === true,
  };
  if (typeof values["base-url"] === "string") options.baseUrl = values["base-url"];
  if (typeof values.now === "string") options.now = values.now;
  if (values["no-search"] === true) options.search = false;
  return options;
}

export function diskWriter(options: BuildCommandOptions): FsWriter {
  const at = (p: string) => path.resolve(options.cwd, p);
  return new FsWriter({
    dir: at(options.outDir),
    label: options.outDir,
    protectedDirs: [options.cwd, at(options.contentDir), at(options.templatesDir), at(options.publicDir), at(DEFAULT_CACHE_DIR)],
    inputDirs: [at(options.contentDir), at(options.templatesDir), at(options.publicDir), at(DEFAULT_CACHE_DIR)],
    cacheDir: at(DEFAULT_CACHE_DIR),
    clean: options.clean === true,
  });
}

/** Builds to disk with progress and a report; shared by `build` and `serve`. */
export async function buildToDisk(values: CliFlags, io: CliIo, extra: Partial<BuildOptions> = {}): Promise<{ result: BuildResult; outDir: string }> {
  const options = { ...buildOptionsFrom(values, io), ...extra };
  const progress = createProgressReporter(io.stderr, values.quiet !== true && values.json !== true);
  let result: BuildResult;
  try {
    result = await build({ ...options, onProgress: (p) => progress.update(p) }, diskWriter(options));
  } finally {
    progress.done();
  }
  reportBuild(result, options, values, io);
  return { result, outDir: path.resolve(io.cwd, options.outDir) };
}

export async function runBuild(values: CliFlags, _positionals: string[], io: CliIo): Promise<number> {
  // An update of the last build keeps the parsed site to the end: its heap may grow more between collections.
  if (values.clean !== true && hasOutputManifest(path.resolve(io.cwd, DEFAULT_CACHE_DIR))) tuneHeapGrowth(UPDATE_GROWTH);
  const { result } = await buildToDisk(values, io);
  return result.ok ? 0 : 1;
}

/** Diagnostics (compiler style) and the summary: on stderr, or as JSON on stdout with --json. */
export function reportBuild(result: BuildResult, options: BuildCommandOptions, values: CliFlags, io: CliIo): void {
  const quiet = values.quiet === true;
  const { errors, warnings } = countBySeverity(result.diagnostics);
  if (values.json === true) {
    io.stdout.write(`${JSON.stringify(jsonSummary(result, options, errors, warnings), null, 2)}\n`);
    return;
  }
  for (const d of result.diagnostics) {
    if (!quiet || d.severity === "error") io.stderr.write(`${formatDiagnostic(d)}\n`);
  }
  const problems = `${count(errors, "error")}, ${count(warnings, "warning")}`;
  if (!result.ok) {
    io.stderr.write(`kiosk build: --strict: ${problems} in ${count(result.filesRead, "file")}; nothing was written.\n`);
    return;
  }
  if (quiet) return;
  const seconds = (result.durationMs / 1000).toFixed(2);
  const site = `${count(result.pages, "page")}, ${count(result.feeds, "feed")}, ${count(result.assets, "asset")}`;
  if (result.upToDate) {
    io.stderr.write(`Nothing changed since the last build: ${options.outDir}/ is up to date (${count(result.articles, "article")}; ${site}). ${seconds} s.\n`);
  } else {
    io.stderr.write(`Built ${count(result.articles, "article")} from ${count(result.filesRead, "file")} into ${options.outDir}/: ${site} in ${seconds} s.\n`);
    if (result.filesParsed < result.filesRead || result.rendered < result.pages + result.feeds) {
      io.stderr.write(
        `Incremental: parsed ${result.filesParsed} of ${count(result.filesRead, "file")}, rendered ${result.rendered} pages and feeds, wrote ${count(result.filesWritten, "file")}.\n`,
      );
    }
  }
  for (const note of result.notes) io.stderr.write(`note: ${note}\n`);
  if (values.verbose === true) {
    const stages = Object.entries(result.timings).map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(2)} s`);
    io.stderr.write(`Stages: ${stages.join(", ")}; parsed on ${count(result.parseThreads, "thread")}, rendered on ${result.renderThreads || 1}.\n`);
    const { stories } = result;
    if (stories) {
      const again =
        stories.regrouped < stories.members ? `; pairs decided again for ${stories.regrouped} of them, the others' stories kept from the last build` : "";
      io.stderr.write(`Stories: ${stories.members} articles and distinct headlines grouped in ${(stories.durationMs / 1000).toFixed(2)} s${again}.\n`);
    }
  }
  if (result.filesSkipped.length > 0 || warnings > 0) {
    const skipped = result.filesSkipped.length;
    io.stderr.write(`Skipped ${count(skipped, "file")}${skipped ? ` (${result.filesSkipped.join(", ")})` : ""}; ${problems}.\n`);
  }
}

function jsonSummary(result: BuildResult, options: BuildCommandOptions, errors: number, warnings: number) {
  return {
    ok: result.ok,
    output: options.outDir,
    upToDate: result.upToDate,
    articles: result.articles,
    pages: result.pages,
    feeds: result.feeds,
    assets: result.assets,
    filesRead: result.filesRead,
    filesParsed: result.filesParsed,
    parseThreads: result.parseThreads,
    renderThreads: result.renderThreads,
    filesSkipped: result.filesSkipped,
    rendered: result.rendered,
    filesWritten: result.filesWritten,
    errors,
    warnings,
    diagnostics: result.diagnostics,
    notes: result.notes,
    seconds: Number((result.durationMs / 1000).toFixed(3)),
    stories: result.stories
      ? { members: result.stories.members, regrouped: result.stories.regrouped, seconds: Number((result.stories.durationMs / 1000).toFixed(3)) }
      : null,
    timings: Object.fromEntries(Object.entries(result.timings).map(([k, v]) => [k, Number((v / 1000).toFixed(3))])),
  };
}
