/**
 * `kiosk check`: reads and validates the config and all content without
 * writing a site, and prints the diagnostics like a compiler, grouped by file
 * — or as GitHub Actions annotations, so problems show inline on a pull request.
 */
import path from "node:path";
import { loadConfig, DEFAULT_CONFIG_FILE } from "../config/load-config.js";
import { countBySeverity, formatDiagnostic, type Diagnostic } from "../diagnostics.js";
import { deduplicate } from "../assemble/dedupe.js";
import { missingOriginalsNote } from "../assemble/missing-originals.js";
import { listContentFiles } from "../ingest/content-source.js";
import { CONTENT_EXTENSIONS, ingestContent } from "../ingest/ingest.js";
import { count, UsageError, type CliFlags, type CliIo } from "./cli-io.js";

export const CHECK_HELP = `Usage: kiosk check [--content DIR] [--config FILE] [--format text|github] [--strict]

Reads the config and every scraped page and reports every problem, without
writing anything.

Options:
  --content DIR     Folder of scraped pages [content]
  --config FILE     Site config file [${DEFAULT_CONFIG_FILE}]
  --format FORMAT   text (path:line: error: message, grouped by file) or
                    github (GitHub Actions annotations) [text]
  --strict          Exit 1 on warnings too
  -h, --help        Show this help

Exit codes: 0 no errors, 1 errors (or warnings with --strict), 2 bad usage.`;

export async function runCheck(values: CliFlags, _positionals: string[], io: CliIo): Promise<number> {
  const format = (values.format as string | undefined) ?? "text";
  if (format !== "text" && format !== "github") throw new UsageError(`--format must be "text" or "github", got "${format}".`);
  const configFile = (values.config as string | undefined) ?? DEFAULT_CONFIG_FILE;
  const config = await loadConfig({ file: path.resolve(io.cwd, configFile), explicit: values.config !== undefined });
  const files = await listContentFiles((values.content as string | undefined) ?? "content", CONTENT_EXTENSIONS, io.cwd);
  const ingested = await ingestContent(files, config);
  const { filesRead } = ingested;
  // Counted as the build counts them: the same article from two inputs is one.
  const { articles, diagnostics: merged } = deduplicate(ingested.articles);
  const diagnostics = [...ingested.diagnostics, ...merged];

  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const key = d.file ?? "";
    byFile.set(key, [...(byFile.get(key) ?? []), d]);
  }
  const { errors, warnings } = countBySeverity(diagnostics);
  const files_ = [...byFile.keys()].sort();
  if (format === "github") {
    for (const file of files_) for (const d of byFile.get(file)!) io.stdout.write(`${githubAnnotation(d)}\n`);
  } else {
    for (const file of files_) {
      for (const d of byFile.get(file)!) io.stdout.write(`${formatDiagnostic(d)}\n`);
      io.stdout.write("\n");
    }
  }
  const summary = `${count(errors, "error")}, ${count(warnings, "warning")} in ${byFile.size} of ${count(filesRead, "file")}; ${count(articles.length, "article")} ${articles.length === 1 ? "is" : "are"} fine.`;
  const missing = missingOriginalsNote(articles);
  if (format === "github") {
    io.stdout.write(`::notice title=kiosk check::${escapeData(summary)}\n`);
    if (missing) io.stdout.write(`::notice title=kiosk check::${escapeData(missing)}\n`);
  } else {
    io.stdout.write(`${summary}\n`);
    if (missing) io.stdout.write(`note: ${missing}\n`);
  }
  return errors > 0 || (values.strict === true && warnings > 0) ? 1 : 0;
}

/** `::error file=…,line=…,title=…::message`, escaped as the workflow-commands spec asks. */
export function githubAnnotation(d: Diagnostic): string {
  const properties = [d.file ? `file=${escapeProperty(d.file)}` : "", d.line !== null ? `line=${d.line}` : "", "title=kiosk"].filter(Boolean).join(",");
  const message = d.hint ? `${d.message} ${d.hint}` : d.message;
  return `::${d.severity === "error" ? "error" : "warning"} ${properties}::${escapeData(message)}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
