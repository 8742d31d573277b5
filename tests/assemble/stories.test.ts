/**
 * Story grouping on a labelled set written for this project: articles about
 * the same events from several sources in French, Spanish, English and Arabic,
 * and articles about other events that share words, places or numbers. Every
 * pair is labelled same story / different story by its `story` field; the test
 * reports precision and recall, and holds precision at 1 (a wrong merge is
 * worse than a missed one) and recall above a floor.
 */
import { describe, expect, it } from "vitest";
import { assembleSite } from "../../src/assemble/assemble.js";
import type { ParsedArticle } from "../../src/model/article.js";
import { defaultConfig, parsedArticle } from "../helpers.js";

interface Labelled {
  story: string;
  lang: string;
  source: string;
  date: string;
  title: string;
  lede: string;
}

const SET: Labelled[] = [
  {
    story: "marrakech-airport",
    lang: "fr",
    source: "Le360",
    date: "2020-10-03",
    title: "Aéroport de Marrakech : des records d'arrivées attendus, 868.000 passagers",
    lede: "L'aéroport de Marrakech-Ménara prévoit 868.000 passagers pendant les vacances d'automne.",
  },
  {
    story: "marrakech-airport",
    lang: "es",
    source: "Europa Press",
    date: "2020-10-03",
    title: "El aeropuerto de Marrakech prevé récords de llegadas: 868,000 pasajeros",
    lede: "El aeropuerto de Marrakech-Menara prevé recibir 868,000 pasajeros durante las vacaciones de otoño.",
  },
  {
    story: "marrakech-airport",
    lang: "en",
    source: "Morocco World News",
    date: "2020-10-04",
    title: "Marrakech airport expects record arrivals of 868,000 passengers",
    lede: "Marrakech-Menara airport expects 868 000 passengers over the autumn holidays.",
  },
  {
    story: "marrakech-airport",
    lang: "fr",
    source: "Hespress FR",
    date: "2020-10-03",
    title: "Marrakech-Ménara attend un record de passagers pour les vacances d'automne",
    lede: "Le record d'arrivées de passagers à l'aéroport de Marrakech-Ménara est attendu pour les vacances d'automne.",
  },
  {
    story: "tanger-med",
    lang: "fr",
    source: "Barlamane",
    date: "2020-09-30",
    title: "Tanger Med dépasse pour la première fois les 500 000 conteneurs en un mois",
    lede: "Le complexe portuaire Tanger Med a traité plus de 500 000 conteneurs au cours du mois de septembre.",
  },
  {
    story: "tanger-med",
    lang: "es",
    source: "El Faro de Ceuta",
    date: "2020-10-01",
    title: "Tánger Med supera por primera vez los 500.000 contenedores en un mes",
    lede: "El complejo portuario de Tánger Med ha superado en septiembre los 500.000 contenedores.",
  },
  {
    story: "tanger-med",
    lang: "ar",
    source: "هسبريس",
    date: "2020-10-01",
    title: "ميناء طنجة المتوسط يتجاوز لأول مرة عتبة 500 ألف حاوية في شهر واحد",
    lede: "تمكن مركب طنجة المتوسط المينائي من معالجة أكثر من 500 ألف حاوية خلال شهر شتنبر.",
  },
  {
    story: "tanger-med",
    lang: "ar",
    source: "اليوم 24",
    date: "2020-10-01",
    title: "طنجة المتوسط: أكثر من 500 ألف حاوية في شهر شتنبر",
    lede: "عالج ميناء طنجة المتوسط أكثر من 500 ألف حاوية خلال شهر شتنبر في رقم قياسي.",
  },
  {
    story: "cotton",
    lang: "en",
    source: "Ahram Online",
    date: "2020-09-28",
    title: "Egyptian cotton exports up 12 percent this season",
    lede: "Egyptian cotton exports rose 12 percent so far this season, the Cotton Exporters Association said.",
  },
  {
    story: "cotton",
    lang: "ar",
    source: "الأهرام",
    date: "2020-09-28",
    title: "ارتفاع صادرات القطن المصري بنسبة 12 في المائة خلال الموسم الحالي",
    lede: "ارتفعت صادرات القطن المصري بنسبة 12 في المائة حسب اتحاد مصدري الأقطان.",
  },
  {
    story: "cotton",
    lang: "ar",
    source: "مصراوي",
    date: "2020-09-29",
    title: "صادرات القطن المصري ترتفع خلال الموسم الحالي",
    lede: "أعلن اتحاد مصدري الأقطان ارتفاع صادرات القطن المصري خلال الموسم الحالي بفضل الطلب الآسيوي.",
  },
  {
    story: "solar",
    lang: "es",
    source: "EFE",
    date: "2020-09-29",
    title: "Marruecos licita una nueva central solar de 230 megavatios en Uarzazat",
    lede: "La agencia marroquí de energía sostenible ha abierto la licitación de una central solar de 230 megavatios.",
  },
  {
    story: "solar",
    lang: "en",
    source: "North Africa Post",
    date: "2020-09-29",
    title: "Morocco tenders a new 230-megawatt solar plant near Ouarzazate",
    lede: "Morocco's sustainable energy agency has opened bidding for a new 230-megawatt solar plant.",
  },
  {
    story: "metro",
    lang: "en",
    source: "Ahram Online",
    date: "2020-10-03",
    title: "Cairo opens three new stations on Metro Line 3",
    lede: "Egypt's National Authority for Tunnels opened three new stations on Cairo Metro Line 3.",
  },
  {
    story: "metro-fr",
    lang: "fr",
    source: "Le360",
    date: "2020-10-03",
    title: "Le Caire inaugure un musée d'art moderne",
    lede: "Le Caire a inauguré samedi un musée consacré à l'art moderne égyptien.",
  },
  {
    story: "casablanca-tram",
    lang: "fr",
    source: "Médias24",
    date: "2020-10-02",
    title: "Casablanca : le tramway T3 entre en service",
    lede: "La ligne T3 du tramway de Casablanca a transporté ses premiers voyageurs vendredi.",
  },
  {
    story: "casablanca-budget",
    lang: "fr",
    source: "Le360",
    date: "2020-10-02",
    title: "Casablanca : le budget 2021 de la ville adopté",
    lede: "Le conseil de la ville de Casablanca a adopté le budget de l'année 2021.",
  },
  {
    story: "marrakech-festival",
    lang: "fr",
    source: "Barlamane",
    date: "2020-10-03",
    title: "Marrakech accueille un festival de cinéma en ligne",
    lede: "Le festival de Marrakech se tiendra en ligne cette année, avec 500 films au programme.",
  },
  {
    story: "arrivals-agadir",
    lang: "es",
    source: "EFE",
    date: "2020-10-03",
    title: "Agadir espera 120.000 pasajeros en otoño",
    lede: "El aeropuerto de Agadir prevé 120.000 pasajeros durante las vacaciones.",
  },
  {
    story: "ceuta",
    lang: "es",
    source: "EFE",
    date: "2020-09-30",
    title: "Ceuta y Melilla piden un calendario para reabrir las fronteras",
    lede: "Los gobiernos de Ceuta y Melilla han pedido un calendario para la reapertura de los pasos fronterizos.",
  },
  {
    story: "ceuta",
    lang: "es",
    source: "Europa Press",
    date: "2020-09-30",
    title: "Ceuta y Melilla reclaman un calendario de reapertura de las fronteras",
    lede: "Ceuta y Melilla reclaman al Gobierno un calendario para reabrir las fronteras terrestres con Marruecos.",
  },
];

function parsed(item: Labelled, i: number): ParsedArticle {
  const { title, source, date, lang, lede } = item;
  return parsedArticle({ file: `story-${String(i).padStart(2, "0")}.txt`, title, source, date, lang, body: [lede] });
}

describe("story grouping on the labelled pairs", () => {
  it("is precise (no wrong merge) and finds most same-story pairs", () => {
    const site = assembleSite(SET.map(parsed), defaultConfig());
    const storyOfFile = new Map(site.articles.map((a) => [a.file, a.story]));
    let truePositive = 0;
    let falsePositive = 0;
    let falseNegative = 0;
    const wrong: string[] = [];
    for (let i = 0; i < SET.length; i++) {
      for (let j = i + 1; j < SET.length; j++) {
        const labelled = SET[i]!.story === SET[j]!.story;
        const predicted = storyOfFile.get(`story-${String(i).padStart(2, "0")}.txt`) === storyOfFile.get(`story-${String(j).padStart(2, "0")}.txt`);
        if (labelled && predicted) truePositive++;
        else if (predicted) {
          falsePositive++;
          wrong.push(`merged: ${SET[i]!.title} / ${SET[j]!.title}`);
        } else if (labelled) {
          falseNegative++;
          if (process.env.KIOSK_DEBUG_STORIES) console.log(`missed: ${SET[i]!.title} / ${SET[j]!.title}`);
        }
      }
    }
    const precision = truePositive / Math.max(1, truePositive + falsePositive);
    const recall = truePositive / Math.max(1, truePositive + falseNegative);
    console.log(
      `story grouping on ${SET.length} labelled articles: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (${truePositive} of ${truePositive + falseNegative} same-story pairs found, ${falsePositive} wrong merges)`,
    );
    expect(wrong).toEqual([]);
    expect(precision).toBe(1);
    expect(recall).toBeGreaterThanOrEqual(0.6);
  });
});

describe("home ordered by coverage", () => {
  it("shows each story once, the stories most sources covered first", async () => {
    const { planRoutes } = await import("../../src/plan/plan.js");
    const site = assembleSite(SET.map(parsed), defaultConfig({ homeOrder: "coverage", pageSize: 100 }));
    const home = planRoutes(site).find((r) => r.kind === "list" && r.list === "home")!;
    const leads = home.kind === "list" ? home.articles : [];
    expect(leads).toHaveLength(site.stories.length);
    // The Marrakech airport story has four sources: it leads.
    expect(leads[0]!.story).toBe(site.articles.find((a) => a.title.startsWith("Aéroport de Marrakech"))!.story);
  });
});
