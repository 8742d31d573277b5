/**
 * `kiosk parse FILE… --json`: what the parser understood of each scraped page,
 * as the JSON contract tools and tests rely on.
 */
import path from "node:path";
import { UsageError, type CliFlags, type CliIo } from "./cli-io.js";
import { loadConfig, DEFAULT_CONFIG_FILE } from "../config/load-config.js";
import { diagnosticText, formatDiagnostic } from "../diagnostics.js";
import { compileScrapedRules, parseFile } from "../ingest/ingest.js";
import type { ParseResult } from "../ingest/scraped.js";
import { bodyOf } from "../cache/body-store.js";

export const PARSE_HELP = `Usage: kiosk parse FILE… [--json] [--config FILE]

Parses scraped pages and prints what the parser understood of each.

Options:
  --json            Print a JSON array, one object a file:
                    { file, ok, article: null | { title, source, date, lang, url,
                      ticker, body, flags }, diagnostics: [{ severity, line, message }] }
  --config FILE     Site config with extra language rules [${DEFAULT_CONFIG_FILE}]
  -h, --help        Show this help

Exit codes: 0 every file parsed, 1 some file did not, 2 bad usage.`;

export async function runParse(values: CliFlags, files: string[], io: CliIo): Promise<number> {
  if (files.length === 0) throw new UsageError("name at least one file to parse.");
  const configFile = (values.config as string | undefined) ?? DEFAULT_CONFIG_FILE;
  const config = await loadConfig({ file: path.resolve(io.cwd, configFile), explicit: values.config !== undefined });
  const rules = compileScrapedRules(config);

  const results: ParseResult[] = [];
  for (const file of files) results.push(parseFile({ absolute: path.resolve(io.cwd, file), display: file }, rules));

  if (values.json) io.stdout.write(`${JSON.stringify(results.map(toJson), null, 2)}\n`);
  else for (const result of results) io.stdout.write(describe(result));
  return results.every((r) => r.ok) ? 0 : 1;
}

/** The documented contract: exactly these fields. */
export function toJson(result: ParseResult) {
  const a = result.article;
  return {
    file: result.file,
    ok: result.ok,
    article: a && { title: a.title, source: a.source, date: a.date, lang: a.lang, url: a.url, ticker: a.ticker, body: bodyOf(a), flags: a.flags },
    diagnostics: result.diagnostics.map((d) => ({ severity: d.severity, line: d.line, message: diagnosticText(d) })),
  };
}

function describe(result: ParseResult): string {
  const lines = [result.file];
  const a = result.article;
  if (a) {
    lines.push(`  title:  ${a.title}`, `  source: ${a.source}`, `  date:   ${a.date}`, `  lang:   ${a.lang}`, `  url:    ${a.url ?? "(unknown)"}`);
    lines.push(`  body:   ${bodyOf(a).length} paragraphs`, `  ticker: ${a.ticker.length} headlines`);
    if (a.flags.length) lines.push(`  flags:  ${a.flags.join(", ")}`);
  }
  for (const d of result.diagnostics) lines.push(`  ${formatDiagnostic(d)}`);
  return `${lines.join("\n")}\n`;
}
