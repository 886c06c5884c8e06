/**
 * The title training data: for every page of a corpus, the cleaner's title candidates with their features and
 * which are right (their record title equals the gold as the corpus's scorer compares). Shared by
 * train-title.ts and train-confidence.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clean } from '../../functions/core/clean.ts';
import { TITLE_FEATURES, TITLE_PROBE, type TitleSearch } from '../../functions/core/cleaning/title.ts';
import { decode } from '../../functions/core/decode.ts';
import { readLayout } from '../../functions/core/layout.ts';
import { detectLanguageFast } from '../../functions/core/metadata/language-fast.ts';
import { extractTitle } from '../../functions/core/metadata/title.ts';
import { judge, readCorpus, scorerOf } from '../bench/metadata-scoring.ts';
import { type ChoiceGroup, dot, isRight, siteOf } from './learn.ts';

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

/**
 * The pages of the corpora in the layouts ('text', 'html'); with `cache` (a file), kept there between runs: the
 * first run writes it, later runs with the same corpora, layouts and feature names read it instead of cleaning
 * every page again (a changed feature list or candidate rule needs a new file).
 */
export function cachedTitlePages(corpora: string[], layouts: string[], cache?: string): TitlePage[] {
  const key = JSON.stringify({ CORPORA: corpora, LAYOUTS: layouts, TITLE_FEATURES });
  if (cache && existsSync(cache)) {
    const stored = JSON.parse(readFileSync(cache, 'utf8')) as { key: string; pages: StoredPage[] };
    if (stored.key === key)
      return stored.pages.map((page) => ({
        ...page,
        group: {
          options: page.group.options.map((x) => Float64Array.from(x)),
          answer: page.group.answer,
          right: Uint8Array.from(page.group.right),
        },
      }));
  }
  const pages = corpora.flatMap((corpus) =>
    layouts.flatMap((layout) => titlePages(corpus, layout === 'html')),
  );
  if (cache) {
    const stored: StoredPage[] = pages.map((page) => ({
      ...page,
      group: {
        options: page.group.options.map((x) => Array.from(x)),
        answer: page.group.answer,
        right: Array.from(page.group.right ?? []),
      },
    }));
    writeFileSync(cache, JSON.stringify({ key, pages: stored }));
  }
  return pages;
}

/** A page as the cache stores it (typed arrays as plain ones). */
type StoredPage = Omit<TitlePage, 'group'> & {
  group: { options: number[][]; answer: number; right: number[] };
};

/** Pages right per corpus and layout ("dev 0.797 (295), dev-html …"): the pick of each page, -1 for none. */
export function layoutAccuracy(
  pages: TitlePage[],
  corpora: string[],
  layouts: string[],
  pick: (page: TitlePage) => number,
): string {
  const parts: string[] = [];
  for (const corpus of corpora)
    for (const layout of layouts) {
      const mine = pages.filter((page) => page.corpus === corpus && page.html === (layout === 'html'));
      const right = mine.filter((page) => {
        const k = pick(page);
        return k >= 0 && isRight(page.group, k);
      }).length;
      parts.push(
        `${corpus}${layout === 'html' ? '-html' : ''} ${(right / mine.length).toFixed(3)} (${right})`,
      );
    }
  return parts.join(', ');
}
