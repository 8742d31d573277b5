/** What every feed builder gets: the feed's own description and its entries, newest first. */
import type { FeedEntry } from "./feed-entry.js";

export interface FeedInput {
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the page the feed belongs to. */
  homeUrl: string;
  title: string;
  description: string;
  /** Null for a feed of several languages. */
  lang: string | null;
  /** Who publishes the feed (the site's title). */
  author: string;
  entries: FeedEntry[];
}
