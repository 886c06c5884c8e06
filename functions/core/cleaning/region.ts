/**
 * The article region: the contiguous run of blocks with the largest total content value (maximum-sum
 * subarray, linear time). Prose paragraphs add their word count, chrome subtracts, so the region is the
 * densest stretch of prose; short lines inside it (headings, list items) are kept when prose surrounds them.
 */
import type { Unit } from './classify.ts';
import { SETTINGS } from './settings.ts';

export interface Region {
  start: number;
  /** Inclusive. -1 when there is no block. */
  end: number;
}

export function findRegion(units: Unit[]): Region {
  return articleAboveDisclaimer(units, coveringRun(units));
}

/**
 * A region that starts right under a disclaimer heading is the legal notice, not the article: when the page
 * has prose above the heading, the article is the densest run there (a short post above a long "Haftung für
 * Links" notice).
 */
function articleAboveDisclaimer(units: Unit[], region: Region): Region {
  for (let h = region.start - 1; h >= Math.max(0, region.start - 2); h--) {
    const verdict = units[h]!.verdict;
    if (verdict?.kind !== 'legal' || verdict.heading !== 'rest') continue;
    const above = units.slice(0, h);
    if (!above.some((unit) => unit.prose && !unit.verdict)) return region;
    const before = coveringRun(above);
    return before.end >= 0 ? before : region;
  }
  return region;
}

/** The densest run, widened when it leaves most of the page's sentence-shaped prose outside. */
function coveringRun(units: Unit[]): Region {
  const region = densestRun(units, 1);
  if (region.end < 0) return region;
  // The whole page's prose in view: a region that leaves most of the page's sentence-shaped prose outside
  // is wrong whatever the page (an article cut at a list inside it). Then short lines cost less, so the
  // article can run through its lists; the wider run is taken when it covers clearly more prose.
  const total = sentenceProse(units, 0, units.length - 1);
  const covered = sentenceProse(units, region.start, region.end);
  if (covered >= total * SETTINGS.regionProseCoverage) return region;
  const wider = densestRun(units, SETTINGS.relaxedPenaltyShare);
  if (wider.end < 0) return region;
  const widerCovered = sentenceProse(units, wider.start, wider.end);
  return widerCovered >= covered * SETTINGS.relaxedGain ? wider : region;
}

/** Words of sentence-shaped prose (prose with function words, no rule, not a repeated copy) in [from, to]. */
function sentenceProse(units: Unit[], from: number, to: number): number {
  let words = 0;
  for (let i = from; i <= to; i++) {
    const unit = units[i]!;
    if (!unit.prose || unit.verdict || (unit.repeats > 1 && !unit.lastCopy)) continue;
    if (unit.feat.stopShare >= SETTINGS.sentenceStopShare) words += unit.feat.words;
  }
  return words;
}

/** The maximum-sum run of the values, negative values scaled by `penaltyShare`. */
function densestRun(units: Unit[], penaltyShare: number): Region {
  if (units.length === 0) return { start: 0, end: -1 };
  let best = Number.NEGATIVE_INFINITY;
  let bestStart = 0;
  let bestEnd = -1;
  let sum = 0;
  let runStart = 0;
  units.forEach((unit, i) => {
    if (sum <= 0) {
      sum = 0;
      runStart = i;
    }
    sum += unit.value < 0 ? unit.value * penaltyShare : unit.value;
    if (sum > best) {
      best = sum;
      bestStart = runStart;
      bestEnd = i;
    }
  });
  if (best <= 0) return fallbackRegion(units);
  // The article starts on a prose paragraph: a short tagline before it is page chrome (or the dek, which
  // the title search then sees).
  let start = bestStart;
  while (start < bestEnd && !units[start]!.prose) start++;
  return { start, end: bestEnd };
}

/**
 * No block reads as prose (a very short page, a pure list): keep every block no rule removed, from the first
 * to the last one, except a leading title-like line.
 */
function fallbackRegion(units: Unit[]): Region {
  let start = -1;
  let end = -1;
  units.forEach((unit, i) => {
    if (unit.verdict) return;
    if (start < 0) start = i;
    end = i;
  });
  if (start < 0) return { start: 0, end: -1 };
  return { start, end };
}
