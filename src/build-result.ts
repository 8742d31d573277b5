/** What a build reports: counts, diagnostics, notes, timings — made from the stages' results. */
import type { SiteConfig } from "./config/config.js";
import { countBySeverity, type Diagnostic } from "./diagnostics.js";
import { missingOriginalsNote } from "./assemble/missing-originals.js";
import type { IngestResult } from "./ingest/ingest.js";
import type { Site } from "./model/site.js";
import { isPage, type Route } from "./plan/route.js";
import type { BuildSummary } from "./write/writer.js";

export interface BuildResult {
  /** False when --strict found diagnostics (then nothing was written). */
  ok: boolean;
  config: SiteConfig;
  articles: number;
  pages: number;
  feeds: number;
  assets: number;
  filesRead: number;
  /** Input files parsed this time; the others came from the cache. */
  filesParsed: number;
  /** Threads that parsed them. */
  parseThreads: number;
  /** Worker threads that rendered pages (0: the main thread rendered them all). */
  renderThreads: number;
  filesSkipped: string[];
  diagnostics: Diagnostic[];
  /** Things the user should know that are not problems of the input (they never fail --strict). */
  notes: string[];
  /** True when the output was replaced or updated. */
  written: boolean;
  /** True when nothing had changed since the last build, so nothing was done. */
  upToDate: boolean;
  /** True when an edit moved no article, so the last assembled site was reused with the new content (dev server). */
  patched: boolean;
  /** Pages rendered, and output files written, this time. */
  rendered: number;
  filesWritten: number;
  /** Story grouping, when the site was assembled: members (articles and distinct headlines), those whose pairs were decided again, and its time. */
  stories?: { members: number; regrouped: number; durationMs: number };
  durationMs: number;
  /** Milliseconds spent in each stage. */
  timings: Record<"config" | "ingest" | "assemble" | "plan" | "render" | "write" | "search", number>;
}

/** What the config means for publishing that the user may not expect. */
export function siteNotes(config: SiteConfig): string[] {
  const base = new URL(config.baseUrl);
  // Crawlers read robots.txt at the host's root only.
  return base.pathname === "/"
    ? []
    : [
        `robots.txt is written to ${base.pathname}robots.txt, where crawlers do not read it: publish it at ${base.origin}/robots.txt (copy it there, or add its Sitemap lines to the root's robots.txt).`,
      ];
}

/** The result of a build that found nothing changed: the last build's summary, whose diagnostics still hold. */
export function upToDateResult(summary: BuildSummary, config: SiteConfig, strict: boolean, clock: StageClock): BuildResult {
  return {
    // The last build's diagnostics are reported again, and --strict still fails on them.
    ok: !(strict && summary.diagnostics.length > 0),
    config,
    ...summary,
    notes: siteNotes(config),
    filesParsed: 0,
    parseThreads: 0,
    renderThreads: 0,
    written: false,
    upToDate: true,
    patched: false,
    rendered: 0,
    filesWritten: 0,
    durationMs: clock.elapsed(),
    timings: clock.timings,
  };
}

export function resultOf(
  site: Site,
  routes: readonly Route[],
  ingested: IngestResult,
  config: SiteConfig,
  strict: boolean,
  patched: boolean,
  clock: StageClock,
): BuildResult {
  const { errors, warnings } = countBySeverity(ingested.diagnostics);
  return {
    ok: !(strict && errors + warnings > 0),
    config,
    articles: site.articles.length,
    pages: routes.filter(isPage).length,
    feeds: routes.filter((r) => r.kind === "feed").length,
    assets: 0,
    filesRead: ingested.filesRead,
    filesParsed: ingested.filesParsed,
    parseThreads: ingested.parseThreads,
    renderThreads: 0,
    filesSkipped: ingested.filesSkipped,
    diagnostics: ingested.diagnostics,
    notes: [...siteNotes(config), ...[missingOriginalsNote(site.articles)].filter((n): n is string => n !== undefined)],
    written: false,
    upToDate: false,
    patched,
    rendered: 0,
    filesWritten: 0,
    // Final for a build stopped by --strict; a written build sets it again at its end.
    durationMs: clock.elapsed(),
    timings: clock.timings,
  };
}

/** What the next build reports again when nothing changed. */
export function summaryOf(result: BuildResult): BuildSummary {
  const { articles, pages, feeds, assets, filesRead, filesSkipped, diagnostics } = result;
  return { articles, pages, feeds, assets, filesRead, filesSkipped, diagnostics };
}

/** The time a build takes, in all and stage by stage (`--verbose`). */
export class StageClock {
  readonly timings: BuildResult["timings"] = { config: 0, ingest: 0, assemble: 0, plan: 0, render: 0, write: 0, search: 0 };
  private readonly started = performance.now();
  private mark = this.started;

  /** Counts the time since the last lap to `stage`. */
  readonly lap = (stage: keyof BuildResult["timings"]): void => {
    const now = performance.now();
    this.timings[stage] += now - this.mark;
    this.mark = now;
  };

  elapsed(): number {
    return performance.now() - this.started;
  }
}
