/**
 * Static assets: every file under the public folders is copied into the
 * output as it is; a later folder's file replaces an earlier one's of the same
 * path (the site's public/ over Kiosk's built-in one).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { OutputFile } from "../model/output.js";
import { listFiles } from "../util/walk.js";

export async function loadPublicAssets(publicDirs: readonly string[]): Promise<OutputFile[]> {
  const byPath = await publicFilesByPath(publicDirs);
  const paths = [...byPath.keys()].sort();
  return Promise.all(paths.map(async (p) => ({ path: p, contents: await readFile(byPath.get(p)!) })));
}

/** The absolute path of every public file that ends up in the output. */
export async function listPublicFiles(publicDirs: readonly string[]): Promise<string[]> {
  return [...(await publicFilesByPath(publicDirs)).values()].sort();
}

async function publicFilesByPath(publicDirs: readonly string[]): Promise<Map<string, string>> {
  const byPath = new Map<string, string>();
  for (const dir of [...new Set(publicDirs)]) {
    let files: string[];
    try {
      files = await listFiles(dir);
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw cause;
    }
    for (const absolute of files) byPath.set(path.relative(dir, absolute).split(path.sep).join("/"), absolute);
  }
  return byPath;
}
