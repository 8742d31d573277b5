/**
 * The build key: a fingerprint of everything a build reads — every input
 * file's name, size and modification time, the config, the templates, the
 * public files and the options. When it equals the last build's, the output is
 * already what this build would write.
 */
import { readFileSync } from "node:fs";
import { fileStamp, stampOf, type ContentFile, type FileStamp } from "../ingest/content-source.js";
import { hashOf } from "./hash.js";

export interface BuildKeyInput {
  contentFiles: readonly ContentFile[];
  configFile: string;
  templatesKey: string;
  /** Public files, absolute paths. */
  publicFiles: readonly string[];
  /** Options that change the output (base URL, --now …). */
  options: Record<string, unknown>;
  version: string;
}

export function computeBuildKey(input: BuildKeyInput): string {
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
