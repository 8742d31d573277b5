/**
 * Which files of the last build are gone from the output folder, worked out on a thread of its own while the build
 * parses and assembles. An update keeps every page whose key is unchanged, if its file is still there (a user may
 * have deleted it): asked file by file on the build's thread, that is 122,000 checks and 1.5 s at 100,000 articles,
 * on the path of every update. The thread reads the manifest itself, so that nothing is copied to it. Without
 * threads to spare (one core, KIOSK_WORKERS=0, or the TypeScript sources) there is no check ahead: the writer asks
 * file by file, as before.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { WORKER_LIMITS, workerCount } from "../util/worker-count.js";

const WORKER_URL = new URL("./output-presence-worker.js", import.meta.url);

/** The files of the last build's manifest that are not in the output folder, and which manifest that was. */
export interface Presence {
  buildKey: string;
  missing: ReadonlySet<string>;
}

/** What the worker sends back: null when there is no current manifest for this output folder. */
export type PresenceMessage = { buildKey: string; missing: string[] } | null;

/**
 * Whether a file of the output is there: the output folder's path and the file's, joined as they are. Both are
 * normalised already (the file's was checked when it was written), and an update asks this of every page, where
 * path.join's normalising took half the time.
 */
export const inOutput = (outDir: string, file: string): boolean => existsSync(`${outDir}${path.sep}${file}`);

/** Starts the check; resolves undefined when it cannot be made (then the writer checks each file itself). */
export function checkPresence(cacheDir: string, outDir: string): Promise<Presence | undefined> {
  if (workerCount() === 0) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_URL, { workerData: { cacheDir, outDir }, resourceLimits: WORKER_LIMITS });
    // (A build that stops before it writes does not wait for the check.)
    worker.unref();
    worker.once("message", (message: PresenceMessage) =>
      resolve(message === null ? undefined : { buildKey: message.buildKey, missing: new Set(message.missing) }),
    );
    worker.once("error", () => resolve(undefined));
    worker.once("exit", () => resolve(undefined));
  });
}
