/**
 * `scoreUnits` of classify.ts in a window of rows instead of a table of them: the same odds, bit for bit (the
 * properties of tests/unit/score-fast.test.ts).
 *
 * The plain version writes every text block's feature row (31 doubles) into one table, then walks the blocks
 * again for the second pass, which reads the row of the block and the first odds of its AROUND neighbours on
 * each side. The table is 248 bytes a block: 288 MB off the heap for 10 MB of one-word blocks (1.16 million),
 * the largest single item of that input's peak (npm run bench:coldstart), held afterwards by the scratch. A row
 * is a function of the page context and the block alone (writeRow reads no odds), and the second pass of
 * block k needs first odds up to block k + AROUND only: so one walk scores block i with the text model and
 * block i - AROUND with the second pass, and keeps the last AROUND + 1 rows in a ring.
 */
import type { Unit } from './classify.ts';
import {
  AROUND,
  activeModel,
  FEATURE_COUNT,
  FEATURE_NAMES,
  type PageContext,
  readsHtmlModel,
  STACK_ROW_WIDTH,
  VERDICT_ODDS,
  writeRow,
  writeStackRow,
} from './model.ts';
import { logOddsFast } from './model-fast.ts';
import { Float64Scratch } from './scratch.ts';
import { MODEL_SETTINGS } from './settings.ts';

const TEXT_WIDTH = FEATURE_NAMES.length;
/** Rows kept: the block scored now and the AROUND before it, whose second pass waits for its odds. */
const RING = AROUND + 1;
const RING_ROWS = new Float64Array(RING * TEXT_WIDTH);
const ROW = new Float64Array(FEATURE_COUNT);
const STACK_ROW = new Float64Array(STACK_ROW_WIDTH);
const FIRST_ODDS = new Float64Scratch();

/** See `scoreUnits` (classify.ts): the same contract, the same calls of `each` (in another order). */
export function scoreUnitsFast(
  units: Unit[],
  context: PageContext,
  each?: (i: number, row: Float64Array, kind: boolean | 'stack') => void,
): Float64Array {
  const n = units.length;
  const odds = FIRST_ODDS.take(n);
  const stack = activeModel('stack') !== null;
  for (let i = 0; i < n + AROUND; i++) {
    if (i < n) {
      const unit = units[i]!;
      odds[i] = VERDICT_ODDS;
      const html = readsHtmlModel(unit);
      if (!unit.verdict) {
        writeRow(context, i, ROW, 0);
        unit.odds = logOddsFast(ROW, 0, html);
        odds[i] = unit.odds;
        if (html) each?.(i, ROW, true);
        else if (stack) {
          // A copy by hand: `set(ROW.subarray(…))` made a view object per block.
          const offset = (i % RING) * TEXT_WIDTH;
          for (let f = 0; f < TEXT_WIDTH; f++) RING_ROWS[offset + f] = ROW[f]!;
        } else each?.(i, ROW, false);
      }
    }
    // The second pass of block k reads the first odds of blocks up to k + AROUND = i: all written now.
    const k = i - AROUND;
    if (!stack || k < 0) continue;
    const unit = units[k]!;
    if (unit.verdict || readsHtmlModel(unit)) continue;
    const offset = (k % RING) * TEXT_WIDTH;
    if (
      unit.feat.words > MODEL_SETTINGS.removeMaxWords ||
      (unit.prose && odds[k]! > MODEL_SETTINGS.stackKeepsProseAbove)
    ) {
      if (each) {
        for (let f = 0; f < TEXT_WIDTH; f++) ROW[f] = RING_ROWS[offset + f]!;
        each(k, ROW, false);
      }
      continue;
    }
    writeStackRow(odds, n, k, RING_ROWS, offset, STACK_ROW);
    unit.odds = logOddsFast(STACK_ROW, 0, 'stack');
    each?.(k, STACK_ROW, 'stack');
  }
  return odds;
}
