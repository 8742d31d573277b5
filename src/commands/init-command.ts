/**
 * `kiosk init [DIR]`: scaffolds a new site — config, templates and style to
 * edit, three sample scraped pages, a .gitignore and a CI workflow example —
 * and refuses to overwrite anything: if one file exists, none is written.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { KioskError } from "../diagnostics.js";
import { BUILTIN_PUBLIC, BUILTIN_TEMPLATES, PACKAGE_ROOT } from "../paths.js";
import { UsageError, type CliFlags, type CliIo } from "./cli-io.js";

export const INIT_HELP = `Usage: kiosk init [DIR]

Creates a new Kiosk site in DIR (default: the current folder): kiosk.config.json,
templates/ and public/ to edit, content/ with three sample scraped pages,
.gitignore, and .github/workflows/kiosk.yml (runs kiosk check and kiosk build).
Nothing is overwritten: if any of these files exists, nothing is written.

Options:
  -h, --help        Show this help`;

const SAMPLES = ["content/fr/barlamane-tanger-med-record.txt", "content/ar/hespress-amtar.txt", "content/en/ahramonline-cotton.txt"];

const WORKFLOW = `# Checks the content on every pull request (problems show inline) and builds the site.
name: kiosk
on: [push, pull_request]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      # Kiosk is a dev dependency of this site (package.json); npm ci installs it.
      - run: npm ci
      - run: npx kiosk check --format github
      - run: npx kiosk build --strict
      - uses: actions/upload-artifact@v4
        with:
          name: site
          path: dist
`;

export async function runInit(_values: CliFlags, positionals: string[], io: CliIo): Promise<number> {
  if (positionals.length > 1) throw new UsageError("name one folder at most.");
  const target = path.resolve(io.cwd, positionals[0] ?? ".");
  const files = new Map<string, string | Buffer>();
  files.set("kiosk.config.json", `${JSON.stringify({ title: "My news site", description: "The news, from many sources.", baseUrl: "http://localhost:8080/", defaultLanguage: "fr", timeZone: "Africa/Casablanca", pageSize: 20, feedSize: 50 }, null, 2)}\n`);
  files.set(".gitignore", "dist/\n.kiosk-cache/\nnode_modules/\n");
  files.set(".github/workflows/kiosk.yml", WORKFLOW);
  for (const sample of SAMPLES) files.set(sample, readFileSync(path.join(PACKAGE_ROOT, sample)));
  for (const [from, to] of [[BUILTIN_TEMPLATES, "templates"], [BUILTIN_PUBLIC, "public"]] as const) {
    for (const file of readdirSync(from, { recursive: true, encoding: "utf8" })) {
      if (statSync(path.join(from, file)).isFile()) files.set(`${to}/${file.split(path.sep).join("/")}`, readFileSync(path.join(from, file)));
    }
  }

  if (existsSync(target) && !statSync(target).isDirectory()) {
    throw new KioskError(`kiosk init: ${path.relative(io.cwd, target) || "."} is a file, not a folder; nothing was written.`, { hint: "Name a new folder: kiosk init my-site." });
  }
  const existing = [...files.keys()].filter((file) => existsSync(path.join(target, file)));
  if (existing.length > 0) {
    throw new KioskError(`kiosk init: ${path.relative(io.cwd, target) || "."} already has ${existing.join(", ")}; nothing was written.`, {
      hint: "Run it in an empty folder, or name a new one: kiosk init my-site.",
    });
  }
  for (const [file, contents] of files) {
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    writeFileSync(path.join(target, file), contents, { flag: "wx" });
  }
  const where = path.relative(io.cwd, target) || ".";
  io.stderr.write(`Created a Kiosk site in ${where}/ (${files.size} files).\nNext: cd ${where} && npx kiosk serve\n`);
  return 0;
}
