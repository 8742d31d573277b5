/**
 * schema.org NewsArticle as JSON-LD. The JSON goes inside a <script> element,
 * so `<`, `>` and `&` are written as \u escapes: scraped text can never close
 * the element or open a comment, whatever it holds.
 */

export interface NewsArticleInput {
  headline: string;
  url: string;
  datePublished: string;
  inLanguage: string;
  description: string;
  publisherName: string;
  publisherUrl: string;
  sourceName: string;
  sourceUrl: string | null;
  /** The original article, when known. */
  isBasedOn: string | null;
  image: string | null;
  keywords: string[];
}

export function newsArticleJsonLd(a: NewsArticleInput): string {
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: a.headline,
    url: a.url,
    mainEntityOfPage: a.url,
    datePublished: a.datePublished,
    inLanguage: a.inLanguage,
    description: a.description,
    publisher: { "@type": "Organization", name: a.publisherName, url: a.publisherUrl },
    sourceOrganization: { "@type": "Organization", name: a.sourceName, ...(a.sourceUrl ? { url: a.sourceUrl } : {}) },
    author: { "@type": "Organization", name: a.sourceName },
    ...(a.isBasedOn ? { isBasedOn: a.isBasedOn } : {}),
    ...(a.image ? { image: [a.image] } : {}),
    ...(a.keywords.length > 0 ? { keywords: a.keywords } : {}),
  };
  return serializeForScript(data);
}

/** JSON that is safe as the text of a <script> element. */
export function serializeForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
