/**
 * Trains the author scorer: `npx tsx tests/training/train-authors.ts [--write]`.
 *
 * For every page of the training corpora (../shared/bench/dev and multi, plain text), the name candidates of
 * metadata/authors.ts with their features; a name is right when it is one of the gold authors (or, for one
 * gold author, matches it with token F1 ≥ 0.8). A choice model (softmax over the names and "no author") gives each byline
 * its probability; the page's authors are the most probable byline when its probability clears a threshold. The L2 penalty and
 * the threshold are chosen by 5-fold cross-validation by site, repeated over PARTITIONS partitions of the sites
 * (the figures of a setting are their mean): among the settings whose cross-validated precision stays at or
 * above PRECISION on dev and OTHER_PRECISION on multi, those within TIE of the most right authors (exact, as the
 * scorers count, summed over the corpora) are tied, and the tie goes to the highest thresholds. DROP=feature,…
 * switches features off (an ablation); PARTITION_FROM=k draws the partitions k … k+PARTITIONS-1 instead (the
 * choice should not move with it). With --write the weights fitted on all pages and the threshold go to
 * functions/core/metadata/author-model.json.
 *
 * Reproducible: the fit is deterministic (same pages and features, same weights). At 66ae120, the commit that
 * wrote the model before authors25, this script gives the committed model to the last digit (69 of 69 weights,
 * 0.45/0.5); a refit at 1d8b8e4 differs because 13 reader commits since (ceca4ef, 0b6a538, d4d6b6b, 92cd5bd,
 * 65abb05, ba176a7, dc638f7, zones19's lists, …) changed the candidates and features without a refit, and
 * because the old choice was unsteady: along the precision floor's ridge (0.3/0.6, 0.35/0.55, 0.4/0.55, 0.45/0.5,
 * 0.5/0.5) the exact sums differ by under 0.012 (1-3 pages a corpus), so the best of them moved with the
 * partition draw (four disjoint draws of 4 partitions chose 0.35/0.55, 0.5/0.5, 0.45/0.45, 0.35/0.55; two of 8,
 * 0.4/0.55 and 0.3/0.55). See TIE.
 *
 * Tried and not adopted (lambda 0.001, 4 partitions; the model as committed: dev 0.773 (0.970), multi 0.663
 * (0.946), check 0.615 (0.893) on metadata-accuracy):
 * - authors25: the steady rule's refit at 1d8b8e4 (8 partitions, TIE 0.015: lambda 0.001, 0.5/0.5; CV dev 0.745
 *   (0.968), multi 0.630 (0.922)). Benchmark text dev 0.759 (0.969), multi 0.663 (0.941), check 0.607 (0.887);
 *   HTML dev 0.801 (0.971), multi 0.716 (0.917), check 0.697 (0.889), against the committed model's text 0.773
 *   (0.970), 0.663 (0.941), 0.615 (0.893) and HTML 0.809 (0.971), 0.720 (0.913), 0.705 (0.900): below it on
 *   dev, so the committed model stays (the gaps are 1-3 pages a corpus; on check's reach in aggregate: one
 *   more abstention and one more other name).
 * - authors25, under the steady rule (each chose lambda 0.001, 0.5/0.5), text (HTML) against the refit above:
 *   authors24's repeatedApart and lone word beside the header's date (cb1ec15): CV dev 0.744 (0.968), multi
 *   0.631 (0.922); benchmark dev 0.762 (0.974), multi 0.670 (0.957), check 0.611 (0.888); HTML dev 0.798
 *   (0.975), multi 0.720 (0.931), check 0.705 (0.896). `genericForeign` (a generic reader's name on a page not
 *   in English; the generic reader's cross-validated top names at p >= 0.5 on multi's pages not in English were
 *   right 25, wrong 6, on its English ones 3, 0):
 *   CV dev 0.744 (0.969), multi 0.634 (0.920); benchmark dev 0.762 (0.969), multi 0.663 (0.941), check 0.611
 *   (0.888); HTML dev 0.801 (0.971), multi 0.712 (0.917), check 0.697 (0.890). Both under the committed model's
 *   check 0.615 (0.893) and dev 0.773.
 * - LAMBDAS with 0.0003 (8 partitions): never chosen; at 0.5/0.5 CV dev 0.740 (0.965), multi 0.635 (0.915),
 *   under the floors, where 0.001 keeps 0.745 (0.968), 0.630 (0.922).
 * - a refit of the committed features alone: chose 0.3/0.6 (CV dev 0.765 (0.973), multi 0.620 (0.925));
 *   check 0.598 (0.880), check HTML 0.705 -> 0.684.
 * - `lastUnknown` (the last word of a name of two words or more unknown to the lexicon, "Arzt", "Mihatsch"):
 *   CV multi precision at 0.4/0.5 0.919 -> 0.909, chosen setting's multi exact 0.636 -> 0.622.
 * - `bare` (no label and no date on or beside the name's line, whatever rule found it): CV dev 0.750 (0.971),
 *   multi 0.642 (0.921) at 0.45/0.5; benchmark dev 0.773 -> 0.766, multi 0.663 -> 0.674, check 0.615 -> 0.611
 *   (precision 0.893 kept), check HTML precision 0.900 -> 0.906.
 * - Counted on dev + multi and not separating the model's right and wrong top names (so not tried as
 *   features): the name in the headline, in a dek paragraph above it, in the next block, a credit line
 *   beside it, another (labelled) byline near it; (authors25) a picture credit in the block above or below
 *   (candidates right 5 / wrong 3 on dev, 19 / 20 on multi: more often right than other names), removedChrome
 *   with manyNames (cross-validated top names at p >= 0.5 right 13 / wrong 0 on dev, 9 / 2 on multi), with
 *   listy (1 / 0, 1 / 0), a name neither near the headline nor in the body nor late (8 / 0, 9 / 1).
 * - (thirty-fourth stop, 8 partitions, against the same code without it: best sum 1.434, lambda 0.001, 0.45/0.5,
 *   CV dev 0.757 (0.970), multi 0.669 (0.924)) `bioOnPage`, a bio anywhere on the page that opens with the name
 *   (author-rules.ts bioFor; not the bio right under it, bioAfter): candidates with one right 84 / wrong 8 on DEV,
 *   20 / 2 on multi, but best sum 1.433 (0.5/0.5, dev 0.748 (0.967), multi 0.670 (0.927)); the given names of
 *   gender-detection-from-name's en, fr, es and it lists that the lexicon does not know, as given names
 *   (names.ts isGivenName; a third of DEV's gold names open with a word it does not know as one: "Manoj",
 *   "Joakim", "Holly"): best sum 1.388 (0.6/0.7), and without a refit DEV and multi precision fell (0.974 -> 0.966,
 *   0.939 -> 0.935) with no more exact authors.
 * - One group for names on consecutive lines of one block (co-authors one a line), without a refit: multi
 *   0.659 (0.941 -> 0.935), one page more wrong, the page it was for still under the threshold.
 */
import { resolve } from 'node:path';
import { AUTHOR_FEATURES } from '../../functions/core/metadata/authors.ts';
import { judge } from '../bench/metadata-scoring.ts';
import {
  type AuthorPage,
  type AuthorSetting,
  authorPages,
  authorsOf,
  goldParts,
  steadiestSetting,
  trainAuthors,
} from './author-data.ts';
import { dot, foldOf, namedWeights, saveModel } from './learn.ts';

const CORPORA = (process.env.CORPORA ?? 'dev,multi').split(',');
const FOLDS = 5;
const LAMBDAS = (process.env.LAMBDAS ?? '0.001,0.003,0.01').split(',').map(Number);
const THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8];
/**
 * Cross-validated precision the threshold must keep on dev (the issue's floor is 0.92 on check). 0.965: the mean
 * over partitions is steadier than one partition's figure, and at 0.95 the chosen setting (thresholds 0.3/0.5)
 * lowered DEV's precision on the benchmark (0.961 -> 0.957); at 0.965 (0.45/0.5) DEV keeps 0.961 with more exact
 * authors (0.759 -> 0.762), and check's precision rose with it (0.888 -> 0.892 against 0.95's model).
 */
const PRECISION = Number(process.env.PRECISION ?? '0.965');
/**
 * Cross-validated precision the thresholds must keep on the other corpora (multi): learned abstention. Multi's
 * sites stand for unseen ones (the readers' rules were written on DEV), so it is held to the issue's author
 * precision floor on check, 0.92: against 0.9 it cost multi 0.591 -> 0.576 of exact authors and raised every
 * precision (dev 0.956 -> 0.960, multi 0.918 -> 0.933, check 0.862 -> 0.867, check's exact unchanged at 0.594).
 */
const OTHER_PRECISION = Number(process.env.OTHER_PRECISION ?? '0.92');
/**
 * Partitions of the sites into folds the cross-validation repeats over; the figures of a setting are their mean.
 * With one partition the chosen setting moved with it: one site more or less in a fold changed the choice, and
 * with it check's figures by up to 0.02 (f.i. 0.620 -> 0.598 for a feature that moved the cross-validated sum by
 * 0.000).
 */
const PARTITIONS = Number(process.env.PARTITIONS ?? '8');
/** The first partition drawn (PARTITION_FROM=8 draws partitions 8 … 15, disjoint from the default 0 … 7). */
const PARTITION_FROM = Number(process.env.PARTITION_FROM ?? '0');
/**
 * Settings whose exact sum is within TIE of the best are tied; the tie goes to the highest thresholds (the
 * threshold, then the generic one, then the larger penalty): the more precise setting where the data cannot tell
 * them apart. Over 16 partitions of dev and multi (their cross-validated weights cached), the best setting's
 * sum moved by 0.02 between disjoint draws of four partitions, so ties of 0.015 are noise. With 8 partitions
 * the choice was 0.5/0.5 for draws 0-7, 4-11, 8-15, the even and (0.5/0.55) the odd ones; with 0.01 it moved
 * among 0.4/0.55, 0.45/0.5 and 0.5/0.5, with 0 (the old rule) among 0.3/0.55, 0.35/0.55 and 0.4/0.55. This
 * script at 1d8b8e4 chose lambda 0.001, 0.5/0.5 both with partitions 0-7 and with PARTITION_FROM=8.
 */
const TIE = Number(process.env.TIE ?? '0.015');
const MODEL = resolve(import.meta.dirname, '../../functions/core/metadata/author-model.json');

// The plain text (LAYOUTS=text,html adds the original HTML; cross-validated it cost the plain text 0.01 on DEV
// and multi) of each page: one page, one fold, whatever its layout.
const LAYOUTS = (process.env.LAYOUTS ?? 'text').split(',');
const pages = CORPORA.flatMap((corpus) =>
  LAYOUTS.flatMap((layout) => authorPages(corpus, layout === 'html')),
);

// DROP=name,… switches the named features off (an ablation without a code change).
const DROP = (process.env.DROP ?? '').split(',').filter(Boolean);
for (const name of DROP) {
  const k = (AUTHOR_FEATURES as readonly string[]).indexOf(name);
  if (k < 0) throw new Error(`DROP: no author feature ${name}`);
  for (const page of pages) for (const c of page.candidates) c.features[k] = 0;
}

interface Figures {
  exact: number;
  precision: number;
  strict: number;
}

function figures(subset: AuthorPage[], pick: (page: AuthorPage) => string[]): Figures {
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

/** The fold of a page's site in partition p (partition 0 is the plain one; the others salt the site). */
const foldIn = (p: number, site: string) => foldOf(p === 0 ? site : `${p}:${site}`, FOLDS);

interface Setting extends AuthorSetting {
  line: string;
}
const admitted: Setting[] = [];

for (const lambda of LAMBDAS) {
  // Out-of-fold weights for every page, in each partition of the sites into folds.
  const weightsOf = Array.from({ length: PARTITIONS }, (_, k) => {
    const p = PARTITION_FROM + k;
    const of = new Map<AuthorPage, Float64Array>();
    for (let fold = 0; fold < FOLDS; fold++) {
      const w = trainAuthors(
        pages.filter((page) => foldIn(p, page.site) !== fold),
        lambda,
      );
      for (const page of pages) if (foldIn(p, page.site) === fold) of.set(page, w);
    }
    return of;
  });
  for (const threshold of THRESHOLDS)
    for (const genericThreshold of THRESHOLDS) {
      if (genericThreshold < threshold) continue;
      const per = CORPORA.map((corpus) => {
        const subset = pages.filter((page) => page.corpus === corpus && !page.html);
        // The figures of every partition, averaged.
        const all = weightsOf.map((of) =>
          figures(subset, (page) => authorsOf(page, of.get(page)!, threshold, genericThreshold).authors),
        );
        const mean = (key: keyof Figures) => all.reduce((sum, f) => sum + f[key], 0) / all.length;
        return { corpus, f: { exact: mean('exact'), precision: mean('precision'), strict: mean('strict') } };
      });
      console.log(
        `lambda ${lambda} threshold ${threshold}/${genericThreshold}: ${per.map(({ corpus, f }) => `${corpus} ${fmt(f)}`).join('  ')}`,
      );
      if (process.env.SHOW === `${lambda}/${threshold}`)
        for (const page of pages) {
          if (page.corpus !== (process.env.SHOW_CORPUS ?? 'dev')) continue;
          const picked = authorsOf(page, weightsOf[0]!.get(page)!, threshold);
          const j = judge(page.scorer, page.gold, {
            title: null,
            authors: picked.authors,
            publishedAt: null,
          }).author;
          if (j.right || (!j.gold && !j.given)) continue;
          const w = weightsOf[0]!.get(page)!;
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
      const others = per.every((p) => p.corpus === 'dev' || p.f.precision >= OTHER_PRECISION);
      if (dev.precision >= PRECISION && others)
        admitted.push({
          lambda,
          threshold,
          genericThreshold,
          score,
          line: per.map(({ corpus, f }) => `${corpus} ${fmt(f)}`).join('  '),
        });
    }
}
// The best exact sum, then the tie (within TIE of it) that abstains most: the highest thresholds.
const best = steadiestSetting(admitted, TIE) ?? {
  lambda: LAMBDAS[0]!,
  threshold: 0.5,
  genericThreshold: 0.5,
  score: -1,
  line: '',
};
const top = Math.max(...admitted.map((s) => s.score));
const tied = admitted.filter((s) => s.score >= top - TIE - 1e-9).length;
console.log(`best sum ${top.toFixed(3)}; tied within ${TIE}: ${tied}`);

const w = trainAuthors(pages, best.lambda);
console.log(
  `chosen lambda ${best.lambda}, threshold ${best.threshold}, generic names ${best.genericThreshold}: ${best.line}`,
);
saveModel(
  MODEL,
  'Weights of the author features (metadata/authors.ts AUTHOR_FEATURES) and the probability threshold, written by tests/training/train-authors.ts: logistic regression over the name candidates, L2 penalty and threshold chosen by 5-fold cross-validation on dev and multi for the most exact authors at a dev precision of at least ' +
    String(PRECISION) +
    ' and a multi precision of at least ' +
    String(OTHER_PRECISION) +
    ' (mean of ' +
    String(PARTITIONS) +
    ' partitions of the sites; settings within ' +
    String(TIE) +
    ' of the most exact are tied, the tie going to the highest thresholds); genericThreshold is the threshold for a name the generic reader alone found',
  { lambda: best.lambda, threshold: best.threshold, genericThreshold: best.genericThreshold },
  namedWeights(AUTHOR_FEATURES, w),
);
