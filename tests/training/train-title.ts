/**
 * Trains the title scorer: `npx tsx tests/training/train-title.ts [--write]`.
 *
 * For every page of the training corpora (../shared/bench/dev and multi, plain text), the cleaner's title
 * candidates (cleaning/title.ts `titleCandidates`) with their features; the right candidate is the one whose
 * record title (metadata/title.ts) equals the gold title as the corpus's scorer compares. A choice model
 * (softmax over the candidates) is fitted with an L2 penalty chosen by 5-fold
 * cross-validation; the script prints the cross-validated title accuracy of every penalty beside the weights in
 * use, and with --write stores the weights fitted on all pages in functions/core/cleaning/title-model.json.
 *
 * Options (environment): CORPORA (default dev,multi), LAYOUTS (default text,html), LAMBDAS (the penalties tried),
 * DROP=name,name… fits without the named features (their values zeroed on every candidate, so they weigh 0): an
 * ablation that needs no code change, e.g. `LAMBDAS=0.001 DROP=twin,echo npx tsx tests/training/train-title.ts`.
 * CACHE=file keeps the pages (candidates, features, which are right) in a JSON file: the first run writes it, later
 * runs with the same corpora, layouts and feature names read it instead of cleaning every page again (DROP
 * ablations of one feature set; a changed feature list or candidate rule needs a new file). LAYOUTS=text alone
 * halves a run for a first look; the model in use is fitted on both layouts.
 *
 * Tried and not adopted (5-fold site-grouped CV, lambda 0.001; baseline dev 0.797, dev HTML 0.876, multi 0.687,
 * multi HTML 0.831; one page is 0.003 of dev, 0.002 of multi):
 * - four features for the dek-over-headline and role-line mistakes (WRONG=1 in title-reach.ts lists them):
 *   bylineAbove (right under a byline), underHeadline (under a shorter headline-shaped line), comma (", " in the
 *   line), lowerFirst (starts lower-case). All four: 0.800 / 0.873 / 0.680 / 0.828; without comma and
 *   bylineAbove: 0.797 / 0.873 / 0.690 / 0.828; lowerFirst alone: 0.795 / 0.873 / 0.690 / 0.831; bylineAbove
 *   never changed a pick. None beats the baseline by more than a page on both corpora.
 * - without the five near-zero features (repeated, listItem, sectionQuestion, partShort, titleCase):
 *   0.795 / 0.876 / 0.685 / 0.828, a page lower on dev and on multi: kept.
 * - lambda 0.0003 (with underHeadline and lowerFirst): 0.792 / 0.873 / 0.685 / 0.826.
 * Round of title22 (CV figures are dev / multi, plain text, lambda 0.001; baseline 0.797 / 0.690 fitted on text
 * and HTML, 0.797 / 0.692 fitted on text alone):
 * - a candidate right under the region's first block when that block is prose (a notice or teaser the region
 *   opened on: "Achtung: Bitte aktualisiere deinen Browser …" / headline / lead): multi reach 0.876 -> 0.885,
 *   CV 0.797 / 0.695 (with an `underLead` feature) and 0.797-0.800 / 0.697 (without it, the candidate carrying
 *   insideBare); not adopted: it also makes the section heading under an article's lead paragraph a candidate
 *   (unit test "does not take a subheading inside the region …" fails: the heading becomes the title and leaves
 *   the body), and no guard told a notice from a lead (word overlap of the first block with the next
 *   paragraph: 1 of 15 content words on a real lead too).
 * - headerTop (the top line of the single short lines over the byline or date, nothing headline-long above it):
 *   weight 1.2, CV 0.795 / 0.685 with the others below, 0.797 / 0.697 without it: worse on both.
 * - leadGap (leadOverlap minus the page's best): CV unchanged to the page (DROP=leadGap 0.795 / 0.685 both ways).
 * - roleLine (a line of up to 8 words opening with a role noun of any vocabulary language, or "Head of": the job
 *   line under a byline, "Founder of Indie Traveller"): weight -0.18, CV 0.797 / 0.690, the baseline's.
 * - English-page interactions (a tenth of the lead's words English function words): headerTop, underShorter,
 *   underKicker, overLonger, metaUnder, dek each also as an English-only copy (German stacks a kicker over the
 *   headline, English a dek under it): text-fitted CV 0.795 / 0.692 against 0.797 / 0.692.
 * - titleOverSentence / sentenceUnderTitle (a title-cased line over a longer sentence-case one, and that line
 *   under it): weights 0.09 / 0.18, text-fitted CV 0.797 / 0.692, the baseline's.
 * - fitting on plain text only (LAYOUTS=text): CV 0.797 / 0.692 against 0.797 / 0.690, a page; the model also
 *   serves HTML, whose heading1 weight it would lose.
 */
import { resolve } from 'node:path';
import { scoreFeatures, TITLE_FEATURES } from '../../functions/core/cleaning/title.ts';
import { fitSparseChoice } from './choice-fit.ts';
import { choose, foldOf, isRight, namedWeights, saveModel } from './learn.ts';
import { cachedTitlePages, type TitlePage } from './title-data.ts';

const CORPORA = (process.env.CORPORA ?? 'dev,multi').split(',');
const FOLDS = 5;
const LAMBDAS = (process.env.LAMBDAS ?? '0.001,0.003,0.01').split(',').map(Number);
const MODEL = resolve(import.meta.dirname, '../../functions/core/cleaning/title-model.json');

// The plain text and (LAYOUTS=text,html) the original HTML of each page: one page, one fold, whatever its layout.
const LAYOUTS = (process.env.LAYOUTS ?? 'text,html').split(',');
// CACHE=file keeps the pages (candidates and features) between runs of the same features (DROP ablations).
const pages = cachedTitlePages(CORPORA, LAYOUTS, process.env.CACHE);
const dims = TITLE_FEATURES.length;

/** Share of pages (per corpus) where the picked option is the right one. */
function accuracy(pick: (page: TitlePage) => number, subset: TitlePage[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const corpus of CORPORA) {
    const mine = subset.filter((page) => page.corpus === corpus && !page.html);
    const right = mine.filter((page) => {
      const k = pick(page);
      return k >= 0 && isRight(page.group, k);
    }).length;
    out[corpus] = (right / mine.length).toFixed(3);
  }
  return out;
}

const reachable = accuracy((page) => page.group.answer, pages);
console.log(`pages: ${pages.length}; a candidate is right on ${JSON.stringify(reachable)}`);
const current = accuracy((page) => {
  let best = -1;
  let bestScore = 0;
  page.group.options.forEach((x, k) => {
    const score = scoreFeatures(x);
    if (score > bestScore) {
      bestScore = score;
      best = k;
    }
  });
  return best;
}, pages);
console.log(`weights in use: ${JSON.stringify(current)}`);

// Features left out (DROP): zeroed on every candidate before fitting.
const DROP = (process.env.DROP ?? '').split(',').filter((name) => name.length > 0);
const dropped = DROP.map((name) => {
  const d = TITLE_FEATURES.indexOf(name as (typeof TITLE_FEATURES)[number]);
  if (d < 0) throw new Error(`DROP: no title feature named ${name}`);
  return d;
});
if (dropped.length > 0) {
  for (const page of pages) for (const x of page.group.options) for (const d of dropped) x[d] = 0;
  console.log(`without ${DROP.join(', ')}`);
}

let bestLambda = LAMBDAS[0]!;
let bestMean = -1;
for (const lambda of LAMBDAS) {
  const picks = new Map<TitlePage, number>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = pages.filter((page) => foldOf(page.site, FOLDS) !== fold);
    const w = fitSparseChoice(
      train.map((page) => page.group),
      dims,
      lambda,
    );
    for (const page of pages)
      if (foldOf(page.site, FOLDS) === fold) picks.set(page, choose(w, page.group.options).index);
  }
  const cv = accuracy((page) => picks.get(page)!, pages);
  if (process.env.SHOW === String(lambda))
    for (const page of pages) {
      const pick = picks.get(page)!;
      if (page.group.answer < 0 || isRight(page.group, pick)) continue;
      console.log(`${page.name}\n   gold ${page.texts[page.group.answer]}\n   got  ${page.texts[pick]}`);
    }
  const mean = CORPORA.reduce((sum, corpus) => sum + Number(cv[corpus]), 0) / CORPORA.length;
  console.log(`lambda ${lambda}: cross-validated ${JSON.stringify(cv)}`);
  if (mean > bestMean) {
    bestMean = mean;
    bestLambda = lambda;
  }
}

const w = fitSparseChoice(
  pages.map((page) => page.group),
  dims,
  bestLambda,
);
console.log(
  `lambda ${bestLambda}, fitted on all pages: ${JSON.stringify(accuracy((p) => choose(w, p.group.options).index, pages))}`,
);
saveModel(
  MODEL,
  'Weights of the title features (cleaning/title.ts TITLE_FEATURES), written by tests/training/train-title.ts: a choice model over the candidates and "no headline" (score 0), L2 penalty chosen by 5-fold cross-validation on dev and multi.',
  { lambda: bestLambda },
  namedWeights(TITLE_FEATURES, w),
);
