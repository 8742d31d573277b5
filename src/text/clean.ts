/**
 * Cleaning scraped text: the dumps carry byte-order marks, Windows line endings,
 * HTML entities, zero-width and bidi-control characters and odd whitespace.
 * Everything here returns plain text; escaping for output happens at render time.
 */
import { decodeHTML } from "entities";

/** Characters XML 1.0 forbids, plus the noncharacters U+FFFE/U+FFFF and unpaired surrogates. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** C1 controls: legal in XML 1.0 but never meaningful in text, and invisible. */
const C1_CONTROLS = /[\u007F-\u009F]/g;
/** Zero-width characters and the soft hyphen: invisible, and they break matching and slugs. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Bidi embedding, override and isolate controls: they can make text display as something else. */
const BIDI_CONTROLS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

export function stripXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, "");
}

export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** Removes invisible and control characters (newlines and tabs are kept). */
export function stripInvisible(text: string): string {
  return stripXmlForbidden(text).replace(C1_CONTROLS, "").replace(ZERO_WIDTH, "").replace(BIDI_CONTROLS, "");
}

/**
 * One line of scraped text as plain text: entities decoded (once: `&amp;lt;`
 * stays `&lt;`), invisible characters removed, composed to Unicode NFC (so
 * "é" and "أ" are one code point in every output), whitespace runs collapsed
 * to one space (a lone no-break space, which French typography puts before
 * `:`, stays), trimmed.
 */
export function cleanLine(line: string): string {
  return stripInvisible(decodeHTML(line))
    .normalize("NFC")
    .replace(/\s+/g, (run) => (run === "\u00A0" || run === "\u202F" ? run : " "))
    .trim();
}

/** Eastern Arabic (٠-٩) and Persian (۰-۹) digits to ASCII, for reading dates. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/**
 * A matching key: the same text however it was spaced, cased, punctuated or
 * accented. Arabic diacritics and tatweel go, alef/ya/ta-marbuta variants fold.
 */
export function matchKey(text: string): string {
  return stripInvisible(text)
    .normalize("NFKD")
    .toLowerCase()
    .replace(/\p{M}+/gu, "")
    .replace(/[\u0640]/g, "")
    .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
    .replace(/\u0649/g, "\u064A")
    .replace(/\u0629/g, "\u0647")
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
