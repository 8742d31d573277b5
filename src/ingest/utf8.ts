/**
 * Strict UTF-8 decoding with a useful error: a dump saved as Windows-1256 or
 * Latin-1, or a binary file, is reported with the line of its first bad byte.
 */

export type DecodeResult = { ok: true; text: string } | { ok: false; line: number; reason: string };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  // A stray NUL is a control character the cleaner strips; many of them mean a binary file.
  const nul = bytes.indexOf(0);
  if (nul !== -1 && looksBinary(bytes)) return { ok: false, line: lineAt(bytes, nul), reason: "it contains NUL bytes (a binary file?)" };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    return {
      ok: false,
      line: lineAt(bytes, offset),
      reason: `it is not valid UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0")} at offset ${offset})`,
    };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  let nuls = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      nuls++;
      if (bytes[i + 1] === 0 && bytes[i + 2] === 0 && bytes[i + 3] === 0) return true;
    }
  }
  return nuls > 2 && nuls > bytes.length / 100;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) return i;
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return bytes.length;
}
