/**
 * The title chooser with features of the page around each candidate, made the same way for every feature, under
 * the same site-grouped 5-fold CV as train-title.ts: `CACHE=file npx tsx tests/training/title-context.ts`.
 *
 * The linear model sees each candidate alone (overlapGap and nearestShaped aside). Here every feature also gets a
 * page-relative copy: for a flag, `only` (the one candidate of the page that carries it) or `nearest` (the first
 * candidate, nearest the region, that carries it); for a value, its gap to the page's largest. KIND picks which
 * (only, nearest, gap; comma list), LAMBDAS the penalties.
 */
import { TITLE_FEATURES } from '../../functions/core/cleaning/title.ts';
import { fitSparseChoice } from './choice-fit.ts';
import { type ChoiceGroup, dot, foldOf } from './learn.ts';
import { cachedTitlePages, layoutAccuracy, type TitlePage } from './title-data.ts';

const CORPORA = (process.env.CORPORA ?? 'dev,multi').split(',');
const LAYOUTS = (process.env.LAYOUTS ?? 'text,html').split(',');
const FOLDS = 5;
const LAMBDAS = (process.env.LAMBDAS ?? '0.001,0.003,0.01').split(',').map(Number);
const KIND = (process.env.KIND ?? 'only').split(',');

const pages = cachedTitlePages(CORPORA, LAYOUTS, process.env.CACHE);
const dims = TITLE_FEATURES.length;

// Flags take 0 and 1 only; the others are values.
const flag: boolean[] = [];
for (let d = 0; d < dims; d++) {
  let only01 = true;
  for (const page of pages) for (const x of page.group.options) if (x[d] !== 0 && x[d] !== 1) only01 = false;
  flag.push(only01);
}

/** The page's options with the page-relative copies appended. */
function widen(group: ChoiceGroup): ChoiceGroup {
  const count = new Int32Array(dims);
  const max = new Float64Array(dims).fill(Number.NEGATIVE_INFINITY);
  const first = new Int32Array(dims).fill(-1);
  group.options.forEach((x, k) => {
    for (let d = 1; d < dims; d++) {
      if (x[d] !== 0) {
        count[d]!++;
        if (first[d] === -1) first[d] = k;
      }
      if (x[d]! > max[d]!) max[d] = x[d]!;
    }
  });
  const options = group.options.map((x, k) => {
    const extra: number[] = [];
    for (let d = 1; d < dims; d++) {
      if (flag[d]) {
        if (KIND.includes('only')) extra.push(x[d] !== 0 && count[d] === 1 ? 1 : 0);
        if (KIND.includes('nearest')) extra.push(first[d] === k ? 1 : 0);
      } else if (KIND.includes('gap')) extra.push(x[d]! - max[d]!);
    }
    return Float64Array.from([...x, ...extra]);
  });
  return { ...group, options };
}

const wide = new Map<TitlePage, ChoiceGroup>(pages.map((page) => [page, widen(page.group)]));
const width = wide.get(pages[0]!)!.options[0]?.length ?? dims;
console.log(`${KIND.join(', ')}: ${width - dims} more features`);
for (const lambda of LAMBDAS) {
  const picks = new Map<TitlePage, number>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = pages.filter((page) => foldOf(page.site, FOLDS) !== fold).map((page) => wide.get(page)!);
    const w = fitSparseChoice(train, width, lambda);
    for (const page of pages) {
      if (foldOf(page.site, FOLDS) !== fold) continue;
      const scores = wide.get(page)!.options.map((x) => dot(w, x));
      let best = -1;
      for (let k = 0; k < scores.length; k++) if (best < 0 || scores[k]! > scores[best]!) best = k;
      picks.set(page, best);
    }
  }
  console.log(`lambda ${lambda}: ${layoutAccuracy(pages, CORPORA, LAYOUTS, (page) => picks.get(page)!)}`);
}
