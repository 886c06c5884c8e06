/**
 * The title training data: for every page of a corpus, the cleaner's title candidates with their features and
 * which are right (their record title equals the gold as the corpus's scorer compares). Shared by
 * train-title.ts and train-confidence.ts.
 */
import { join, resolve } from 'node:path';
import { clean } from '../../functions/core/clean.ts';
import { TITLE_PROBE, type TitleSearch } from '../../functions/core/cleaning/title.ts';
import { decode } from '../../functions/core/decode.ts';
import { readLayout } from '../../functions/core/layout.ts';
import { detectLanguageFast } from '../../functions/core/metadata/language-fast.ts';
import { extractTitle } from '../../functions/core/metadata/title.ts';
import { judge, readCorpus, scorerOf } from '../bench/metadata-scoring.ts';
import { type ChoiceGroup, dot, siteOf } from './learn.ts';

export const BENCH = resolve(import.meta.dirname, '../../../shared/bench');

export interface TitlePage {
  corpus: string;
  /** Read from the original HTML (else the plain text). */
  html: boolean;
  name: string;
  /** The page's site (learn.ts siteOf): cross-validation folds are drawn by it. */
  site: string;
  group: ChoiceGroup;
  texts: string[];
  /** Per candidate, its line's key: copies of one headline share it (one choice, as the cleaner counts). */
  keys: string[];
}

export function titlePages(corpus: string, html = false): TitlePage[] {
  const dir = join(BENCH, corpus);
  const scorer = scorerOf(dir);
  const pages: TitlePage[] = [];
  for (const page of readCorpus(dir, html)) {
    const decoded = decode(page.bytes);
    if (!decoded.ok || !page.gold.title) continue;
    const blocks = readLayout(decoded.text, page.file).blocks;
    // The candidates exactly as the cleaner's title search saw them (its region, after its own adjustments).
    TITLE_PROBE.on = true;
    TITLE_PROBE.last = null;
    const cleaned = clean(blocks);
    const probe = TITLE_PROBE.last as TitleSearch | null;
    TITLE_PROBE.on = false;
    const region = probe?.region ?? { start: 0, end: -1 };
    const candidates = probe?.candidates ?? [];
    // The page's language, as the metadata stage reads it: it decides whether " - " ends the headline.
    const language = detectLanguageFast(cleaned.body.map((block) => block.text).join('\n\n'));
    let answer = -1;
    const right = new Uint8Array(candidates.length);
    candidates.forEach((candidate, k) => {
      const text = candidate.text;
      const title = extractTitle({ ...cleaned, title: text }, language);
      if (!judge(scorer, page.gold, { title, authors: [], publishedAt: null }).title.exact) return;
      right[k] = 1;
      if (answer < 0) answer = k;
    });
    pages.push({
      corpus,
      html,
      name: page.name,
      site: siteOf(page.gold, page.name),
      group: { options: candidates.map((c) => c.features), answer, right },
      keys: candidates.map((c) => c.key),
      texts: candidates.map((c) => `${c.index - region.start}:${c.text.slice(0, 70)}`),
    });
  }
  return pages;
}

/** The candidate the weights pick and its probability (its copies' softmax share), as findTitle computes them. */
export function pickTitle(w: Float64Array, page: TitlePage): { index: number; probability: number } {
  const scores = page.group.options.map((x) => dot(w, x));
  let best = -1;
  for (let k = 0; k < scores.length; k++) if (best < 0 || scores[k]! > scores[best]!) best = k;
  if (best < 0) return { index: -1, probability: 0 };
  let total = 0;
  let same = 0;
  scores.forEach((s, k) => {
    const share = Math.exp(s - scores[best]!);
    total += share;
    if (page.keys[k] === page.keys[best]) same += share;
  });
  return { index: best, probability: same / total };
}
