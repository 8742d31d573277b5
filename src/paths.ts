/** Where Kiosk's own files are: its built-in templates and public assets, which a site's own override. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The package root (the folder holding templates/ and public/), from src/ or from the compiled lib/. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const BUILTIN_TEMPLATES = path.join(PACKAGE_ROOT, "templates");
export const BUILTIN_PUBLIC = path.join(PACKAGE_ROOT, "public");

let version: string | undefined;

/** Kiosk's version, from its package.json: the one place it is written. */
export function kioskVersion(): string {
  return (version ??= (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version);
}
