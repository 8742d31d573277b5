/**
 * Static assets: every file under public/ is copied into the output as it is.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { OutputFile } from "../render/render.js";
import { listFiles } from "../util/walk.js";

export async function loadPublicAssets(publicDir: string): Promise<OutputFile[]> {
  let files: string[];
  try {
    files = await listFiles(publicDir);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw cause;
  }
  return Promise.all(
    files.map(async (absolute) => ({ path: path.relative(publicDir, absolute).split(path.sep).join("/"), contents: await readFile(absolute) })),
  );
}
