/**
 * Cleaning stage: blocks in; the title, the article body and an audit of every removed line out.
 *
 * 1. classify: each block gets features, the rule/detector verdict that matches it, and a content value;
 * 2. region: the densest contiguous run of prose (cleaning/region.ts);
 * 3. inside the region: rule-matched chrome goes, headings take their lists ("Related") or the rest of the
 *    page (comments) with them, short lines between removed ones go (context pass);
 * 4. title: the headline just before the region (cleaning/title.ts);
 * 5. everything outside the region goes, each with its most specific rule.
 */
import { classify, SETTINGS, type Unit, type Verdict } from './cleaning/classify.ts';
import { findRegion } from './cleaning/region.ts';
import { findTitle } from './cleaning/title.ts';
import { DETECTORS, type DetectorId } from './rules.ts';
import type { Block, CleanResult, RemovedItem } from './types.ts';

function detector(id: DetectorId): Verdict {
  return { rule: id, kind: DETECTORS[id].kind };
}

export function clean(blocks: Block[]): CleanResult {
  const units = classify(blocks);
  const region = findRegion(units);
  const titleIndex = findTitle(units, region);
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
  const keptKeys = new Set<string>();
  for (let i = region.start; i <= region.end; i++) {
    const unit = units[i]!;
    if (drop[i] || i === titleIndex || unit.feat.words < 8) continue;
    if (keptKeys.has(unit.key)) drop[i] = detector('page.repeated');
    else keptKeys.add(unit.key);
  }
  const body: Block[] = [];
  const removed: RemovedItem[] = [];
  const remove = (unit: Unit, verdict: Verdict) => {
    removed.push({
      text: unit.block.text,
      rule: verdict.rule,
      kind: verdict.kind,
      block: unit.block.index,
      line: unit.block.line,
    });
  };
  units.forEach((unit, i) => {
    if (i === titleIndex) return;
    const inRegion = i >= region.start && i <= region.end;
    const verdict = drop[i];
    if (verdict) remove(unit, verdict);
    else if (inRegion) keepBlock(unit, body, removed);
    else if (unit.repeats > 1 && unit.feat.words <= 12) remove(unit, detector('page.repeated'));
    else remove(unit, detector(i < region.start ? 'page.before-article' : 'page.after-article'));
  });
  const title = titleIndex === null ? null : units[titleIndex]!.block.text.trim();
  return { blocks, title, titleBlock: titleIndex, body, removed };
}

/** Keep a block; in a multi-line block, lines matched by a rule are removed one by one. */
function keepBlock(unit: Unit, body: Block[], removed: RemovedItem[]): void {
  if (unit.lineVerdicts.every((v) => v === null)) {
    body.push(unit.block);
    return;
  }
  const kept: string[] = [];
  unit.lines.forEach((line, k) => {
    const verdict = unit.lineVerdicts[k];
    if (verdict) {
      removed.push({
        text: line,
        rule: verdict.rule,
        kind: verdict.kind,
        block: unit.block.index,
        line: unit.block.line + k,
      });
    } else {
      kept.push(line);
    }
  });
  if (kept.length > 0) body.push({ ...unit.block, text: kept.join('\n') });
}
