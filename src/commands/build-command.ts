/** `kiosk build`: runs the build and prints diagnostics and a summary. */
import path from "node:path";
import { build, type BuildOptions, type BuildResult } from "../build.js";
import type { CliFlags, CliIo } from "./cli-io.js";
import { DEFAULT_CONFIG_FILE } from "../config/load-config.js";
import { countBySeverity, formatDiagnostic } from "../diagnostics.js";
import { FsWriter } from "../write/fs-writer.js";

export const BUILD_HELP = `Usage: kiosk build [options]

Builds the site from the content folder into the output folder. The output
folder is replaced whole, and only when the build succeeds.

Options:
  --content DIR     Folder of scraped pages (*.txt, searched recursively) [content]
  --out DIR         Output folder [dist]
  --base-url URL    Absolute URL the site is published at [the config's baseUrl]
  --config FILE     Site config file [${DEFAULT_CONFIG_FILE}]
  --strict          Fail (exit 1, write nothing) when any file has an error or warning
  --now DATE        Count the Google News sitemap's two days back from DATE
                    (YYYY-MM-DD or ISO date-time) [the newest article's day]
  --quiet           Print errors only
  --verbose         Also print the time each stage took
  -h, --help        Show this help

Exit codes: 0 built, 1 failed or --strict found problems, 2 bad usage.`;

export function buildOptionsFrom(values: CliFlags, io: CliIo): BuildOptions & { outDir: string } {
  const options: BuildOptions & { outDir: string } = {
    contentDir: (values.content as string | undefined) ?? "content",
    outDir: (values.out as string | undefined) ?? "dist",
    configFile: (values.config as string | undefined) ?? DEFAULT_CONFIG_FILE,
    configExplicit: values.config !== undefined,
    templatesDir: "templates",
    publicDir: "public",
    cwd: io.cwd,
    strict: values.strict === true,
  };
  if (typeof values["base-url"] === "string") options.baseUrl = values["base-url"];
  if (typeof values.now === "string") options.now = values.now;
  return options;
}

/** Builds to disk; shared by `build` and `serve`. */
export async function buildToDisk(values: CliFlags, io: CliIo): Promise<{ result: BuildResult; outDir: string }> {
  const options = buildOptionsFrom(values, io);
  const at = (p: string) => path.resolve(io.cwd, p);
  const writer = new FsWriter({
    dir: at(options.outDir),
    label: options.outDir,
    protectedDirs: [io.cwd, at(options.contentDir), at(options.templatesDir), at(options.publicDir)],
  });
  const result = await build(options, writer);
  report(result, options, values.quiet === true, values.verbose === true, io);
  return { result, outDir: at(options.outDir) };
}

export async function runBuild(values: CliFlags, _positionals: string[], io: CliIo): Promise<number> {
  const { result } = await buildToDisk(values, io);
  return result.ok ? 0 : 1;
}

function report(result: BuildResult, options: BuildOptions & { outDir: string }, quiet: boolean, verbose: boolean, io: CliIo): void {
  for (const d of result.diagnostics) {
    if (!quiet || d.severity === "error") io.stderr.write(`${formatDiagnostic(d)}\n`);
  }
  const { errors, warnings } = countBySeverity(result.diagnostics);
  const problems = `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
  if (!result.ok) {
    io.stderr.write(`kiosk build: --strict: ${problems} in ${result.filesRead} files; nothing was written.\n`);
    return;
  }
  if (quiet) return;
  const seconds = (result.durationMs / 1000).toFixed(2);
  io.stderr.write(
    `Built ${result.articles} articles from ${result.filesRead} files into ${options.outDir}/: ` +
      `${result.pages} pages, ${result.feeds} feeds, ${result.assets} asset${result.assets === 1 ? "" : "s"} in ${seconds} s.\n`,
  );
  if (verbose) {
    const stages = Object.entries(result.timings).map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(2)} s`);
    io.stderr.write(`Stages: ${stages.join(", ")}.\n`);
  }
  if (result.filesSkipped.length > 0 || warnings > 0) {
    const skipped = result.filesSkipped.length;
    io.stderr.write(`Skipped ${skipped} file${skipped === 1 ? "" : "s"}${skipped ? ` (${result.filesSkipped.join(", ")})` : ""}; ${problems}.\n`);
  }
}
