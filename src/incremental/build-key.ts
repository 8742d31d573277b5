/**
 * Whether anything changed since the last build: the build key covers the content files (their paths,
 * sizes and times), the config, the templates, the site's static files, the options that change the
 * output and this version of Kiosk. The setup key is the same without the content: what a dev-server
 * patch needs unchanged.
 */
import path from "node:path";
import { readFileSync } from "node:fs";
import { hashOf } from "../util/hash.js";
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
  // What every build reads besides the content, read and stamped once for both keys.
  const lines: string[] = [
    input.outputVersion,
    // The latest day an article may carry changes with the day of the build (see ingest/date-bounds.ts).
    JSON.stringify({ baseUrl: input.config.baseUrl, now: input.now, search: input.config.search, latestDay: input.latestDay }),
    input.templatesKey,
  ];
  try {
    lines.push(`config ${hashOf(readFileSync(input.configFile))}`);
  } catch {
    lines.push("config (none)");
  }
  // The fetch status shows on the sources-health page.
  const publicFiles = [...(await listPublicFiles(input.publicDirs)), path.join(input.contentDir, STATUS_FILE)];
  for (const file of publicFiles) lines.push(`public ${file} ${stampText(fileStamp(file))}`);
  const setupKey = hashOf(lines.join("\n"));
  for (const file of contentFiles) lines.push(`content ${file.display} ${stampText(stampOf(file))}`);
  return { buildKey: hashOf(lines.join("\n")), setupKey };
}

function stampText(stamp: FileStamp | null): string {
  return stamp ? `${stamp.size} ${stamp.mtimeMs}` : "missing";
}
