/**
 * The content loader: finds input files under the content folder and reads
 * them as text. It is one of the three places that touch the file system
 * (with the template loader and the writer).
 */
import { statSync } from "node:fs";
import path from "node:path";
import { KioskError } from "../diagnostics.js";
import { listFiles } from "../util/walk.js";

export interface ContentFile {
  /** Absolute path. */
  absolute: string;
  /** Path as shown to the user: relative to the working directory when inside it. */
  display: string;
  /** Size and modification time when the file was listed (null: it could not be stat'ed); absent when not listed. */
  stamp?: FileStamp | null;
  /** A symbolic link (to a file or a folder), which Kiosk does not follow: listed only to be reported. */
  link?: true;
}

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** The file's size and modification time: as listed, or now. Null when it cannot be stat'ed. */
export function stampOf(file: ContentFile): FileStamp | null {
  return file.stamp !== undefined ? file.stamp : fileStamp(file.absolute);
}

/** A file's size and modification time now; null when it cannot be stat'ed. */
export function fileStamp(absolute: string): FileStamp | null {
  try {
    const { size, mtimeMs } = statSync(absolute);
    return { size, mtimeMs };
  } catch {
    return null;
  }
}

/** What a caller knows of the files from a watcher: their last stamps, and which have changed since. */
export interface KnownStamps {
  stamps: ReadonlyMap<string, FileStamp | null>;
  /** Absolute paths. */
  changed: ReadonlySet<string>;
}

/**
 * Every file under `dir` whose name ends with one of `extensions`, sorted, skipping hidden folders and
 * node_modules, each with its stamp; `known` (the dev server) spares stat'ing the files that did not change.
 */
export async function listContentFiles(dir: string, extensions: readonly string[], cwd: string, known?: KnownStamps): Promise<ContentFile[]> {
  const root = path.resolve(cwd, dir);
  let all: string[];
  const links: string[] = [];
  try {
    all = await listFiles(root, (link) => links.push(link));
  } catch (cause) {
    throw new KioskError(`${dir}: cannot read the content folder.`, {
      hint: (cause as NodeJS.ErrnoException).code === "ENOENT" ? "Create it, or name another folder with --content." : "Check its permissions.",
      cause,
    });
  }
  const files: ContentFile[] = [];
  for (const absolute of all) {
    if (!extensions.some((ext) => absolute.toLowerCase().endsWith(ext))) continue;
    const relativeToRoot = path.relative(root, absolute);
    if (relativeToRoot.split(path.sep).some((part) => part.startsWith(".") || part === "node_modules")) continue;
    const file: ContentFile = { absolute, display: displayPath(absolute, cwd) };
    // Stat'ed once here: the build key and the input cache both need it.
    const kept = known && !known.changed.has(absolute) ? known.stamps.get(absolute) : undefined;
    file.stamp = kept !== undefined ? kept : stampOf(file);
    files.push(file);
  }
  // Links are not followed (a link can point anywhere, or in a circle); they are listed so the build says so.
  for (const absolute of links) {
    const relativeToRoot = path.relative(root, absolute);
    if (relativeToRoot.split(path.sep).some((part) => part.startsWith(".") || part === "node_modules")) continue;
    // A link to a file of another kind is nothing to report; a name without an extension may be a folder.
    const name = path.basename(absolute).toLowerCase();
    if (name.includes(".") && !extensions.some((ext) => name.endsWith(ext))) continue;
    files.push({ absolute, display: displayPath(absolute, cwd), stamp: null, link: true });
  }
  return files.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}

function displayPath(absolute: string, cwd: string): string {
  const relativeToCwd = path.relative(cwd, absolute);
  const display = relativeToCwd.startsWith("..") || path.isAbsolute(relativeToCwd) ? absolute : relativeToCwd;
  return display.split(path.sep).join("/");
}
