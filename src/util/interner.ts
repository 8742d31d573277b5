import { ownCopy } from "./own-copy.js";

/** Texts numbered in the order they are first seen: one small integer per distinct text, and back. */
export class Interner {
  private readonly ids = new Map<string, number>();
  /** Each number's text. */
  readonly text: string[] = [];

  /** `known`: texts numbered before (0, 1, …), which keep their numbers. */
  constructor(known: readonly string[] = []) {
    for (const text of known) this.id(text);
  }

  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      // (A copy: the table outlives the page a text was cut from.)
      text = ownCopy(text);
      id = this.text.length;
      this.ids.set(text, id);
      this.text.push(text);
    }
    return id;
  }

  get size(): number {
    return this.text.length;
  }
}
