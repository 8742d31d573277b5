/**
 * Bridges in the story graph. A member that names no place, person or body — "Un incendie ravage des échoppes du
 * marché central", "حريق يلتهم محلات تجارية" — joins every story its words fit: Tétouan's market fire and Fès's the
 * same day. Joins are transitive, so through it the two would be one story, though a veto keeps their own members
 * apart. After the joins, each group whose anchored members (see isAnchored) include two that a veto keeps apart is
 * taken again, from its members alone:
 *
 * 1. its anchored members are joined by the pairs the rules join between them, and its vague members likewise;
 * 2. each part of vague members joins the anchored parts it has a joined pair with — when no veto keeps two of those
 *    parts apart, and no other part of vague members brings into the same story an anchored part kept apart from
 *    one of them; else it stands on its own.
 *
 * A function of the group's members (not of the order the pairs were decided in), so a regrouping that keeps a group
 * gets what a clean grouping gets. The state keeps the groups before this (see stories.ts): the pairs joined.
 */
import { isAnchored, keptApart, type Member, sameStory, type Weights } from "./story-decision.js";

/**
 * A group this large is left whole: its pairs, decided again, would cost a fifth of a second (20,000 decisions); a
 * story of that many members is a great event told everywhere, not two small ones a text joined.
 */
const MAX_GROUP = 200;

/** Each member's story root (its part's first member) from each member's group root (`roots`: the group's first member). */
export function splitBridges(members: readonly Member[], roots: Int32Array, weights: Weights): Int32Array {
  const n = members.length;
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) size[roots[i]!]!++;
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = roots[i]!;
    // (A bridge needs three members: two kept apart and one between them.)
    if (size[r]! < 3 || size[r]! > MAX_GROUP) continue;
    const group = groups.get(r);
    if (group) group.push(i);
    else groups.set(r, [i]);
  }
  let out: Int32Array | undefined;
  for (const group of groups.values()) {
    const parts = partsOf(group, members, weights);
    if (!parts) continue;
    out ??= Int32Array.from(roots);
    for (let k = 0; k < group.length; k++) out[group[k]!] = group[parts[k]!]!;
  }
  return out ?? roots;
}

/**
 * A group's parts (for each of its members, the index in `group` of its part's first member), or undefined when no
 * veto keeps two of its anchored members apart (the group stays whole). `group` is in order of the members.
 */
function partsOf(group: readonly number[], members: readonly Member[], weights: Weights): Int32Array | undefined {
  const anchored = group.map((i) => isAnchored(members[i]!, weights));
  const anchoredAt = group.flatMap((_, k) => (anchored[k] ? [k] : []));
  if (anchoredAt.length < 2 || anchoredAt.length === group.length) return undefined;
  // Pairs of anchored members a veto keeps apart, worked out once (by index in `group`).
  const apart = new Set<number>();
  const key = (x: number, y: number) => (x < y ? x * group.length + y : y * group.length + x);
  for (let x = 0; x < anchoredAt.length; x++)
    for (let y = x + 1; y < anchoredAt.length; y++) {
      const [kx, ky] = [anchoredAt[x]!, anchoredAt[y]!];
      if (keptApart(members[group[kx]!]!, members[group[ky]!]!, weights)) apart.add(key(kx, ky));
    }
  if (apart.size === 0) return undefined;

  // 1. Anchored with anchored, vague with vague; and the pairs of a vague member and an anchored one joined.
  const parent = Int32Array.from(group, (_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  const union = (x: number, y: number) => {
    const [rx, ry] = [find(x), find(y)];
    if (rx !== ry) parent[Math.max(rx, ry)] = Math.min(rx, ry);
  };
  const reaches: [number, number][] = [];
  for (let x = 0; x < group.length; x++)
    for (let y = x + 1; y < group.length; y++) {
      if (sameStory(members[group[x]!]!, members[group[y]!]!, weights) === null) continue;
      if (anchored[x] === anchored[y]) union(x, y);
      else reaches.push(anchored[x] ? [y, x] : [x, y]);
    }
  const base = Int32Array.from(group, (_, k) => find(k));
  // Which anchored parts each vague part reaches (by their roots, in order).
  const reached = new Map<number, number[]>();
  for (const [v, m] of reaches) {
    const [rv, rm] = [base[v]!, base[m]!];
    const list = reached.get(rv);
    if (!list) reached.set(rv, [rm]);
    else if (!list.includes(rm)) list.push(rm);
  }
  for (const list of reached.values()) list.sort((p, q) => p - q);
  const membersOf = new Map<number, number[]>();
  for (let k = 0; k < group.length; k++) {
    const part = membersOf.get(base[k]!);
    if (part) part.push(k);
    else membersOf.set(base[k]!, [k]);
  }
  const partsApart = (p: number, q: number) => membersOf.get(p)!.some((x) => membersOf.get(q)!.some((y) => apart.has(key(x, y))));
  const compatible = (parts: readonly number[]) => parts.every((p, a) => parts.slice(a + 1).every((q) => !partsApart(p, q)));

  // 2. Every vague part whose anchored parts are compatible joins them; then a story that holds two anchored parts kept
  //    apart (brought together by two vague parts) loses the vague parts that reach more than one of its anchored parts.
  const joinAll = (skip: ReadonlySet<number>) => {
    parent.set(base);
    for (const [v, parts] of reached) if (!skip.has(v) && compatible(parts)) for (const p of parts) union(v, p);
  };
  joinAll(new Set());
  const bridges = new Set<number>();
  const story = new Map<number, number[]>();
  for (const [v, parts] of reached) {
    if (parts.length < 2 || !compatible(parts)) continue;
    const vague = story.get(find(v));
    if (vague) vague.push(v);
    else story.set(find(v), [v]);
  }
  for (const [root, vague] of story) {
    const parts = [...new Set(anchoredAt.map((k) => base[k]!))].filter((p) => find(p) === root);
    if (!compatible(parts)) for (const v of vague) bridges.add(v);
  }
  if (bridges.size > 0) joinAll(bridges);
  return Int32Array.from(group, (_, k) => find(k));
}
