/**
 * The labels outlets put before a headline — "Vidéo.", "Exclusif :", "BREAKING:", "Última hora:", "عاجل:",
 * "بالفيديو..", "[Photos]" — say how a story is told, not what happened: two different events both "BREAKING" share
 * that word, and "Última hora" reads as hours. Story evidence reads a headline without them. A label counts only
 * with its separator (":", ".", "..", "|", or a dash between spaces) or in brackets, then a space, so "Vidéo
 * surveillance : …", "Direct Assurance" and "Photo-finish" keep their first word.
 */

import { regexLiteral } from "../util/regex-literal.js";

/** Words outlets label a headline with, in the four languages, as written (case aside). */
const LABELS = [
  ...["vidéo", "vidéos", "photos", "photo", "exclusif", "exclusive", "urgent", "direct", "en direct", "flash", "infographie", "audio"],
  ...["última hora", "urgente", "exclusiva", "en directo", "en vivo", "vídeo", "fotos"],
  ...["breaking", "breaking news", "video", "watch", "live", "update", "just in"],
  ...["عاجل", "بالفيديو", "فيديو", "بالصور", "صور", "حصري", "مباشر", "خبر عاجل"],
];

/** One or more labels at the start of a headline, each with its separator, or a short word in brackets ("[Photos]", "(Vidéo)"). */
const LEADING_LABELS = new RegExp(
  `^\\s*(?:(?:\\[[^\\]]{1,20}\\]|\\([^)]{1,20}\\))\\s+|(?:${LABELS.map(regexLiteral).join("|")})(?:\\s*\\.\\.+\\s*|\\s*[:.|]\\s+|\\s+[-–—]\\s+))+`,
  "iu",
);

/** A headline without the labels before it; the headline itself when it has none, or when nothing would be left. */
export function withoutLabel(text: string): string {
  const match = LEADING_LABELS.exec(text);
  if (!match) return text;
  const rest = text.slice(match[0].length);
  return rest.trim() === "" ? text : rest;
}
