/**
 * What a caller keeps between builds — the dev server: the parsed inputs, the last assembled site,
 * and what it knows of the content files. The build asks and tells it through these methods; nothing
 * else writes it.
 */
import { prepareDependents, type SiteMemory } from "./site-memory.js";
import type { InputCache } from "../cache/input-cache.js";
import type { ContentFile, FileStamp, KnownStamps } from "../ingest/content-source.js";

export class BuildMemory {
  private inputs: InputCache | undefined;
  private site: SiteMemory | undefined;
  private stamps: Map<string, FileStamp | null> | undefined;
  private files: readonly ContentFile[] | undefined;
  private changed: Set<string> | undefined;

  /** The content files (absolute paths) a watcher saw change since the last build; undefined: unknown, look at all. */
  contentChanged(files: Set<string> | undefined): void {
    this.changed = files;
  }

  /** What listing the content may trust: the last listing and its stamps, and the files to look at again. */
  knownContent(): KnownStamps | undefined {
    return this.stamps && this.changed && this.files ? { stamps: this.stamps, changed: this.changed, files: this.files } : undefined;
  }

  rememberContent(files: readonly ContentFile[]): void {
    if (files === this.files) return;
    this.files = files;
    this.stamps = new Map(files.map((f) => [f.absolute, f.stamp ?? null]));
  }

  /** The parsed inputs kept, when they were parsed under the same rules. */
  inputsParsedWith(rulesKey: string): InputCache | undefined {
    return this.inputs?.matches(rulesKey) ? this.inputs : undefined;
  }

  keepInputs(cache: InputCache): void {
    this.inputs = cache;
  }

  /** Saves the parsed inputs to the cache folder, when the caller likes (the dev server, after a quiet spell). */
  saveInputs(): void {
    this.inputs?.save();
  }

  /** True once a build has assembled a site to remember: until then every build assembles. */
  get hasSite(): boolean {
    return this.site !== undefined;
  }

  /** The last assembled site, handed out once: it is given back only when the build that took it is written. */
  takeSite(): SiteMemory | undefined {
    const site = this.site;
    this.site = undefined;
    return site;
  }

  keepSite(site: SiteMemory | undefined): void {
    this.site = site;
  }

  /** Work the next edit would do first (which routes show each article), done now: for a caller that is idle. */
  prepareForEdits(): void {
    if (this.site) prepareDependents(this.site);
  }
}
