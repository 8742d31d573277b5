/** A render worker (see render-pool.ts): renders each page of a batch and writes it to its file. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { KioskError } from "../diagnostics.js";
import { chromeContextOf, TICKER_PARTIAL } from "./chrome.js";
import { renderTemplate } from "./render.js";
import type { RenderWorkerData, RenderWorkerMessage, RenderWorkerReply, WorkerError } from "./render-pool.js";
import { createTemplateEnvironment } from "./templates.js";

const { templateDirs } = workerData as RenderWorkerData;
const env = createTemplateEnvironment(templateDirs);
const made = new Set<string>();
/** The ticker of each chrome key: sent once (its items, its edition), rendered here once. */
const tickers = new Map<string, { html: string; ticker: unknown; tickerEdition: unknown }>();

parentPort!.on("message", (message: RenderWorkerMessage) => {
  let reply: RenderWorkerReply;
  try {
    for (const job of message) {
      let kept = tickers.get(job.chromeKey);
      if (kept === undefined) {
        // (A flat copy: nunjucks' output is a string of many pieces, and every page that holds it would walk them again.)
        const html = Buffer.from(renderTemplate(env, TICKER_PARTIAL, chromeContextOf(job.view), `the ticker of ${job.view.lang} pages`)).toString();
        kept = { html, ticker: job.view.ticker, tickerEdition: job.view.tickerEdition };
        tickers.set(job.chromeKey, kept);
      }
      job.view.ticker = kept.ticker;
      job.view.tickerEdition = kept.tickerEdition;
      job.view.chrome = { ...(job.view.chrome as Record<string, string>), ticker: kept.html };
      const html = renderTemplate(env, job.template, job.view, job.what);
      const dir = path.dirname(job.target);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(job.target, html);
    }
    reply = { done: message.length };
  } catch (cause) {
    reply = { error: describeError(cause) };
  }
  parentPort!.postMessage(reply);
});

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
