/**
 * The split search of the gradient-boosted trees the training scripts grow (tests/bench/train-block-model.ts for
 * the block model, choice-trees.ts for the title chooser): per feature, the rows' gradients and hessians summed by
 * bin, then every cut between bins scored by the L2-regularised gain of second-order boosting.
 */

/** The limits a split must keep. */
export interface SplitLimits {
  /** The leaves' L2 penalty. */
  lambda: number;
  /** Rows on each side, at least. */
  minLeaf: number;
  /** Hessian sum on each side, at least (-Infinity: no limit). */
  minHessian: number;
  /** Gain a split must exceed. */
  minGain: number;
}

/** Per-bin sums, reused from node to node (each as long as the most cuts of a feature). */
export interface BinSums {
  grad: Float64Array;
  hess: Float64Array;
  count: Int32Array;
}

export function binSums(bins: number): BinSums {
  return { grad: new Float64Array(bins), hess: new Float64Array(bins), count: new Int32Array(bins) };
}

/** `rows` split by a node's cut: those of bin ≤ `cut` on `feature` (left), then the others (right). */
export function partitionRows(
  rows: Int32Array,
  bin: Uint8Array,
  stride: number,
  feature: number,
  cut: number,
): [Int32Array, Int32Array] {
  const left: number[] = [];
  const right: number[] = [];
  for (const s of rows) (bin[s * stride + feature]! <= cut ? left : right).push(s);
  return [Int32Array.from(left), Int32Array.from(right)];
}

/**
 * The best split of `rows` (feature 1 … stride − 1; feature 0 is the bias), `bin[row * stride + feature]` being
 * the row's bin and `cuts[feature]` the number of cuts of that feature (a row of bin ≤ cut goes left). G and H are
 * the rows' gradient and hessian sums. Feature −1 when no split clears the limits.
 */
export function bestSplit(
  rows: Int32Array,
  bin: Uint8Array,
  stride: number,
  cuts: readonly number[],
  grad: Float64Array,
  hess: Float64Array,
  G: number,
  H: number,
  limits: SplitLimits,
  sums: BinSums,
): { gain: number; feature: number; cut: number } {
  const { lambda, minLeaf, minHessian } = limits;
  const { grad: hg, hess: hh, count: hc } = sums;
  let best = { gain: limits.minGain, feature: -1, cut: -1 };
  for (let d = 1; d < stride; d++) {
    const mine = cuts[d]!;
    if (mine === 0) continue;
    hg.fill(0);
    hh.fill(0);
    hc.fill(0);
    for (const s of rows) {
      const b = bin[s * stride + d]!;
      hg[b]! += grad[s]!;
      hh[b]! += hess[s]!;
      hc[b]!++;
    }
    let gl = 0;
    let hl = 0;
    let cl = 0;
    for (let c = 0; c < mine; c++) {
      gl += hg[c]!;
      hl += hh[c]!;
      cl += hc[c]!;
      if (cl < minLeaf || rows.length - cl < minLeaf) continue;
      const hr = H - hl;
      if (hl < minHessian || hr < minHessian) continue;
      const gr = G - gl;
      const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - (G * G) / (H + lambda);
      if (gain > best.gain) best = { gain, feature: d, cut: c };
    }
  }
  return best;
}
