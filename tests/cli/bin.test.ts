/** The installed command: `npm test` compiles lib/ first, so bin/kiosk.js runs the code under test. */
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, ROOT } from "../helpers.js";

describe("bin/kiosk.js", () => {
  it("runs as a program, with exit codes", () => {
    const out = execFileSync(process.execPath, [path.join(ROOT, "bin", "kiosk.js"), "parse", "--json", path.join(FIXTURES, "scraped", "ar-basic.txt")], {
      encoding: "utf8",
    });
    expect(JSON.parse(out)[0].article.source).toBe("هسبريس");
    const bad = spawnSync(process.execPath, [path.join(ROOT, "bin", "kiosk.js"), "frobnicate"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
  });
});
