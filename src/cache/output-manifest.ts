/**
 * The output manifest: what the last build wrote into the output folder, each
 * file with the key it was made from (a page's view fingerprint, or another
 * file's content hash), and the key of the whole build. The next build renders
 * and writes only what changed, and removes what no longer exists.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../diagnostics.js";

export interface OutputManifest {
  version: 2;
  /** Absolute output folder the manifest describes. */
  outDir: string;
  /** Fingerprint of every input, template, asset, the config and the options: equal means nothing to do. */
  buildKey: string;
  /** Output path → the key it was made from. */
  files: Record<string, string>;
  /** The summary of the build that wrote it, reported again when nothing changed. */
  summary: { articles: number; pages: number; feeds: number; assets: number; filesRead: number; filesSkipped: string[]; diagnostics: Diagnostic[] };
}

const FILE = "output.json";

export function loadManifest(cacheDir: string, outDir: string): OutputManifest | undefined {
  const file = path.join(cacheDir, FILE);
  if (!existsSync(file)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(file, "utf8")) as OutputManifest;
    return manifest.version === 2 && manifest.outDir === outDir ? manifest : undefined;
  } catch {
    return undefined;
  }
}

export function saveManifest(cacheDir: string, manifest: OutputManifest): void {
  mkdirSync(cacheDir, { recursive: true });
  const file = path.join(cacheDir, FILE);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(manifest));
  renameSync(temporary, file);
}
