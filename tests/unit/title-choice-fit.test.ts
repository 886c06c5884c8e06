import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitSparseChoice } from '../../tests/training/choice-fit.ts';
import { type ChoiceGroup, fitChoice } from '../../tests/training/learn.ts';

const DIMS = 5;

/** Mostly-zero feature values, as the title's are (flags, and a few fractions). */
const value = fc.constantFrom(0, 0, 0, 1, 1, -1, 0.25, 0.6, 2.5);
const option = fc
  .array(value, { minLength: DIMS - 1, maxLength: DIMS - 1 })
  .map((rest) => Float64Array.from([1, ...rest]));
/** A page: its options, and which are right (none, one, or several: the headline twice). */
const group: fc.Arbitrary<ChoiceGroup> = fc
  .array(fc.tuple(option, fc.boolean()), { minLength: 1, maxLength: 6 })
  .map((pairs) => {
    const right = Uint8Array.from(pairs, ([, r]) => (r ? 1 : 0));
    return { options: pairs.map(([x]) => x), answer: right.indexOf(1), right };
  });

describe('fitSparseChoice', () => {
  it("gives fitChoice's weights to the last bit on any pages", () => {
    fc.assert(
      fc.property(
        fc.array(group, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(0, 0.001, 0.1),
        (groups, lambda) => {
          const sparse = fitSparseChoice(groups, DIMS, lambda, [], 60);
          const dense = fitChoice(groups, DIMS, lambda, false, 60);
          expect(Array.from(sparse)).toEqual(Array.from(dense));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('learns to prefer the feature the right options carry', () => {
    // Arrange: on every page the right option has feature 1, the wrong one feature 2.
    const pages: ChoiceGroup[] = Array.from({ length: 6 }, () => ({
      options: [Float64Array.from([1, 1, 0, 0, 0]), Float64Array.from([1, 0, 1, 0, 0])],
      answer: 0,
      right: Uint8Array.from([1, 0]),
    }));
    // Act
    const w = fitSparseChoice(pages, DIMS, 0.001, [], 200);
    // Assess
    expect(w[1]!).toBeGreaterThan(w[2]!);
  });

  it('weighs a cross of two features as one more feature', () => {
    // Arrange: right exactly when features 1 and 2 are both set (neither alone tells).
    const both = Float64Array.from([1, 1, 1, 0, 0]);
    const one = Float64Array.from([1, 1, 0, 0, 0]);
    const other = Float64Array.from([1, 0, 1, 0, 0]);
    const pages: ChoiceGroup[] = Array.from({ length: 6 }, () => ({
      options: [one, both, other],
      answer: 1,
      right: Uint8Array.from([0, 1, 0]),
    }));
    // Act
    const w = fitSparseChoice(pages, DIMS, 0.001, [[1, 2]], 200);
    // Assess
    expect(w.length).toBe(DIMS + 1);
    expect(w[DIMS]!).toBeGreaterThan(0.5);
  });
});
