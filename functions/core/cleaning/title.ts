/**
 * Title detection: the headline usually sits within the lines just before the article region, often right
 * above a byline or date line, and is repeated in the breadcrumb. Scores the candidates, takes the best.
 */
import type { Unit } from './classify.ts';
import type { Region } from './region.ts';

export const TITLE_SETTINGS = {
  /** How many blocks before the region are looked at. */
  lookBack: 25,
  minWords: 2,
  maxWords: 30,
  maxChars: 250,
} as const;

/** Index of the title block, or null. */
export function findTitle(units: Unit[], region: Region): number | null {
  const from = Math.max(0, region.start - TITLE_SETTINGS.lookBack);
  // The region's first block can be the title when nothing precedes it (a bare "Title\n\nBody" file).
  const to = region.start < units.length && region.start === 0 ? 0 : region.start - 1;
  let best: number | null = null;
  let bestScore = 0;
  for (let i = to; i >= from; i--) {
    const score = scoreCandidate(units, i, region);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

function scoreCandidate(units: Unit[], i: number, region: Region): number {
  const unit = units[i]!;
  const f = unit.feat;
  if (unit.verdict || unit.lines.length > 1) return 0;
  if (
    f.words < TITLE_SETTINGS.minWords ||
    f.words > TITLE_SETTINGS.maxWords ||
    f.chars > TITLE_SETTINGS.maxChars
  )
    return 0;
  const text = unit.block.text.trim();
  // Sentences end with a period; headlines do not (a question or exclamation mark is fine).
  if (/[.,;:]$/.test(text) && !/\.\.\.$|…$/.test(text)) return 0;
  // A line repeated as a heading in the body is a table-of-contents entry.
  if (unit.repeats > 1 && !appearsInCrumbOnly(units, unit.key)) return 0;
  let score = f.words === 2 ? 0.4 : 1;
  if (f.words >= 4) score += 1;
  if (f.words >= 6 && f.words <= 20) score += 0.5;
  if (f.titleShare >= 0.7) score += 0.5;
  // Followed closely by a byline, date or reading-time line.
  for (let j = i + 1; j <= Math.min(units.length - 1, i + 4); j++) {
    const kind = units[j]!.verdict?.kind;
    if (kind === 'byline' || kind === 'dateline' || kind === 'metadata') {
      score += 2;
      break;
    }
  }
  // Closer to the region is better.
  const distance = region.start - i;
  score -= Math.min(distance, 25) * 0.12;
  if (i === 0) score += 0.5;
  return score;
}

function appearsInCrumbOnly(units: Unit[], key: string): boolean {
  let count = 0;
  for (const u of units) if (u.key === key && !u.verdict) count++;
  return count <= 1;
}
