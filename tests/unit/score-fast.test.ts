/**
 * score-fast.ts's `scoreUnitsFast` gives what classify.ts's `scoreUnits` gives, bit for bit: the first odds of
 * every block, every unit's odds, and the same row for each block handed to `each` (the audit's evidence), on
 * the seeds and on random pages of their lines (plain, markdown-like and HTML hints, blocks a rule removes,
 * pages shorter than the second pass's window), with the second pass on and off.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
import { readLayout } from '../../functions/core/layout.ts';
import type { Block, BlockHints } from '../../functions/core/types.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const pages = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readLayout(readFileSync(join(SEEDS, name), 'utf8'), name).blocks);
const lines = [...new Set(pages.flatMap((blocks) => blocks.map((block) => block.text)))];

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

const hints = fc.oneof(
  { weight: 4, arbitrary: fc.constant<BlockHints | undefined>(undefined) },
  { weight: 1, arbitrary: fc.constant<BlockHints | undefined>({ heading: 2 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.nat(5), { minLength: 1, maxLength: 3 })
      .map((path): BlockHints => ({ path, containers: [], linkShare: (path[0]! % 3) / 3 })),
  },
);

const page = fc
  .array(fc.record({ text: fc.constantFrom(...lines), hints }), { maxLength: 60 })
  .map((drawn) =>
    drawn.map(
      ({ text, hints }, index): Block => ({ index, text, line: index + 1, hints, markup: undefined }),
    ),
  );

describe('scoreUnitsFast', () => {
  it('scores every seed page as scoreUnits does', () => {
    for (const blocks of pages) same(blocks);
  });

  it('scores random pages of the seeds lines as scoreUnits does, the second pass on and off', () => {
    fc.assert(fc.property(page, (blocks) => same(blocks)));
    setModel('off', 'stack');
    fc.assert(fc.property(page, (blocks) => same(blocks)));
  });
});
