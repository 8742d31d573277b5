/** What `kiosk fetch` last knew of a configured source (its status file), shown on the sources-health page. */
export interface SourceStatus {
  name: string;
  feed: string;
  /** Content-folder-relative path of the last good copy. */
  file: string | null;
  lastSuccess: string | null;
  /** The last attempt's outcome when it failed; null after a success. */
  lastError: { at: string; message: string } | null;
  /** Items in the last good copy. */
  items: number;
  etag: string | null;
  lastModified: string | null;
}
