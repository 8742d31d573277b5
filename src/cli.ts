/**
 * The `kiosk` command line: parses arguments, runs a command, prints what
 * happened, returns the exit code (0 ok, 1 failed or --strict found problems,
 * 2 bad usage). User mistakes are printed as messages, never as stack traces.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError, type CliFlags, type CliIo } from "./commands/cli-io.js";
import { formatError, KioskError } from "./diagnostics.js";
import { kioskVersion } from "./paths.js";

export type { CliIo };

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

const MAIN_HELP = `kiosk — a static news-aggregation site generator

Usage: kiosk <command> [options]

Commands:
  build    Build the site from the content folder into the output folder
  serve    Build, serve on http://localhost:8080, rebuild and reload on changes
  check    Check the config and content without building
  fetch    Download the config's source feeds into the content folder
  parse    Parse scraped pages and print what the parser understood
  inspect  Print the assembled site model (articles, stories, ticker) as JSON
  init     Create a new site

Run "kiosk <command> --help" for a command's options.
Options: --help, --version`;

interface Command {
  options: NonNullable<ParseArgsConfig["options"]>;
  allowPositionals: boolean;
  /** The command's module, loaded only for the command asked for: its help, and what it runs. */
  load(): Promise<{ help: string; run(values: CliFlags, positionals: string[], io: CliIo): Promise<number> }>;
}

/** The options of every command that reads a site: its content folder and config, and --help. */
const SITE_OPTIONS = { content: { type: "string" }, config: { type: "string" }, help: { type: "boolean", short: "h" } } as const;

const COMMON_BUILD_OPTIONS = {
  ...SITE_OPTIONS,
  out: { type: "string" },
  "base-url": { type: "string" },
  strict: { type: "boolean" },
  quiet: { type: "boolean" },
  verbose: { type: "boolean" },
  json: { type: "boolean" },
  clean: { type: "boolean" },
  "no-search": { type: "boolean" },
  now: { type: "string" },
} as const;

/** A command's module once loaded, as the command line uses it. */
async function commandModule<M>(module: Promise<M>, pick: (m: M) => Awaited<ReturnType<Command["load"]>>): ReturnType<Command["load"]> {
  return pick(await module);
}

const COMMANDS: Record<string, Command> = {
  build: {
    options: COMMON_BUILD_OPTIONS,
    allowPositionals: false,
    load: () => commandModule(import("./commands/build-command.js"), (m) => ({ help: m.BUILD_HELP, run: m.runBuild })),
  },
  serve: {
    options: { ...COMMON_BUILD_OPTIONS, port: { type: "string" }, host: { type: "string" } },
    allowPositionals: false,
    load: () => commandModule(import("./commands/serve-command.js"), (m) => ({ help: m.SERVE_HELP, run: m.runServe })),
  },
  check: {
    options: { ...SITE_OPTIONS, format: { type: "string" }, strict: { type: "boolean" } },
    allowPositionals: false,
    load: () => commandModule(import("./commands/check-command.js"), (m) => ({ help: m.CHECK_HELP, run: m.runCheck })),
  },
  fetch: {
    options: SITE_OPTIONS,
    allowPositionals: false,
    load: () => commandModule(import("./commands/fetch-command.js"), (m) => ({ help: m.FETCH_HELP, run: m.runFetch })),
  },
  inspect: {
    options: { ...SITE_OPTIONS, json: { type: "boolean" }, story: { type: "string" } },
    allowPositionals: false,
    load: () => commandModule(import("./commands/inspect-command.js"), (m) => ({ help: m.INSPECT_HELP, run: m.runInspect })),
  },
  init: {
    options: { templates: { type: "boolean" }, from: { type: "string" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    load: () => commandModule(import("./commands/init-command.js"), (m) => ({ help: m.INIT_HELP, run: m.runInit })),
  },
  parse: {
    options: { json: { type: "boolean" }, config: { type: "string" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    load: () => commandModule(import("./commands/parse-command.js"), (m) => ({ help: m.PARSE_HELP, run: m.runParse })),
  },
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(`${MAIN_HELP}\n`);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`kiosk ${kioskVersion()}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`kiosk: unknown command "${name}".\n\n${MAIN_HELP}\n`);
    return EXIT_USAGE;
  }
  const { help, run } = await command.load();

  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: command.allowPositionals, strict: true });
  } catch (cause) {
    io.stderr.write(`kiosk ${name}: ${(cause as Error).message}\n\n${help}\n`);
    return EXIT_USAGE;
  }
  if (parsed.values.help) {
    io.stdout.write(`${help}\n`);
    return EXIT_OK;
  }
  try {
    return await run(parsed.values as CliFlags, parsed.positionals, io);
  } catch (cause) {
    if (cause instanceof UsageError) {
      io.stderr.write(`kiosk ${name}: ${cause.message}\n\n${help}\n`);
      return EXIT_USAGE;
    }
    if (cause instanceof KioskError) {
      io.stderr.write(`${formatError(cause)}\n`);
      return EXIT_FAILED;
    }
    const system = systemProblem(cause);
    if (system) {
      io.stderr.write(`kiosk ${name}: ${system}\n`);
      return EXIT_FAILED;
    }
    // Not the user's mistake: a bug in Kiosk. The stack helps whoever fixes it.
    io.stderr.write(`kiosk ${name}: internal error — please report it with this output.\n${(cause as Error)?.stack ?? String(cause)}\n`);
    return EXIT_FAILED;
  }
}

/** What the machine refused (a full disk, a folder without permission), as one line with the fix; undefined for anything else. */
function systemProblem(cause: unknown): string | undefined {
  const err = cause as NodeJS.ErrnoException;
  const where = err?.path ? ` ${err.path}` : "";
  switch (err?.code) {
    case "ENOSPC":
    case "EDQUOT":
      return `the disk is full: cannot write${where || " the output"}. Nothing was changed in the output folder. Free some space and build again.`;
    case "EACCES":
    case "EPERM":
      return `permission denied for${where || " a file"}. Check the folder's owner and permissions, or choose another --out.`;
    case "EROFS":
      return `the file system is read-only:${where}. Choose an output folder on a writable disk with --out.`;
    case "EMFILE":
    case "ENFILE":
      return "too many open files. Raise the limit (ulimit -n) and build again.";
    case "ENOTDIR":
    case "EISDIR":
    case "EEXIST":
    case "ENAMETOOLONG":
    case "ELOOP":
      return `cannot use${where} (${err.code}: ${String(err.message).split(",")[0]}). Check that the paths you gave are folders where Kiosk expects folders.`;
    default:
      return undefined;
  }
}
