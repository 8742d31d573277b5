/**
 * The content loader: finds input files under the content folder and reads
 * them as text. It is one of the three places that touch the file system
 * (with the template loader and the writer).
 */
import { statSync } from "node:fs";
import path from "node:path";
import { KioskError } from "../diagnostics.js";
import { listFiles } from "../util/walk.js";

const SCRAPED = [".txt"];
export const MARKDOWN = [".md", ".markdown"];
export const FEEDS = [".xml", ".rss", ".atom", ".rdf", ".json"];
/** Every kind of input file the content folder may hold. */
export const CONTENT_EXTENSIONS = [...SCRAPED, ...MARKDOWN, ...FEEDS];

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

/** What a caller knows of the files from a watcher: the last listing and its stamps, and which files have changed since. */
export interface KnownStamps {
  stamps: ReadonlyMap<string, FileStamp | null>;
  /** Absolute paths. */
  changed: ReadonlySet<string>;
  /** The last listing (its stamps are `stamps`). */
  files?: readonly ContentFile[];
}

/**
 * The last listing again, when every file the watcher named is a file of it that is still there: the changed
 * files stat'ed anew, no folder walked. Undefined when a file may have come or gone (then the folders are read).
 */
function renewedListing(known: KnownStamps): ContentFile[] | undefined {
  if (!known.files) return undefined;
  const renewed = new Map<string, FileStamp>();
  for (const absolute of known.changed) {
    // Not listed last time (a new file, an editor's temporary one) or a link: look at the folders.
    if (!known.stamps.get(absolute)) return undefined;
    const stamp = fileStamp(absolute);
    if (stamp === null) return undefined;
    renewed.set(absolute, stamp);
  }
  if (renewed.size === 0) return [...known.files];
  return known.files.map((file) => {
    const stamp = renewed.get(file.absolute);
    return stamp ? { ...file, stamp } : file;
  });
}

/**
 * Every file under `dir` whose name ends with one of `extensions`, sorted, skipping hidden folders and
 * node_modules, each with its stamp; `known` (the dev server) spares stat'ing the files that did not change.
 */
export async function listContentFiles(dir: string, extensions: readonly string[], cwd: string, known?: KnownStamps): Promise<ContentFile[]> {
  const renewed = known && renewedListing(known);
  if (renewed) return renewed;
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
  const display = displayPaths(cwd);
  const skipped = skippedBelow(root);
  for (const absolute of all) {
    const lower = absolute.toLowerCase();
    if (!extensions.some((ext) => lower.endsWith(ext))) continue;
    if (skipped(absolute)) continue;
    const file: ContentFile = { absolute, display: display(absolute) };
    // Stat'ed once here: the build key and the input cache both need it.
    const kept = known && !known.changed.has(absolute) ? known.stamps.get(absolute) : undefined;
    file.stamp = kept !== undefined ? kept : stampOf(file);
    files.push(file);
  }
  // Links are not followed (a link can point anywhere, or in a circle); they are listed so the build says so.
  for (const absolute of links) {
    if (skipped(absolute)) continue;
    // A link to a file of another kind is nothing to report; a name without an extension may be a folder.
    const name = path.basename(absolute).toLowerCase();
    if (name.includes(".") && !extensions.some((ext) => name.endsWith(ext))) continue;
    files.push({ absolute, display: display(absolute), stamp: null, link: true });
  }
  return files.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
}

/**
 * Whether a file lies in a hidden folder or node_modules below `root` (or is hidden itself). Most paths are
 * told by a look for "." and "node_modules" in them; only those are split.
 */
function skippedBelow(root: string): (absolute: string) => boolean {
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  return (absolute) => {
    const relative = absolute.startsWith(prefix) ? absolute.slice(prefix.length) : path.relative(root, absolute);
    if (!relative.startsWith(".") && !relative.includes(`${path.sep}.`) && !relative.includes("node_modules")) return false;
    return relative.split(path.sep).some((part) => part.startsWith(".") || part === "node_modules");
  };
}

/** Paths as shown to the user: relative to the working directory when inside it, with "/" between folders. */
function displayPaths(cwd: string): (absolute: string) => string {
  const base = path.resolve(cwd);
  const prefix = base.endsWith(path.sep) ? base : base + path.sep;
  return (absolute) => {
    // Inside the working directory (the usual case): the rest of the path, without path.relative's work.
    const relativeToCwd = absolute.startsWith(prefix) ? absolute.slice(prefix.length) : path.relative(cwd, absolute);
    const display = relativeToCwd.startsWith("..") || path.isAbsolute(relativeToCwd) ? absolute : relativeToCwd;
    return path.sep === "/" ? display : display.split(path.sep).join("/");
  };
}
