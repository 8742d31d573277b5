/** Which parsed inputs a build starts from: none (--clean), the dev server's, the cache folder's, or a new cache. */
import { InputCache } from "../cache/input-cache.js";
import type { SiteConfig } from "../config/config.js";
import type { ContentFile } from "../ingest/content-source.js";
import { ingestContent, type IngestResult, parsingRulesKey } from "../ingest/ingest.js";
import type { BuildMemory } from "./build-memory.js";

export interface InputsOptions {
  clean: boolean;
  /** Folder of the build cache; null keeps parsed inputs in memory only. */
  cacheDir: string | null;
  memory: BuildMemory | undefined;
  latestDay: string;
  onProgress?: (done: number) => void;
}

/** Ingest through the input cache: unchanged files come from it, the others are parsed and added. */
export async function ingestWithCache(
  contentFiles: ContentFile[],
  config: SiteConfig,
  options: InputsOptions,
): Promise<{ ingested: IngestResult; inputCache: InputCache }> {
  const rulesKey = parsingRulesKey(config);
  const inputCache = openInputCache(rulesKey, options);
  options.memory?.keepInputs(inputCache);
  try {
    const ingested = await ingestContent(contentFiles, config, {
      cache: inputCache,
      rulesKey,
      latestDay: options.latestDay,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    return { ingested, inputCache };
  } finally {
    // The new articles' texts are in the body file, to be read back from here on.
    inputCache.flushBodies();
  }
}

function openInputCache(rulesKey: string, { clean, cacheDir, memory }: InputsOptions): InputCache {
  if (clean) return cacheDir ? InputCache.empty(cacheDir, rulesKey) : InputCache.inMemory(rulesKey);
  return memory?.inputsParsedWith(rulesKey) ?? (cacheDir ? InputCache.load(cacheDir, rulesKey) : InputCache.inMemory(rulesKey));
}
