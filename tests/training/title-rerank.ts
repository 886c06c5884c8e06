/**
 * A second stage over the linear title chooser's two best candidates, under the same site-grouped 5-fold CV as
 * train-title.ts: `CACHE=file NESTED=file npx tsx tests/training/title-rerank.ts`.
 *
 * The linear model's pick is wrong on a tenth of dev's pages where the second best is right. A logistic model on
 * the pair (the score gap, where the two lines stand to each other, the difference of their features) says
 * whether to keep the first or take the second. Its training pages need first-stage scores the first stage has
 * not seen: per outer fold f and training fold g, the linear model fitted on the folds other than f and g
 * (NESTED=file keeps these 25 fits). Options (environment): LAMBDAS (the second stage's L2 penalties), PAIR
 * (features of the pair: all, or a comma list of gap, above, adjacent, distance, sameLine, diff).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { TITLE_FEATURES } from '../../functions/core/cleaning/title.ts';
import { fitSparseChoice } from './choice-fit.ts';
import { dot, fitLogistic, foldOf, isRight, sigmoid } from './learn.ts';
import { cachedTitlePages, layoutAccuracy, type TitlePage } from './title-data.ts';

const CORPORA = (process.env.CORPORA ?? 'dev,multi').split(',');
const LAYOUTS = (process.env.LAYOUTS ?? 'text,html').split(',');
const FOLDS = 5;
const LAMBDA = 0.001;
const LAMBDAS = (process.env.LAMBDAS ?? '0.003,0.01,0.03,0.1').split(',').map(Number);
const PAIR = (process.env.PAIR ?? 'all').split(',');
const uses = (name: string) => PAIR.includes('all') || PAIR.includes(name);

const pages = cachedTitlePages(CORPORA, LAYOUTS, process.env.CACHE);
const dims = TITLE_FEATURES.length;

// nested[f][g]: the linear weights fitted on the folds other than f and g (f === g: other than f alone).
const NESTED = process.env.NESTED;
let nested: Float64Array[][];
if (NESTED && existsSync(NESTED))
  nested = (JSON.parse(readFileSync(NESTED, 'utf8')) as number[][][]).map((row) =>
    row.map((w) => Float64Array.from(w)),
  );
else {
  nested = [];
  for (let f = 0; f < FOLDS; f++) {
    const row: Float64Array[] = [];
    for (let g = 0; g < FOLDS; g++) {
      const train = pages.filter((page) => {
        const k = foldOf(page.site, FOLDS);
        return k !== f && k !== g;
      });
      row.push(
        fitSparseChoice(
          train.map((page) => page.group),
          dims,
          LAMBDA,
        ),
      );
    }
    nested.push(row);
  }
  if (NESTED) writeFileSync(NESTED, JSON.stringify(nested.map((row) => row.map((w) => Array.from(w)))));
}

/** The line index of a candidate (texts start "index:"). */
const lineOf = (page: TitlePage, k: number) => Number(page.texts[k]!.split(':')[0]);

/** The two best candidates by the weights, best first (-1 when the page has one). */
function topTwo(page: TitlePage, w: Float64Array): { a: number; b: number; gap: number } {
  const scores = page.group.options.map((x) => dot(w, x));
  let a = -1;
  let b = -1;
  for (let k = 0; k < scores.length; k++) {
    if (a < 0 || scores[k]! > scores[a]!) {
      b = a;
      a = k;
    } else if (b < 0 || scores[k]! > scores[b]!) b = k;
  }
  return { a, b, gap: b < 0 ? 0 : scores[a]! - scores[b]! };
}

/** The pair's features: the second stage's evidence for keeping the first. */
function pairFeatures(page: TitlePage, a: number, b: number, gap: number): Float64Array {
  const out: number[] = [1];
  const la = lineOf(page, a);
  const lb = lineOf(page, b);
  if (uses('gap')) out.push(gap);
  if (uses('above')) out.push(la < lb ? 1 : la > lb ? -1 : 0);
  if (uses('adjacent')) out.push(Math.abs(la - lb) === 1 ? 1 : 0);
  if (uses('distance')) out.push(Math.min(Math.abs(la - lb), 10) / 10);
  if (uses('sameLine')) out.push(la === lb ? 1 : 0);
  if (uses('diff')) {
    const xa = page.group.options[a]!;
    const xb = page.group.options[b]!;
    for (let d = 1; d < dims; d++) out.push(xa[d]! - xb[d]!);
  }
  return Float64Array.from(out);
}

const width = pairFeatures(pages.find((page) => page.group.options.length > 1)!, 0, 1, 0).length;
for (const lambda of LAMBDAS) {
  const picks = new Map<TitlePage, number>();
  let switched = 0;
  for (let f = 0; f < FOLDS; f++) {
    const xs: Float64Array[] = [];
    const ys: number[] = [];
    for (const page of pages) {
      const g = foldOf(page.site, FOLDS);
      if (g === f) continue;
      const { a, b, gap } = topTwo(page, nested[f]![g]!);
      if (b < 0) continue;
      const ra = isRight(page.group, a);
      const rb = isRight(page.group, b);
      if (ra === rb) continue;
      xs.push(pairFeatures(page, a, b, gap));
      ys.push(ra ? 1 : 0);
    }
    const v = fitLogistic(xs, ys, width, lambda);
    for (const page of pages) {
      if (foldOf(page.site, FOLDS) !== f) continue;
      const { a, b, gap } = topTwo(page, nested[f]![f]!);
      const keep = b < 0 || sigmoid(dot(v, pairFeatures(page, a, b, gap))) >= 0.5;
      if (!keep) switched++;
      picks.set(page, keep ? a : b);
    }
  }
  const result = layoutAccuracy(pages, CORPORA, LAYOUTS, (page) => picks.get(page)!);
  console.log(`lambda ${lambda}: ${result}; ${switched} switched`);
}
