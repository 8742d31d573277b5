/**
 * Issue 16: the output folder. A file, /dev/null, a folder inside the content, a symbolic
 * link, a full disk, `kiosk init` on a file: each is a one-line error naming the path and
 * the fix (never "internal error" and a stack), or, for a link to a folder, a build that
 * writes through the link and leaves it a link. Staging folders of killed builds go.
 */
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { run, siteCopy } from "./run-cli.js";

const oneLineError = (stderr: string) => {
  expect(stderr).not.toMatch(/internal error|\n\s+at /);
  expect(stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
};

describe("the output folder", () => {
  it("refuses a file, /dev/null and a folder inside the content, in one line", async () => {
    const dir = siteCopy("site-basic");
    writeFileSync(path.join(dir, "a-file"), "not a folder");
    for (const out of ["a-file", "/dev/null", "content/site", "content"]) {
      const { code, stderr } = await run(["build", "--no-search", "--out", out], dir);
      expect(code, out).toBe(1);
      expect(stderr, out).toContain(`refusing to write the site to ${out}`);
      oneLineError(stderr);
    }
    expect(existsSync(path.join(dir, "content", "site"))).toBe(false);
  });

  it("writes through a symbolic link to a folder, and leaves it a link", async () => {
    const dir = siteCopy("site-basic");
    mkdirSync(path.join(dir, "real-out"));
    symlinkSync("real-out", path.join(dir, "linked-out"));
    for (let i = 0; i < 2; i++) {
      const { code, stderr } = await run(["build", "--no-search", "--out", "linked-out"], dir);
      expect(code, stderr).toBe(0);
      expect(lstatSync(path.join(dir, "linked-out")).isSymbolicLink()).toBe(true);
      expect(readlinkSync(path.join(dir, "linked-out"))).toBe("real-out");
      expect(existsSync(path.join(dir, "real-out", "index.html"))).toBe(true);
    }
  });

  it("removes the staging folders that killed builds left", async () => {
    const dir = siteCopy("site-basic");
    mkdirSync(path.join(dir, ".dist.kiosk-staging-999999999", "2020"), { recursive: true });
    const { code } = await run(["build", "--no-search"], dir);
    expect(code).toBe(0);
    expect(readdirSync(dir).filter((n) => n.includes("kiosk-staging"))).toEqual([]);
  });

  it("refuses kiosk init on a file", async () => {
    const dir = siteCopy("site-basic");
    writeFileSync(path.join(dir, "a-file"), "");
    const { code, stderr } = await run(["init", "a-file"], dir);
    expect(code).toBe(1);
    expect(stderr).toContain("a-file is a file, not a folder");
    oneLineError(stderr);
  });

  // A full disk needs a small file system of its own: a tmpfs where the machine lets root mount one (CI does).
  const small = "/tmp/kiosk-full-disk-test";
  mkdirSync(small, { recursive: true });
  const mounted = process.getuid?.() === 0 && spawnSync("mount", ["-t", "tmpfs", "-o", "size=96k", "tmpfs", small]).status === 0;
  it.skipIf(!mounted)("says the disk is full in one line, and leaves no half site", async () => {
    try {
      const dir = siteCopy("site-basic");
      const { code, stderr } = await run(["build", "--no-search", "--out", path.join(small, "site")], dir);
      expect(code).toBe(1);
      expect(stderr).toMatch(/^kiosk build: the disk is full/);
      oneLineError(stderr);
      expect(readdirSync(small)).toEqual([]);
    } finally {
      spawnSync("umount", [small]);
    }
  });
});
