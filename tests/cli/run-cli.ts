/** Running the command line in-process, on a copy of a fixture site: shared by the CLI tests. */
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { main } from "../../src/cli.js";
import { FIXTURES, ROOT } from "../helpers.js";

export async function run(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  stdout.on("data", (c: Buffer) => chunks.out.push(c));
  stderr.on("data", (c: Buffer) => chunks.err.push(c));
  const code = await main(args, { stdout, stderr, cwd });
  return { code, stdout: Buffer.concat(chunks.out).toString(), stderr: Buffer.concat(chunks.err).toString() };
}

/** A copy of a fixture site with the project's templates and public folder, in a temporary folder. */
export function siteCopy(fixture: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "kiosk-cli-"));
  cpSync(path.join(FIXTURES, fixture), dir, { recursive: true });
  cpSync(path.join(ROOT, "templates"), path.join(dir, "templates"), { recursive: true });
  cpSync(path.join(ROOT, "public"), path.join(dir, "public"), { recursive: true });
  return dir;
}
