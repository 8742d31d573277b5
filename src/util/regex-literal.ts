/** A text as a regular expression that matches it literally ("Vidéo." → "Vidéo\."). */
export function regexLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
