/**
 * What one story grouping leaves for the next, so that a rebuild regroups only what its new texts touch
 * (assemble/stories.ts): the token table (so a token keeps its number from build to build), the members with a
 * fingerprint of their evidence, their days and what the counts around their days made of their tokens (each one's
 * band, whether it made candidate pairs), and the group each was in. Plain data: the input cache keeps it between
 * builds, the dev server in memory.
 *
 * A member's pairs are decided again when the member is new or its fingerprint changed (counts are local in
 * time, so a new page changes those of the members of its weeks only), or when its group held such a member or
 * one that is gone; every other group is kept whole. That gives the grouping a clean build gives: a pair of
 * unchanged members in kept groups was decided the same way last time.
 */
export interface StoryGraphState {
  format: number;
  /** The token table, by number. */
  tokens: string[];
  /** Tokens in use when this was made: a table grown far beyond it is started anew. */
  live: number;
  /** Each member's identity: "a" and an article's path, or "h" and a headline's match key. */
  members: string[];
  /** Two 32-bit hashes per member of its text, language, days and evidence. */
  fingerprints: Int32Array;
  /** Each member's group: the index of the group's first member. */
  labels: Int32Array;
}

/** Where a build finds the last grouping's state and leaves its own (the input cache, or memory). */
export interface StoryGraphStore {
  get(): StoryGraphState | undefined;
  set(state: StoryGraphState): void;
}

/** A store that keeps the state for the life of the process. */
export function memoryStoryGraphStore(): StoryGraphStore {
  let kept: StoryGraphState | undefined;
  return {
    get: () => kept,
    set: (state) => {
      kept = state;
    },
  };
}
