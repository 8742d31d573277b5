/** Where Kiosk's own files are: its built-in templates and public assets, which a site's own override. */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The package root (the folder holding templates/ and public/), from src/ or from the compiled lib/. */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const BUILTIN_TEMPLATES = path.join(PACKAGE_ROOT, "templates");
export const BUILTIN_PUBLIC = path.join(PACKAGE_ROOT, "public");
