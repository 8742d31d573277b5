/**
 * Versions of what this code makes of the same input, bumped by hand when it makes it otherwise. Each keys the cache
 * it concerns, and both are part of the build key (see build-setup.ts), so that a Kiosk whose parser or grouping changed
 * never says "up to date" over output the old code made — the package's version changes only at a release.
 */

/** Bump when the parser's output (an article, a headline's keywords) changes for the same input: old cache entries are not reused. */
export const PARSER_VERSION = "239";

/**
 * The format of StoryGraphState (assemble/stories.ts) and of the decisions it keeps: bump it when `sameStory` or the
 * candidate pairs decide differently (a state of another format is not used, so no group is kept by old rules).
 */
export const STORY_STATE_FORMAT = 115;
