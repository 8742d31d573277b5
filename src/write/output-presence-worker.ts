/** The presence check's thread (see output-presence.ts): the last build's files that are not in the output folder. */
import { parentPort, workerData } from "node:worker_threads";
import { loadManifest } from "../cache/output-manifest.js";
import { inOutput, type PresenceMessage } from "./output-presence.js";

const { cacheDir, outDir } = workerData as { cacheDir: string; outDir: string };
const manifest = loadManifest(cacheDir, outDir);
let message: PresenceMessage = null;
if (manifest) {
  const missing: string[] = [];
  for (const file of Object.keys(manifest.files)) if (!inOutput(outDir, file)) missing.push(file);
  message = { buildKey: manifest.buildKey, missing };
}
parentPort!.postMessage(message);
