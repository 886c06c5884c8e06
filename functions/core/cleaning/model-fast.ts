/**
 * `logOdds` of model.ts over the same trees laid out as complete binary trees of depth 3: node p's sides are
 * 2p + 1 (feature value ≤ threshold) and 2p + 2, leaves 7 … 14, so the leaf reached is a function of the
 * splits' outcomes alone (no branch on them, no load of a node's child). A leaf above depth 3 is copied into both
 * sides of a split that changes nothing, so every row reaches the leaf it reaches in model.ts, and the leaves are
 * added to the base in the same order: the same log-odds, bit for bit (the properties of
 * tests/unit/model-fast.test.ts). Models with deeper trees are walked by model.ts.
 *
 * Why: the model scores most blocks on every fixed-point pass of the cleaner, and on the slowest 5% of DEV
 * pages model.ts's walk was ~15% of the cleaning stage, ~4.5% of the whole core (node --cpu-prof): a data-
 * dependent branch per split, mispredicted about one time in two.
 *
 * Each forest is then compiled once into a function (`compileForest`) that has every split's feature and
 * threshold as literals: it reads the row's features into locals, makes all 7 comparisons of a tree (no branch,
 * no load of a split's feature or threshold) and takes the leaf from the 7 outcomes by one table shared by all
 * complete depth-3 trees (LEAF_OF). A comparison the walk does not reach changes nothing: LEAF_OF reads the
 * outcomes on the path only. On the text model's rows of all DEV pages: 0.23-0.38 µs a row against 0.85-1.05 µs
 * for the walk by index (same process, alternating).
 */
import {
  activeModel,
  auditModel,
  type CompiledModel,
  FEATURE_COUNT,
  type FeatureName,
  HTML_FEATURE_NAMES,
  logOdds,
  type ModelKind,
  STACK_MODEL_FEATURES,
  STACK_ROW_WIDTH,
} from './model.ts';

const DEPTH = 3;
/** Splits and leaves per tree. */
const SPLITS = 7;
const LEAVES = 8;

interface CompleteForest {
  base: number;
  trees: number;
  /** Split p of tree t at t * SPLITS + p. */
  feature: Int32Array;
  threshold: Float64Array;
  /** Leaf k (node SPLITS + k) of tree t at t * LEAVES + k. */
  leaf: Float64Array;
}

/** Depth of a tree (a lone leaf has depth 0). */
function depthOf(model: CompiledModel, node: number): number {
  if (model.feature[node]! < 0) return 0;
  return 1 + Math.max(depthOf(model, model.left[node]!), depthOf(model, model.right[node]!));
}

/** The model in complete depth-3 trees, or null when a tree is deeper. */
export function completeForest(model: CompiledModel): CompleteForest | null {
  for (const root of model.roots) if (depthOf(model, root) > DEPTH) return null;
  const trees = model.roots.length;
  const forest: CompleteForest = {
    base: model.base,
    trees,
    feature: new Int32Array(trees * SPLITS),
    threshold: new Float64Array(trees * SPLITS),
    leaf: new Float64Array(trees * LEAVES),
  };
  /** Places model node `node` at position p of tree t (depth `level`). */
  const place = (t: number, node: number, p: number, level: number): void => {
    if (level === DEPTH) {
      forest.leaf[t * LEAVES + p - SPLITS] = model.value[node]!;
      return;
    }
    const split = model.feature[node]! >= 0;
    // A leaf above depth 3: a split on feature 0 (the bias) whose both sides are that leaf.
    forest.feature[t * SPLITS + p] = split ? model.feature[node]! : 0;
    forest.threshold[t * SPLITS + p] = split ? model.threshold[node]! : 0;
    place(t, split ? model.left[node]! : node, 2 * p + 1, level + 1);
    place(t, split ? model.right[node]! : node, 2 * p + 2, level + 1);
  };
  for (let t = 0; t < trees; t++) place(t, model.roots[t]!, 0, 0);
  return forest;
}

/**
 * The leaf (0 … 7) a complete depth-3 tree reaches from the outcomes of its 7 splits: bit p of the index is 1
 * when split p's feature value is ≤ its threshold (the walk goes to 2p + 1, else 2p + 2).
 */
const LEAF_OF = new Uint8Array(1 << SPLITS);
for (let outcomes = 0; outcomes < 1 << SPLITS; outcomes++) {
  let p = 0;
  for (let level = 0; level < DEPTH; level++) p = (outcomes >> p) & 1 ? 2 * p + 1 : 2 * p + 2;
  LEAF_OF[outcomes] = p - SPLITS;
}

/** A forest's log-odds of the row at rows[offset …]. */
type Scorer = (rows: Float64Array, offset: number) => number;

/** A double as source text that reads back as exactly it (String drops the sign of -0). */
function literal(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/**
 * The forest as one function: each feature a split reads loaded once, then per tree its 7 outcomes as bits, its
 * leaf (LEAF_OF of them) added to the base in tree order, as the walk adds them.
 */
export function compileForest(forest: CompleteForest): Scorer {
  const read = [...new Set(forest.feature)].sort((a, b) => a - b);
  const lines = read.map((f) => `const x${f} = r[o + ${f}];`);
  lines.push(`let z = ${literal(forest.base)};`);
  for (let t = 0; t < forest.trees; t++) {
    const bits: string[] = [];
    for (let p = 0; p < SPLITS; p++) {
      const k = t * SPLITS + p;
      bits.push(`(+(x${forest.feature[k]!} <= ${literal(forest.threshold[k]!)}) << ${p})`);
    }
    lines.push(`z += leaf[${t * LEAVES} + LEAF_OF[${bits.join(' | ')}]];`);
  }
  lines.push('return z;');
  const make = new Function('leaf', 'LEAF_OF', `return function (r, o) {\n${lines.join('\n')}\n};`);
  return make(forest.leaf, LEAF_OF) as Scorer;
}

/** The last model laid out for each model kind (text, HTML, stack) and its function (null: deeper than 3). */
const LAID_OUT: (CompiledModel | null)[] = [null, null, null];
const SCORERS: (Scorer | null)[] = [null, null, null];

/** `logOdds(rows, i, html)` of model.ts: the active model's log-odds for row i. */
export function logOddsFast(rows: Float64Array, i: number, html: boolean | 'stack' = false): number {
  const which: ModelKind = html === 'stack' ? 'stack' : html ? 'html' : 'text';
  const model = activeModel(which);
  if (model === null) return 0;
  const kind = which === 'stack' ? 2 : which === 'html' ? 1 : 0;
  if (LAID_OUT[kind] !== model) {
    const forest = completeForest(model);
    SCORERS[kind] = forest === null ? null : compileForest(forest);
    LAID_OUT[kind] = model;
  }
  const scorer = SCORERS[kind] ?? null;
  if (scorer === null) return logOdds(rows, i, html);
  // A split goes left when feature value ≤ threshold, as in model.ts (NaN goes right there too).
  return scorer(rows, i * (kind === 2 ? STACK_ROW_WIDTH : FEATURE_COUNT));
}

/** Credit per feature of the last `decidingFeaturesFast` call (wide enough for every model's features). */
const CREDIT = new Float64Array(Math.max(HTML_FEATURE_NAMES.length, STACK_MODEL_FEATURES.length));

/**
 * `decidingFeatures` of model.ts (`count` ≥ 0): the same names in the same order. The credits sit in one reused
 * array and the strongest are picked by scans (lowest index first among equal credits, as the stable sort of
 * model.ts keeps them) instead of a new Float64Array, a spread of its keys, a filter and a sort per block.
 * Why: the audit names the features of every block the model removed, and on the slowest DEV page (1,540
 * blocks, wcxb_0057) that was ~16% of its cleaning stage (node --cpu-prof).
 */
export function decidingFeaturesFast(
  rows: Float64Array,
  i: number,
  count = 3,
  html: boolean | 'stack' = false,
): FeatureName[] {
  const stack = html === 'stack';
  const model = auditModel(html);
  const names: readonly FeatureName[] = stack ? STACK_MODEL_FEATURES : HTML_FEATURE_NAMES;
  const row = i * (stack ? STACK_ROW_WIDTH : FEATURE_COUNT);
  const { roots, feature, threshold, left, right, value } = model;
  const credit = CREDIT;
  credit.fill(0, 0, names.length);
  for (let t = 0; t < roots.length; t++) {
    let node = roots[t]!;
    let f = feature[node]!;
    while (f >= 0) {
      const next = rows[row + f]! <= threshold[node]! ? left[node]! : right[node]!;
      credit[f]! += value[next]! - value[node]!;
      node = next;
      f = feature[node]!;
    }
  }
  const picked: FeatureName[] = [];
  while (picked.length < count) {
    let best = -1;
    for (let k = 0; k < names.length; k++)
      if (credit[k]! < 0 && (best < 0 || credit[k]! < credit[best]!)) best = k;
    if (best < 0) break;
    picked.push(names[best]!);
    // Picked: no longer negative, so no later scan takes it again.
    credit[best] = 0;
  }
  return picked;
}
