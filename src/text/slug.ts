/**
 * Slugs: the readable last segment of a permalink. Latin letters lose their
 * accents, Arabic (and any other script's) letters are kept, everything else
 * becomes a hyphen. A slug can never contain "/", "." or "..", so it can never
 * point outside its folder.
 */

const MAX_SLUG_LENGTH = 80;

export function slugify(text: string, fallback = "article"): string {
  const slug = text
    .normalize("NFKC")
    // Latin letters lose their accents (é → e); other scripts keep their letters, hamza forms included.
    .replace(/[\u00C0-\u024F\u1E00-\u1EFF]/g, (ch) => ch.normalize("NFD").replace(/\p{M}+/gu, ""))
    // Arabic short vowels and tatweel are optional in writing: a slug drops them.
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return truncateSlug(slug) || fallback;
}

/**
 * A slug is one path segment, and file systems bound a segment in bytes (255), not characters: 80 letters of
 * an astral script take 320 bytes. This leaves room for a "-2" and for ".html" in any file name.
 */
export const MAX_SLUG_BYTES = 200;

const utf8Length = (text: string) => Buffer.byteLength(text, "utf8");

/** Cuts a long slug at the last hyphen before the limits (characters, then bytes), so words stay whole. */
function truncateSlug(slug: string): string {
  const chars = [...slug];
  if (chars.length <= MAX_SLUG_LENGTH && utf8Length(slug) <= MAX_SLUG_BYTES) return slug;
  const cut = chars.slice(0, MAX_SLUG_LENGTH);
  let bytes = utf8Length(cut.join(""));
  while (bytes > MAX_SLUG_BYTES) bytes -= utf8Length(cut.pop()!);
  const text = cut.join("");
  const lastHyphen = text.lastIndexOf("-");
  return (lastHyphen > text.length / 2 ? text.slice(0, lastHyphen) : text).replace(/-+$/, "");
}

/** A user-given slug is accepted only if it is already a clean slug, short enough for a path segment. */
export function isSafeSlug(slug: string): boolean {
  return /^[\p{L}\p{N}](?:[\p{L}\p{N}_-]{0,118}[\p{L}\p{N}])?$/u.test(slug) && utf8Length(slug) <= MAX_SLUG_BYTES;
}
