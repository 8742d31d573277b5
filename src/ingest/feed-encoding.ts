/**
 * The character encoding of a saved or downloaded feed. Most feeds are UTF-8, but the
 * region's older publishers still serve ISO-8859-1, windows-1252 or windows-1256, and say so
 * in the XML declaration (`<?xml version="1.0" encoding="windows-1256"?>`) or in the HTTP
 * Content-Type. Order: a byte-order mark; bytes that are valid UTF-8 (text in a single-byte
 * encoding almost never is, and servers often name the wrong charset); the HTTP charset; the
 * XML declaration. The text handed on is a string, and the declaration is rewritten to UTF-8
 * so that a saved copy says what it is.
 */

export type FeedDecoding = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes feed bytes; `httpCharset` is the Content-Type's charset parameter, when downloaded. */
export function decodeFeedBytes(bytes: Uint8Array, httpCharset?: string | null): FeedDecoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes.subarray(3), "utf-8");
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return decodeAs(bytes.subarray(2), bytes[0] === 0xff ? "utf-16le" : "utf-16be");
  const declared = declaredEncoding(bytes);
  const http = httpCharset?.trim().toLowerCase() || undefined;
  const candidates = ["utf-8", http, declared].filter((c): c is string => c !== undefined);
  let first: FeedDecoding | undefined;
  for (const encoding of [...new Set(candidates)]) {
    const decoded = decodeAs(bytes, encoding);
    if (decoded.ok) return decoded;
    first ??= decoded;
  }
  return first!;
}

/** The encoding named in the XML declaration, read from its ASCII bytes. */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 200)).toString("latin1");
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1]?.toLowerCase();
}

function decodeAs(bytes: Uint8Array, encoding: string): FeedDecoding {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    // Single-byte encodings decode any bytes; only UTF-8 can be told wrong, so only it is strict.
    decoder = /^utf-?8$/.test(encoding) ? UTF8 : new TextDecoder(encoding);
  } catch {
    return { ok: false, reason: `the encoding "${encoding}" is unknown` };
  }
  try {
    const text = decoder.decode(bytes);
    return { ok: true, text: /^utf-?8$/.test(encoding) ? text : saysUtf8(text), encoding: decoder.encoding };
  } catch {
    return { ok: false, reason: `it is not valid ${encoding.toUpperCase()}` };
  }
}

/** The text's XML declaration, if any, rewritten to name UTF-8 (the text is a string now). */
function saysUtf8(text: string): string {
  return text.replace(/^(\s*<\?xml[^>]*\bencoding\s*=\s*["'])[A-Za-z0-9._:-]+(["'])/, "$1UTF-8$2");
}
