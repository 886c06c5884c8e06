/**
 * evidence-fast.ts's `modelEvidenceFast` names the features classify.ts's `modelEvidence` names, for any set of
 * blocks asked about, and leaves every unit's value and odds as it found them: on the seeds and on random
 * pages of their lines (plain, markdown-like and HTML hints), with the second pass on and off.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { classify, modelEvidence } from '../../functions/core/cleaning/classify.ts';
import { modelEvidenceFast } from '../../functions/core/cleaning/evidence-fast.ts';
import { setModel } from '../../functions/core/cleaning/model.ts';
import { readLayout } from '../../functions/core/layout.ts';
import type { Block, BlockHints } from '../../functions/core/types.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const pages = readdirSync(SEEDS)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readLayout(readFileSync(join(SEEDS, name), 'utf8'), name).blocks);
const lines = [...new Set(pages.flatMap((blocks) => blocks.map((block) => block.text)))];

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

/** A page and which of its blocks are asked about (a boolean per block, cycled). */
const asked = fc.tuple(page, fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }));
const chosen =
  (picks: boolean[]) =>
  (n: number): number[] =>
    Array.from({ length: n }, (_, i) => i).filter((i) => picks[i % picks.length]);

describe('modelEvidenceFast', () => {
  it('names what modelEvidence names for every block of every seed page', () => {
    for (const blocks of pages) same(blocks, (n) => Array.from({ length: n }, (_, i) => i));
  });

  it('names what modelEvidence names on random pages and choices, the second pass on and off', () => {
    fc.assert(fc.property(asked, ([blocks, picks]) => same(blocks, chosen(picks))));
    setModel('off', 'stack');
    fc.assert(fc.property(asked, ([blocks, picks]) => same(blocks, chosen(picks))));
  });
});
