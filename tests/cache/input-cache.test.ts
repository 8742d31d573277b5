/**
 * The input cache on disk: shards and a log of the entries each build changed. What a cache saves, a later
 * load reads back the same, however it was stored; a damaged log costs a slower build, never a wrong entry.
 */
import { existsSync, mkdtempSync, readdirSync, statSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InputCache } from "../../src/cache/input-cache.js";
import type { StoryGraphState } from "../../src/assemble/story-graph-state.js";
import type { CachedInput } from "../../src/ingest/input-result.js";
import { parsedArticle } from "../helpers.js";

const RULES = "rules-1";

function entry(file: string, n: number): CachedInput {
  const article = parsedArticle({
    file,
    title: `Titre ${n}`,
    ticker: [`Une autre nouvelle ${n}`, "Le titre que toutes les pages montrent"],
    keywords: { words: [`mot${n}`, "port"], cross: `#${n}`, latin: true },
  });
  return { mtimeMs: 1000 + n, size: 100 + n, hash: `h${n}`, result: { file, ok: true, articles: [article], diagnostics: [] } };
}

function filled(dir: string, count: number): InputCache {
  const cache = InputCache.empty(dir, RULES);
  for (let i = 0; i < count; i++) cache.set(`f${i}.txt`, entry(`f${i}.txt`, i));
  cache.save();
  return cache;
}

const shardTimes = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((n) => /^inputs-\d+\.v8$/.test(n))
      .map((n) => [n, statSync(path.join(dir, n)).mtimeMs]),
  );

describe("input cache", () => {
  it("appends a build's changes and removals to the log, leaving the shards, and reads them back", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-input-cache-"));
    filled(dir, 40);
    const before = shardTimes(dir);
    const cache = InputCache.load(dir, RULES);
    cache.set("new.txt", entry("new.txt", 99));
    cache.set("f3.txt", entry("f3.txt", 333));
    cache.retain(new Set([...Array.from({ length: 40 }, (_, i) => `f${i}.txt`).filter((f) => f !== "f7.txt"), "new.txt"]));
    cache.save();
    expect(existsSync(path.join(dir, "inputs-log.v8"))).toBe(true);
    expect(shardTimes(dir)).toEqual(before);

    const again = InputCache.load(dir, RULES);
    expect(again.get("f7.txt")).toBeUndefined();
    expect(again.get("new.txt")).toEqual(entry("new.txt", 99));
    expect(again.get("f3.txt")).toEqual(entry("f3.txt", 333));
    expect(again.get("f12.txt")).toEqual(entry("f12.txt", 12));
    // Every shard is read through one buffer: each entry read before the next shard overwrote it is whole.
    for (let i = 0; i < 40; i++) if (i !== 3 && i !== 7) expect(again.get(`f${i}.txt`)).toEqual(entry(`f${i}.txt`, i));
  });

  it("keeps the new times of files touched, not changed, apart: a checkout of every file writes no entry again", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-input-cache-"));
    filled(dir, 3000);
    const before = shardTimes(dir);
    const cache = InputCache.load(dir, RULES);
    for (let i = 0; i < 3000; i++) cache.touch(`f${i}.txt`, { mtimeMs: 9_000_000 + i, size: 100 + i });
    cache.save();
    // Neither the shards nor a log: 3,000 entries would have folded the log into every shard.
    expect(shardTimes(dir)).toEqual(before);
    expect(existsSync(path.join(dir, "inputs-log.v8"))).toBe(false);
    const again = InputCache.load(dir, RULES);
    expect(again.get("f5.txt")).toEqual({ ...entry("f5.txt", 5), mtimeMs: 9_000_005 });
    // A later change of content wins over the stamp kept for the old content, whichever file is read last.
    again.set("f6.txt", entry("f6.txt", 66));
    again.save();
    const third = InputCache.load(dir, RULES);
    expect(third.get("f6.txt")).toEqual(entry("f6.txt", 66));
    expect(third.get("f7.txt")).toEqual({ ...entry("f7.txt", 7), mtimeMs: 9_000_007 });
  });

  it("folds a long log into the shards and empties it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-input-cache-"));
    filled(dir, 10);
    // Builds that each change 1,000 entries: the log takes two (2,000 is its least limit), the third folds it.
    for (let build = 0; build < 3; build++) {
      const cache = InputCache.load(dir, RULES);
      for (let i = 0; i < 1000; i++) cache.set(`b${build}-${i}.txt`, entry(`b${build}-${i}.txt`, i));
      cache.save();
      expect(existsSync(path.join(dir, "inputs-log.v8")), `after build ${build}`).toBe(build < 2);
    }
    const last = InputCache.load(dir, RULES);
    expect(last.get("b0-999.txt")).toEqual(entry("b0-999.txt", 999));
    expect(last.get("b2-0.txt")).toEqual(entry("b2-0.txt", 0));
    expect(last.get("f9.txt")).toEqual(entry("f9.txt", 9));
  });

  it("keeps what it can of a log cut short (a build killed while appending), and writes the shards anew", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-input-cache-"));
    filled(dir, 20);
    const first = InputCache.load(dir, RULES);
    first.set("f1.txt", entry("f1.txt", 111));
    first.save();
    const second = InputCache.load(dir, RULES);
    second.set("f2.txt", entry("f2.txt", 222));
    second.save();
    const log = path.join(dir, "inputs-log.v8");
    truncateSync(log, statSync(log).size - 10);

    const damaged = InputCache.load(dir, RULES);
    expect(damaged.get("f1.txt")).toEqual(entry("f1.txt", 111));
    // The change in the lost chunk is lost: the shard's older entry is there, which ingest checks against the file.
    expect(damaged.get("f2.txt")).toEqual(entry("f2.txt", 2));
    damaged.save();
    expect(existsSync(log)).toBe(false);
    expect(InputCache.load(dir, RULES).get("f1.txt")).toEqual(entry("f1.txt", 111));
  });

  it("throws away shards and log made with other parsing rules", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-input-cache-"));
    filled(dir, 5);
    const cache = InputCache.load(dir, RULES);
    cache.set("f0.txt", entry("f0.txt", 1000));
    cache.save();
    const other = InputCache.load(dir, "rules-2");
    expect(other.get("f0.txt")).toBeUndefined();
    expect(other.get("f4.txt")).toBeUndefined();
  });

  it("keeps the story grouping's state between builds, for the same rules only, and a clean start ignores it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-cache-"));
    const state: StoryGraphState = {
      format: 1,
      tokens: ["port", "n:tangier"],
      live: 2,
      members: ["a/2020/10/01/x/", "hport de tanger"],
      fingerprints: Int32Array.from([1, 2, 3, 4]),
      labels: Int32Array.from([0, 0]),
    };
    const cache = filled(dir, 3);
    expect(cache.storyGraph.get()).toBeUndefined();
    cache.storyGraph.set(state);
    cache.save();
    expect(InputCache.load(dir, RULES).storyGraph.get()).toEqual(state);
    expect(InputCache.load(dir, "rules-2").storyGraph.get()).toBeUndefined();
    expect(InputCache.empty(dir, RULES).storyGraph.get()).toBeUndefined();
    // A damaged file is only a slower build: everything is grouped again.
    truncateSync(path.join(dir, "stories.v8"), 30);
    expect(InputCache.load(dir, RULES).storyGraph.get()).toBeUndefined();
  });
});
