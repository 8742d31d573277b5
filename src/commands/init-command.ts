/**
 * `kiosk init [DIR]`: scaffolds a new site — a package.json that depends on
 * Kiosk, the config, three sample scraped pages, an empty templates/ (with a
 * README on overriding Kiosk's own templates and style), a .gitignore and a CI
 * workflow — and refuses to overwrite anything: if one file exists, none is
 * written. Built-in templates and style are copied only on request
 * (--templates), so later fixes to them reach a site that did not change them.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { KioskError } from "../diagnostics.js";
import { BUILTIN_PUBLIC, BUILTIN_TEMPLATES, PACKAGE_ROOT, kioskVersion } from "../paths.js";
import { UsageError, type CliFlags, type CliIo } from "./cli-io.js";

export const INIT_HELP = `Usage: kiosk init [DIR] [--templates] [--from SPEC]

Creates a new Kiosk site in DIR (default: the current folder): package.json
(which depends on Kiosk), kiosk.config.json, content/ with three sample scraped
pages, an empty templates/ folder with a README on overriding Kiosk's own
templates and style, .gitignore, and .github/workflows/kiosk.yml (runs kiosk check and kiosk
build, keeping the build cache between runs). Nothing is overwritten: if any of
these files exists, nothing is written. Then: cd DIR && npm install && npx kiosk serve

Options:
  --templates       Also copy Kiosk's built-in templates and style.css to edit
  --from SPEC       How package.json names Kiosk (an npm spec: a version, a git URL,
                    file:PATH) [file: the Kiosk that runs this command]
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
      # The build cache: parsed inputs and the last output's manifest, so a run builds only what changed.
      - uses: actions/cache@v4
        with:
          path: |
            .kiosk-cache
            dist
          key: kiosk-\${{ github.ref_name }}-\${{ github.sha }}
          restore-keys: kiosk-\${{ github.ref_name }}-
      - run: npx kiosk check --format github
      - run: npx kiosk build --strict
      - uses: actions/upload-artifact@v4
        with:
          name: site
          path: dist
`;

const TEMPLATES_README = `# Templates

Kiosk renders the site with its own templates (Nunjucks). A file here with the name of
one of them replaces it for this site, file by file: \`article.njk\`, \`list.njk\`,
\`base.njk\`, \`partials/ticker.njk\` … Copy the one you want to change with
\`npx kiosk init --templates\` in an empty folder, or from Kiosk's own templates/ folder.
Templates you do not copy stay Kiosk's, and get its fixes when Kiosk is updated.

Files in a \`public/\` folder beside this one are copied into the site as they are (images,
a favicon …); a \`public/style.css\` replaces Kiosk's stylesheet.
`;

export async function runInit(values: CliFlags, positionals: string[], io: CliIo): Promise<number> {
  if (positionals.length > 1) throw new UsageError("name one folder at most.");
  const target = path.resolve(io.cwd, positionals[0] ?? ".");
  const from = typeof values.from === "string" && values.from.trim() !== "" ? values.from.trim() : `file:${PACKAGE_ROOT}`;
  const files = new Map<string, string | Buffer>();
  const name =
    path
      .basename(target)
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "news-site";
  files.set(
    "package.json",
    `${JSON.stringify({ name, private: true, type: "module", scripts: { start: "kiosk serve", build: "kiosk build", check: "kiosk check" }, devDependencies: { kiosk: from }, engines: { node: ">=20" } }, null, 2)}\n`,
  );
  files.set(
    "kiosk.config.json",
    `${JSON.stringify({ title: "My news site", description: "The news, from many sources.", baseUrl: "http://localhost:8080/", defaultLanguage: "fr", timeZone: "Africa/Casablanca", pageSize: 20, feedSize: 50 }, null, 2)}\n`,
  );
  files.set(".gitignore", "dist/\n.kiosk-cache/\nnode_modules/\n");
  files.set(".github/workflows/kiosk.yml", WORKFLOW);
  files.set("templates/README.md", TEMPLATES_README);
  for (const sample of SAMPLES) files.set(sample, readFileSync(path.join(PACKAGE_ROOT, sample)));
  if (values.templates === true) {
    for (const [from, to] of [
      [BUILTIN_TEMPLATES, "templates"],
      [BUILTIN_PUBLIC, "public"],
    ] as const) {
      for (const file of readdirSync(from, { recursive: true, encoding: "utf8" })) {
        if (statSync(path.join(from, file)).isFile()) files.set(`${to}/${file.split(path.sep).join("/")}`, readFileSync(path.join(from, file)));
      }
    }
  }

  if (existsSync(target) && !statSync(target).isDirectory()) {
    throw new KioskError(`kiosk init: ${path.relative(io.cwd, target) || "."} is a file, not a folder; nothing was written.`, {
      hint: "Name a new folder: kiosk init my-site.",
    });
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
  io.stderr.write(
    `Created a Kiosk site in ${where}/ (${files.size} files), depending on kiosk ${kioskVersion()} as "${from}".\n` +
      `Next: cd ${where} && npm install && npx kiosk serve\n` +
      (from.startsWith("file:") ? `For CI, name Kiosk in package.json as your CI can install it (a git URL or a version): kiosk init --from SPEC.\n` : ""),
  );
  return 0;
}
