/** Issue 12: an article page lists others on the same topic — another event with the same subject — besides its story and its source. */
import { describe, expect, it } from "vitest";
import { assembleSite } from "../../src/assemble/assemble.js";
import type { ParsedArticle } from "../../src/model/article.js";
import { articleKeywords, keywordRules } from "../../src/text/keywords.js";
import { defaultConfig, parsedArticle } from "../helpers.js";

const config = defaultConfig();
const rules = keywordRules(config);
const article = (file: string, source: string, date: string, title: string, lede: string): ParsedArticle => {
  const a = parsedArticle({ file, source, date, title, body: [lede] });
  a.keywords = articleKeywords({ title, body: [lede] }, rules);
  return a;
};

describe("related by topic", () => {
  it("links another event on the same subject, never its own story or source, nor an article on another subject", () => {
    const site = assembleSite(
      [
        article(
          "a.txt",
          "Le360",
          "2020-10-01",
          "Casablanca : la ligne T3 du tramway entre en service",
          "La nouvelle ligne du tramway de Casablanca transporte ses premiers voyageurs.",
        ),
        article(
          "b.txt",
          "Médias24",
          "2020-09-10",
          "Casablanca : les travaux de la ligne T4 du tramway commencent",
          "Les travaux de la quatrième ligne du tramway de Casablanca ont commencé.",
        ),
        article("c.txt", "Le360", "2020-09-12", "Casablanca : le tramway T4 avance", "Le chantier de la ligne T4 du tramway de Casablanca progresse."),
        article(
          "d.txt",
          "Barlamane",
          "2020-09-30",
          "Agadir : la saison touristique bat des records",
          "Les hôtels d'Agadir affichent complet pour la saison touristique.",
        ),
      ],
      config,
    );
    const byFile = new Map(site.articles.map((a) => [a.file, a]));
    const topical = (file: string) => (site.topics.get(byFile.get(file)!) ?? []).map((a) => a.file);
    expect(topical("a.txt")).toEqual(["b.txt"]);
    expect(topical("d.txt")).toEqual([]);
  });
});
