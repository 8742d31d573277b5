/**
 * The figures of story evidence, as the pair decision reads them (see story-decision.ts): a number's mark and margin
 * ("~500" is about 500, ">115000000000" more than 115 billion), whether two marked figures can be one, a count's
 * thing and figure ("k:migration=45"), and whether two texts count one thing differently.
 */
import type { TokenTable } from "./story-decision.js";

/** Whether a number token ("#868000", "#~3.6") has two significant digits or more: few events share it by chance. */
export function isPrecise(number: string): boolean {
  return (
    number
      .replace(/^#[~>]?/, "")
      .replace(".", "")
      .replace(/^0+/, "")
      .replace(/0+$/, "").length >= 2
  );
}

/**
 * Whether `value` can be what a number said with `mark` means: "~" within a tenth of it ("près de 500": 497), ">" from
 * it to a third more ("plus de 2 millions": 2.3 million; not 1.9), "" itself.
 */
function withinMargin(mark: string, figure: number, value: number): boolean {
  if (mark === "~") return Math.abs(figure - value) <= 0.1 * Math.max(figure, value);
  if (mark === ">") return value >= figure && value <= figure * 1.3;
  return figure === value;
}

/** A figure written from `at` and its mark: a number token's from 1 ("#>115000000000" → ">", 115000000000), a count's after its "=". */
export function markedFigure(text: string, at: number): { mark: string; figure: number } {
  const mark = text.charAt(at) === "~" || text.charAt(at) === ">" ? text.charAt(at) : "";
  return { mark, figure: Number(text.slice(at + mark.length)) };
}

/** Whether two marked figures can be one ("~500" and "497"; ">115 billion" and "117.7 billion"; not "112 billion"). */
export function sameFigure(x: { mark: string; figure: number }, y: { mark: string; figure: number }): boolean {
  return withinMargin(x.mark, x.figure, y.figure) || withinMargin(y.mark, y.figure, x.figure);
}

/**
 * A count of ten or more ("48 degrés", "48 درجة": temperature = 48), or a percentage whatever its value ("l'inflation
 * recule à 5 %", "التضخم يتراجع إلى 5 بالمائة"): when two texts both say it, a figure of the event like a significant
 * number (a smaller count, "3 morts", is said of too many events).
 */
export function isFigure(count: string): boolean {
  const at = count.indexOf("=");
  if (count.startsWith("k:month-")) return false; // A date is said of many events.
  if (count.startsWith("k:range=")) return true; // Not so a range of days ("du 2 au 5 juin").
  const { mark, figure } = markedFigure(count, at + 1); // (Not a count said as an approximation.)
  return (mark === "" && figure >= 10) || count.slice(0, at) === "k:percent";
}

/** What a count token counts, how many, and with what mark ("k:migration=~500" → "k:migration", 500, "~"). */
function countOf(id: number, table: TokenTable): { thing: string; figure: number; mark: string } {
  const text = table.text[id]!;
  const at = text.indexOf("=");
  return { thing: text.slice(0, at), ...markedFigure(text, at + 1) };
}

/**
 * Whether two count tokens can be one count: of one thing, and the same figure or one within the other's margin. A
 * count of people is one of whoever the other text says they are, said exactly ("17 شخصا" and "17 حراقا", migrants).
 */
function sameCount(x: number, y: number, table: TokenTable): boolean {
  if (x === y) return true;
  const [cx, cy] = [countOf(x, table), countOf(y, table)];
  if (cx.thing !== cy.thing) {
    const people = (cx.thing === "k:people" && PERSONS.has(cy.thing)) || (cy.thing === "k:people" && PERSONS.has(cx.thing));
    return people && cx.mark === "" && cy.mark === "" && cx.figure === cy.figure;
  }
  return sameFigure(cx, cy);
}
/** Counts of people said as who they are (migrants, the dead, the hurt, passengers …). */
const PERSONS: ReadonlySet<string> = new Set(["k:migration", "k:death", "k:injured", "k:passenger", "k:missing", "k:pilgrimage", "k:teacher"]);

/** Figures by what they are: a range of days ("k:range=6:2-5"), an amount of money ("k:currency=12"), or another. */
export type FigureKind = "range" | "amount" | "other";
const kindOfFigure = (text: string): FigureKind => (text.startsWith("k:range=") ? "range" : text.startsWith("k:currency=") ? "amount" : "other");

/**
 * Whether two texts say a figure of one kind and one thing: the same, or one said approximately within its margin of the
 * other's ("un tiers", 33 %).
 */
export function sharesFigure(a: readonly number[], b: readonly number[], table: TokenTable, kind: FigureKind): boolean {
  return a.some((x) => kindOfFigure(table.text[x]!) === kind && b.some((y) => sameCount(x, y, table)));
}

/**
 * Whether the two texts count one thing differently: no count of it in one is the other's (or, approximately, near it).
 * `only`: of these things only ("k:tonnes").
 */
export function countsDiffer(a: readonly number[], b: readonly number[], table: TokenTable, only?: ReadonlySet<string>): boolean {
  // (A change said in basis points is a percentage that differs from no rate's level: "cut by 25 basis points" and "to
  // 2.25 %" are one cut.)
  const inBasisPoints = a.some((x) => countOf(x, table).thing === "k:bp") || b.some((y) => countOf(y, table).thing === "k:bp");
  for (const x of a) {
    const thing = countOf(x, table).thing;
    if ((only && !only.has(thing)) || (inBasisPoints && thing === "k:percent")) continue;
    const ofB = b.filter((y) => countOf(y, table).thing === thing);
    if (ofB.length > 0 && !a.some((z) => countOf(z, table).thing === thing && ofB.some((y) => sameCount(z, y, table)))) return true;
  }
  return false;
}
