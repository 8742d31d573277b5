import { describe, expect, it } from "vitest";
import { isTickerLine, splitTicker } from "../../src/ingest/ticker.js";

const NB = "\u00a0";

describe("splitTicker", () => {
  it("splits on runs of four or more whitespace characters of any kind", () => {
    expect(splitTicker(`Un${NB.repeat(4)}Deux    Trois\t\t\t\tQuatre${NB} ${NB} Cinq`)).toEqual(["Un", "Deux", "Trois", "Quatre", "Cinq"]);
  });

  it("splits on two or three tabs too, as scrapers that keep a page's cells write them; a single tab stays inside", () => {
    expect(splitTicker("Un titre\t\tDeux\t\t\tTrois\t \tQuatre")).toEqual(["Un titre", "Deux", "Trois", "Quatre"]);
    expect(splitTicker("Un\ttitre seul")).toEqual(["Un titre seul"]);
    expect(isTickerLine("Un titre\t\t\tUn autre")).toBe(true);
    expect(isTickerLine("Un\ttitre")).toBe(false);
  });

  it("keeps shorter runs inside a headline, collapsed to one space; a lone no-break space before ':' stays", () => {
    expect(splitTicker(`Le  Maroc${NB}:${NB}${NB}un titre    Autre`)).toEqual([`Le Maroc${NB}: un titre`, "Autre"]);
  });

  it("drops empty slots marked by runs of eight or more, and separator-only items", () => {
    expect(splitTicker(`A${NB.repeat(8)}B${NB.repeat(16)}C    -    D`)).toEqual(["A", "B", "C", "D"]);
  });

  it("keeps a cut-off last headline", () => {
    expect(splitTicker("Premier titre    Le dernier titre coup")).toEqual(["Premier titre", "Le dernier titre coup"]);
  });

  it("handles a very long line in linear time", () => {
    const line = Array.from({ length: 20_000 }, (_, i) => `Titre numéro ${i}`).join(NB.repeat(5));
    expect(splitTicker(line)).toHaveLength(20_000);
  });
});

describe("isTickerLine", () => {
  it("is true only for lines with a separator between text", () => {
    expect(isTickerLine(`Un${NB.repeat(4)}Deux`)).toBe(true);
    expect(isTickerLine("Un titre ordinaire")).toBe(false);
    expect(isTickerLine("Un titre suivi d'espaces      ")).toBe(false);
  });
});
