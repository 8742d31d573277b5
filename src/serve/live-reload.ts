/**
 * Live reload for the dev server: a small script, injected into HTML only
 * while serving (never written into the built files), listens on a
 * server-sent-events endpoint; the server sends "reload" after each good
 * rebuild and "problem" with the message when a build fails.
 */
import type { ServerResponse } from "node:http";

export const EVENTS_PATH = "/__kiosk/events";

/** The script added before </body>; it shows a build error over the page until the next good build. */
export const LIVE_RELOAD_SCRIPT = `<script>
(() => {
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  events.addEventListener("reload", () => location.reload());
  events.addEventListener("problem", (e) => {
    let box = document.getElementById("kiosk-problem");
    if (!box) {
      box = document.createElement("pre");
      box.id = "kiosk-problem";
      box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1rem;background:#3b0a0a;color:#fff;font:14px/1.4 monospace;white-space:pre-wrap;z-index:2147483647";
      document.body.append(box);
    }
    box.textContent = "kiosk: the last build failed; this is the last good build.\\n\\n" + JSON.parse(e.data).message;
  });
})();
</script>`;

export class LiveReload {
  private readonly clients = new Set<ServerResponse>();
  /** The message of the failed build, shown to pages opened until the next good build. */
  problem: string | null = null;

  /** Answers a request to the events endpoint and keeps the connection. */
  connect(res: ServerResponse): void {
    res.writeHead(200, { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache", Connection: "keep-alive" });
    res.write(": kiosk live reload\n\n");
    if (this.problem) res.write(event("problem", { message: this.problem }));
    this.clients.add(res);
    res.on("close", () => this.clients.delete(res));
  }

  reload(): void {
    this.problem = null;
    this.broadcast(event("reload", {}));
  }

  fail(message: string): void {
    this.problem = message;
    this.broadcast(event("problem", { message }));
  }

  close(): void {
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private broadcast(text: string): void {
    for (const res of this.clients) res.write(text);
  }
}

function event(name: string, data: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** Adds the live-reload script to an HTML document, before </body> (or at the end). */
export function injectScript(html: string): string {
  const at = html.lastIndexOf("</body>");
  return at === -1 ? html + LIVE_RELOAD_SCRIPT : `${html.slice(0, at)}${LIVE_RELOAD_SCRIPT}\n${html.slice(at)}`;
}
