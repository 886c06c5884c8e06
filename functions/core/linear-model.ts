/**
 * The runtime side of the learned linear choosers (title, authors, dates): a model file names its weights by
 * feature, the code builds feature vectors in a fixed order, and a page's options compete with "none" in a
 * softmax. Trained by the scripts in tests/training (tests/training/learn.ts fits the weights).
 */

/** Each feature name's place in the vector. */
export function featureIndex<N extends string>(names: readonly N[]): Record<N, number> {
  return Object.fromEntries(names.map((name, k) => [name, k])) as Record<N, number>;
}

/** A model file's weights in feature order (a feature the model does not name weighs 0). */
export function weightsInOrder(names: readonly string[], weights: Record<string, number>): Float64Array {
  return Float64Array.from(names, (name) => weights[name] ?? 0);
}

/** The weights times the features. */
export function linearScore(weights: Float64Array, x: Float64Array): number {
  let score = 0;
  for (let k = 0; k < x.length; k++) score += weights[k]! * x[k]!;
  return score;
}

export interface GroupChoice<T> {
  /** The most probable group's best-scored option (the first of equal scores). */
  best: T;
  /** The group's first option. */
  first: T;
  /** The group's probability: the softmax share of all its options. */
  probability: number;
}

/**
 * A choice among options and "none" (score 0) where several options can say the same thing (a page repeats
 * its byline or its date): each group's probability is the softmax share of its options, and the most
 * probable group wins (the first of equal ones). Null without options.
 */
export function mostProbableGroup<T>(
  options: readonly T[],
  scores: readonly number[],
  groupOf: (option: T) => string,
): GroupChoice<T> | null {
  if (options.length === 0) return null;
  let top = 0;
  for (const score of scores) if (score > top) top = score;
  let total = Math.exp(-top);
  const groups = new Map<string, { mass: number; best: T; first: T; score: number }>();
  options.forEach((option, k) => {
    const mass = Math.exp(scores[k]! - top);
    total += mass;
    const key = groupOf(option);
    const group = groups.get(key);
    if (!group) groups.set(key, { mass, best: option, first: option, score: scores[k]! });
    else {
      group.mass += mass;
      if (scores[k]! > group.score) {
        group.best = option;
        group.score = scores[k]!;
      }
    }
  });
  let chosen: { mass: number; best: T; first: T } | null = null;
  for (const group of groups.values()) if (chosen === null || group.mass > chosen.mass) chosen = group;
  return chosen && { best: chosen.best, first: chosen.first, probability: chosen.mass / total };
}
