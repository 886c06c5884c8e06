import { describe, expect, it } from 'vitest';
import { boostChoice, forestScore } from '../../tests/training/choice-trees.ts';
import { type ChoiceGroup, dot, fitChoice } from '../../tests/training/learn.ts';

const SETTINGS = { trees: 30, depth: 2, rate: 0.3, lambda: 1, minLeaf: 1, minHessian: 0 };

/**
 * Options [bias, a, b]: the right one has a or b but not both. No weights of a and b alone make every choice (the
 * fourth page wants b to weigh below 0, the second above), two splits do.
 */
function xorPages(): ChoiceGroup[] {
  const x = (a: number, b: number) => Float64Array.from([1, a, b]);
  return [
    { options: [x(1, 0), x(1, 1), x(0, 0)], answer: 0, right: Uint8Array.from([1, 0, 0]) },
    { options: [x(0, 0), x(0, 1)], answer: 1, right: Uint8Array.from([0, 1]) },
    { options: [x(0, 0), x(1, 0)], answer: 1, right: Uint8Array.from([0, 1]) },
    { options: [x(1, 1), x(1, 0)], answer: 1, right: Uint8Array.from([0, 1]) },
  ];
}

const argmax = (scores: number[]) => scores.indexOf(Math.max(...scores));

describe('boostChoice', () => {
  it('learns a choice that needs two features together', () => {
    // Arrange
    const pages = xorPages();
    // Act
    const forest = boostChoice(pages, 3, () => 0, SETTINGS);
    const w = fitChoice(pages, 3, 0.001);
    // Assess: the trees get every page, the linear model not.
    for (const page of pages)
      expect(argmax(page.options.map((x) => forestScore(forest, x)))).toBe(page.answer);
    expect(pages.every((page) => argmax(page.options.map((x) => dot(w, x))) === page.answer)).toBe(false);
  });

  it('starts from the given scores and never splits on the bias', () => {
    // Arrange: the start already picks the right option on every page.
    const pages = xorPages();
    const start = (group: ChoiceGroup, k: number) => (k === group.answer ? 5 : 0);
    // Act
    const forest = boostChoice(pages, 3, start, SETTINGS);
    // Assess
    expect(forest.roots.length).toBe(SETTINGS.trees);
    expect(forest.feature.includes(0)).toBe(false);
    for (const page of pages)
      expect(argmax(page.options.map((x, k) => start(page, k) + forestScore(forest, x)))).toBe(page.answer);
  });

  it('skips pages without a right option and scores with a prefix of its trees', () => {
    // Arrange
    const pages: ChoiceGroup[] = [
      ...xorPages(),
      { options: [Float64Array.from([1, 1, 0])], answer: -1, right: Uint8Array.from([0]) },
    ];
    // Act
    const forest = boostChoice(pages, 3, () => 0, SETTINGS);
    // Assess
    const x = Float64Array.from([1, 0, 1]);
    expect(forestScore(forest, x, 0)).toBe(0);
    expect(forestScore(forest, x, SETTINGS.trees)).toBe(forestScore(forest, x));
  });
});
