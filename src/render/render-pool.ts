/**
 * Rendering on every core: in a large build, worker threads turn page views
 * into HTML and write each file where the writer told them to, while the main
 * thread builds the next views. Pages go out in batches (views in one batch
 * share the header, footer, menus and summaries, which are copied once per
 * batch; each ticker edition goes to a worker once, and it renders it), at
 * most a few batches per worker at a time, so memory stays bounded. The HTML is
 * the same as rendering on one thread. Used only from the compiled package (a
 * worker cannot load TypeScript) and only for large builds, where starting the
 * workers pays for itself; KIOSK_WORKERS=0 turns it off, KIOSK_WORKERS=N sets
 * the number of workers.
 */
import { Worker } from "node:worker_threads";
import { KioskError } from "../diagnostics.js";
import { WORKER_LIMITS, workerCount } from "../util/worker-count.js";
import type { PageView } from "./views.js";

/** Below this many pages to render, one thread is faster than starting workers. */
export const RENDER_POOL_THRESHOLD = 2000;
const BATCH_SIZE = 32;
const BATCHES_IN_FLIGHT_PER_WORKER = 2;
const WORKER_URL = new URL("./render-worker.js", import.meta.url);

/**
 * One page for a worker (see PageSource in render.ts), and the file to write it to. A worker is sent the ticker
 * of a chrome key (`view.ticker`, `view.tickerEdition`) with the first page that has it, and keeps it.
 */
export interface PageJob {
  template: string;
  view: PageView;
  what: string;
  chromeKey: string;
  target: string;
}

/** What the main thread tells a worker: pages to make. */
export type RenderWorkerMessage = PageJob[];

export interface RenderWorkerData {
  templateDirs: string[];
}

/** An error thrown on a worker, as plain data: the main thread makes it an error again, causes included. */
export interface WorkerError {
  message: string;
  hint?: string;
  /** A system error's code (ENOSPC …) and path, so the command line can say what the machine refused. */
  code?: string;
  path?: string;
  cause?: WorkerError;
}

/** A batch done, or why not. */
export type RenderWorkerReply = { done: number } | { error: WorkerError };

/** The error again, on this thread: a system error keeps its code and path; a Kiosk error its hint; each its cause. */
export function errorFrom(e: WorkerError): Error {
  const cause = e.cause ? errorFrom(e.cause) : undefined;
  if (e.code) return Object.assign(new Error(e.message, cause ? { cause } : undefined), { code: e.code, ...(e.path ? { path: e.path } : {}) });
  return new KioskError(e.message, { ...(e.hint === undefined ? {} : { hint: e.hint }), ...(cause ? { cause } : {}) });
}

interface Slot {
  worker: Worker;
  inFlight: number;
  /** The chrome keys whose ticker this worker was sent. */
  tickersSent: Set<string>;
}

export class RenderPool {
  private batch: PageJob[] = [];
  private failure: Error | undefined;
  private waiting: (() => void)[] = [];
  private closed = false;

  private constructor(private readonly slots: Slot[]) {
    for (const slot of slots) {
      slot.worker.on("message", (reply: RenderWorkerReply) => {
        slot.inFlight--;
        if ("error" in reply) this.fail(errorFrom(reply.error));
        this.wake();
      });
      slot.worker.on("error", (cause) => this.fail(new KioskError(`a render worker failed: ${cause.message}`, { cause })));
      slot.worker.on("exit", (code) => {
        if (!this.closed) this.fail(new KioskError(`a render worker stopped with code ${code}`));
      });
    }
  }

  /** A pool for `pages` pages to render, or undefined when this build renders on one thread. */
  static start(data: RenderWorkerData, pages: number): RenderPool | undefined {
    const workers = workerCount();
    if (workers === 0 || pages < RENDER_POOL_THRESHOLD) return undefined;
    const slots = Array.from({ length: workers }, () => ({
      worker: new Worker(WORKER_URL, { workerData: data, resourceLimits: WORKER_LIMITS }),
      inFlight: 0,
      tickersSent: new Set<string>(),
    }));
    return new RenderPool(slots);
  }

  get threads(): number {
    return this.slots.length;
  }

  /** Queues a page; waits when every worker has enough to do. */
  async add(job: PageJob): Promise<void> {
    this.check();
    this.batch.push(job);
    if (this.batch.length >= BATCH_SIZE) await this.dispatch();
  }

  /** Waits until every page queued so far is written. */
  async settle(): Promise<void> {
    if (this.batch.length > 0) await this.dispatch();
    while (this.slots.some((s) => s.inFlight > 0)) {
      this.check();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.check();
  }

  /** Waits until every page is written, then stops the workers. */
  async finish(): Promise<void> {
    await this.settle();
    await this.close();
  }

  /** Stops the workers without waiting for their work (a failed build). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private async dispatch(): Promise<void> {
    let slot = this.idlest();
    while (slot.inFlight >= BATCHES_IN_FLIGHT_PER_WORKER) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      this.check();
      slot = this.idlest();
    }
    const batch = this.batch.map((job) => {
      if (!slot.tickersSent.has(job.chromeKey)) {
        slot.tickersSent.add(job.chromeKey);
        return job;
      }
      const { ticker: _ticker, tickerEdition: _edition, ...view } = job.view;
      return { ...job, view };
    });
    this.batch = [];
    slot.inFlight++;
    slot.worker.postMessage(batch satisfies RenderWorkerMessage);
  }

  private idlest(): Slot {
    return this.slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.wake();
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}
