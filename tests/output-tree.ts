/** "Two output folders are byte-identical": the one comparison every oracle test makes (incremental, workers, dev server, faults). */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";

/** Every file under a folder (a missing folder has none), by its path inside it, with the SHA-256 of its bytes. */
export function outputTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
    const full = path.join(dir, file);
    if (statSync(full).isFile()) files.set(file, createHash("sha256").update(readFileSync(full)).digest("hex"));
  }
  return files;
}

/** What differs between two trees: files only in one of them, files whose bytes differ. Empty when identical. */
export function treeDifferences(a: Map<string, string>, b: Map<string, string>): string[] {
  const differences: string[] = [];
  for (const [file, hash] of a) {
    const other = b.get(file);
    if (other === undefined) differences.push(`only in the first: ${file}`);
    else if (other !== hash) differences.push(`differs: ${file}`);
  }
  for (const file of b.keys()) if (!a.has(file)) differences.push(`only in the second: ${file}`);
  return differences;
}

/** Expects two output folders (or trees taken before) to hold the same files with the same bytes; names the first differences. */
export function expectSameOutput(a: string | Map<string, string>, b: string | Map<string, string>, label = ""): void {
  const tree = (x: string | Map<string, string>) => (typeof x === "string" ? outputTree(x) : x);
  expect(treeDifferences(tree(a), tree(b)).slice(0, 20), label).toEqual([]);
}
