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
  /** A byline or date line within this many blocks after a candidate marks it as the headline. */
  metaAfter: 6,
} as const;

/** Index of the title block, or null. */
export function findTitle(units: Unit[], region: Region): number | null {
  const from = Math.max(0, region.start - TITLE_SETTINGS.lookBack);
  // The region's first block can be the title when nothing precedes it (a bare "Title\n\nBody" file).
  const to = region.start < units.length && region.start === 0 ? 0 : region.start - 1;
  let best: number | null = null;
  let bestScore = 0;
  const crumbTails = breadcrumbTails(units, from, Math.min(units.length - 1, region.end));
  const inRegion = new Set<string>();
  for (let i = Math.max(0, region.start); i <= region.end; i++)
    if (units[i]!.feat.words <= 30) inRegion.add(units[i]!.key);
  for (let i = to; i >= from; i--) {
    const score = scoreCandidate(units, i, region, crumbTails, inRegion);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

const DATE_IN_LINE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{4}\b/i;

function scoreCandidate(
  units: Unit[],
  i: number,
  region: Region,
  crumbTails: Set<string>,
  inRegion: Set<string>,
): number {
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
  // Truncated teasers end with an ellipsis.
  if (/[.,;:…]$/.test(text)) return 0;
  // Bylines, dates and labels that no rule caught.
  if (/^(?:by|written by|posted|published|updated|last updated|on)\b/i.test(text) || /[|»›]/.test(text))
    return 0;
  if (DATE_IN_LINE.test(text)) return 0;
  // A line repeated as a heading in the body is a table-of-contents entry.
  if (inRegion.has(unit.key)) return 0;
  let score = f.words === 2 ? 0.4 : 1;
  // Repeated before the article (page header, breadcrumb item, share text): the page's own title.
  if (unit.repeats > 1) score += 0.5;
  if (f.words >= 4) score += 1;
  if (f.words >= 6 && f.words <= 20) score += 0.5;
  if (f.titleShare >= 0.7) score += 0.5;
  // Followed closely by a byline, date or reading-time line; or right under one.
  for (let j = i + 1; j <= Math.min(units.length - 1, i + TITLE_SETTINGS.metaAfter); j++) {
    const kind = units[j]!.verdict?.kind;
    if (kind === 'byline' || kind === 'dateline' || kind === 'metadata') {
      score += 2;
      break;
    }
  }
  const above = units[i - 1]?.verdict?.kind;
  if (above === 'byline' || above === 'dateline') score += 1;
  // The breadcrumb ends with the page's own title.
  if (crumbTails.has(unit.key)) score += 2;
  // Closer to the region is better.
  const distance = region.start - i;
  score -= Math.min(distance, 25) * 0.12;
  if (i === 0) score += 0.5;
  return score;
}

/** Last parts of the breadcrumb lines before the region, as keys. */
function breadcrumbTails(units: Unit[], from: number, to: number): Set<string> {
  const tails = new Set<string>();
  for (let i = from; i <= to; i++) {
    const unit = units[i]!;
    if (unit.verdict?.rule !== 'nav.breadcrumb') continue;
    const parts = unit.key.split(/ (?:>|›|»|\/|→|\\|::) /);
    tails.add(parts[parts.length - 1]!.trim());
  }
  return tails;
}
