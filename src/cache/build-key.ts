/**
 * The build key: a fingerprint of everything a build reads — every input
 * file's name, size and modification time, the config, the templates, the
 * public files and the options. When it equals the last build's, the output is
 * already what this build would write.
 */
import { readFileSync, statSync } from "node:fs";
import { stampOf, type ContentFile } from "../ingest/content-source.js";
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
  for (const file of input.publicFiles) lines.push(`public ${file} ${stamp(file)}`);
  for (const file of input.contentFiles) {
    const s = stampOf(file);
    lines.push(`content ${file.display} ${s ? `${s.size} ${s.mtimeMs}` : "missing"}`);
  }
  return hashOf(lines.join("\n"));
}

function stamp(file: string): string {
  try {
    const s = statSync(file);
    return `${s.size} ${s.mtimeMs}`;
  } catch {
    return "missing";
  }
}
