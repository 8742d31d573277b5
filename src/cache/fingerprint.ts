/**
 * Fingerprints of view models: a page whose template data and templates are
 * the same as in the last build has the same HTML, so it is neither rendered
 * nor written again. Objects shared by many pages (the ticker, the menus, an
 * article's summary) are hashed once and stand in by their hash.
 */
import { hashOf } from "./hash.js";

export class Fingerprinter {
  private readonly shared = new WeakMap<object, string>();

  /** Hashes an object shared by many views once; later views refer to it by that hash. */
  share<T extends object>(value: T): T {
    if (!this.shared.has(value)) this.shared.set(value, hashOf(this.serialize(value)));
    return value;
  }

  fingerprint(value: unknown, salt = ""): string {
    return hashOf(salt, this.serialize(value));
  }

  /** A stable serialisation: keys in insertion order (views are built by code, so the order is fixed). */
  private serialize(value: unknown): string {
    if (value === null || value === undefined) return "null";
    switch (typeof value) {
      case "string":
        return JSON.stringify(value);
      case "number":
      case "boolean":
        return String(value);
      case "object": {
        const known = this.shared.get(value);
        if (known !== undefined) return `#${known}`;
        if (Array.isArray(value)) return `[${value.map((v) => this.serialize(v)).join(",")}]`;
        let out = "{";
        for (const [key, child] of Object.entries(value)) out += `${JSON.stringify(key)}:${this.serialize(child)},`;
        return `${out}}`;
      }
      default:
        return JSON.stringify(String(value));
    }
  }
}
