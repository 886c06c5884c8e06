/**
 * Pairwise feature crosses for the title chooser, chosen inside each fold of the same site-grouped 5-fold CV
 * as train-title.ts: `CACHE=file npx tsx tests/training/title-crosses.ts`.
 *
 * Per fold: the linear choice model on the other folds' pages; every product of two features (and the square of
 * each continuous one) ranked by its score statistic there (the loss's gradient in the new weight, squared, over
 * its Fisher information: how much the product would explain of what the linear model gets wrong); the top K
 * added as features and the model fitted again. The held-out pages are scored with each K in KS.
 * Options (environment): KS (default 0,1,2,3,5,8,12), LAMBDA (0.001), MIN_SUPPORT (least right options on the
 * training pages where a product is non-zero, default 5), SHOW=1 prints each fold's products.
 */
import { TITLE_FEATURES } from '../../functions/core/cleaning/title.ts';
import { fitSparseChoice } from './choice-fit.ts';
import { type ChoiceGroup, foldOf, isRight } from './learn.ts';
import { cachedTitlePages, layoutAccuracy, type TitlePage } from './title-data.ts';

const CORPORA = (process.env.CORPORA ?? 'dev,multi').split(',');
const LAYOUTS = (process.env.LAYOUTS ?? 'text,html').split(',');
const FOLDS = 5;
const LAMBDA = Number(process.env.LAMBDA ?? 0.001);
const KS = (process.env.KS ?? '0,1,2,3,5,8,12').split(',').map(Number);
const MIN_SUPPORT = Number(process.env.MIN_SUPPORT ?? 5);

const pages = cachedTitlePages(CORPORA, LAYOUTS, process.env.CACHE);
const dims = TITLE_FEATURES.length;

/** A cross: the product of features a and b (a === b: the square). */
type Cross = [number, number];

const fitWith = (all: ChoiceGroup[], crosses: Cross[], lambda: number) =>
  fitSparseChoice(all, dims, lambda, crosses);

/** Continuous features (more than two values): their squares are candidates too. */
const continuous = new Set<number>();
for (let d = 1; d < dims; d++) {
  const values = new Set<number>();
  for (const page of pages) for (const x of page.group.options) values.add(x[d]!);
  if (values.size > 2) continuous.add(d);
}

/** The crosses ranked by score statistic at the linear fit w on the groups. */
function rankCrosses(all: ChoiceGroup[], w: Float64Array): { cross: Cross; stat: number }[] {
  const groups = all.filter((group) => group.answer >= 0);
  const G = new Float64Array(dims * dims);
  const I = new Float64Array(dims * dims);
  const support = new Int32Array(dims * dims);
  const mean = new Float64Array(dims * dims);
  const touched: number[] = [];
  for (const group of groups) {
    const scores = group.options.map((x) => {
      let z = 0;
      for (let d = 0; d < dims; d++) z += w[d]! * x[d]!;
      return z;
    });
    const max = Math.max(...scores);
    let total = 0;
    let rightTotal = 0;
    scores.forEach((s, k) => {
      total += Math.exp(s - max);
      if (isRight(group, k)) rightTotal += Math.exp(s - max);
    });
    touched.length = 0;
    group.options.forEach((x, k) => {
      const e = Math.exp(scores[k]! - max);
      const p = e / total;
      const q = isRight(group, k) ? e / rightTotal : 0;
      const nz: number[] = [];
      for (let d = 1; d < dims; d++) if (x[d] !== 0) nz.push(d);
      for (let i = 0; i < nz.length; i++)
        for (let j = i; j < nz.length; j++) {
          const a = nz[i]!;
          const b = nz[j]!;
          if (a === b && !continuous.has(a)) continue;
          const c = a * dims + b;
          const z = x[a]! * x[b]!;
          G[c]! += (p - q) * z;
          I[c]! += p * z * z;
          if (mean[c] === 0) touched.push(c);
          mean[c]! += p * z;
          if (isRight(group, k)) support[c]!++;
        }
    });
    for (const c of touched) {
      I[c]! -= mean[c]! * mean[c]!;
      mean[c] = 0;
    }
  }
  const ranked: { cross: Cross; stat: number }[] = [];
  for (let a = 1; a < dims; a++)
    for (let b = a; b < dims; b++) {
      const c = a * dims + b;
      if (support[c]! < MIN_SUPPORT || I[c]! < 1e-6) continue;
      ranked.push({ cross: [a, b], stat: (G[c]! * G[c]!) / I[c]! });
    }
  return ranked.sort((x, y) => y.stat - x.stat);
}

function pick(w: Float64Array, crosses: Cross[], x: Float64Array): number {
  let z = 0;
  for (let d = 0; d < dims; d++) z += w[d]! * x[d]!;
  crosses.forEach(([a, b], c) => {
    z += w[dims + c]! * x[a]! * x[b]!;
  });
  return z;
}

const name = ([a, b]: Cross) => `${TITLE_FEATURES[a]}*${TITLE_FEATURES[b]}`;
const picks = new Map<number, Map<TitlePage, number>>(KS.map((k) => [k, new Map()]));
for (let fold = 0; fold < FOLDS; fold++) {
  const train = pages.filter((page) => foldOf(page.site, FOLDS) !== fold).map((page) => page.group);
  const held = pages.filter((page) => foldOf(page.site, FOLDS) === fold);
  const base = fitWith(train, [], LAMBDA);
  const ranked = rankCrosses(train, base);
  if (process.env.SHOW === '1')
    console.log(
      `fold ${fold}: ${ranked
        .slice(0, Math.max(...KS))
        .map((r) => `${name(r.cross)} ${r.stat.toFixed(1)}`)
        .join(', ')}`,
    );
  for (const K of KS) {
    const crosses = ranked.slice(0, K).map((r) => r.cross);
    const w = K === 0 ? base : fitWith(train, crosses, LAMBDA);
    for (const page of held) {
      const scores = page.group.options.map((x) => pick(w, crosses, x));
      let best = -1;
      for (let k = 0; k < scores.length; k++) if (best < 0 || scores[k]! > scores[best]!) best = k;
      picks.get(K)!.set(page, best);
    }
  }
}
for (const K of KS)
  console.log(`${K} crosses: ${layoutAccuracy(pages, CORPORA, LAYOUTS, (page) => picks.get(K)!.get(page)!)}`);
