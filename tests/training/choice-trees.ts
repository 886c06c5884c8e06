/**
 * Gradient-boosted regression trees for a choice model (one option per page is right): each tree is fitted to
 * the softmax's gradient and hessian over each page's options (second order, as train-block-model.ts does for
 * the logistic loss), starting from given scores (the linear model's, or 0). Splits on per-feature bins (the
 * distinct values, or quantiles when there are many). Deterministic: same data, same trees.
 */
import type { TreeModel } from '../../functions/core/cleaning/model.ts';
import { softmaxResiduals } from './choice-fit.ts';
import { type ChoiceGroup, isRight } from './learn.ts';
import { bestSplit, binSums, partitionRows } from './tree-split.ts';

/**
 * Trees flattened as the block model's (model.ts TreeModel): node k tests `feature[k]` (-1 for a leaf) against
 * `threshold[k]` and goes to `left[k]` (value ≤ threshold) or `right[k]`; a leaf's `value[k]` is added to the
 * option's score. `roots` start the trees.
 */
export type Forest = Pick<TreeModel, 'roots' | 'feature' | 'threshold' | 'left' | 'right' | 'value'>;

export interface BoostSettings {
  trees: number;
  depth: number;
  /** Shrinkage of each tree's leaves. */
  rate: number;
  /** L2 penalty on the leaf values (added to the hessian sum). */
  lambda: number;
  /** Least options on each side of a split. */
  minLeaf: number;
  /** Least hessian sum on each side of a split. */
  minHessian: number;
}

/** The forest's score of x with its first `trees` trees (all by default). */
export function forestScore(forest: Forest, x: Float64Array, trees = forest.roots.length): number {
  let z = 0;
  for (let t = 0; t < trees; t++) {
    let node = forest.roots[t]!;
    while (forest.feature[node]! >= 0)
      node = x[forest.feature[node]!]! <= forest.threshold[node]! ? forest.left[node]! : forest.right[node]!;
    z += forest.value[node]!;
  }
  return z;
}

const MAX_BINS = 64;

/**
 * Boosts `settings.trees` trees on the groups (groups without a right option are skipped), each option starting
 * from `start(group, k)`. Feature 0 (the bias) is never split on.
 */
export function boostChoice(
  all: ChoiceGroup[],
  dims: number,
  start: (group: ChoiceGroup, k: number) => number,
  settings: BoostSettings,
): Forest {
  const groups = all.filter((group) => group.answer >= 0);
  const offsets: number[] = [0];
  for (const group of groups) offsets.push(offsets[offsets.length - 1]! + group.options.length);
  const n = offsets[offsets.length - 1]!;
  const x = new Float64Array(n * dims);
  const right = new Uint8Array(n);
  const score = new Float64Array(n);
  groups.forEach((group, g) => {
    group.options.forEach((option, k) => {
      const s = offsets[g]! + k;
      x.set(option, s * dims);
      right[s] = isRight(group, k) ? 1 : 0;
      score[s] = start(group, k);
    });
  });
  // Per feature, the cuts (a value ≤ cut goes left) and each option's bin.
  const cuts: number[][] = [];
  const bin = new Uint8Array(n * dims);
  for (let d = 0; d < dims; d++) {
    const values = new Set<number>();
    for (let s = 0; s < n; s++) values.add(x[s * dims + d]!);
    const sorted = [...values].sort((a, b) => a - b);
    let mine: number[];
    if (sorted.length <= MAX_BINS) mine = sorted.slice(0, -1);
    else {
      const column = Float64Array.from({ length: n }, (_, s) => x[s * dims + d]!).sort();
      const quantiles = Array.from(
        { length: MAX_BINS - 1 },
        (_, q) => column[Math.floor(((q + 1) * n) / MAX_BINS)]!,
      );
      mine = [...new Set(quantiles)].filter((cut) => cut < sorted[sorted.length - 1]!);
    }
    cuts.push(d === 0 ? [] : mine);
    for (let s = 0; s < n; s++) {
      const v = x[s * dims + d]!;
      let c = 0;
      while (c < mine.length && v > mine[c]!) c++;
      bin[s * dims + d] = c;
    }
  }
  const forest: Forest = { roots: [], feature: [], threshold: [], left: [], right: [], value: [] };
  const grad = new Float64Array(n);
  const hess = new Float64Array(n);
  const share = new Float64Array(n);
  const { depth: maxDepth, rate, lambda, minLeaf, minHessian } = settings;
  const sums = binSums(MAX_BINS);
  const cutCounts = cuts.map((mine) => mine.length);
  const limits = { lambda, minLeaf, minHessian, minGain: 1e-9 };
  // Per node, its split's bin (options of a bin ≤ it go left).
  const nodeCut: number[] = [];
  const grow = (rows: Int32Array, depth: number): number => {
    let G = 0;
    let H = 0;
    for (const s of rows) {
      G += grad[s]!;
      H += hess[s]!;
    }
    const node = forest.value.length;
    forest.feature.push(-1);
    forest.threshold.push(0);
    forest.left.push(-1);
    forest.right.push(-1);
    forest.value.push((-G / (H + lambda)) * rate);
    nodeCut.push(-1);
    if (depth === maxDepth || rows.length < 2 * minLeaf) return node;
    const best = bestSplit(rows, bin, dims, cutCounts, grad, hess, G, H, limits, sums);
    if (best.feature < 0) return node;
    const [leftRows, rightRows] = partitionRows(rows, bin, dims, best.feature, best.cut);
    forest.feature[node] = best.feature;
    forest.threshold[node] = cuts[best.feature]![best.cut]!;
    nodeCut[node] = best.cut;
    const left = grow(leftRows, depth + 1);
    const rightNode = grow(rightRows, depth + 1);
    forest.left[node] = left;
    forest.right[node] = rightNode;
    return node;
  };
  const every = Int32Array.from({ length: n }, (_, s) => s);
  for (let t = 0; t < settings.trees; t++) {
    // The softmax over each page's options; the target shares the page's mass among its right options.
    for (let g = 0; g < groups.length; g++)
      softmaxResiduals(score, right, offsets[g]!, offsets[g + 1]!, grad, share);
    for (let s = 0; s < n; s++) hess[s] = Math.max(1e-6, share[s]! * (1 - share[s]!));
    const root = grow(every, 0);
    forest.roots.push(root);
    for (let s = 0; s < n; s++) {
      let node = root;
      while (forest.feature[node]! >= 0)
        node =
          bin[s * dims + forest.feature[node]!]! <= nodeCut[node]! ? forest.left[node]! : forest.right[node]!;
      score[s]! += forest.value[node]!;
    }
  }
  return forest;
}
