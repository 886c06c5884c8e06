/**
 * model-fast.ts's `logOddsFast` equals model.ts's `logOdds` bit for bit: on the shipped text and HTML models and on
 * random models of trees up to depth 3 (compiled into a function with its numbers as literals; lone leaves and
 * lopsided trees included) and deeper (walked by model.ts), with feature values on the thresholds, beside them, NaN
 * and infinities, and -0 as a base, a threshold and a leaf. Its `decidingFeaturesFast` names what
 * model.ts's `decidingFeatures` names, in the same order, on the shipped and on random models.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  activeModel,
  decidingFeatures,
  FEATURE_COUNT,
  FEATURE_NAMES,
  HTML_FEATURE_NAMES,
  logOdds,
  STACK_MODEL_FEATURES,
  STACK_ROW_WIDTH,
  setModel,
  type TreeModel,
} from '../../functions/core/cleaning/model.ts';
import {
  compileForest,
  completeForest,
  decidingFeaturesFast,
  logOddsFast,
} from '../../functions/core/cleaning/model-fast.ts';

afterEach(() => {
  setModel('shipped');
  setModel('shipped', 'html');
});

/** Values a split is tested against: rows take them too, so "value ≤ threshold" meets equality. */
const THRESHOLDS = [-1, 0, 0.25, 0.5, 1, 2.5];

const featureValue = fc.oneof(
  fc.constantFrom(...THRESHOLDS),
  fc.double({ min: -3, max: 3 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0),
);

const row = fc
  .array(featureValue, { minLength: FEATURE_COUNT, maxLength: FEATURE_COUNT })
  .map((values) => Float64Array.from(values));

type Tree = { leaf: number } | { feature: number; threshold: number; left: Tree; right: Tree };

function tree(depth: number, features: number): fc.Arbitrary<Tree> {
  const leaf = fc.double({ min: -4, max: 4, noNaN: true }).map((value) => ({ leaf: value }));
  if (depth === 0) return leaf;
  return fc.oneof(
    { weight: 1, arbitrary: leaf },
    {
      weight: 3,
      arbitrary: fc.record({
        feature: fc.integer({ min: 0, max: features - 1 }),
        threshold: fc.constantFrom(...THRESHOLDS),
        left: tree(depth - 1, features),
        right: tree(depth - 1, features),
      }),
    },
  );
}

/** Trees in model.json's flat form (inner nodes valued 0: only leaves count for the log-odds). */
function flatten(trees: Tree[], base: number, names: readonly string[]): TreeModel {
  const model: TreeModel = {
    features: [...names],
    base,
    roots: [],
    feature: [],
    threshold: [],
    left: [],
    right: [],
    value: [],
  };
  const add = (node: Tree): number => {
    const k = model.feature.length;
    model.feature.push(-1);
    model.threshold.push(0);
    model.left.push(-1);
    model.right.push(-1);
    model.value.push('leaf' in node ? node.leaf : 0);
    if (!('leaf' in node)) {
      model.feature[k] = node.feature;
      model.threshold[k] = node.threshold;
      model.left[k] = add(node.left);
      model.right[k] = add(node.right);
    }
    return k;
  };
  for (const root of trees) model.roots.push(add(root));
  return model;
}

/** Both functions on rows[i], compared as bits (Object.is: -0 and NaN included). */
function agree(rows: Float64Array, i: number, html: boolean | 'stack'): boolean {
  return Object.is(logOddsFast(rows, i, html), logOdds(rows, i, html));
}

describe('logOddsFast', () => {
  it('equals logOdds on the shipped text and HTML models', () => {
    fc.assert(
      fc.property(row, fc.boolean(), (values, html) => agree(values, 0, html)),
      { numRuns: 500 },
    );
  });

  it('equals logOdds on the shipped second-pass model, on row i of several rows', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 4 }), fc.nat(), (list, k) => {
        const rows = new Float64Array(list.length * STACK_ROW_WIDTH);
        list.forEach((values, i) => {
          rows.set(values.subarray(0, STACK_ROW_WIDTH), i * STACK_ROW_WIDTH);
        });
        return agree(rows, k % list.length, 'stack');
      }),
      { numRuns: 300 },
    );
  });

  it('equals logOdds on random second-pass models of trees up to depth 3', () => {
    fc.assert(
      fc.property(
        fc.array(tree(3, STACK_MODEL_FEATURES.length), { minLength: 1, maxLength: 12 }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        row,
        (trees, base, values) => {
          setModel(flatten(trees, base, STACK_MODEL_FEATURES), 'stack');
          return agree(values.subarray(0, STACK_ROW_WIDTH), 0, 'stack');
        },
      ),
    );
  });

  it('equals logOdds on row i of several rows', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 4 }), fc.nat(), (list, k) => {
        const rows = new Float64Array(list.length * FEATURE_COUNT);
        list.forEach((values, i) => {
          rows.set(values, i * FEATURE_COUNT);
        });
        const i = k % list.length;
        return agree(rows, i, false) && agree(rows, i, true);
      }),
    );
  });

  it('equals logOdds on random models of trees up to depth 3', () => {
    fc.assert(
      fc.property(
        fc.array(tree(3, FEATURE_NAMES.length), { minLength: 1, maxLength: 12 }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.array(row, { minLength: 1, maxLength: 8 }),
        (trees, base, rows) => {
          setModel(flatten(trees, base, FEATURE_NAMES));
          return rows.every((values) => agree(values, 0, false));
        },
      ),
    );
  });

  it('equals logOdds on random HTML models of trees up to depth 3', () => {
    fc.assert(
      fc.property(
        fc.array(tree(3, HTML_FEATURE_NAMES.length), { minLength: 1, maxLength: 12 }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.array(row, { minLength: 1, maxLength: 8 }),
        (trees, base, rows) => {
          setModel(flatten(trees, base, HTML_FEATURE_NAMES), 'html');
          return rows.every((values) => agree(values, 0, true));
        },
      ),
    );
  });

  it('equals logOdds on models with trees deeper than 3 (walked by model.ts)', () => {
    fc.assert(
      fc.property(
        fc.array(tree(5, FEATURE_NAMES.length), { minLength: 1, maxLength: 8 }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        fc.array(row, { minLength: 1, maxLength: 8 }),
        (trees, base, rows) => {
          setModel(flatten(trees, base, FEATURE_NAMES));
          return rows.every((values) => agree(values, 0, false));
        },
      ),
    );
  });

  it('keeps -0 as a base, a threshold and a leaf (a literal "0" would turn -0 + -0 into 0)', () => {
    const trees: Tree[] = [
      { feature: 1, threshold: -0, left: { leaf: -0 }, right: { leaf: 0.5 } },
      { leaf: -0 },
    ];
    setModel(flatten(trees, -0, FEATURE_NAMES));
    const values = new Float64Array(FEATURE_COUNT);
    // Feature 1 at 0 is ≤ -0: the left leaf, so -0 + -0 + -0.
    expect(Object.is(logOddsFast(values, 0, false), -0)).toBe(true);
    expect(Object.is(logOdds(values, 0, false), -0)).toBe(true);
    values[1] = 1;
    expect(logOddsFast(values, 0, false)).toBe(logOdds(values, 0, false));
  });

  it('compiles the shipped models (complete depth-3 forests: none falls back to the walk of model.ts)', () => {
    for (const kind of ['text', 'html', 'stack'] as const) {
      const forest = completeForest(activeModel(kind)!);
      expect(forest).not.toBeNull();
      expect(typeof compileForest(forest!)).toBe('function');
    }
  });

  it('is 0 with the model off, as logOdds', () => {
    setModel('off');
    const values = new Float64Array(FEATURE_COUNT);
    expect(logOddsFast(values, 0, false)).toBe(0);
    expect(logOdds(values, 0, false)).toBe(0);
  });
});

/** The audit's names by both functions, for every kind of model and `count` from 0 to 6. */
function sameNames(rows: Float64Array, i: number, count: number): boolean {
  for (const kind of [false, true, 'stack'] as const) {
    const plain = decidingFeatures(rows, i, count, kind);
    const fast = decidingFeaturesFast(rows, i, count, kind);
    expect(fast).toEqual(plain);
  }
  return true;
}

describe('decidingFeaturesFast', () => {
  it('names what decidingFeatures names on the shipped models, on row i of several rows', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 4 }),
        fc.nat(),
        fc.integer({ min: 0, max: 6 }),
        (list, k, count) => {
          const rows = new Float64Array(list.length * FEATURE_COUNT);
          list.forEach((values, i) => {
            rows.set(values, i * FEATURE_COUNT);
          });
          return sameNames(rows, k % list.length, count);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names what decidingFeatures names on random models (equal credits, models off)', () => {
    fc.assert(
      fc.property(
        fc.array(tree(3, FEATURE_NAMES.length), { minLength: 1, maxLength: 12 }),
        fc.array(tree(4, HTML_FEATURE_NAMES.length), { minLength: 1, maxLength: 12 }),
        fc.array(tree(3, STACK_MODEL_FEATURES.length), { minLength: 1, maxLength: 12 }),
        fc.array(row, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 6 }),
        (text, html, stack, rows, count) => {
          setModel(flatten(text, 0, FEATURE_NAMES));
          setModel(flatten(html, 0, HTML_FEATURE_NAMES), 'html');
          setModel(flatten(stack, 0, STACK_MODEL_FEATURES), 'stack');
          for (const values of rows) sameNames(values, 0, count);
          // Off: both read the shipped models.
          setModel('off');
          setModel('off', 'html');
          return rows.every((values) => sameNames(values, 0, count));
        },
      ),
    );
  });

  it('names nothing when no split lowers the log-odds', () => {
    setModel(flatten([{ leaf: 1 }], 0, FEATURE_NAMES));
    const values = new Float64Array(FEATURE_COUNT);
    expect(decidingFeaturesFast(values, 0, 3, false)).toEqual([]);
    expect(decidingFeatures(values, 0, 3, false)).toEqual([]);
  });
});
