/** Content hashes for the build cache, and a quick hash of a string to spread texts over buckets. */
import { createHash } from "node:crypto";

export function hashOf(...parts: (string | Uint8Array)[]): string {
  const hash = createHash("sha1");
  for (const part of parts) hash.update(part);
  return hash.digest("hex");
}

/** FNV-1a of a string's UTF-16 units, unsigned: a text's shard or bucket (not a content hash). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
