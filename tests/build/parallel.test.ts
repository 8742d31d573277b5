/**
 * Parsing on several cores (the compiled package, 2,000 files or more) gives
 * byte-identical output to parsing on one thread.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/corpus.js";
import { ROOT } from "../helpers.js";

function build(dir: string, out: string, workers: string) {
  return spawnSync(process.execPath, [path.join(ROOT, "bin", "kiosk.js"), "build", "--json", "--no-search", "--clean", "--out", out], {
    cwd: dir,
    env: { ...process.env, KIOSK_WORKERS: workers },
    encoding: "utf8",
  });
}

describe("parallel parsing", () => {
  it("builds the same site as one thread", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-parallel-"));
    writeCorpus(path.join(dir, "content"), { articles: 2100 });
    writeFileSync(path.join(dir, "kiosk.config.json"), JSON.stringify({ title: "Parallel", baseUrl: "https://parallel.example/" }));
    const workers = build(dir, "dist-workers", "2");
    expect(workers.status).toBe(0);
    expect(JSON.parse(workers.stdout)).toMatchObject({ parseThreads: 2, filesParsed: 2100 });
    const single = build(dir, "dist-single", "0");
    expect(JSON.parse(single.stdout)).toMatchObject({ parseThreads: 1, filesParsed: 2100 });
    const files = readdirSync(path.join(dir, "dist-single"), { recursive: true, encoding: "utf8" }).filter((f) => statSync(path.join(dir, "dist-single", f)).isFile());
    expect(files.length).toBeGreaterThan(2100);
    for (const file of files) {
      expect(readFileSync(path.join(dir, "dist-workers", file)).equals(readFileSync(path.join(dir, "dist-single", file))), file).toBe(true);
    }
  }, 60_000);
});
