/**
 * Issue 16, "Faults": an incremental build killed (SIGKILL) at any moment leaves the output
 * either as the old build made it or as the new one — or, when it died while applying its
 * changes, with a commit journal that the next build replays before anything else, giving
 * the new one. Kill moments are spread over the whole build, and packed around the commit,
 * where a mixed output could appear. 50 kills in CI, fewer on a developer's machine.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/corpus.js";
import { recoverOutput } from "../../src/write/commit-journal.js";
import { ROOT } from "../helpers.js";
import { outputTree, treeDifferences } from "../output-tree.js";

const KILLS = process.env.CI ? 50 : 12;
const root = mkdtempSync(path.join(tmpdir(), "kiosk-fault-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const kiosk = path.join(ROOT, "bin", "kiosk.js");
const args = ["build", "--no-search", "--quiet"];

const same = (a: Map<string, string>, b: Map<string, string>) => treeDifferences(a, b).length === 0;

function run(cwd: string, extra: string[] = []) {
  const result = spawnSync(process.execPath, [kiosk, ...args, ...extra], { cwd, encoding: "utf8", env: { ...process.env, KIOSK_WORKERS: "0" } });
  expect(result.status, result.stderr).toBe(0);
}

/** The site with the old content built into dist/ (cache kept), and the new content's files to add. */
function prepare() {
  const corpus = path.join(root, "corpus");
  const files = writeCorpus(corpus, { articles: 200 });
  const site = path.join(root, "site");
  mkdirSync(path.join(site, "content"), { recursive: true });
  writeFileSync(path.join(site, "kiosk.config.json"), JSON.stringify({ title: "Fault", baseUrl: "https://fault.example/", pageSize: 10 }));
  // The newest 10 articles arrive in the new build: every listing page shifts, every ticker changes.
  const arriving = files.slice(-10);
  for (const file of files) if (!arriving.includes(file)) cpSync(file, path.join(site, "content", path.relative(corpus, file)));
  run(site);
  const old = path.join(root, "old");
  cpSync(site, old, { recursive: true });
  const add = (dir: string) => {
    for (const file of arriving) cpSync(file, path.join(dir, "content", path.relative(corpus, file)));
  };
  // The new site as a clean build makes it, in a copy of its own.
  const fresh = path.join(root, "fresh");
  cpSync(old, fresh, { recursive: true });
  add(fresh);
  run(fresh, ["--clean"]);
  return { site, old, add, oldOutput: outputTree(path.join(old, "dist")), newOutput: outputTree(path.join(fresh, "dist")) };
}

/** Puts the old state back into `site`: its output, cache and content (staging folders and journals live inside it, beside dist/). */
function restore(site: string, old: string): void {
  rmSync(site, { recursive: true, force: true });
  cpSync(old, site, { recursive: true });
}

function killAfter(site: string, pickMoment: (elapsed: () => number) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [kiosk, ...args], { cwd: site, stdio: "ignore", env: { ...process.env, KIOSK_WORKERS: "0" } });
    const started = performance.now();
    const timer = setInterval(() => {
      if (pickMoment(() => performance.now() - started)) child.kill("SIGKILL");
    }, 1);
    child.once("exit", () => {
      clearInterval(timer);
      resolve();
    });
  });
}

describe("an incremental build killed at any moment", () => {
  it(`leaves the old output or the new one, or a journal that finishes the new one (${KILLS} kills)`, async () => {
    const { site, old, add, oldOutput, newOutput } = prepare();
    expect(same(oldOutput, newOutput)).toBe(false);
    // How long an uninterrupted incremental build takes, and that it makes the new output.
    restore(site, old);
    add(site);
    const t0 = performance.now();
    run(site);
    const duration = performance.now() - t0;
    expect(same(outputTree(path.join(site, "dist")), newOutput)).toBe(true);

    const outcomes = { old: 0, new: 0, replayed: 0 };
    const journalIn = (dir: string) => readdirSync(dir).some((n) => n.endsWith(".commit.json"));
    for (let i = 0; i < KILLS; i++) {
      restore(site, old);
      add(site);
      // Even runs: a moment anywhere in the build. Odd runs: as soon as the commit shows (a journal, or the
      // home page replaced), plus 0–3 ms: the moment a commit without a journal would leave a mixed site.
      const deadline = (((i * 7919) % 1000) / 1000) * duration;
      const home = path.join(site, "dist", "index.html");
      const homeBefore = statSync(home).ino;
      let committing: number | undefined;
      await killAfter(site, (elapsed) => {
        if (i % 2 === 0) return elapsed() >= deadline;
        if (committing === undefined && (journalIn(site) || statSync(home, { throwIfNoEntry: false })?.ino !== homeBefore)) committing = elapsed();
        return committing !== undefined && elapsed() >= committing + (i % 4);
      });
      const dist = path.join(site, "dist");
      const now = outputTree(dist);
      if (same(now, oldOutput)) outcomes.old++;
      else if (same(now, newOutput)) outcomes.new++;
      else {
        // Mixed only while a journal says how to finish: replaying it gives the new output.
        expect(journalIn(site), `kill ${i}: mixed output without a journal`).toBe(true);
        recoverOutput(dist);
        expect(same(outputTree(dist), newOutput), `kill ${i}: replayed journal`).toBe(true);
        outcomes.replayed++;
      }
      if (i % 10 === 9) {
        // And the next build after any kill leaves exactly the new site, with no staging folder behind.
        run(site);
        expect(same(outputTree(dist), newOutput), `kill ${i}: next build`).toBe(true);
        expect(readdirSync(site).filter((n) => n.includes("kiosk-staging"))).toEqual([]);
      }
    }
    console.log(
      `killed ${KILLS} incremental builds (${Math.round(duration)} ms each uninterrupted): ${outcomes.old} left the old output, ${outcomes.new} the new, ${outcomes.replayed} a journal replayed to the new`,
    );
    expect(outcomes.old + outcomes.new + outcomes.replayed).toBe(KILLS);
  }, 600_000);
});
