/** `kiosk serve` (and `npm start`): the dev server, until Ctrl+C. */
import { startDevServer } from "../serve/dev-server.js";
import { BUILD_OPTIONS_HELP } from "./build-command.js";
import { UsageError, type CliFlags, type CliIo } from "./cli-io.js";

export const SERVE_HELP = `Usage: kiosk serve [options]

Builds the site (same options as kiosk build), serves it, and rebuilds it
when the content, templates, public files or config change; open pages
reload by themselves. A failed build is shown in the terminal and in the
browser, and the last good build stays served.

Options:
  --port N          Port to listen on [8080]
  --host HOST       Address to listen on [localhost]
${BUILD_OPTIONS_HELP}
  -h, --help        Show this help`;

export async function runServe(values: CliFlags, _positionals: string[], io: CliIo): Promise<number> {
  const port = Number((values.port as string | undefined) ?? "8080");
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got "${String(values.port)}".`);
  const host = (values.host as string | undefined) ?? "localhost";

  const server = await startDevServer({ values, io, port, host });
  io.stderr.write(`Serving at ${server.url} — watching for changes; press Ctrl+C to stop.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  return 0;
}
