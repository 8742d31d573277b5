/** Issue 15: an error thrown on a render worker reaches the main thread whole — message, hint, a system error's code and path, and its causes. */
import { describe, expect, it } from "vitest";
import { KioskError, formatError } from "../../src/diagnostics.js";
import { errorFrom, type WorkerError } from "../../src/render/render-pool.js";

describe("errors from render workers", () => {
  it("keep a system error's code and path, so the command line can say what the machine refused", () => {
    const error = errorFrom({ message: "ENOSPC: no space left on device, write", code: "ENOSPC", path: "/out/x.html" }) as Error & {
      code?: string;
      path?: string;
    };
    expect(error.code).toBe("ENOSPC");
    expect(error.path).toBe("/out/x.html");
  });

  it("keep a template error's hint and its cause", () => {
    const data: WorkerError = {
      message: "templates/article.njk:3:24: rendering /x/ failed",
      hint: "Fix the template.",
      cause: { message: '"article.subtitle" is undefined' },
    };
    const error = errorFrom(data);
    expect(error).toBeInstanceOf(KioskError);
    expect((error as KioskError).hint).toBe("Fix the template.");
    expect(formatError(error)).toContain('caused by: "article.subtitle" is undefined');
  });
});
