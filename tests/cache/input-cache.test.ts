/**
 * The input cache on disk: shards and a log of the entries each build changed. What a cache saves, a later
 * load reads back the same, however it was stored; a damaged log costs a slower build, never a wrong entry.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleText, isStored } from "../../src/cache/body-store.js";
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
    body: [`Texte ${n}.`, `Suite ${n}.`],
  });
  return { mtimeMs: 1000 + n, size: 100 + n, hash: `h${n}`, result: { file, ok: true, articles: [article], diagnostics: [] } };
}

/** An entry read back, with its articles' texts read from the body file (where the cache keeps them). */
function withTexts(read: CachedInput | undefined): CachedInput | undefined {
  if (!read) return read;
  const articles = read.result.articles.map((a) => ({ ...a, ...articleText(a) }));
  return { ...read, result: { ...read.result, articles } };
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
    expect(withTexts(again.get("new.txt"))).toEqual(entry("new.txt", 99));
    expect(withTexts(again.get("f3.txt"))).toEqual(entry("f3.txt", 333));
    expect(withTexts(again.get("f12.txt"))).toEqual(entry("f12.txt", 12));
    // Every shard is read through one buffer: each entry read before the next shard overwrote it is whole.
    for (let i = 0; i < 40; i++) if (i !== 3 && i !== 7) expect(withTexts(again.get(`f${i}.txt`))).toEqual(entry(`f${i}.txt`, i));
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
    expect(withTexts(again.get("f5.txt"))).toEqual({ ...entry("f5.txt", 5), mtimeMs: 9_000_005 });
    // A later change of content wins over the stamp kept for the old content, whichever file is read last.
    again.set("f6.txt", entry("f6.txt", 66));
    again.save();
    const third = InputCache.load(dir, RULES);
    expect(withTexts(third.get("f6.txt"))).toEqual(entry("f6.txt", 66));
    expect(withTexts(third.get("f7.txt"))).toEqual({ ...entry("f7.txt", 7), mtimeMs: 9_000_007 });
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
    expect(withTexts(last.get("b0-999.txt"))).toEqual(entry("b0-999.txt", 999));
    expect(withTexts(last.get("b2-0.txt"))).toEqual(entry("b2-0.txt", 0));
    expect(withTexts(last.get("f9.txt"))).toEqual(entry("f9.txt", 9));
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
    expect(withTexts(damaged.get("f1.txt"))).toEqual(entry("f1.txt", 111));
    // The change in the lost chunk is lost: the shard's older entry is there, which ingest checks against the file.
    expect(withTexts(damaged.get("f2.txt"))).toEqual(entry("f2.txt", 2));
    damaged.save();
    expect(existsSync(log)).toBe(false);
    expect(withTexts(InputCache.load(dir, RULES).get("f1.txt"))).toEqual(entry("f1.txt", 111));
  });

  it("keeps the articles' texts in a body file of their own, read back by reference, from wherever the folder is", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-input-cache-"));
    filled(dir, 30);
    // The shards hold where each text is and its excerpt, not the text: an update loads every entry, and renders a few pages.
    const shards = readdirSync(dir).filter((n) => /^inputs-\d+\.v8$/.test(n));
    for (const shard of shards) expect(readFileSync(path.join(dir, shard)).includes("Suite 17.")).toBe(false);
    expect(readFileSync(path.join(dir, "bodies-1.v8")).includes("Suite 17.")).toBe(true);
    const read = InputCache.load(dir, RULES).get("f17.txt")!.result.articles[0]!;
    expect(isStored(read.body)).toBe(true);
    expect(articleText(read)).toEqual({ body: ["Texte 17.", "Suite 17."], bodyHtml: null });
    // A cache folder restored elsewhere (another CI workspace) reads its own body file.
    const moved = mkdtempSync(path.join(tmpdir(), "kiosk-input-cache-moved-"));
    cpSync(dir, moved, { recursive: true });
    rmSync(dir, { recursive: true });
    expect(withTexts(InputCache.load(moved, RULES).get("f17.txt"))).toEqual(entry("f17.txt", 17));
  });

  it("takes an entry's texts out of its articles when it is set: the build holds where they are from ingest on", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-input-cache-"));
    const cache = InputCache.empty(dir, RULES);
    const fresh = entry("f1.txt", 1);
    const article = fresh.result.articles[0]!;
    cache.set("f1.txt", fresh);
    // The same article object (ingest hands it on to assembly) now points at the body file.
    expect(isStored(article.body)).toBe(true);
    cache.flushBodies();
    expect(articleText(article)).toEqual({ body: ["Texte 1.", "Suite 1."], bodyHtml: null });
    // A cache kept in memory only has nowhere to put them.
    const inMemory = InputCache.inMemory(RULES);
    const kept = entry("f2.txt", 2);
    inMemory.set("f2.txt", kept);
    expect(kept.result.articles[0]!.body).toEqual(["Texte 2.", "Suite 2."]);
  });

  it("starts over when the body file is cut short or gone: the texts would be another article's", () => {
    for (const damage of ["cut", "gone"]) {
      const dir = mkdtempSync(path.join(tmpdir(), "kiosk-input-cache-"));
      filled(dir, 10);
      const bodies = path.join(dir, "bodies-1.v8");
      if (damage === "cut") truncateSync(bodies, statSync(bodies).size - 5);
      else rmSync(bodies);
      const cache = InputCache.load(dir, RULES);
      expect(cache.get("f3.txt"), damage).toBeUndefined();
      // The next save writes the whole cache anew, its texts in a new body file.
      cache.set("f3.txt", entry("f3.txt", 3));
      cache.save();
      expect(withTexts(InputCache.load(dir, RULES).get("f3.txt")), damage).toEqual(entry("f3.txt", 3));
      // (A new generation beside a file cut short; the old name again when it was gone.)
      expect(
        readdirSync(dir).filter((n) => n.startsWith("bodies-")),
        damage,
      ).toEqual([damage === "cut" ? "bodies-2.v8" : "bodies-1.v8"]);
    }
  });

  it("copies the texts still used into a new body file when the old one is mostly replaced texts, and points every reference at it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-input-cache-"));
    filled(dir, 1000);
    let held = InputCache.load(dir, RULES).get("f5.txt")!.result.articles[0]!;
    // Each build replaces every entry (an edit of every page): the log takes two builds, the third folds it in.
    for (let build = 1; build <= 3; build++) {
      const cache = InputCache.load(dir, RULES);
      for (let i = 0; i < 1000; i++) cache.set(`f${i}.txt`, entry(`f${i}.txt`, i + build * 10_000));
      if (build === 3) held = cache.get("f5.txt")!.result.articles[0]!;
      cache.save();
      expect(
        readdirSync(dir).filter((n) => n.startsWith("bodies-")),
        `after build ${build}`,
      ).toEqual([build < 3 ? "bodies-1.v8" : "bodies-2.v8"]);
    }
    // An article read before the save (a page of this build renders after it) follows its text into the new file.
    expect(articleText(held).body).toEqual(["Texte 30005.", "Suite 30005."]);
    const last = InputCache.load(dir, RULES);
    for (const i of [0, 5, 999]) expect(withTexts(last.get(`f${i}.txt`))).toEqual(entry(`f${i}.txt`, i + 30_000));
    // Only the live texts were copied: 1,000 records, not 4,000.
    expect(statSync(path.join(dir, "bodies-2.v8")).size).toBeLessThan(statSync(path.join(dir, "inputs-00.v8")).size * 16);
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
