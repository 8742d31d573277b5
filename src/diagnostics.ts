/**
 * Diagnostics: what went wrong with the user's input, where, and how to fix it.
 *
 * A diagnostic never stops the build by itself: the article it names is skipped
 * (for an error) or kept (for a warning), and the summary counts both.
 */

export type Severity = "error" | "warning";

export interface Diagnostic {
  severity: Severity;
  /** Path of the input file, relative to the working directory where possible. */
  file: string | null;
  /** 1-based line in that file, or null when the problem is the whole file. */
  line: number | null;
  /** What is wrong, and what happened because of it ("the article is skipped"). */
  message: string;
  /** How to fix it. */
  hint?: string;
}

export function error(file: string | null, line: number | null, message: string, hint?: string): Diagnostic {
  return hint === undefined ? { severity: "error", file, line, message } : { severity: "error", file, line, message, hint };
}

export function warning(file: string | null, line: number | null, message: string, hint?: string): Diagnostic {
  return hint === undefined ? { severity: "warning", file, line, message } : { severity: "warning", file, line, message, hint };
}

/** `content/x.txt:3: error: message. hint` — the shape compilers use, so editors can jump to it. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.file === null ? "" : d.line === null ? `${d.file}: ` : `${d.file}:${d.line}: `;
  const hint = d.hint ? ` ${d.hint}` : "";
  return `${where}${d.severity}: ${d.message}${hint}`;
}

/** The message and hint as one sentence pair, without the location (for JSON output). */
export function diagnosticText(d: Diagnostic): string {
  return d.hint ? `${d.message} ${d.hint}` : d.message;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/**
 * A problem that stops the whole build before anything is written (a bad config,
 * an unsafe output folder, a broken template). It names what and where, says how
 * to fix it, and keeps the library error that caused it.
 */
export class KioskError extends Error {
  readonly hint: string | undefined;

  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "KioskError";
    this.hint = options.hint;
  }
}

/** The whole chain of causes, one line each, as Eleventy's error handler prints it. */
export function formatError(err: unknown): string {
  const lines: string[] = [];
  let current: unknown = err;
  let depth = 0;
  while (current !== undefined && current !== null && depth < 8) {
    if (current instanceof KioskError) {
      lines.push(`${depth === 0 ? "error" : "caused by"}: ${current.message}${current.hint ? `\n  hint: ${current.hint}` : ""}`);
      current = current.cause;
    } else if (current instanceof Error) {
      // A library's own message can run to many lines; its first says what it is.
      const message = depth === 0 ? current.message : current.message.split("\n")[0]!;
      lines.push(`${depth === 0 ? "error" : "caused by"}: ${message}`);
      current = (current as Error & { cause?: unknown }).cause;
    } else {
      lines.push(`${depth === 0 ? "error" : "caused by"}: ${String(current)}`);
      current = undefined;
    }
    depth++;
  }
  return lines.join("\n");
}
