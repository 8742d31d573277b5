/**
 * One guarded GET for `kiosk fetch`: redirects followed by hand (at most `maxRedirects`, each
 * hop's scheme and address checked by network-guard.ts), one deadline for the whole request,
 * the body capped in bytes as it arrives (compressed or not), and the Content-Type's charset
 * handed on for decoding.
 */
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Readable } from "node:stream";
import { checkLiteralHost, guardedLookup } from "./network-guard.js";

export interface GetOptions {
  headers: Record<string, string>;
  /** Milliseconds for everything, redirects included. */
  timeoutMs: number;
  /** Bytes the (decompressed) body may have. */
  maxBytes: number;
  maxRedirects: number;
  /** Allow loopback, private and link-local destinations (a feed on the intranet, a test). */
  allowPrivateNetworks: boolean;
}

export interface GetResult {
  status: number;
  statusText: string;
  /** The URL that answered, after redirects. */
  url: string;
  header(name: string): string | null;
  charset: string | null;
  body: Buffer;
}

export class TimeoutError extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = "TimeoutError";
  }
}

export async function guardedGet(url: string, options: GetOptions): Promise<GetResult> {
  const deadline = Date.now() + options.timeoutMs;
  let current = new URL(url);
  for (let hop = 0; ; hop++) {
    if (current.protocol !== "http:" && current.protocol !== "https:")
      throw new Error(`refused to follow a redirect to ${current.protocol} (only http and https)`);
    checkLiteralHost(current, options.allowPrivateNetworks);
    const response = await send(current, options, deadline);
    const location = response.headers.location;
    if (response.statusCode! >= 300 && response.statusCode! < 400 && response.statusCode !== 304 && location) {
      response.resume();
      if (hop >= options.maxRedirects) throw new Error(`more than ${options.maxRedirects} redirects`);
      current = new URL(location, current);
      continue;
    }
    const body = response.statusCode === 304 ? Buffer.alloc(0) : await readCapped(response, options.maxBytes, deadline, options.timeoutMs);
    const type = String(response.headers["content-type"] ?? "");
    return {
      status: response.statusCode!,
      statusText: response.statusMessage ?? "",
      url: current.href,
      header: (name) => {
        const value = response.headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
      },
      charset: /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1] ?? null,
      body,
    };
  }
}

function send(url: URL, options: GetOptions, deadline: number): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = url.protocol === "https:" ? httpsRequest : httpRequest;
    const req = request(
      url,
      { method: "GET", headers: { ...options.headers, "Accept-Encoding": "gzip, deflate, br" }, lookup: guardedLookup(options.allowPrivateNetworks) as never },
      resolve,
    );
    const timer = setTimeout(() => req.destroy(new TimeoutError(options.timeoutMs)), Math.max(0, deadline - Date.now()));
    req.once("response", () => clearTimeout(timer));
    req.once("error", (cause) => {
      clearTimeout(timer);
      reject(cause);
    });
    req.end();
  });
}

/** Reads a body, decompressed, stopping at the size cap even when the server did not say how big it is. */
function readCapped(response: IncomingMessage, maxBytes: number, deadline: number, timeoutMs: number): Promise<Buffer> {
  const length = Number(response.headers["content-length"] ?? "0");
  if (length > maxBytes) {
    response.destroy();
    return Promise.reject(new Error(`the feed is ${length} bytes, over the limit of ${maxBytes}`));
  }
  const encoding = String(response.headers["content-encoding"] ?? "").toLowerCase();
  const stream: Readable =
    encoding === "gzip"
      ? response.pipe(createGunzip())
      : encoding === "deflate"
        ? response.pipe(createInflate())
        : encoding === "br"
          ? response.pipe(createBrotliDecompress())
          : response;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const fail = (cause: Error) => {
      clearTimeout(timer);
      response.destroy();
      stream.destroy();
      reject(cause);
    };
    const timer = setTimeout(() => fail(new TimeoutError(timeoutMs)), Math.max(0, deadline - Date.now()));
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return fail(new Error(`the feed is over the limit of ${maxBytes} bytes`));
      chunks.push(chunk);
    });
    stream.once("end", () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    stream.once("error", fail);
    response.once("error", fail);
  });
}
