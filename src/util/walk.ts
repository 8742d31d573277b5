/** Listing every file below a folder, as absolute paths in a stable order. */
import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * Regular files below `root`; symbolic links are not followed, and are passed to `onLink` when given.
 * One folder at a time, synchronously: each folder's entries are made into paths and let go before the next
 * is read (a recursive readdir kept 100,000 entries alive to its end, and every young-generation collection
 * copied them on: 0.2 s of a 1.3 s no-change build at 100,000 files). A name read from a folder holds no
 * separator, so a path is the folder's and the name joined as they are (path.join's normalising is work).
 */
export async function listFiles(root: string, onLink?: (absolute: string) => void): Promise<string[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const absolute = prefix + entry.name;
      if (entry.isDirectory()) walk(absolute);
      else if (entry.isSymbolicLink()) onLink?.(absolute);
      else if (entry.isFile()) files.push(absolute);
    }
  };
  walk(root);
  return files.sort();
}
