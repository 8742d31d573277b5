/**
 * Whether anything changed since the last build: the build key covers the content files (their paths,
 * sizes and times), the config, the templates, the site's static files, the options that change the
 * output and this version of Kiosk. The setup key is the same without the content: what a dev-server
 * patch needs unchanged.
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { hashOf } from "../cache/hash.js";
import type { SiteConfig } from "../config/config.js";
import { STATUS_FILE } from "../fetch/fetch-status.js";
import { type ContentFile, type FileStamp, fileStamp, stampOf } from "../ingest/content-source.js";
import { listPublicFiles } from "../ingest/public-assets.js";

export interface KeyInput {
  configFile: string;
  templatesKey: string;
  publicDirs: string[];
  contentDir: string;
  config: SiteConfig;
  now: string | null;
  latestDay: string;
  outputVersion: string;
}

export async function buildKeys(input: KeyInput, contentFiles: ContentFile[]): Promise<{ buildKey: string; setupKey: string }> {
  const keyInput = {
    configFile: input.configFile,
    templatesKey: input.templatesKey,
    // The fetch status shows on the sources-health page.
    publicFiles: [...(await listPublicFiles(input.publicDirs)), path.join(input.contentDir, STATUS_FILE)],
    // The latest day an article may carry changes with the day of the build (see ingest/date-bounds.ts).
    options: { baseUrl: input.config.baseUrl, now: input.now, search: input.config.search, latestDay: input.latestDay },
    version: input.outputVersion,
  };
  return { buildKey: computeBuildKey({ ...keyInput, contentFiles }), setupKey: computeBuildKey({ ...keyInput, contentFiles: [] }) };
}

interface BuildKeyInput {
  contentFiles: readonly ContentFile[];
  configFile: string;
  templatesKey: string;
  /** Public files, absolute paths. */
  publicFiles: readonly string[];
  /** Options that change the output (base URL, --now …). */
  options: Record<string, unknown>;
  version: string;
}

function computeBuildKey(input: BuildKeyInput): string {
  const lines: string[] = [input.version, JSON.stringify(input.options), input.templatesKey];
  try {
    lines.push(`config ${hashOf(readFileSync(input.configFile))}`);
  } catch {
    lines.push("config (none)");
  }
  for (const file of input.publicFiles) lines.push(`public ${file} ${stampText(fileStamp(file))}`);
  for (const file of input.contentFiles) lines.push(`content ${file.display} ${stampText(stampOf(file))}`);
  return hashOf(lines.join("\n"));
}

function stampText(stamp: FileStamp | null): string {
  return stamp ? `${stamp.size} ${stamp.mtimeMs}` : "missing";
}
