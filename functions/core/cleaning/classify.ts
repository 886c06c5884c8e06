/**
 * Per-block classification: features, the rule or detector that matches it, and the block's content value
 * (positive for article prose, negative for chrome) used to find the article region.
 */
import type { Rule } from '../rules.ts';
import { DETECTORS, type DetectorId } from '../rules.ts';
import type { Block, BoilerplateKind } from '../types.ts';
import {
  isAuthorBio,
  isBreadcrumb,
  isDateLine,
  isLinkRow,
  isNameLine,
  isShareBar,
  metaLineKind,
} from './detectors.ts';
import { matchLine } from './match.ts';
import { features, lineKey, type TextFeatures } from './text.ts';

/** Named thresholds of the classifier (see CLEANING.md). */
export const SETTINGS = {
  /** A prose paragraph has at least this many words and ends like a sentence. */
  proseWords: 12,
  /** A block this long counts as text even without final punctuation. */
  longWords: 25,
  /** Above this share of capitalised words a block reads as a title or menu, not prose. */
  titleCaseShare: 0.7,
  /** Value of a short line that is not prose (a heading, a list item, a menu entry). */
  shortPenalty: -2,
  /** Extra penalty for a short title-cased line (menus are title-cased). */
  titleCasePenalty: -1,
  /** Value of a line repeated elsewhere in the page (menus, footers). */
  repeatedPenalty: -4,
  /** Base penalty of a block removed by a rule (plus its word count). */
  rulePenalty: -3,
} as const;

export interface Verdict {
  rule: string;
  kind: BoilerplateKind;
  heading?: 'list' | 'rest';
}

export interface Unit {
  block: Block;
  lines: string[];
  feat: TextFeatures;
  key: string;
  /** Verdict for the whole block, when every line of it is chrome. */
  verdict: Verdict | null;
  /** Per-line verdicts of a multi-line block (null = the line is not matched). */
  lineVerdicts: (Verdict | null)[];
  repeats: number;
  value: number;
  prose: boolean;
}

function fromRule(rule: Rule): Verdict {
  return rule.heading
    ? { rule: rule.id, kind: rule.kind, heading: rule.heading }
    : { rule: rule.id, kind: rule.kind };
}

function detector(id: DetectorId): Verdict {
  return { rule: id, kind: DETECTORS[id].kind };
}

/** Rules first (phrases), then the coded detectors. */
export function verdictForLine(line: string, words: number): Verdict | null {
  const match = matchLine(line, words);
  if (match) return fromRule(match.rule);
  if (words > 40) return null;
  if (isDateLine(line)) return detector('dateline.date');
  const meta = metaLineKind(line);
  if (meta === 'byline') return detector('byline.meta-line');
  if (meta === 'dateline') return detector('dateline.meta-line');
  if (isShareBar(line)) return detector('social.share-bar');
  if (isBreadcrumb(line)) return detector('nav.breadcrumb');
  if (isLinkRow(line)) return detector('nav.link-row');
  return null;
}

export function classify(blocks: Block[]): Unit[] {
  const units: Unit[] = blocks.map((block) => {
    const lines = block.text.split('\n');
    const feat = features(block.text);
    const lineVerdicts = lines.map((line) =>
      lines.length === 1 ? null : verdictForLine(line, features(line).words),
    );
    let verdict: Verdict | null = null;
    if (lines.length === 1) verdict = verdictForLine(block.text, feat.words);
    else if (lineVerdicts.every((v) => v !== null)) verdict = lineVerdicts[0]!;
    return {
      block,
      lines,
      feat,
      key: lineKey(block.text),
      verdict,
      lineVerdicts,
      repeats: 0,
      value: 0,
      prose: false,
    };
  });
  const counts = new Map<string, number>();
  for (const unit of units) counts.set(unit.key, (counts.get(unit.key) ?? 0) + 1);
  units.forEach((unit, i) => {
    unit.repeats = counts.get(unit.key) ?? 1;
    // An author bio: "Name, a … writer" (a name line above it is the byline).
    if (!unit.verdict && isAuthorBio(unit.block.text, null) && isBioPosition(units, i)) {
      unit.verdict = detector('author.bio');
      const previous = units[i - 1];
      if (previous && !previous.verdict && isNameLine(previous.block.text))
        previous.verdict = detector('byline.name');
    }
  });
  for (const unit of units) {
    unit.prose = isProse(unit.feat);
    unit.value = contentValue(unit);
  }
  return units;
}

/** A bio sits in the second half of the page or right under an author heading / name line. */
function isBioPosition(units: Unit[], i: number): boolean {
  if (i >= units.length / 2) return true;
  const previous = units[i - 1];
  return (
    previous !== undefined && (previous.verdict?.kind === 'author-bio' || isNameLine(previous.block.text))
  );
}

export function isProse(f: TextFeatures): boolean {
  if (f.words >= SETTINGS.longWords && f.titleShare < 0.85) return true;
  return f.words >= SETTINGS.proseWords && f.terminal && f.titleShare < SETTINGS.titleCaseShare;
}

function contentValue(unit: Unit): number {
  const f = unit.feat;
  if (unit.verdict) return SETTINGS.rulePenalty - Math.min(f.words, 30);
  if (unit.repeats > 1 && f.words < SETTINGS.longWords) return SETTINGS.repeatedPenalty;
  if (f.words >= SETTINGS.proseWords && f.terminal && f.titleShare < SETTINGS.titleCaseShare) return f.words;
  if (f.words >= SETTINGS.longWords && f.titleShare < 0.85) return f.words * 0.7;
  if (f.terminal && f.words >= 5 && f.stopShare >= 0.15) return f.words * 0.3;
  return (
    SETTINGS.shortPenalty +
    (f.titleShare >= SETTINGS.titleCaseShare && f.words > 1 ? SETTINGS.titleCasePenalty : 0)
  );
}
