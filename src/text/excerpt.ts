/** A short plain-text excerpt of an article: its first paragraph, cut at a word boundary. */

const EXCERPT_LENGTH = 220;

export function excerpt(body: readonly string[], flags: readonly string[] = [], max = EXCERPT_LENGTH): string {
  return excerptOfLede(ledeOf(body, max), flags);
}

/** The first paragraph, cut at a word boundary: what an excerpt shows of the text (kept apart when the text is stored). */
export function ledeOf(body: readonly string[], max = EXCERPT_LENGTH): string {
  const first = body[0] ?? "";
  return first.length <= max ? first : shorten(first, max);
}

/** The excerpt of an article whose cut first paragraph is `lede`. */
export function excerptOfLede(lede: string, flags: readonly string[] = []): string {
  // A lede the scraper cut at its start reads as a continuation.
  return flags.includes("truncated-lede") ? `…${lede}` : lede;
}

function shorten(text: string, max: number): string {
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}
