/** A render worker (see render-pool.ts): renders each page of a batch, or replaces its ticker, and writes it to its file. */
import { closeSync, fstatSync, mkdirSync, openSync, readSync, writeFileSync, writevSync } from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { KioskError } from "../diagnostics.js";
import { renderTemplate } from "./render.js";
import type { RenderWorkerData, RenderWorkerMessage, RenderWorkerReply, WorkerError } from "./render-pool.js";
import { createTickerSplicer } from "./ticker-splice.js";
import { createTemplateEnvironment } from "./templates.js";

const { templateDirs } = workerData as RenderWorkerData;
const env = createTemplateEnvironment(templateDirs);
const made = new Set<string>();

let splice: ReturnType<typeof createTickerSplicer> = () => undefined;

parentPort!.on("message", (message: RenderWorkerMessage) => {
  if (!Array.isArray(message)) {
    splice = createTickerSplicer(message.tickers);
    return;
  }
  let reply: RenderWorkerReply;
  const unspliced: string[] = [];
  try {
    for (const job of message) {
      if ("from" in job) {
        const bytes = readIfThere(job.from);
        const parts = bytes && splice(bytes);
        if (parts) writeParts(job.target, parts);
        else unspliced.push(job.target);
        continue;
      }
      const html = renderTemplate(env, job.template, job.view, job.what);
      const dir = path.dirname(job.target);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(job.target, html);
    }
    reply = { done: message.length, unspliced };
  } catch (cause) {
    reply = { error: describeError(cause) };
  }
  parentPort!.postMessage(reply);
});

/** One buffer for every page this worker reads: a page read, spliced and written is not kept. */
let readBuffer = Buffer.alloc(1 << 18);

/** A file's bytes (in the shared buffer, good until the next read); undefined when it is gone (the page is then rendered). */
function readIfThere(file: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw cause;
  }
  try {
    const size = fstatSync(fd).size;
    if (size > readBuffer.length) readBuffer = Buffer.alloc(size * 2);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, readBuffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return readBuffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function writeParts(file: string, parts: readonly Buffer[]): void {
  const fd = openSync(file, "w");
  try {
    let written = 0;
    const total = parts.reduce((sum, p) => sum + p.length, 0);
    // writev may write less than asked: go on from where it stopped.
    while (written < total) {
      let skip = written;
      const rest = parts.flatMap((p) => {
        if (skip >= p.length) {
          skip -= p.length;
          return [];
        }
        const part = p.subarray(skip);
        skip = 0;
        return [part];
      });
      written += writevSync(fd, rest);
    }
  } finally {
    closeSync(fd);
  }
}

/** An error as plain data for the main thread: its message and hint, a system error's code and path, and its causes. */
function describeError(cause: unknown): WorkerError {
  const error = cause as Error & { code?: string; path?: string; hint?: string; cause?: unknown };
  return {
    message: String(error?.message ?? cause),
    ...(error instanceof KioskError && error.hint !== undefined ? { hint: error.hint } : {}),
    ...(typeof error?.code === "string" ? { code: error.code } : {}),
    ...(typeof error?.path === "string" ? { path: error.path } : {}),
    ...(error?.cause !== undefined ? { cause: describeError(error.cause) } : {}),
  };
}
