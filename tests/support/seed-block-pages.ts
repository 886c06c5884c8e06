/**
 * Pages of blocks for the cleaner's property tests: the seeds' plain-text pages as the layout stage reads them,
 * and random pages drawn from their lines with plain, markdown-like (a heading) or HTML hints (an element path).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { readLayout } from '../../functions/core/layout.ts';
import type { Block, BlockHints } from '../../functions/core/types.ts';
import { SEEDS_DIR } from './seeds.ts';

/** The blocks of every plain-text seed, in file order. */
export const seedPages: Block[][] = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readLayout(readFileSync(join(SEEDS_DIR, name), 'utf8'), name).blocks);

const seedLines = [...new Set(seedPages.flatMap((blocks) => blocks.map((block) => block.text)))];

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

/** A page of up to 60 of the seeds' lines, each with plain, markdown-like or HTML hints. */
export const seedLinePage: fc.Arbitrary<Block[]> = fc
  .array(fc.record({ text: fc.constantFrom(...seedLines), hints }), { maxLength: 60 })
  .map((drawn) =>
    drawn.map(
      ({ text, hints }, index): Block => ({ index, text, line: index + 1, hints, markup: undefined }),
    ),
  );
