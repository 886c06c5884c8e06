/**
 * Cleaning stage: blocks in; the title, the article body and an audit of every removed line out.
 *
 * 1. classify: each block gets features, the rule/detector verdict that matches it, and a content value;
 * 2. region: the densest contiguous run of prose (cleaning/region.ts);
 * 3. inside the region: rule-matched chrome goes, headings take their lists ("Related") or the rest of the
 *    page (comments) with them, short lines between removed ones go (context pass);
 * 4. title: the headline just before the region (cleaning/title.ts);
 * 5. everything outside the region goes, each with its most specific rule.
 *
 * The result is a fixed point: the kept blocks are cleaned again (same steps, no title search, each text's
 * analysis reused) until a pass changes nothing, so cleaning a clean body gives it back unchanged.
 */
import {
  type Analysis,
  classify,
  detector,
  linesOf,
  lineVerdictsOf,
  SETTINGS,
  type Unit,
  type Verdict,
} from './cleaning/classify.ts';
import { favourArticleContainer } from './cleaning/hints.ts';
import { findRegion } from './cleaning/region.ts';
import { Int32Scratch } from './cleaning/scratch.ts';
import { findTitle } from './cleaning/title.ts';
import type { Block, CleanResult, RemovedItem } from './types.ts';

/**
 * Upper bound on cleaning passes. Each pass that changes something removes a block or a line; on the DEV
 * pages the second pass changes 33 of 370 bodies and the third none. The cap only bounds pathological input.
 */
const MAX_PASSES = 8;

/** Per key class: kept already (a reused table, see cleaning/scratch.ts). */
const KEPT_KEYS = new Int32Scratch();

export function clean(blocks: Block[]): CleanResult {
  const units = classify(blocks);
  if (units.every(hasNoChrome)) return allBody(units, blocks);
  const first = cleanPass(units, true);
  let { body, prior } = first;
  let removed = first.removed;
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const next = cleanPass(classify(body, prior), false);
    if (sameTexts(next.body, body)) break;
    removed = removed.concat(next.removed);
    body = next.body;
    prior = next.prior;
  }
  if (removed !== first.removed) removed.sort((a, b) => a.line - b.line);
  return {
    blocks,
    title: first.title,
    titleBlock: first.titleBlock,
    titleProbability: first.titleProbability,
    body,
    removed,
  };
}

interface Pass extends Omit<CleanResult, 'blocks'> {
  /** For each body block, its unit's analysis when the block is kept whole (reused by the next pass). */
  prior: (Analysis | null)[];
}

function hasNoChrome(unit: Unit): boolean {
  return unit.verdict === null && lineVerdictsOf(unit).every((v) => v === null);
}

/**
 * A text in which no rule or detector finds any chrome is all article: every block is kept (a clean article,
 * or a body cleaned before). Only a headline-like first block right above a prose paragraph becomes the
 * title. (A cleaned body never starts that way: its first block is prose, or it has no prose at all.)
 */
function allBody(units: Unit[], blocks: Block[]): CleanResult {
  const choice =
    units.length > 1 && !units[0]!.prose && units[1]!.prose
      ? findTitle(units, { start: 1, end: units.length - 1 })
      : null;
  const titled = choice?.index === 0;
  return {
    blocks,
    title: titled ? units[0]!.block.text.trim() : null,
    titleBlock: titled ? units[0]!.block.index : null,
    titleProbability: titled ? choice.probability : undefined,
    body: titled ? blocks.slice(1) : blocks,
    removed: [],
  };
}

function sameTexts(a: Block[], b: Block[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.text !== b[i]!.text) return false;
  return true;
}

/**
 * One cleaning pass. The title is searched only on the first pass, and only among blocks before the article
 * region: a region that starts at the first block has no title above it. (Taking the first block of the
 * article as the title would strip the first line of a clean body each time it is cleaned again.)
 */
function cleanPass(units: Unit[], first: boolean): Pass {
  if (first) favourArticleContainer(units);
  const region = findRegion(units);
  const titleChoice = first && region.start > 0 ? findTitle(units, region) : null;
  const titleIndex = titleChoice?.index ?? null;
  const drop: (Verdict | null)[] = units.map((u) => u.verdict);

  // Inside the region: headings take their lists or the rest with them. `covered` keeps this linear when
  // headings follow each other: no block is walked twice.
  let covered = region.start;
  for (let i = region.start; i < units.length; i++) {
    const verdict = drop[i];
    if (!verdict?.heading) continue;
    // A comment section late in the article runs to the end of the page, even past the region.
    const late = i - region.start >= (region.end - region.start) * SETTINGS.tailShare;
    // An earlier one (a thread widget inside the page) runs to the region's end.
    // A disclaimer heading early in the article (an affiliate note above it) takes nothing with it.
    if (verdict.heading === 'rest' && verdict.kind !== 'comments' && !late && i <= region.end) continue;
    if (verdict.heading === 'rest') {
      const last = late || i > region.end ? units.length - 1 : region.end;
      // Under a comment heading: the thread; under a disclaimer heading: the notice (same rule and kind).
      const under =
        verdict.kind === 'comments'
          ? detector('comments.thread')
          : { rule: verdict.rule, kind: verdict.kind };
      for (let j = i + 1; j <= last; j++) drop[j] ??= under;
      break;
    }
    // A related-list heading late in the article starts the page's tail: teasers with blurbs follow it.
    // Past the region, it still names the short titles under it.
    const inside = i <= region.end;
    const last = inside ? region.end : units.length - 1;
    let j = Math.max(i + 1, covered);
    while (j <= last && ((late && inside) || !units[j]!.prose)) {
      drop[j] ??= detector('related.list-item');
      j++;
    }
    covered = Math.max(covered, j);
  }
  // Context pass: a short line between two removed lines goes with them; a sentence between two removed
  // lines of the same kind (the middle of a newsletter box) goes too, with their kind.
  for (let i = region.start + 1; i < region.end; i++) {
    const before = drop[i - 1];
    const after = drop[i + 1];
    if (drop[i] || !before || !after || i === titleIndex) continue;
    const words = units[i]!.feat.words;
    if (!units[i]!.prose && words <= 6) drop[i] = detector('context.between-chrome');
    else if (before.kind === after.kind && words <= SETTINGS.boxWords)
      drop[i] = { rule: 'context.between-chrome', kind: before.kind };
  }

  // A paragraph repeated inside the article (a pull quote, a widget shown twice) is kept once.
  // Equal keys share a key class (classify), so a flag per class says whether the key was kept already.
  const keptKeys = KEPT_KEYS.take(units.length);
  for (let i = region.start; i <= region.end; i++) {
    const unit = units[i]!;
    if (drop[i] || i === titleIndex || unit.feat.words < 8) continue;
    if (keptKeys[unit.keyClass] === 1) drop[i] = detector('page.repeated');
    else keptKeys[unit.keyClass] = 1;
  }
  const body: Block[] = [];
  const priorUnits: Unit[] = [];
  const removed: RemovedItem[] = [];
  const remove = (unit: Unit, verdict: Verdict) => {
    removed.push(removedItem(unit.block, unit.block.text, verdict, unit.block.line));
  };
  units.forEach((unit, i) => {
    if (i === titleIndex) return;
    const inRegion = i >= region.start && i <= region.end;
    const verdict = drop[i];
    if (verdict) remove(unit, verdict);
    else if (inRegion && keepBlock(unit, body, removed)) priorUnits.push(unit);
    else if (unit.repeats > 1 && unit.feat.words <= 12) remove(unit, detector('page.repeated'));
    else remove(unit, detector(i < region.start ? 'page.before-article' : 'page.after-article'));
  });
  const title = titleIndex === null ? null : units[titleIndex]!.block.text.trim();
  const prior = body.map((block, k) => (priorUnits[k]!.block === block ? priorUnits[k]! : null));
  return {
    title,
    titleBlock: titleIndex === null ? null : units[titleIndex]!.block.index,
    titleProbability: titleChoice?.probability ?? null,
    body,
    removed,
    prior,
  };
}

/** Keep a block (false when nothing of it is left); in a multi-line block, lines matched by a rule are removed one by one. */
function keepBlock(unit: Unit, body: Block[], removed: RemovedItem[]): boolean {
  const lineVerdicts = lineVerdictsOf(unit);
  if (lineVerdicts.every((v) => v === null)) {
    body.push(unit.block);
    return true;
  }
  const kept: string[] = [];
  // A markdown block keeps the markup of its kept lines (one markup line per text line).
  const markup = unit.block.markup?.split('\n');
  const keptMarkup: string[] = [];
  let firstLine = -1;
  linesOf(unit).forEach((line, k) => {
    const verdict = lineVerdicts[k];
    if (verdict) {
      removed.push(removedItem(unit.block, line, verdict, unit.block.line + k));
    } else {
      if (firstLine < 0) firstLine = unit.block.line + k;
      kept.push(line);
      keptMarkup.push(markup?.[k] ?? line);
    }
  });
  if (kept.length === 0) return false;
  const edited: Block = { ...unit.block, text: kept.join('\n'), line: firstLine };
  if (markup) edited.markup = keptMarkup.join('\n');
  body.push(edited);
  return true;
}

/** The audit entry of a removed block or line; HTML input names the element it came from. */
function removedItem(block: Block, text: string, verdict: Verdict, line: number): RemovedItem {
  const item: RemovedItem = { text, rule: verdict.rule, kind: verdict.kind, block: block.index, line };
  if (block.hints?.element) item.element = block.hints.element;
  return item;
}
