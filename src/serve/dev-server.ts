/**
 * The dev server: builds, serves the output, watches the content, templates,
 * public files and config, rebuilds (incrementally, with the parsed inputs
 * kept in memory) after a short quiet period, and reloads open browsers. A
 * failed build is shown in the terminal and the browser, and the last good
 * build stays served.
 */
import { existsSync, watch } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { BuildMemory } from "../build.js";
import { buildOptionsFrom, buildToDisk } from "../commands/build-command.js";
import type { CliFlags, CliIo } from "../commands/cli-io.js";
import { formatError, KioskError } from "../diagnostics.js";
import { LiveReload } from "./live-reload.js";
import { createStaticServer } from "./static-server.js";
import { watchTree } from "./watch-tree.js";

/** Changes this close together make one rebuild (an editor's save is a write and a rename, milliseconds apart). */
const DEBOUNCE_MS = 60;

/** Beyond this many changed content files between builds, the watcher's list is not trusted: all files are stat'ed. */
const MAX_NAMED_CHANGES = 1000;

/** How long the editor must pause before the parsed inputs are saved to the build cache. */
const CACHE_SAVE_DELAY_MS = 2000;

export interface DevServerOptions {
  values: CliFlags;
  io: CliIo;
  port: number;
  host: string;
  /** Quiet period after the last change before rebuilding, in milliseconds. */
  debounceMs?: number;
}

export interface DevServer {
  url: string;
  /** Resolves when the build in progress (and any queued one) is done. */
  settled(): Promise<void>;
  /** Called after every build with whether it succeeded. */
  onBuild(listener: (ok: boolean) => void): void;
  close(): Promise<void>;
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const { values, io } = options;
  const buildOptions = buildOptionsFrom(values, io);
  const at = (p: string) => path.resolve(io.cwd, p);
  const live = new LiveReload();
  const listeners: ((ok: boolean) => void)[] = [];
  // The parsed inputs and the assembled site, kept between builds.
  const memory = new BuildMemory();
  let basePath = "/";

  const runBuild = async (): Promise<boolean> => {
    try {
      const { result } = await buildToDisk(values, io, { memory });
      basePath = new URL(result.config.baseUrl).pathname;
      if (!result.ok) live.fail("--strict: the content has problems; see the terminal.");
      return result.ok;
    } catch (cause) {
      const message = formatError(cause);
      io.stderr.write(`${message}\nServing the last good build; fix the problem and save to rebuild.\n`);
      live.fail(message);
      return false;
    }
  };

  let saveTimer: NodeJS.Timeout | undefined;
  const saveCache = () => {
    try {
      memory.saveInputs();
    } catch (cause) {
      io.stderr.write(`The build cache could not be saved (${(cause as Error).message}); the next build parses more.\n`);
    }
  };
  const firstOk = await runBuild();
  saveTimer = setTimeout(saveCache, CACHE_SAVE_DELAY_MS).unref();
  // While the editor reads the first build: what the first edit would otherwise work out.
  setImmediate(() => memory.prepareForEdits()).unref();
  const server = createStaticServer({ root: at(buildOptions.outDir), basePath, liveReload: live });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (cause: NodeJS.ErrnoException) => {
      const busy = cause.code === "EADDRINUSE";
      reject(
        new KioskError(
          busy
            ? `port ${options.port} on ${options.host} is already in use.`
            : `cannot listen on ${options.host}:${options.port} (${cause.code ?? cause.message}).`,
          {
            hint: busy ? "Stop the other server, or choose another port with --port." : "Choose another --host or --port.",
            cause,
          },
        ),
      );
    });
    server.listen(options.port, options.host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${options.host}:${port}${basePath}`;
  if (!firstOk) io.stderr.write("The first build failed; the server starts anyway and rebuilds on the next change.\n");

  // Rebuild after changes, one build at a time; changes during a build queue one more.
  let building: Promise<void> = Promise.resolve();
  let queued = false;
  let timer: NodeJS.Timeout | undefined;
  const rebuild = () => {
    if (queued) return;
    queued = true;
    building = building.then(async () => {
      queued = false;
      clearTimeout(saveTimer);
      // The content files the watcher named since the last build; the build stats only those (unknown: all).
      memory.contentChanged(changedContent);
      changedContent = contentWatched ? new Set() : undefined;
      const ok = await runBuild();
      // A failed build may have stopped before it looked at the files it was told about: the next one looks at all.
      if (!ok) changedContent = undefined;
      if (ok) live.reload();
      for (const listener of listeners) listener(ok);
      setImmediate(() => memory.prepareForEdits()).unref();
      // The parsed inputs go to the build cache once the editor pauses, not while they wait for the page.
      saveTimer = setTimeout(saveCache, CACHE_SAVE_DELAY_MS).unref();
    });
  };
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, options.debounceMs ?? DEBOUNCE_MS);
  };

  const watchers: { close(): void }[] = [];
  let reportedWatchError = false;
  const watchFailed = (cause: unknown) => {
    // Said once: a symbolic-link loop or a folder made and removed at once must not flood the terminal, nor stop the server.
    if (!reportedWatchError)
      io.stderr.write(
        `A folder could not be watched (${(cause as NodeJS.ErrnoException)?.code ?? String(cause)}); the server goes on and looks at every file on the next change.\n`,
      );
    reportedWatchError = true;
    changedContent = undefined;
  };
  const contentDir = at(buildOptions.contentDir);
  const contentWatched = existsSync(contentDir);
  let changedContent: Set<string> | undefined = contentWatched ? new Set() : undefined;
  if (contentWatched) {
    watchers.push(
      watchTree(contentDir, {
        onChange: (file) => {
          // An event without a file name says something changed, not what; and after a flood of events (a branch
          // switched, a folder copied) the system may have dropped some. Either way every file is looked at again.
          if (file === null || (changedContent?.size ?? 0) >= MAX_NAMED_CHANGES) changedContent = undefined;
          else changedContent?.add(file);
          changed();
        },
        onError: watchFailed,
        skip: (name) => name === "node_modules",
      }),
    );
  }
  for (const dir of [buildOptions.templatesDir, buildOptions.publicDir]) {
    if (existsSync(at(dir))) watchers.push(watchTree(at(dir), { onChange: changed, onError: watchFailed }));
  }
  const configFile = at(buildOptions.configFile);
  const configWatcher = watch(path.dirname(configFile), (_event, name) => {
    if (name === path.basename(configFile)) changed();
  });
  configWatcher.on("error", watchFailed);
  watchers.push(configWatcher);

  return {
    url,
    settled: async () => {
      await new Promise((resolve) => setTimeout(resolve, (options.debounceMs ?? DEBOUNCE_MS) + 30));
      await building;
    },
    onBuild: (listener) => listeners.push(listener),
    close: async () => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      live.close();
      await building;
      clearTimeout(saveTimer);
      saveCache();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
