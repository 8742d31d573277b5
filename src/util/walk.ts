/** Listing every file below a folder, as absolute paths in a stable order. */
import { readdir } from "node:fs/promises";
import path from "node:path";

export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    // Node 20.12+ names the folder `parentPath`; earlier 20.x releases call it `path`.
    const parent = (entry as { parentPath?: string }).parentPath ?? (entry as unknown as { path: string }).path;
    files.push(path.join(parent, entry.name));
  }
  return files.sort();
}
