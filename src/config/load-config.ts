/**
 * Reads the site's config file. A bad config stops the build before anything
 * is written, with every problem listed.
 */
import { readFile } from "node:fs/promises";
import { KioskError } from "../diagnostics.js";
import { resolveConfig, type SiteConfig } from "./config.js";

export const DEFAULT_CONFIG_FILE = "kiosk.config.json";

export interface LoadConfigOptions {
  /** The config file; when it is the default name and missing, the defaults are used. */
  file: string;
  /** True when the user named the file (then a missing file is an error). */
  explicit: boolean;
  /** `--base-url` from the command line, which wins over the file. */
  baseUrl?: string;
}

export async function loadConfig(options: LoadConfigOptions): Promise<SiteConfig> {
  let raw: unknown = {};
  let text: string | undefined;
  try {
    text = await readFile(options.file, "utf8");
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === "ENOENT";
    if (!missing || options.explicit) {
      throw new KioskError(`${options.file}: cannot read the config file.`, {
        hint: missing ? "Check the path given to --config." : "Check the file's permissions.",
        cause,
      });
    }
  }
  if (text !== undefined) {
    try {
      raw = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (cause) {
      const where = jsonErrorLine(text, cause);
      throw new KioskError(`${options.file}${where ? `:${where}` : ""}: the config file is not valid JSON (${(cause as Error).message}).`, {
        hint: "Fix the syntax: keys and strings in double quotes, no trailing commas, no comments.",
        cause,
      });
    }
  }
  const overrides = options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl };
  const { config, problems } = resolveConfig(raw, overrides);
  if (problems.length > 0) {
    const list = problems.map((p) => `  ${p.field}: ${p.message}`).join("\n");
    throw new KioskError(`${options.file}: ${problems.length} problem${problems.length === 1 ? "" : "s"} in the config; nothing was built.\n${list}`, {
      hint: "Fix the fields above; README.md (Configuration) lists every field with its type.",
    });
  }
  return config;
}

/** Node's JSON errors say "at position N"; turn that into a line number. */
function jsonErrorLine(text: string, cause: unknown): number | undefined {
  const match = /position (\d+)/.exec(String((cause as Error)?.message));
  if (!match) return undefined;
  const position = Number(match[1]);
  return text.slice(0, position).split("\n").length;
}
