/**
 * Committing a build to the output folder so that a kill at any moment leaves either the old
 * site or the new one. The writer first writes a journal — what the commit will do — beside
 * its staging folder, in one rename; then it does it. A build killed before the journal
 * exists left the old output untouched (its staging folder is removed by the next build); a
 * build killed after it is finished by the next build, which replays the journal before it
 * reads anything: every step is idempotent (a file already moved is not moved again).
 *
 * - "swap" (a full build): the staging folder replaces the output folder whole.
 * - "apply" (an incremental build): the staged files move into place, the gone ones are deleted.
 * Either way the next output manifest was staged first (cache/output-manifest.ts) and becomes
 * current with the output.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promoteManifest } from "../cache/output-manifest.js";

export interface CommitJournal {
  /** 2: the files to move are staged by their number in `moves`; 1 (Kiosk 0.1 before): by their output path. */
  version: 1 | 2;
  mode: "swap" | "apply";
  outDir: string;
  staging: string;
  /** Output paths of the files staged to move into place ("apply"): the n-th is staged as `staging/n`. */
  moves: string[];
  /** Output paths of the last build that this one no longer has ("apply"). */
  deletes: string[];
  /** Where the next output manifest waits to be promoted; null without a cache. */
  cacheDir: string | null;
}

const STAGING_INFIX = ".kiosk-staging-";

/** The staging folder of this process for an output folder: a hidden sibling, so the final renames never cross devices. */
export function stagingFolder(outDir: string, pid = process.pid): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}${STAGING_INFIX}${pid}`);
}

const journalFile = (staging: string) => `${staging}.commit.json`;
const oldFolder = (staging: string) => `${staging}-old`;

/** Writes the journal in one rename: from here on, the commit will be finished even if this process dies. */
export function writeJournal(journal: CommitJournal): void {
  const file = journalFile(journal.staging);
  writeFileSync(`${file}.tmp`, JSON.stringify(journal));
  renameSync(`${file}.tmp`, file);
}

/** Does what the journal says (again, if it was begun), then removes the staging folder and the journal. */
export function applyJournal(journal: CommitJournal): void {
  const { outDir, staging } = journal;
  if (journal.mode === "swap") {
    if (existsSync(staging)) {
      if (existsSync(outDir)) renameSync(outDir, oldFolder(staging));
      renameSync(staging, outDir);
    }
    rmSync(oldFolder(staging), { recursive: true, force: true });
  } else {
    journal.moves.forEach((file, i) => {
      const from = path.join(staging, journal.version === 1 ? file : String(i));
      const to = path.join(outDir, file);
      // Most files replace one of the last build's, whose folder is there: a folder is made only when the move says it is missing.
      if (!move(from, to)) {
        mkdirSync(path.dirname(to), { recursive: true });
        move(from, to);
      }
    });
    for (const file of journal.deletes) removeFile(outDir, file);
    rmSync(staging, { recursive: true, force: true });
  }
  if (journal.cacheDir) promoteManifest(journal.cacheDir);
  rmSync(journalFile(staging), { force: true });
}

/**
 * Before a build reads the output: finishes the commits of killed builds of this output folder, and removes
 * the staging folders they left without a journal. A staging folder of a build that is still running is left alone.
 */
export function recoverOutput(outDir: string): void {
  const parent = path.dirname(outDir);
  const prefix = `.${path.basename(outDir)}${STAGING_INFIX}`;
  let names: string[];
  try {
    names = readdirSync(parent).filter((n) => n.startsWith(prefix));
  } catch {
    return;
  }
  const ownerOf = (name: string) => Number(/^(\d+)/.exec(name.slice(prefix.length))?.[1]);
  for (const name of names.filter((n) => n.endsWith(".commit.json"))) {
    const pid = ownerOf(name);
    if (pid !== process.pid && isRunning(pid)) continue;
    let journal: CommitJournal;
    try {
      journal = JSON.parse(readFileSync(path.join(parent, name), "utf8")) as CommitJournal;
    } catch {
      rmSync(path.join(parent, name), { force: true });
      continue;
    }
    if ((journal.version === 1 || journal.version === 2) && journal.outDir === outDir) applyJournal(journal);
  }
  for (const name of readdirSync(parent).filter((n) => n.startsWith(prefix) && !n.endsWith(".commit.json"))) {
    const pid = ownerOf(name);
    if (pid !== process.pid && isRunning(pid)) continue;
    rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Moves a staged file into place; false when there is nothing to move or nowhere to put it (ENOENT: moved already, or its folder is missing). */
function move(from: string, to: string): boolean {
  try {
    renameSync(from, to);
    return true;
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== "ENOENT") throw cause;
    return false;
  }
}

/** Deletes a file of the output and the folders it leaves empty. */
function removeFile(out: string, file: string): void {
  try {
    unlinkSync(path.join(out, file));
  } catch {
    return;
  }
  let dir = path.dirname(path.join(out, file));
  while (dir.startsWith(out + path.sep)) {
    try {
      if (readdirSync(dir).length > 0) break;
      rmdirSync(dir);
    } catch {
      break;
    }
    dir = path.dirname(dir);
  }
}
