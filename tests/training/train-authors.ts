/**
 * Trains the author scorer: `npx tsx tests/training/train-authors.ts [--write]`.
 *
 * For every page of the training corpora (../shared/bench/dev and multi, plain text), the name candidates of
 * metadata/authors.ts with their features; a name is right when it is one of the gold authors (or, for one
 * gold author, matches it with token F1 ≥ 0.8). A logistic regression gives each name its probability; the page's
 * authors are the byline of its most probable name when that probability clears a threshold. The L2 penalty and
 * the threshold are chosen by 5-fold cross-validation: the most right authors (exact, as the scorers count)
 * while the cross-validated precision stays at or above PRECISION on dev. With --write the weights fitted on all
 * pages and the threshold go to functions/core/metadata/author-model.json.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clean } from '../../functions/core/clean.ts';
import { decode } from '../../functions/core/decode.ts';
import { readLayout } from '../../functions/core/layout.ts';
import {
  AUTHOR_FEATURES,
  type NameCandidate,
  nameCandidates,
  pickAuthors,
} from '../../functions/core/metadata/authors.ts';
import { detectLanguage } from '../../functions/core/metadata/language.ts';
import { blockZones } from '../../functions/core/metadata/zones.ts';
import { judge, normText, readCorpus, type Scorer, scorerOf, tokenF1 } from '../bench/metadata-scoring.ts';
import { type ChoiceGroup, dot, fitChoice, fitLogistic, foldOf } from './learn.ts';

const BENCH = resolve(import.meta.dirname, '../../../shared/bench');
const CORPORA = (process.env.CORPORA ?? 'dev,multi').split(',');
const FOLDS = 5;
const LAMBDAS = (process.env.LAMBDAS ?? '0.001,0.003,0.01').split(',').map(Number);
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
/** Cross-validated precision the threshold must keep on dev (the issue's floor is 0.92 on check). */
const PRECISION = Number(process.env.PRECISION ?? '0.94');
const MODEL = resolve(import.meta.dirname, '../../functions/core/metadata/author-model.json');

interface Page {
  corpus: string;
  scorer: Scorer;
  name: string;
  gold: { author?: string | string[] };
  candidates: NameCandidate[];
  labels: number[];
}

function goldParts(gold: string | string[] | undefined): string[] {
  if (!gold) return [];
  const all = Array.isArray(gold) ? gold : [gold];
  return all
    .flatMap((g) => g.split(/\s*(?:[;,&]|\band\b|\bund\b|\bet\b|\by\b)\s*/i))
    .map(normText)
    .filter(Boolean);
}

function pagesOf(corpus: string): Page[] {
  const dir = join(BENCH, corpus);
  const scorer = scorerOf(dir);
  const pages: Page[] = [];
  for (const page of readCorpus(dir)) {
    const decoded = decode(page.bytes);
    if (!decoded.ok) continue;
    const cleaned = clean(readLayout(decoded.text, page.file).blocks);
    const body = cleaned.body.map((block) => block.text).join('\n\n');
    const when = { now: new Date(), language: detectLanguage(body) };
    const anchor = cleaned.titleBlock;
    const candidates = nameCandidates(cleaned, anchor, when, blockZones(cleaned, anchor));
    const parts = goldParts(page.gold.author);
    const whole = Array.isArray(page.gold.author) ? page.gold.author.join(', ') : (page.gold.author ?? '');
    const labels = candidates.map((c) =>
      parts.includes(normText(c.name)) || (whole && tokenF1(whole, c.name) >= 0.8) ? 1 : 0,
    );
    pages.push({ corpus, scorer, name: page.name, gold: page.gold, candidates, labels });
  }
  return pages;
}

const pages = CORPORA.flatMap(pagesOf);
const dims = AUTHOR_FEATURES.length;
/** MODE=choice: a choice model per page (softmax over the names and "no author"); else per-name logistic. */
const CHOICE = (process.env.MODE ?? 'choice') === 'choice';

function groupOf(page: Page): ChoiceGroup {
  const right = Uint8Array.from(page.labels);
  return { options: page.candidates.map((c) => c.features), answer: page.labels.indexOf(1), right };
}

function train(subset: Page[], lambda: number): Float64Array {
  if (CHOICE) return fitChoice(subset.map(groupOf), dims, lambda, true);
  return fitLogistic(
    subset.flatMap((page) => page.candidates.map((c) => c.features)),
    subset.flatMap((page) => page.labels),
    dims,
    lambda,
  );
}

/** The page's authors under weights w and threshold t (the extractor's choice, replayed). */
function authorsOf(page: Page, w: Float64Array, threshold: number): { authors: string[]; p: number } {
  const pick = pickAuthors(
    page.candidates,
    page.candidates.map((c) => dot(w, c.features)),
  );
  const p = pick?.probability ?? 0;
  if (!pick || p < threshold) return { authors: [], p };
  return { authors: pick.names.slice(0, 5), p };
}

interface Figures {
  exact: number;
  precision: number;
  strict: number;
}

function figures(subset: Page[], pick: (page: Page) => string[]): Figures {
  let n = 0;
  let exact = 0;
  let givenGold = 0;
  let right = 0;
  let given = 0;
  for (const page of subset) {
    const authors = pick(page);
    const j = judge(page.scorer, page.gold, { title: null, authors, publishedAt: null }).author;
    if (j.gold) n++;
    if (j.exact) exact++;
    if (j.given) given++;
    if (j.given && j.gold) givenGold++;
    if (j.given && j.right) right++;
  }
  return { exact: exact / n, precision: right / Math.max(1, givenGold), strict: right / Math.max(1, given) };
}

const fmt = (f: Figures) =>
  `${f.exact.toFixed(3)} (${f.precision.toFixed(3)}, strict ${f.strict.toFixed(3)})`;

const reach = CORPORA.map((corpus) => {
  const mine = pages.filter((page) => page.corpus === corpus && goldParts(page.gold.author).length > 0);
  return `${corpus} ${(mine.filter((page) => page.labels.some(Boolean)).length / mine.length).toFixed(3)}`;
});
console.log(`pages ${pages.length}; a right name among the candidates: ${reach.join(', ')}`);

let best = { lambda: LAMBDAS[0]!, threshold: 0.5, score: -1 };
for (const lambda of LAMBDAS) {
  // Out-of-fold weights for every page.
  const weightsOf = new Map<Page, Float64Array>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const w = train(
      pages.filter((page) => foldOf(page.name, FOLDS) !== fold),
      lambda,
    );
    for (const page of pages) if (foldOf(page.name, FOLDS) === fold) weightsOf.set(page, w);
  }
  for (const threshold of THRESHOLDS) {
    const per = CORPORA.map((corpus) => {
      const subset = pages.filter((page) => page.corpus === corpus);
      return {
        corpus,
        f: figures(subset, (page) => authorsOf(page, weightsOf.get(page)!, threshold).authors),
      };
    });
    console.log(
      `lambda ${lambda} threshold ${threshold}: ${per.map(({ corpus, f }) => `${corpus} ${fmt(f)}`).join('  ')}`,
    );
    if (process.env.SHOW === `${lambda}/${threshold}`)
      for (const page of pages) {
        if (page.corpus !== (process.env.SHOW_CORPUS ?? 'dev')) continue;
        const picked = authorsOf(page, weightsOf.get(page)!, threshold);
        const j = judge(page.scorer, page.gold, {
          title: null,
          authors: picked.authors,
          publishedAt: null,
        }).author;
        if (j.right || (!j.gold && !j.given)) continue;
        const w = weightsOf.get(page)!;
        const top = [...page.candidates].sort((a, b) => dot(w, b.features) - dot(w, a.features))[0];
        console.log(
          `${page.name} gold=${JSON.stringify(page.gold.author ?? null)} got=${JSON.stringify(picked.authors)} p=${picked.p.toFixed(2)} top=${top ? `${top.rule}@${top.block}:${top.name}` : '-'} right=${page.candidates
            .filter((_, k) => page.labels[k])
            .map((c) => `${c.rule}@${c.block}`)
            .join(',')}`,
        );
      }
    const dev = per.find((p) => p.corpus === 'dev')?.f ?? per[0]!.f;
    const score = per.reduce((sum, p) => sum + p.f.exact, 0);
    if (dev.precision >= PRECISION && score > best.score) best = { lambda, threshold, score };
  }
}

const w = train(pages, best.lambda);
const weights: Record<string, number> = {};
AUTHOR_FEATURES.forEach((name, d) => {
  weights[name] = Math.round(w[d]! * 1000) / 1000;
});
console.log(`chosen lambda ${best.lambda}, threshold ${best.threshold}`);
console.log(JSON.stringify(weights));
if (process.argv.includes('--write')) {
  const model = {
    about:
      'Weights of the author features (metadata/authors.ts AUTHOR_FEATURES) and the probability threshold, written by tests/training/train-authors.ts: logistic regression over the name candidates, L2 penalty and threshold chosen by 5-fold cross-validation on dev and multi for the most exact authors at a dev precision of at least ' +
      String(PRECISION),
    lambda: best.lambda,
    threshold: best.threshold,
    weights,
  };
  writeFileSync(MODEL, `${JSON.stringify(model, null, 2)}\n`);
  console.log(`written ${MODEL}`);
}
