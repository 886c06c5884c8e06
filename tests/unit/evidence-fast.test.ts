/**
 * evidence-fast.ts's `modelEvidenceFast` names the features classify.ts's `modelEvidence` names, for any set of
 * blocks asked about, and leaves every unit's value and odds as it found them: on the seeds and on random
 * pages of their lines (plain, markdown-like and HTML hints), with the second pass on and off; and so it does
 * given the page context applyModel returned (as clean.ts calls it), after the pass changed units' values.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { applyModel, classify, modelEvidence } from '../../functions/core/cleaning/classify.ts';
import { modelEvidenceFast } from '../../functions/core/cleaning/evidence-fast.ts';
import { setModel } from '../../functions/core/cleaning/model.ts';
import type { Block } from '../../functions/core/types.ts';
import { seedLinePage, seedPages } from '../support/seed-block-pages.ts';

afterEach(() => setModel('shipped'));

/** Both versions on the same units, `indexes` as clean.ts asks (distinct, in order). */
function same(blocks: Block[], pick: (n: number) => number[]): void {
  const units = classify(blocks);
  const indexes = pick(units.length);
  const before = units.map((unit) => [unit.value, unit.odds]);
  const plain = modelEvidence(units, indexes);
  expect(units.map((unit) => [unit.value, unit.odds])).toEqual(before);
  expect(modelEvidenceFast(units, indexes)).toEqual(plain);
  expect(units.map((unit) => [unit.value, unit.odds])).toEqual(before);
  // As clean.ts: the context of applyModel, then values moved by the pass (hints.ts, toc.ts) before the audit.
  const again = classify(blocks, undefined, { model: false });
  const context = applyModel(again);
  for (const unit of again) unit.value = Math.max(unit.value, 0);
  const moved = again.map((unit) => [unit.value, unit.odds]);
  expect(modelEvidenceFast(again, indexes, context)).toEqual(plain);
  expect(again.map((unit) => [unit.value, unit.odds])).toEqual(moved);
}

/** A page and which of its blocks are asked about (a boolean per block, cycled). */
const asked = fc.tuple(seedLinePage, fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }));
const chosen =
  (picks: boolean[]) =>
  (n: number): number[] =>
    Array.from({ length: n }, (_, i) => i).filter((i) => picks[i % picks.length]);

describe('modelEvidenceFast', () => {
  it('names what modelEvidence names for every block of every seed page', () => {
    for (const blocks of seedPages) same(blocks, (n) => Array.from({ length: n }, (_, i) => i));
  });

  it('names what modelEvidence names on random pages and choices, the second pass on and off', () => {
    fc.assert(fc.property(asked, ([blocks, picks]) => same(blocks, chosen(picks))));
    setModel('off', 'stack');
    fc.assert(fc.property(asked, ([blocks, picks]) => same(blocks, chosen(picks))));
  });
});
