/** `kiosk fetch`: downloads the config's source feeds into the content folder. */
import path from "node:path";
import { loadConfig, DEFAULT_CONFIG_FILE } from "../config/load-config.js";
import { fetchSources } from "../fetch/fetch-sources.js";
import type { CliFlags, CliIo } from "./cli-io.js";

export const FETCH_HELP = `Usage: kiosk fetch [--content DIR] [--config FILE]

Downloads the feeds listed under "sources" in the config into DIR/feeds/,
with conditional requests, a timeout and a size cap per request and a few
requests at once ("fetch" in the config sets the limits). A source that fails
keeps its last good copy. Each source's last success, last error and item
count go to DIR/.fetch-status.json, which the site shows at /sources/health/.

Options:
  --content DIR     Content folder [content]
  --config FILE     Site config file [${DEFAULT_CONFIG_FILE}]
  -h, --help        Show this help

Exit codes: 0 every source fetched (or unchanged), 1 some source failed, 2 bad usage.`;

export async function runFetch(values: CliFlags, _positionals: string[], io: CliIo): Promise<number> {
  const configFile = (values.config as string | undefined) ?? DEFAULT_CONFIG_FILE;
  const config = await loadConfig({ file: path.resolve(io.cwd, configFile), explicit: values.config !== undefined });
  if (config.sources.length === 0) {
    io.stderr.write(`kiosk fetch: no sources in ${configFile}; add "sources": [{ "name": …, "feed": "https://…" }].\n`);
    return 0;
  }
  const reports = await fetchSources({ contentDir: path.resolve(io.cwd, (values.content as string | undefined) ?? "content"), config });
  for (const r of reports) io.stderr.write(`${r.outcome.padEnd(9)} ${r.source}: ${r.message}\n`);
  const failed = reports.filter((r) => r.outcome === "failed").length;
  io.stderr.write(`${reports.length - failed} of ${reports.length} sources fetched.\n`);
  return failed > 0 ? 1 : 0;
}
