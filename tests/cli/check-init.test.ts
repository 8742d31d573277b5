/** `kiosk check` (compiler-style and GitHub annotations) and `kiosk init` (scaffold, never overwrite). */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { FIXTURES, ROOT } from "../helpers.js";

async function run(args: string[], cwd: string) {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on("data", (c: Buffer) => out.push(c));
  stderr.on("data", (c: Buffer) => err.push(c));
  const code = await main(args, { stdout, stderr, cwd });
  return { code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

describe("kiosk check", () => {
  const site = path.join(FIXTURES, "site-basic");

  it("prints diagnostics like a compiler, grouped by file, with a count, and exits 1 on errors", async () => {
    const { code, stdout } = await run(["check"], site);
    expect(code).toBe(1);
    expect(stdout).toContain("content/broken/no-date.txt:3: error: the credit line");
    expect(stdout).toContain("content/broken/windows-1256.txt:1: error: it is not valid UTF-8");
    expect(stdout).toContain("\n2 errors, 0 warnings in 2 of 8 files; 6 articles are fine.\n");
    expect(existsSync(path.join(site, "dist"))).toBe(false);
  });

  it("prints GitHub Actions annotations with --format github", async () => {
    const { stdout } = await run(["check", "--format", "github"], site);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^::error file=content\/broken\/no-date\.txt,line=3,title=kiosk::the credit line/);
    expect(lines).toContainEqual(expect.stringMatching(/^::notice title=kiosk check::2 errors/));
    // And the articles without a link to their original, per source.
    expect(lines.at(-1)).toMatch(/^::notice title=kiosk check::\d+ articles? ha(s|ve) no link to the original \(/);
  });

  it("exits 0 on clean content, and 2 on a bad --format", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-check-"));
    await run(["init", dir], dir);
    expect((await run(["check"], dir)).code).toBe(0);
    expect((await run(["check", "--format", "xml"], dir)).code).toBe(2);
  });

  it("fails with --strict on warnings", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-check-"));
    await run(["init", dir], dir);
    writeFileSync(path.join(dir, "content", "warn.txt"), "---\nurl: javascript:alert(1)\n---\nTitre\nPublié dans X le 1 - 1 - 2020\nTexte.\n");
    expect((await run(["check"], dir)).code).toBe(0);
    expect((await run(["check", "--strict"], dir)).code).toBe(1);
  });
});

describe("kiosk init", () => {
  it("scaffolds a site that builds", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-init-"));
    const { code, stderr } = await run(["init", "my-site"], dir);
    expect(code).toBe(0);
    expect(stderr).toContain("Created a Kiosk site in my-site/");
    const site = path.join(dir, "my-site");
    for (const file of [
      "package.json",
      "kiosk.config.json",
      ".gitignore",
      ".github/workflows/kiosk.yml",
      "templates/README.md",
      "content/fr/barlamane-tanger-med-record.txt",
    ]) {
      expect(existsSync(path.join(site, file)), file).toBe(true);
    }
    // Only what a site is meant to change: Kiosk's templates and style stay Kiosk's, and get its fixes.
    expect(existsSync(path.join(site, "templates", "base.njk"))).toBe(false);
    expect(existsSync(path.join(site, "public", "style.css"))).toBe(false);
    expect(JSON.parse(readFileSync(path.join(site, "package.json"), "utf8")).devDependencies.kiosk).toBe(`file:${ROOT}`);
    expect(readFileSync(path.join(site, ".github/workflows/kiosk.yml"), "utf8")).toContain("actions/cache@v4");
    expect(readFileSync(path.join(site, ".github/workflows/kiosk.yml"), "utf8")).toContain("npx kiosk check --format github");
    const built = await run(["build"], site);
    expect(built.code).toBe(0);
    expect(existsSync(path.join(site, "dist", "index.html"))).toBe(true);
  });

  it("copies the built-in templates and style on request, and names Kiosk as asked", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-init-"));
    const { code } = await run(["init", "site", "--templates", "--from", "github:example/kiosk"], dir);
    expect(code).toBe(0);
    expect(existsSync(path.join(dir, "site", "templates", "base.njk"))).toBe(true);
    expect(existsSync(path.join(dir, "site", "public", "style.css"))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, "site", "package.json"), "utf8")).devDependencies.kiosk).toBe("github:example/kiosk");
  });

  it("works as printed on a fresh folder: npm install, then npx kiosk build and npx kiosk check", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-init-e2e-"));
    expect((await run(["init", "site"], dir)).code).toBe(0);
    const site = path.join(dir, "site");
    const sh = (command: string, args: string[]) =>
      spawnSync(command, args, { cwd: site, encoding: "utf8", env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false" } });
    const install = sh("npm", ["install"]);
    expect(install.status, install.stderr).toBe(0);
    const built = sh("npx", ["--no-install", "kiosk", "build"]);
    expect(built.status, built.stderr).toBe(0);
    expect(built.stderr).toMatch(/Built 3 articles from 3 files/);
    const checked = sh("npx", ["--no-install", "kiosk", "check"]);
    expect(checked.status, checked.stdout).toBe(0);
  }, 120_000);

  it("refuses to overwrite anything, and writes nothing then", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kiosk-init-"));
    writeFileSync(path.join(dir, "kiosk.config.json"), "{}");
    const { code, stderr } = await run(["init"], dir);
    expect(code).toBe(1);
    expect(stderr).toContain("already has kiosk.config.json; nothing was written.");
    expect(readFileSync(path.join(dir, "kiosk.config.json"), "utf8")).toBe("{}");
    expect(existsSync(path.join(dir, "templates"))).toBe(false);
  });
});
