/**
 * Trains the publication-date chooser: `npx tsx tests/training/train-dates.ts [--write]`.
 *
 * For every page of the training corpora (../shared/bench/dev and multi, plain text; LAYOUTS=text,html adds the
 * original HTML), the date candidates of metadata/dates.ts with their features; a candidate is right when its
 * date is the gold publication date. A choice model (softmax over the candidates and "no date") gives each date
 * its probability; the page's date is the most probable one when its probability clears a threshold. The L2
 * penalty and the threshold are chosen by 5-fold cross-validation: the most right dates while the
 * cross-validated precision stays at or above PRECISION on dev and on multi (plain text); the HTML pages get their
 * own threshold by the same rule (htmlThreshold: a text date held back there leaves the date the page declares).
 * DROP=feature,… fits with the named features switched off (an ablation without a code change).
 * With --write the weights fitted on all pages and the thresholds go to functions/core/metadata/date-model.json.
 */
import { resolve } from 'node:path';
import { DATE_FEATURES } from '../../functions/core/metadata/dates.ts';
import { type DatePage, dateOf, datePages, isRightDate, trainDates } from './date-data.ts';
import { foldOf, namedWeights, saveModel } from './learn.ts';

const CORPORA = (process.env.CORPORA ?? 'dev,multi').split(',');
const FOLDS = 5;
/**
 * Cross-validations run with folds drawn anew (by a salted hash of the site), their figures summed: one draw
 * moved the precision of dev by a page or two (0.004 each) between runs of equal models, enough to move the
 * threshold from 0.65 to 0.8.
 */
const REPEATS = Number(process.env.REPEATS ?? '3');
const LAMBDAS = (process.env.LAMBDAS ?? '0.001,0.003,0.01,0.03').split(',').map(Number);
const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];
/**
 * Cross-validated precision the threshold must keep on every corpus. The issue's floor is 0.95 on check; no
 * threshold reaches it cross-validated at a useful recall (0.80 gives dev 0.597 at 0.948): most wrong dates are
 * pages whose gold date the text never states while it states another (a sidebar's, the copyright's). With
 * folds drawn by site (learn.ts siteOf) the cross-validated precision at 0.7 is 0.926 on dev: 0.93 moved the
 * threshold to 0.8 and cost dev 0.04 and multi 0.05 of right dates (check's precision 0.913 -> 0.940, its
 * right dates 0.595 -> 0.567). Round 16 (updateIsOnlyDate, lead dates, two-digit years): CV at 0.65 dev 0.662
 * (0.923), multi 0.755 (0.941); 0.7 gives dev 0.646 (0.930) and check's precision moves only 0.918 -> 0.926
 * (its right dates 0.632 -> 0.611): the wrong dates are header dates a day or a year off the gold.
 * Round 18 (closestToTitle, otherPublished, updatedNearTitle, headerRivals; "Apr 042013"; no lead date after
 * a sentence's words; embedded posts' and web-archive captures' dates are history): CV (3 draws of the folds)
 * at 0.7 dev 0.661 (0.922), multi 0.798 (0.953); at 0.65 dev 0.670 (0.917), multi 0.812 (0.952). One draw
 * alone gave dev 0.916 at 0.65 and 0.915 at 0.7 and chose 0.8 (dev 0.640, multi 0.741).
 * The CV precision stays at 0.92-0.94 at every threshold up to 0.8: of the wrong dates left on dev (12) and
 * multi (17, in-sample), most are a date the text states a day, a month or a year off the gold (the gold read
 * from the page's metadata), or an update date where the page states no other.
 * Round 20 (sign-up dates are history; the page's own sentences; a hidden machine timestamp beside a written
 * date is an update; the HTML threshold replays the declared date): CV at 0.7 dev 0.668 (0.922), multi 0.810
 * (0.962); HTML 0.6 (0.65 before, 0.7 when the replay left the declared date out). Tried and not adopted:
 * metaLine (a comment count or reading time on the date's line): CV dev precision 0.922 -> 0.919 at 0.7 moved
 * the threshold to 0.8 (check 0.648 -> 0.611); the hidden timestamp as no candidate at all: dev and multi +1 page
 * each, check unchanged, and the refit then lowered dev's precision 0.950 -> 0.946 and HTML check's 0.943 -> 0.939.
 * An update date alone in the header is the gold on 16 of 30 such dev pages: no threshold separates them.
 * Round 22 (two-digit years with their time glued on; deadline and status words as history: "bis", "until",
 * "As of"): the refit after them chose lambda 0.003 and HTML threshold 0.5 (CV at 0.7: dev 0.675 (0.926), multi
 * 0.814 (0.961); lambda 0.001 dev 0.672 (0.927), multi 0.817 (0.958)). In-sample it lowered dev's precision
 * 0.675 (0.950) -> 0.682 (0.942) and check 0.648 (0.930) -> 0.644 (0.919); HTML check 0.866 (0.943) -> 0.891
 * (0.936). Not written: the model of round 20 stays (with the reader changes: dev 0.675 (0.950), multi 0.825
 * (0.964), check 0.648 (0.930)).
 * The out-of-fold wrong dates on dev (19 at 0.7) are 10 dates a day, a month or a year off a gold the page
 * never states (its metadata's), 6 update dates alone in the header, and 3 others (a date repeated on 8 list
 * blocks, an update beside a plain date, an "As of …" in the text). Tried and not adopted (λ 0.001, CV at 0.7):
 * manyBlocks (the date on 4 blocks or more), timeOnLine (a clock time on the date's line), lastUpdated ("Last
 * updated", "Zuletzt geändert"), inHeadline, navigationBlock, headerCrowd (3+ distinct header dates): dev
 * 0.669 (0.922) -> 0.668 (0.921), multi 0.807 -> 0.813 (the scanner's pages), no precision gained;
 * updateYearInBody (an update date whose year the body names: the gold on 13 of 14 such pages where the
 * update is the page's one date, 19 of 35 otherwise) with or without yearInBody (any date's year named): CV
 * dev 0.672 (0.923-0.924), multi 0.807-0.810, no better at any threshold; in-sample against a plain refit it gave
 * more dates at a lower precision (a refit at lambda 0.001 without it, before "As of": dev 0.675 (0.950), check
 * 0.648 (0.930); with it dev 0.682 (0.942), check 0.676 (0.913);
 * with yearInBody dev 0.679 (0.941), check 0.680 (0.908)).
 * Round 23: an update date alone on the page is the gold on 21 of 37 dev pages (8 of the 21 a template's label
 * alone on the line above) and on 12 of 13 multi pages ("Stand:", "Aktualisiert am", "Zuletzt geändert",
 * "Atualizado em"); on English pages without the label above, 13 of 29. Two features: updatedByByline (an
 * update date on the byline's block: "By Jane Roe | Last Updated on …", 4 of 9 such dev pages the gold) and
 * updatedInEnglish (an update label on an English page). CV (λ 0.001, 3 draws) at 0.7: dev 0.673 (0.927) ->
 * 0.666 (0.939), multi 0.821 (0.958) -> 0.823 (0.959); at 0.65: dev 0.681 (0.917) -> 0.674 (0.930), multi
 * 0.829 (0.955) -> 0.835 (0.956); each alone gives half of it (0.7: dev 0.934 without updatedByByline, 0.931
 * without updatedInEnglish). PRECISION 0.92 -> 0.93: at 0.92 the refit chose λ 0.001 and 0.6 (in-sample dev
 * 0.688 (0.946), multi 0.858 (0.957): multi's precision below round 22's 0.964; check 0.664 (0.927)); at 0.93
 * λ 0.003 and 0.65 (dev 0.682 (0.946), multi 0.844 (0.965), check 0.660 (0.926)). No HTML threshold keeps 0.93
 * on multi's HTML (0.927 at best), so the HTML pages take the text threshold (0.65; HTML in-sample dev 0.873
 * (0.947) -> 0.870 (0.944), multi 0.889 (0.930) -> 0.881 (0.927), check 0.866 (0.943) -> 0.862 (0.942)).
 * Tried and not adopted: updateOnlyInEnglish (updateIsOnlyDate on an English page) and farAfterBody (more than
 * 10 blocks after the body, no headline or byline near): CV within 0.002 of the two features alone at every
 * threshold, either λ.
 */
const PRECISION = Number(process.env.PRECISION ?? '0.93');
const MODEL = resolve(import.meta.dirname, '../../functions/core/metadata/date-model.json');
// Plain text and the original HTML of each page (one page, one fold): the HTML's blocks place dates differently.
const LAYOUTS = (process.env.LAYOUTS ?? 'text,html').split(',');

const pages = CORPORA.flatMap((corpus) => LAYOUTS.flatMap((layout) => datePages(corpus, layout === 'html')));
// DROP=name,… fits without the named features (zeroed on every candidate, so they weigh 0): an ablation.
const DROP = (process.env.DROP ?? '').split(',').filter((name) => name.length > 0);
for (const name of DROP) {
  const k = (DATE_FEATURES as readonly string[]).indexOf(name);
  if (k < 0) throw new Error(`DROP: no date feature ${name}`);
  for (const page of pages) for (const candidate of page.candidates) candidate.features[k] = 0;
}

interface Figures {
  exact: number;
  precision: number;
  given: number;
}

/** The figures of a subset, summed over the REPEATS cross-validations (`given` per repeat, on average). */
function figures(subset: DatePage[], pick: (page: DatePage, repeat: number) => string | null): Figures {
  let gold = 0;
  let right = 0;
  let givenGold = 0;
  let given = 0;
  for (let r = 0; r < REPEATS; r++)
    for (const page of subset) {
      const iso = pick(page, r);
      if (page.hasGold) gold++;
      if (iso !== null) given++;
      if (iso !== null && page.hasGold) givenGold++;
      if (iso !== null && isRightDate(page.scorer, page.gold, iso)) right++;
    }
  return {
    exact: right / Math.max(1, gold),
    precision: right / Math.max(1, givenGold),
    given: Math.round(given / REPEATS),
  };
}

const fmt = (f: Figures) => `${f.exact.toFixed(3)} (${f.precision.toFixed(3)}, given ${f.given})`;

const reach = CORPORA.map((corpus) => {
  const mine = pages.filter((page) => page.corpus === corpus && page.hasGold);
  return `${corpus} ${(mine.filter((page) => page.labels.some(Boolean)).length / mine.length).toFixed(3)}`;
});
console.log(`pages ${pages.length}; the gold date among the candidates: ${reach.join(', ')}`);

let best = { lambda: LAMBDAS[0]!, threshold: 0.5, score: -1 };
/** Per penalty, the threshold of the HTML pages by the same rule. */
const bestHtml = new Map<number, { threshold: number; score: number }>();
for (const lambda of LAMBDAS) {
  // Out-of-fold weights for every page, for each of REPEATS ways of drawing the folds (one site, one fold).
  const repeats: Map<DatePage, Float64Array>[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const foldOfPage = (page: DatePage) => foldOf(r === 0 ? page.site : `${page.site}#${r}`, FOLDS);
    const weightsOf = new Map<DatePage, Float64Array>();
    for (let fold = 0; fold < FOLDS; fold++) {
      const w = trainDates(
        pages.filter((page) => foldOfPage(page) !== fold),
        lambda,
      );
      for (const page of pages) if (foldOfPage(page) === fold) weightsOf.set(page, w);
    }
    repeats.push(weightsOf);
  }
  const weightsOf = repeats[0]!;
  for (const threshold of THRESHOLDS) {
    const per = CORPORA.map((corpus) => ({
      corpus,
      f: figures(
        pages.filter((page) => page.corpus === corpus && !page.html),
        (page, r) => dateOf(page, repeats[r]!.get(page)!, threshold).iso,
      ),
    }));
    // The HTML pages' figures, replaying how the page's declared date stands in for a text date held back
    // (date-data.ts dateOf; before, the text's date alone was replayed and chose 0.7 where the pipeline's HTML
    // figures on dev and multi were higher at 0.65). Their own threshold.
    const html = CORPORA.map((corpus) =>
      figures(
        pages.filter((page) => page.corpus === corpus && page.html),
        (page, r) => dateOf(page, repeats[r]!.get(page)!, threshold).iso,
      ),
    );
    console.log(
      `lambda ${lambda} threshold ${threshold}: ${per.map(({ corpus, f }) => `${corpus} ${fmt(f)}`).join('  ')}  | html ${html.map(fmt).join('  ')}`,
    );
    if (process.env.SHOW === `${lambda}/${threshold}`)
      for (const page of pages) {
        if (page.corpus !== (process.env.SHOW_CORPUS ?? 'dev') || page.html) continue;
        const got = dateOf(page, weightsOf.get(page)!, threshold);
        if (got.iso !== null && isRightDate(page.scorer, page.gold, got.iso)) continue;
        if (got.iso === null && !page.labels.some(Boolean)) continue;
        console.log(
          `${page.name} gold=${page.gold.date ?? null} got=${got.iso} p=${got.p.toFixed(2)} right=${page.candidates
            .filter((_, k) => page.labels[k])
            .map((c) => `${c.kind}@${c.block}`)
            .join(',')}`,
        );
      }
    // Every corpus keeps the precision (a threshold that holds on DEV's sites alone did not on multi's).
    const precise = per.every((p) => p.f.precision >= PRECISION);
    const score = per.reduce((sum, p) => sum + p.f.exact, 0);
    if (precise && score > best.score) best = { lambda, threshold, score };
    const htmlScore = html.reduce((sum, f) => sum + f.exact, 0);
    const htmlBest = bestHtml.get(lambda);
    if (html.every((f) => f.precision >= PRECISION) && htmlScore > (htmlBest?.score ?? -1))
      bestHtml.set(lambda, { threshold, score: htmlScore });
  }
}
const htmlThreshold = bestHtml.get(best.lambda)?.threshold ?? best.threshold;

const w = trainDates(pages, best.lambda);
console.log(`chosen lambda ${best.lambda}, threshold ${best.threshold}, HTML threshold ${htmlThreshold}`);
saveModel(
  MODEL,
  'Weights of the date features (metadata/dates.ts DATE_FEATURES) and the probability thresholds (plain text; htmlThreshold: pages read from HTML), written by tests/training/train-dates.ts: a choice model over the date candidates and "no date", L2 penalty and threshold chosen by 5-fold cross-validation (folds by site, drawn ' +
    String(REPEATS) +
    ' times) on dev and multi for the most right dates at a cross-validated precision on each corpus of at least ' +
    String(PRECISION),
  { lambda: best.lambda, threshold: best.threshold, htmlThreshold },
  namedWeights(DATE_FEATURES, w),
);
