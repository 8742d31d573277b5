/**
 * Progress on stderr: a bar that redraws itself on a terminal; elsewhere (CI
 * logs) one plain line when each stage starts, so logs stay short.
 */
import type { Progress } from "../build.js";

const LABELS: Record<Progress["stage"], string> = { read: "Reading", render: "Rendering" };

export interface ProgressReporter {
  update(progress: Progress): void;
  /** Clears the bar before other output. */
  done(): void;
}

export function createProgressReporter(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, enabled: boolean): ProgressReporter {
  if (!enabled) return { update() {}, done() {} };
  let shown = false;
  let lastStage: string | undefined;
  let lastDraw = 0;
  if (stream.isTTY) {
    return {
      update({ stage, done, total }) {
        const now = Date.now();
        if (now - lastDraw < 80 && done < total) return;
        lastDraw = now;
        const width = 24;
        const filled = total > 0 ? Math.round((done / total) * width) : 0;
        stream.write(`\r${LABELS[stage]} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}\u001b[K`);
        shown = true;
      },
      done() {
        if (shown) stream.write("\r\u001b[K");
        shown = false;
      },
    };
  }
  return {
    update({ stage, total }) {
      if (stage === lastStage) return;
      lastStage = stage;
      stream.write(`${LABELS[stage]} ${total} ${stage === "read" ? "files" : "pages and feeds"}…\n`);
    },
    done() {},
  };
}
