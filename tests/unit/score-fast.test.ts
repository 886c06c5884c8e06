/**
 * score-fast.ts's `scoreUnitsFast` gives what classify.ts's `scoreUnits` gives, bit for bit: the first odds of
 * every block, every unit's odds, and the same row for each block handed to `each` (the audit's evidence), on
 * the seeds and on random pages of their lines (plain, markdown-like and HTML hints, blocks a rule removes,
 * pages shorter than the second pass's window), with the second pass on and off.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { classify, handContext, scoreUnits, type Unit } from '../../functions/core/cleaning/classify.ts';
import {
  FEATURE_COUNT,
  FEATURE_NAMES,
  STACK_ROW_WIDTH,
  setModel,
} from '../../functions/core/cleaning/model.ts';
import { scoreUnitsFast } from '../../functions/core/cleaning/score-fast.ts';
import type { Block } from '../../functions/core/types.ts';
import { seedLinePage, seedPages } from '../support/seed-block-pages.ts';

afterEach(() => setModel('shipped'));

type Scored = { odds: number[]; unitOdds: number[]; rows: Map<number, { kind: string; row: number[] }> };

function score(blocks: Block[], fast: boolean): Scored {
  const units: Unit[] = classify(blocks, undefined, { model: false });
  const rows = new Map<number, { kind: string; row: number[] }>();
  const each = (i: number, row: Float64Array, kind: boolean | 'stack') => {
    const width = kind === 'stack' ? STACK_ROW_WIDTH : kind ? FEATURE_COUNT : FEATURE_NAMES.length;
    expect(rows.has(i)).toBe(false);
    rows.set(i, { kind: String(kind), row: [...row.subarray(0, width)] });
  };
  const odds = (fast ? scoreUnitsFast : scoreUnits)(units, handContext(units), each);
  return { odds: [...odds], unitOdds: units.map((unit) => unit.odds), rows };
}

function same(blocks: Block[]): void {
  const plain = score(blocks, false);
  const fast = score(blocks, true);
  expect(fast.odds).toEqual(plain.odds);
  expect(fast.unitOdds).toEqual(plain.unitOdds);
  expect(fast.rows).toEqual(plain.rows);
}

describe('scoreUnitsFast', () => {
  it('scores every seed page as scoreUnits does', () => {
    for (const blocks of seedPages) same(blocks);
  });

  it('scores random pages of the seeds lines as scoreUnits does, the second pass on and off', () => {
    fc.assert(fc.property(seedLinePage, (blocks) => same(blocks)));
    setModel('off', 'stack');
    fc.assert(fc.property(seedLinePage, (blocks) => same(blocks)));
  });
});
