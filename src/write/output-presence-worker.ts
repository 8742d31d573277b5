/** The presence check's thread (see output-presence.ts): the last build's files that are not in the output folder. */
import { existsSync } from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { loadManifest } from "../cache/output-manifest.js";
import type { PresenceMessage } from "./output-presence.js";

const { cacheDir, outDir } = workerData as { cacheDir: string; outDir: string };
const manifest = loadManifest(cacheDir, outDir);
let message: PresenceMessage = null;
if (manifest) {
  const missing: string[] = [];
  // (Joined as the writer joins them: both parts are normalised already.)
  for (const file of Object.keys(manifest.files)) if (!existsSync(`${outDir}${path.sep}${file}`)) missing.push(file);
  message = { buildKey: manifest.buildKey, missing };
}
parentPort!.postMessage(message);
