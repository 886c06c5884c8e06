/**
 * learn.ts fitChoice on sparse rows, for the title's features (35 candidates a page, 62 features of which a
 * candidate carries about ten): the same Adam steps in the same order, so the same weights to the last bit, in a
 * fifth of the time (train-title.ts with CACHE: 4 min 27 s -> 45 s). Optional feature crosses (title-crosses.ts).
 */
import { adamStep, type ChoiceGroup, isRight } from './learn.ts';

/** Groups as sparse rows: per option its non-zero features (indices, values), extended with the crosses. */
export interface Sparse {
  groups: { from: number; to: number }[];
  right: Uint8Array;
  start: Int32Array;
  index: Int32Array;
  value: Float64Array;
}

export function sparse(
  all: ChoiceGroup[],
  dims: number,
  crosses: readonly (readonly [number, number])[],
): Sparse {
  const groups: { from: number; to: number }[] = [];
  const right: number[] = [];
  const start: number[] = [0];
  const index: number[] = [];
  const value: number[] = [];
  for (const group of all) {
    const from = right.length;
    group.options.forEach((x, k) => {
      for (let d = 0; d < dims; d++)
        if (x[d] !== 0) {
          index.push(d);
          value.push(x[d]!);
        }
      crosses.forEach(([a, b], c) => {
        const v = x[a]! * x[b]!;
        if (v !== 0) {
          index.push(dims + c);
          value.push(v);
        }
      });
      start.push(index.length);
      right.push(isRight(group, k) ? 1 : 0);
    });
    groups.push({ from, to: right.length });
  }
  return {
    groups,
    right: Uint8Array.from(right),
    start: Int32Array.from(start),
    index: Int32Array.from(index),
    value: Float64Array.from(value),
  };
}

function scoreOf(data: Sparse, w: Float64Array, s: number): number {
  let z = 0;
  for (let e = data.start[s]!; e < data.start[s + 1]!; e++) z += w[data.index[e]!]! * data.value[e]!;
  return z;
}

/**
 * learn.ts fitChoice on sparse rows (the same Adam steps, the same weights; groups without a right option are
 * skipped), several times faster on the title's mostly-zero features. `crosses` appends the products of
 * feature pairs as extra features (weights dims …).
 */
export function fitSparseChoice(
  all: ChoiceGroup[],
  dims: number,
  lambda: number,
  crosses: readonly (readonly [number, number])[] = [],
  iterations = 1500,
): Float64Array {
  const data = sparse(
    all.filter((group) => group.answer >= 0),
    dims,
    crosses,
  );
  const width = dims + crosses.length;
  const w = new Float64Array(width);
  const m = new Float64Array(width);
  const v = new Float64Array(width);
  const grad = new Float64Array(width);
  const n = data.groups.length;
  const scores = new Float64Array(data.right.length);
  const residual = new Float64Array(data.right.length);
  for (let t = 1; t <= iterations; t++) {
    grad.fill(0);
    for (const { from, to } of data.groups) {
      for (let s = from; s < to; s++) scores[s] = scoreOf(data, w, s);
      softmaxResiduals(scores, data.right, from, to, residual);
      for (let s = from; s < to; s++)
        for (let k = data.start[s]!; k < data.start[s + 1]!; k++)
          grad[data.index[k]!]! += residual[s]! * data.value[k]!;
    }
    adamStep(w, grad, m, v, n, lambda, 0.05, t);
  }
  return w;
}

/**
 * The softmax over the options from … to-1 of one page, less its target (each right option's share of the right
 * options' mass): the loss's gradient in each option's score, written to residual[from …]; with `probability`,
 * the softmax there too. fitChoice's arithmetic, operation for operation.
 */
export function softmaxResiduals(
  scores: Float64Array,
  right: Uint8Array,
  from: number,
  to: number,
  residual: Float64Array,
  probability?: Float64Array,
): void {
  let max = Number.NEGATIVE_INFINITY;
  for (let s = from; s < to; s++) if (scores[s]! > max) max = scores[s]!;
  let total = 0;
  let rightTotal = 0;
  for (let s = from; s < to; s++) {
    const e = Math.exp(scores[s]! - max);
    total += e;
    if (right[s]) rightTotal += e;
  }
  for (let s = from; s < to; s++) {
    const e = Math.exp(scores[s]! - max);
    residual[s] = e / total - (right[s] && rightTotal > 0 ? e / rightTotal : 0);
    if (probability) probability[s] = e / total;
  }
}
