/** `kiosk serve`: builds once, then serves the output folder. (Watching and live reload are not built yet.) */
import { UsageError, type CliFlags, type CliIo } from "./cli-io.js";
import { createStaticServer } from "../serve/static-server.js";
import { buildToDisk, BUILD_OPTIONS_HELP } from "./build-command.js";

export const SERVE_HELP = `Usage: kiosk serve [options]

Builds the site (same options as kiosk build), then serves the output folder.
It does not watch for changes yet: stop it and run it again after editing.

Options:
  --port N          Port to listen on [8080]
  --host HOST       Address to listen on [localhost]
${BUILD_OPTIONS_HELP}
  -h, --help        Show this help`;

export async function runServe(values: CliFlags, _positionals: string[], io: CliIo): Promise<number> {
  const port = Number((values.port as string | undefined) ?? "8080");
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got "${String(values.port)}".`);
  const host = (values.host as string | undefined) ?? "localhost";

  const { result, outDir } = await buildToDisk(values, io);
  if (!result.ok) return 1;
  const basePath = new URL(result.config.baseUrl).pathname;
  const server = createStaticServer({ root: outDir, basePath });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const shownPort = typeof address === "object" && address ? address.port : port;
  io.stderr.write(`Serving ${outDir} at http://${host}:${shownPort}${basePath} — press Ctrl+C to stop.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return 0;
}
