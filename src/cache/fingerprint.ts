/**
 * Fingerprints of view models: a page whose template data and templates are
 * the same as in the last build has the same HTML, so it is neither rendered
 * nor written again. Objects shared by many pages (the ticker, the menus, an
 * article's summary) are hashed once and stand in by their hash.
 */
import { hashOf } from "../util/hash.js";

export class Fingerprinter {
  private readonly shared = new WeakSet<object>();
  private readonly hashes = new WeakMap<object, string>();

  /** Marks an object many views share: it is hashed once, when first met, and views refer to it by that hash. */
  share<T extends object>(value: T): T {
    this.shared.add(value);
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
        if (this.shared.has(value)) {
          let hash = this.hashes.get(value);
          if (hash === undefined) {
            // Hashed as an unshared object, so the hash does not depend on whether it was met before.
            this.shared.delete(value);
            hash = hashOf(this.serialize(value));
            this.shared.add(value);
            this.hashes.set(value, hash);
          }
          return `#${hash}`;
        }
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
