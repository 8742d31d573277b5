/**
 * A Kiosk whose parser or story grouping changed (a new PARSER_VERSION or STORY_STATE_FORMAT, between two releases
 * of one package version) never says "up to date" over output the old code made.
 */
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FIXTURES } from "../helpers.js";

async function build(cwd: string): Promise<Record<string, any>> {
  const { main } = await import("../../src/cli.js");
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on("data", (c: Buffer) => chunks.push(c));
  expect(await main(["build", "--json", "--no-search"], { stdout, stderr: new PassThrough(), cwd })).toBe(0);
  return JSON.parse(Buffer.concat(chunks).toString());
}

describe("the versions of what the code makes", () => {
  afterEach(() => {
    vi.doUnmock("../../src/incremental/code-versions.js");
    vi.resetModules();
  });

  for (const changed of [{ PARSER_VERSION: "next" }, { STORY_STATE_FORMAT: -1 }]) {
    it(`are part of the build key: ${Object.keys(changed)[0]} changed, the content not, the site is built again`, async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "kiosk-versions-"));
      cpSync(path.join(FIXTURES, "site-basic"), dir, { recursive: true });
      expect((await build(dir)).upToDate).toBe(false);
      expect((await build(dir)).upToDate).toBe(true);
      vi.resetModules();
      vi.doMock("../../src/incremental/code-versions.js", async (actual) => ({ ...(await actual<object>()), ...changed }));
      const again = await build(dir);
      expect(again.upToDate).toBe(false);
      // (A new parser reads every file again; new grouping only groups again.)
      if ("PARSER_VERSION" in changed) expect(again.filesParsed).toBeGreaterThan(0);
      else expect(again.filesParsed).toBe(0);
    }, 60_000);
  }
});
