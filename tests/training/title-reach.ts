/**
 * Title reach: `npx tsx tests/training/title-reach.ts [CORPUS...]` (default dev, multi, check; HTML=1 reads the
 * original HTML; TOOL=soup, or another layout of tests/support/text-browsers.ts, reads each page's HTML as that tool
 * renders it). Reach is the share of pages (with a gold title) where some candidate of the cleaner's title
 * search gives the gold title as the record would (metadata/title.ts); the chooser cannot do better. Pages out
 * of reach are sorted by why (the gold is a line that is no candidate, a line of other case or punctuation,
 * part of a longer line, two lines joined, or nowhere in the text); LIST=1 prints them (never for check: it is
 * counted in aggregate only). WRONG=1 prints the pages in reach where the chooser picked another candidate: the
 * pick and the best-scoring right candidate, each with its position against the region, its score and the
 * features it carries (never for check either).
 */
import { join } from 'node:path';
import { clean } from '../../functions/core/clean.ts';
import {
  scoreFeatures,
  TITLE_FEATURES,
  TITLE_PROBE,
  type TitleCandidate,
  type TitleSearch,
} from '../../functions/core/cleaning/title.ts';
import { decode } from '../../functions/core/decode.ts';
import { readLayout } from '../../functions/core/layout.ts';
import { detectLanguageFast } from '../../functions/core/metadata/language-fast.ts';
import { extractTitle } from '../../functions/core/metadata/title.ts';
import { judge, normText, readPages, scorerOf } from '../bench/metadata-scoring.ts';
import type { ToolLayout } from '../support/text-browsers.ts';
import { BENCH } from './title-data.ts';

const corpora = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dev', 'multi', 'check'];
const html = process.env.HTML === '1';
/** TOOL=soup (or another of tests/support/text-browsers.ts) reads each page's HTML as that tool renders it. */
const tool = process.env.TOOL as ToolLayout | undefined;
const list = process.env.LIST === '1';
const wrong = process.env.WRONG === '1';

const squash = (text: string) => normText(text).replace(/[^\p{L}\p{N}]+/gu, '');

TITLE_PROBE.on = true;
for (const corpus of corpora) {
  const dir = join(BENCH, corpus);
  const scorer = scorerOf(dir);
  const why = new Map<string, number>();
  let pages = 0;
  let reached = 0;
  let chosen = 0;
  let candidates = 0;
  for (const page of readPages(dir, html, tool)) {
    const decoded = decode(page.bytes);
    if (!decoded.ok || !page.gold.title) continue;
    pages++;
    const blocks = readLayout(decoded.text, page.file).blocks;
    TITLE_PROBE.last = null;
    const cleaned = clean(blocks);
    const probe = TITLE_PROBE.last as TitleSearch | null;
    const language = detectLanguageFast(cleaned.body.map((block) => block.text).join('\n\n'));
    const right = (text: string) =>
      judge(scorer, page.gold, {
        title: extractTitle({ ...cleaned, title: text }, language),
        authors: [],
        publishedAt: null,
      }).title.exact;
    if (cleaned.title !== null && right(cleaned.title)) chosen++;
    const found = probe?.candidates ?? [];
    candidates += found.length;
    if (found.some((c) => right(c.text))) {
      reached++;
      if (wrong && !corpus.startsWith('check') && !(cleaned.title !== null && right(cleaned.title)))
        showWrong(`${corpus}/${page.name}`, found, right, probe?.region.start ?? 0);
      continue;
    }
    const gold = normText(page.gold.title);
    const goldSquash = squash(page.gold.title);
    const units = probe?.units ?? [];
    const start = probe?.region.start ?? 0;
    const lines: { i: number; text: string }[] = [];
    units.forEach((unit, i) => {
      for (const line of unit.block.text.split('\n')) if (line.trim()) lines.push({ i, text: line.trim() });
    });
    const describe = (i: number) => {
      const unit = units[i]!;
      const parts = [`at ${i - start}`];
      if (unit.verdict) parts.push(`verdict ${unit.verdict.rule}`);
      if (unit.lines !== null) parts.push('multi-line');
      if (unit.prose) parts.push('prose');
      if (found.some((c) => c.index === i)) parts.push('candidate');
      return parts.join(', ');
    };
    let reason: string;
    let detail = '';
    const exact = lines.find((line) => normText(line.text) === gold);
    const squashed = lines.find((line) => squash(line.text) === goldSquash);
    const inside = lines.find((line) => normText(line.text).includes(gold));
    let joined = -1;
    for (let k = 0; k + 1 < lines.length && joined < 0; k++)
      if (squash(`${lines[k]!.text} ${lines[k + 1]!.text}`) === goldSquash) joined = k;
    if (probe === null) reason = 'no-search';
    else if (exact) {
      const unit = units[exact.i]!;
      const candidate = found.some((c) => c.index === exact.i);
      reason = candidate
        ? 'line-cut-wrong'
        : unit.lines !== null
          ? 'line-in-multiline-block'
          : 'line-not-candidate';
      detail = `${describe(exact.i)} | ${exact.text}`;
    } else if (squashed) {
      reason = 'line-other-punctuation';
      detail = `${describe(squashed.i)} | ${squashed.text}`;
    } else if (inside) {
      reason = 'part-of-line';
      detail = `${describe(inside.i)} | ${inside.text.slice(0, 160)}`;
    } else if (joined >= 0) {
      reason = 'two-lines';
      detail = `${describe(lines[joined]!.i)} | ${lines[joined]!.text} // ${lines[joined + 1]!.text}`;
    } else reason = 'absent';
    why.set(reason, (why.get(reason) ?? 0) + 1);
    if (list && !corpus.startsWith('check'))
      console.log(
        `${corpus}/${page.name} [${reason}] gold=${JSON.stringify(page.gold.title)}\n    ${detail}`,
      );
  }
  const rate = (n: number) => (n / pages).toFixed(3);
  console.log(
    `${corpus}${html ? ' (HTML)' : ''}: ${pages} pages, chosen right ${rate(chosen)}, reach ${rate(reached)}, ${(candidates / pages).toFixed(1)} candidates/page; out of reach: ${[
      ...why,
    ]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
}

/** A page in reach whose pick is wrong: the pick and the best right candidate, with scores and features. */
function showWrong(
  name: string,
  found: TitleCandidate[],
  right: (text: string) => boolean,
  start: number,
): void {
  const scores = found.map((c) => scoreFeatures(c.features));
  let pick = 0;
  let gold = -1;
  found.forEach((c, k) => {
    if (scores[k]! > scores[pick]!) pick = k;
    if (right(c.text) && (gold < 0 || scores[k]! > scores[gold]!)) gold = k;
  });
  const show = (label: string, k: number) => {
    const c = found[k]!;
    const names = TITLE_FEATURES.filter((_, d) => c.features[d] !== 0 && _ !== 'bias').join(' ');
    console.log(
      `   ${label} ${c.index - start}: ${c.text.slice(0, 90)}  (score ${scores[k]!.toFixed(2)})\n        [${names}]`,
    );
  };
  console.log(`${name} [chosen wrong]`);
  show('gold', gold);
  show('got ', pick);
}
