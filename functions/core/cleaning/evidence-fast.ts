/**
 * `modelEvidence` of classify.ts for the blocks asked about only: the same features, bit for bit (the
 * properties of tests/unit/evidence-fast.test.ts).
 *
 * The plain version scores every block of the page again (both models) to keep the rows of the few the model
 * removed: on 10 MB of DEV pages that was 0.69 s of the cleaning stage's 3.5 s (node --cpu-prof), ~0.3 ms on an
 * ordinary page with a block the model removed. A block's text-model row is a function of the page context
 * alone (writeRow reads no odds), and its second-pass row of its own text row and the text model's odds of the
 * AROUND blocks on each side: so only the blocks asked about and their neighbours are scored, each once.
 */
import { handContext, type Unit } from './classify.ts';
import {
  AROUND,
  activeModel,
  FEATURE_COUNT,
  type FeatureName,
  type PageContext,
  readsHtmlModel,
  STACK_ROW_WIDTH,
  VERDICT_ODDS,
  writeRow,
  writeStackRow,
} from './model.ts';
import { decidingFeaturesFast, logOddsFast } from './model-fast.ts';
import { Float64Scratch } from './scratch.ts';
import { MODEL_SETTINGS } from './settings.ts';

const VALUES = new Float64Scratch();
const ODDS = new Float64Scratch();
/** The text model's odds of each block scored so far (NaN: not yet). */
const FIRST = new Float64Scratch();
const ROW = new Float64Array(FEATURE_COUNT);
const TEXT_ROW = new Float64Array(FEATURE_COUNT);
const STACK_ROW = new Float64Array(STACK_ROW_WIDTH);

/**
 * See `modelEvidence` (classify.ts): the features that decided the model's verdict on each of `indexes`.
 * `known`, when given, is the page context `applyModel` returned for these units, with no `handContext` call
 * since (its arrays are scratch) and no verdict changed: the same context, not computed again (10 MB of DEV
 * pages: ~0.18 s, a topic table and a region of the whole page).
 */
export function modelEvidenceFast(
  units: Unit[],
  indexes: readonly number[],
  known?: PageContext,
): FeatureName[][] {
  const n = units.length;
  if (known?.units === units) return evidenceOf(units, indexes, known);
  const values = VALUES.take(n);
  const odds = ODDS.take(n);
  for (let i = 0; i < n; i++) {
    values[i] = units[i]!.value;
    odds[i] = units[i]!.odds;
  }
  const evidence = evidenceOf(units, indexes, handContext(units));
  for (let i = 0; i < n; i++) {
    units[i]!.value = values[i]!;
    units[i]!.odds = odds[i]!;
  }
  return evidence;
}

function evidenceOf(units: Unit[], indexes: readonly number[], context: PageContext): FeatureName[][] {
  const n = units.length;
  const first = FIRST.take(n, Number.NaN);
  const stack = activeModel('stack') !== null;
  return indexes.map((i): FeatureName[] => {
    const unit = units[i]!;
    const html = readsHtmlModel(unit);
    if (unit.verdict) return [];
    writeRow(context, i, ROW, 0);
    if (html) return decidingFeaturesFast(ROW, 0, 3, true);
    const own = firstOdds(context, first, i);
    if (
      !stack ||
      unit.feat.words > MODEL_SETTINGS.removeMaxWords ||
      (unit.prose && own > MODEL_SETTINGS.stackKeepsProseAbove)
    )
      return decidingFeaturesFast(ROW, 0, 3, false);
    for (let j = Math.max(0, i - AROUND); j <= Math.min(n - 1, i + AROUND); j++) firstOdds(context, first, j);
    // writeStackRow reads the neighbours' odds only (the window just filled) and the block's own row.
    writeStackRow(first, n, i, ROW, 0, STACK_ROW);
    return decidingFeaturesFast(STACK_ROW, 0, 3, 'stack');
  });
}

/** The text (or HTML) model's odds of block j as scoreUnits has them (VERDICT_ODDS for a block not scored). */
function firstOdds(context: PageContext, first: Float64Array, j: number): number {
  if (!Number.isNaN(first[j]!)) return first[j]!;
  const unit = context.units[j]!;
  const html = readsHtmlModel(unit);
  if (unit.verdict) first[j] = VERDICT_ODDS;
  else {
    writeRow(context, j, TEXT_ROW, 0);
    first[j] = logOddsFast(TEXT_ROW, 0, html);
  }
  return first[j]!;
}
