/** A render worker (see render-pool.ts): renders each page of a batch, or replaces its ticker, and writes it to its file. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
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
        const spliced = splice(readIfThere(job.from));
        if (spliced) writeFileSync(job.target, spliced);
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

/** A file's bytes; empty when it is gone (the page is then rendered). */
function readIfThere(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return Buffer.alloc(0);
    throw cause;
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
