/**
 * The margin of a choice among a page's candidates (a softmax over their scores, candidates of one key being
 * one option): how much the runner-up option weighs, and how many options are competitive. Confidence
 * features (metadata/provenance.ts): a choice the model barely preferred is wrong more often than its own
 * probability says.
 */
export interface Margin {
  /** The softmax share of the most probable option other than the chosen key (0 without one). */
  runnerUp: number;
  /** How many options other than the chosen one have a share of at least COMPETITIVE. */
  rivals: number;
}

/** The share from which another option counts as a rival. */
export const COMPETITIVE = 0.1;

/**
 * The margin of the option `chosen` among options keyed by `keyOf`, scored `scores`; with `none`, a further
 * option "none of them" of score 0 joins the softmax (as the author model's choice has) without being a rival.
 */
export function marginOf<T>(
  options: readonly T[],
  scores: readonly number[],
  keyOf: (option: T) => string,
  chosen: string,
  none = false,
): Margin {
  if (options.length === 0) return { runnerUp: 0, rivals: 0 };
  let top = none ? 0 : Number.NEGATIVE_INFINITY;
  for (const score of scores) if (score > top) top = score;
  let total = none ? Math.exp(-top) : 0;
  const mass = new Map<string, number>();
  options.forEach((option, k) => {
    const m = Math.exp(scores[k]! - top);
    total += m;
    const key = keyOf(option);
    mass.set(key, (mass.get(key) ?? 0) + m);
  });
  let runnerUp = 0;
  let rivals = 0;
  for (const [key, m] of mass) {
    if (key === chosen) continue;
    const share = m / total;
    if (share > runnerUp) runnerUp = share;
    if (share >= COMPETITIVE) rivals++;
  }
  return { runnerUp, rivals };
}

/**
 * The margin of the chosen byline among a page's name candidates as the author model chooses (metadata/authors.ts
 * pickAuthors: a byline is the names of one group, the same byline shown twice one option, "no author" of score 0).
 */
export function bylineMargin(
  candidates: readonly { group: number; name: string }[],
  scores: readonly number[],
  chosen: readonly string[],
): Margin {
  const names = new Map<number, string[]>();
  for (const candidate of candidates) {
    const list = names.get(candidate.group);
    if (list) {
      if (!list.includes(candidate.name)) list.push(candidate.name);
    } else names.set(candidate.group, [candidate.name]);
  }
  const key = (names: readonly string[]) => names.join('\u0000').toLowerCase();
  return marginOf(candidates, scores, (c) => key(names.get(c.group)!), key(chosen), true);
}
