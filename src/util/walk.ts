/** Listing every file below a folder, as absolute paths in a stable order. */
import { readdir } from "node:fs/promises";
import path from "node:path";

/** Regular files below `root`; symbolic links are not followed, and are passed to `onLink` when given. */
export async function listFiles(root: string, onLink?: (absolute: string) => void): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const isLink = entry.isSymbolicLink();
    if (!entry.isFile() && !isLink) continue;
    // Node 20.12+ names the folder `parentPath`; earlier 20.x releases call it `path`.
    const parent = (entry as { parentPath?: string }).parentPath ?? (entry as unknown as { path: string }).path;
    if (isLink) onLink?.(path.join(parent, entry.name));
    else files.push(path.join(parent, entry.name));
  }
  return files.sort();
}
