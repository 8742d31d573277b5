/**
 * One temporary folder per test run: every test that asks os.tmpdir() for a folder (sites built
 * on disk, browsers' profiles, CLI runs) gets one inside it, and the whole of it is removed when
 * the run ends — whether or not each test cleaned up after itself.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export default function setup(): () => void {
  const runDir = mkdtempSync(path.join(tmpdir(), "kiosk-tests-"));
  // Read by os.tmpdir() in this process, in the test workers and in every process they start.
  process.env.TMPDIR = runDir;
  return () => rmSync(runDir, { recursive: true, force: true });
}
