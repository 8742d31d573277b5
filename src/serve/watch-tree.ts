/**
 * Watching a folder tree for the dev server. One non-recursive watch per folder, not per file:
 * an editor that saves by writing a temporary file and renaming it over the old one (`sed -i`,
 * `git checkout`, most IDEs) replaces the file's inode, which a watch on the file would lose;
 * the folder's watch sees the rename, and every later save. Folders created later are watched
 * when they appear. Symbolic links are not followed, so a link loop cannot trap it; a watch
 * that fails (a folder removed as it was created, too many watches) is reported through
 * `onError`, never thrown, and the tree is looked at again.
 */
import { readdirSync, statSync, watch, type Dirent, type FSWatcher } from "node:fs";
import path from "node:path";

export interface TreeWatcher {
  close(): void;
}

export interface WatchTreeOptions {
  /** Called with the absolute path that changed, or null when the tree must be looked at whole. */
  onChange(file: string | null): void;
  /** Called when a folder cannot be watched; watching goes on for the rest. */
  onError?(cause: unknown): void;
  /** Names to skip (hidden folders are always skipped). */
  skip?(name: string): boolean;
}

export function watchTree(root: string, options: WatchTreeOptions): TreeWatcher {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;

  const unwatch = (dir: string) => {
    for (const [watched, watcher] of watchers) {
      if (watched === dir || watched.startsWith(dir + path.sep)) {
        watcher.close();
        watchers.delete(watched);
      }
    }
  };

  const add = (dir: string) => {
    if (closed || watchers.has(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, (_event, name) => {
        if (name === null) return options.onChange(null);
        const changed = path.join(dir, name.toString());
        // A new folder (created, moved in, renamed): watched with everything in it; a removed one: let go.
        const info = statSync(changed, { throwIfNoEntry: false });
        if (info?.isDirectory() && !watchers.has(changed)) scan(changed);
        else if (!info) unwatch(changed);
        options.onChange(changed);
      });
    } catch (cause) {
      // Gone already, or no watch left: reported, and the rest is still watched.
      options.onError?.(cause);
      return;
    }
    watcher.on("error", (cause) => {
      unwatch(dir);
      options.onError?.(cause);
      // The folder may be back (removed and made again); a rebuild looks at everything.
      setTimeout(() => {
        if (!closed && statSync(dir, { throwIfNoEntry: false })?.isDirectory()) scan(dir);
        options.onChange(null);
      }, 100).unref();
    });
    watchers.set(dir, watcher);
  };

  const scan = (dir: string) => {
    add(dir);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (cause) {
      options.onError?.(cause);
      return;
    }
    for (const entry of entries) {
      // isDirectory() is false for a symbolic link to a folder: links are not followed.
      if (!entry.isDirectory() || entry.name.startsWith(".") || options.skip?.(entry.name)) continue;
      scan(path.join(dir, entry.name));
    }
  };

  scan(root);
  return {
    close: () => {
      closed = true;
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
