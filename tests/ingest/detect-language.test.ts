/** Telling a text's language when nothing says it: the script first, then the frequent words of each language. */
import { describe, expect, it } from "vitest";
import { createLanguageDetector } from "../../src/text/detect-language.js";
import { defaultConfig } from "../helpers.js";

const detect = createLanguageDetector(defaultConfig().languages);

describe("language detection", () => {
  it("tells Arabic by its script, even with Latin words and digits in it", () => {
    expect(detect("ارتفاع أسعار الدواجن يجر وزير الفلاحة للمساءلة", 1)).toBe("ar");
    expect(detect("ميناء طنجة المتوسط Tanger Med يستقبل 2020 سفينة", 1)).toBe("ar");
  });

  it("tells Latin-script languages by their frequent words, and says nothing without a clear lead", () => {
    expect(detect("Le port de Tanger Med ouvre deux nouveaux terminaux pour les conteneurs", 1)).toBe("fr");
    expect(detect("El puerto de Tánger Med ampliará su capacidad con dos nuevas terminales", 1)).toBe("es");
    expect(detect("The port of Tanger Med will add two container terminals", 1)).toBe("en");
    expect(detect("Tanger Med", 1)).toBeUndefined();
  });

  it("counts French 'en' (Spanish says it too): a French headline without accents is French, not a tie with Spanish", () => {
    expect(detect("Les exportations de phosphate brut atteignent 600 000 tonnes en septembre", 1)).toBe("fr");
    expect(detect("Casablanca : mise en service de la ligne T3 du tramway", 1)).toBe("fr");
    expect(detect("Rescatados 52 migrantes en una patera al sur de Gran Canaria", 1)).toBe("es");
  });

  it("tells French from Spanish where 'la' is all they share, by what Spanish never writes", () => {
    expect(detect("Stade Miloud-Hadefi : la pelouse hybride sera remplacée", 1)).toBe("fr");
    expect(detect("La médina rénovée rouvre ses portes", 1)).toBe("fr");
    // (Nor is a Spanish text French for its "la": Spanish says it as often.)
    expect(detect("La pelota de la final", 1)).not.toBe("fr");
  });

  it("does not take Boeing for an English gerund, nor Spanish 'a' for English", () => {
    expect(detect("Royal Air Maroc commande 20 Boeing 737 MAX", 1)).not.toBe("en");
    expect(detect("Air Algérie réceptionne son premier Boeing 737 MAX", 1)).not.toBe("en");
    // (Spanish "a" is English "a" too: alone, it leaves the text without a language rather than English.)
    expect(detect("Marruecos vence 2-0 a Zambia", 1)).not.toBe("en");
    expect(detect("Marruecos vence a Zambia en la final", 1)).toBe("es");
    expect(detect("Royal Air Maroc is ordering Boeing jets", 1)).toBe("en");
  });

  it("is not Arabic for a Latin text that quotes an Arabic word, and has no language without letters", () => {
    expect(detect("Le mot « ميناء » veut dire port, et les dockers de Tanger le disent tous les jours", 1)).toBe("fr");
    expect(detect("2020 — 868.000 / 12,8 %", 1)).toBeUndefined();
    expect(detect("", 1)).toBeUndefined();
  });

  it("counts letters outside the Basic Multilingual Plane once, and emoji not at all", () => {
    // Mathematical bold letters are letters (two UTF-16 units each); emoji are not.
    expect(detect("𝐋𝐞 𝐩𝐨𝐫𝐭 🚢🚢🚢", 1)).toBeUndefined();
    expect(detect("🚢 ميناء 🚢", 1)).toBe("ar");
  });

  it("reads words as the runs of letters between any other characters, odd ones included", () => {
    // The words as `split(/[^\p{L}]+/u)` reads them, scored language by language: what the detector does in one pass.
    const config = defaultConfig();
    const reference = (text: string): string | undefined => {
      const lower = text.toLowerCase();
      const words = lower.split(/[^\p{L}]+/u);
      const scores = Object.entries(config.languages)
        .filter(([, rules]) => rules.dir === "ltr" && rules.stopwords.length + rules.markers.length > 0)
        .map(([code, rules]) => {
          const stopwords = new Set(rules.stopwords);
          let score = words.filter((w) => stopwords.has(w)).length;
          for (const marker of rules.markers) score += lower.match(new RegExp(marker, "gu"))?.length ?? 0;
          return { code, score };
        });
      const sorted = [...scores].sort((a, b) => b.score - a.score);
      const best = scores.find((s) => s.score === sorted[0]!.score)!;
      return best.score >= 1 && best.score > (sorted[1]?.score ?? 0) ? best.code : undefined;
    };
    const pieces = ["de", "la", "the", "of", "el", "los", "\uD835\uDC0B", "\uD800", "\uDC00", "e\u0301", "’", "'", "-", " ", "ñ", "and", "und", "É", "ﬁ"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      let text = "";
      for (let k = next() % 12; k > 0; k--) text += pieces[next() % pieces.length];
      expect(detect(text, 1), JSON.stringify(text)).toBe(reference(text));
    }
  });
});
