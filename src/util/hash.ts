/** Content hashes for the build cache. */
import { createHash } from "node:crypto";

export function hashOf(...parts: (string | Uint8Array)[]): string {
  const hash = createHash("sha1");
  for (const part of parts) hash.update(part);
  return hash.digest("hex");
}
