/**
 * The title chooser with boosted trees, against the linear one under the same site-grouped 5-fold CV:
 * `CACHE=file npx tsx tests/training/train-title-trees.ts` (CACHE as train-title.ts reads it).
 *
 * Per fold, the linear choice model (train-title.ts, lambda LAMBDA) is fitted on the other folds, then TREES
 * boosted trees on the softmax's gradient start from its scores (START=linear) or from 0 (START=zero); the
 * held-out pages' picks are scored after each count of trees in AT. Options (environment): TREES, DEPTH, RATE,
 * LEAF (the leaves' L2 penalty), MIN_LEAF, MIN_HESSIAN, AT (tree counts to report).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { TITLE_FEATURES } from '../../functions/core/cleaning/title.ts';
import { fitSparseChoice } from './choice-fit.ts';
import { type BoostSettings, boostChoice, type Forest, forestScore } from './choice-trees.ts';
import { dot, foldOf } from './learn.ts';
import { cachedTitlePages, layoutAccuracy, type TitlePage } from './title-data.ts';

const CORPORA = (process.env.CORPORA ?? 'dev,multi').split(',');
const LAYOUTS = (process.env.LAYOUTS ?? 'text,html').split(',');
const FOLDS = 5;
const LAMBDA = Number(process.env.LAMBDA ?? 0.001);
const START = process.env.START ?? 'linear';
const settings: BoostSettings = {
  trees: Number(process.env.TREES ?? 100),
  depth: Number(process.env.DEPTH ?? 2),
  rate: Number(process.env.RATE ?? 0.1),
  lambda: Number(process.env.LEAF ?? 1),
  minLeaf: Number(process.env.MIN_LEAF ?? 10),
  minHessian: Number(process.env.MIN_HESSIAN ?? 0.5),
};
const AT = (process.env.AT ?? '0,10,20,30,50,75,100')
  .split(',')
  .map(Number)
  .filter((t) => t <= settings.trees);

// SALT=text draws other site-grouped folds (repeated CV: is a gain more than the draw of the folds?).
const SALT = process.env.SALT ?? '';
const foldOfPage = (page: TitlePage) => foldOf(`${SALT}${page.site}`, FOLDS);
const pages = cachedTitlePages(CORPORA, LAYOUTS, process.env.CACHE);
const dims = TITLE_FEATURES.length;

function argmax(scores: number[]): number {
  let best = -1;
  for (let k = 0; k < scores.length; k++) if (best < 0 || scores[k]! > scores[best]!) best = k;
  return best;
}

console.log(`${START} start, ${JSON.stringify(settings)}`);
// WEIGHTS=file keeps the folds' linear weights between runs (same pages and LAMBDA).
const WEIGHTS = process.env.WEIGHTS;
const stored: number[][] | null =
  WEIGHTS && existsSync(WEIGHTS) ? (JSON.parse(readFileSync(WEIGHTS, 'utf8')) as number[][]) : null;
const nested =
  START === 'nested'
    ? (JSON.parse(readFileSync(process.env.NESTED!, 'utf8')) as number[][][]).map((row) =>
        row.map((x) => Float64Array.from(x)),
      )
    : null;
const folds: { w: Float64Array; forest: Forest }[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const train = pages.filter((page) => foldOfPage(page) !== fold).map((page) => page.group);
  const w =
    START === 'zero'
      ? new Float64Array(dims)
      : stored
        ? Float64Array.from(stored[fold]!)
        : fitSparseChoice(train, dims, LAMBDA);
  // START=nested: each training page starts from a linear model that has not seen it (NESTED, title-rerank.ts).
  const startOf = new Map<unknown, Float64Array>();
  if (START === 'nested')
    for (const page of pages)
      if (foldOfPage(page) !== fold) startOf.set(page.group, nested![fold]![foldOfPage(page)]!);
  const forest = boostChoice(
    train,
    dims,
    (group, k) => dot(startOf.get(group) ?? w, group.options[k]!),
    settings,
  );
  folds.push({ w, forest });
}
if (WEIGHTS && !stored && START !== 'zero')
  writeFileSync(WEIGHTS, JSON.stringify(folds.map((fold) => Array.from(fold.w))));
for (const trees of AT) {
  const result = layoutAccuracy(pages, CORPORA, LAYOUTS, (page) => {
    // INSAMPLE=1: scored by a fold's model that was fitted on the page (how well the model fits what it saw).
    const { w, forest } = folds[(foldOfPage(page) + (process.env.INSAMPLE === '1' ? 1 : 0)) % FOLDS]!;
    return argmax(page.group.options.map((x) => dot(w, x) + forestScore(forest, x, trees)));
  });
  console.log(`${trees} trees: ${result}`);
}
