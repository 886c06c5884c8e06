/**
 * Calibrates the provenance confidences: `npx tsx tests/training/train-confidence.ts [--write]`.
 *
 * Runs the core on every page of DEV and multi, as plain text and as the original HTML (HTML=0: text only), and
 * for each scored field (title, authors, publishedAt, site) pairs the features provenance.ts gave the confidence
 * model with whether the value is right as the corpus's scorer judges it (a value where the gold has none is
 * wrong; site against the gold's domain or site).
 *
 * The title and author models were fitted on these pages: their probabilities here would be those of pages they
 * have seen, surer than on new pages. So the title and author values of the plain-text runs are cross-fitted:
 * each page gets the choice and probability of models fitted (as train-title.ts and train-authors.ts fit them)
 * on the other four folds. Multi joins DEV because DEV alone overstates how sure the text readers are on sites
 * they have not seen (their rules were written on DEV), which multi's pages mostly are.
 *
 * A logistic regression per field, fitted so that another run on the same pages gives the same figures:
 * - the cross-validation (FOLDS folds, the pages of one site in one fold) is repeated over PARTITIONS (16) fold
 *   partitions of the sites; one partition alone moved the chosen shift by up to 0.45 (authors 0.55-1.0 over six
 *   partitions of the same samples) and check's authors >= 0.8 share with it;
 * - the L2 penalty is the one of least out-of-fold log-loss, averaged over the partitions (on DEV and multi only);
 * - the bias is lowered by the least shift (steps of 0.05) that makes the out-of-fold values with confidence
 *   >= 0.8 right at least TARGET (0.95) of the time over dev and multi, plain text and HTML, counted over every
 *   partition's out-of-fold logits (no shift when it would leave under 10% of the values at 0.8 or above); over
 *   16 partitions the shift moves by at most 0.1 from one set of partitions to another (0.05 for authors);
 * - the weights stored are the mean of every partition's fold models (bagging: PARTITIONS × FOLDS fits, each on
 *   four fifths of the sites), lowered by the shift.
 * The script prints, per field, the log-loss by penalty, the cross-validated calibration table (confidence bucket
 * → share right (values per partition)) before and after the shift, the share per set and the range of one
 * partition alone; with --write it stores the weights in functions/core/metadata/confidence-model.json.
 *
 * Pages the layout cut out of long lines (a page whose elements a scraper joined with single spaces) are no part
 * of the base fit: there each field's log-odds are re-scaled (offset + scale × log-odds, provenance.ts FLAT), fitted
 * on the flat renderings of DEV and multi (FLAT_TOOLS) the same way (fitFlat).
 *
 * SAMPLES_CACHE=FILE keeps the pages' samples (the 4 minutes of running the core) in FILE and reads them from it
 * on the next run, to try settings of the fit alone; delete FILE whenever the core or the reader models change.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clean } from '../../functions/core/clean.ts';
import { TITLE_FEATURES } from '../../functions/core/cleaning/title.ts';
import TITLE_MODEL from '../../functions/core/cleaning/title-model.json' with { type: 'json' };
import { decode } from '../../functions/core/decode.ts';
import { arePiecesOfLines } from '../../functions/core/layout/space-runs.ts';
import { readLayout } from '../../functions/core/layout.ts';
import AUTHOR_MODEL from '../../functions/core/metadata/author-model.json' with { type: 'json' };
import DATE_MODEL from '../../functions/core/metadata/date-model.json' with { type: 'json' };
import { analyseMetadata } from '../../functions/core/metadata/index.ts';
import { CONFIDENCE_FEATURES, type ScoredField } from '../../functions/core/metadata/provenance.ts';
import { judge, readCorpus, readRendered, renderFolder, scorerOf } from '../bench/metadata-scoring.ts';
import { TOOL_LAYOUTS, type ToolLayout, toolAvailable } from '../support/text-browsers.ts';
import { authorPages, authorsOf, trainAuthors } from './author-data.ts';
import { dateOf, datePages, trainDates } from './date-data.ts';
import { dot, fitChoice, fitLogistic, foldOf, sigmoid, siteOf } from './learn.ts';
import { pickTitle, titlePages } from './title-data.ts';

const BENCH = resolve(import.meta.dirname, '../../../shared/bench');
const CORPORA = (process.env.CORPORA ?? 'dev,multi').split(',');
const FOLDS = 5;
const LAMBDAS = [0.001, 0.003, 0.01, 0.03, 0.1];
/**
 * Fold partitions the cross-validation repeats over. One partition's out-of-fold logits, and the shift and
 * weights drawn from them, moved with the partition (authors' shift 0.55-1.0 over six partitions of the same
 * samples); averaged over eight, the shift moves by a step or two.
 */
const PARTITIONS = Number(process.env.PARTITIONS ?? '16');
const MODEL = resolve(import.meta.dirname, '../../functions/core/metadata/confidence-model.json');
/**
 * The fields to fit (FIELDS=authors refits the authors' weights only): with --write the other fields keep the
 * weights and shifts confidence-model.json has.
 */
const FIELDS = (process.env.FIELDS ?? 'title,authors,publishedAt,site').split(',') as ScoredField[];

interface Sample {
  page: string;
  /** The page's site: folds are drawn by it (learn.ts siteOf). */
  site: string;
  /** Its corpus and input ("dev", "multi-html", "dev-soup-spaced"): the calibration must hold on each. */
  set: string;
  /** The layout cut the page out of long lines (layout/space-runs.ts arePiecesOfLines): the re-scaled confidence. */
  flat: boolean;
  x: Float64Array;
  y: number;
}

// Cross-fitted title and author models (the pages' folds are those of the training scripts).
const titleData = ['dev', 'multi'].flatMap((corpus) => titlePages(corpus));
const authorData = ['dev', 'multi'].flatMap((corpus) => authorPages(corpus));
const titleWeights: Float64Array[] = [];
const authorWeights: Float64Array[] = [];
const dateData = ['dev', 'multi'].flatMap((corpus) => datePages(corpus));
const dateWeights: Float64Array[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  dateWeights.push(
    trainDates(
      dateData.filter((page) => foldOf(page.site, FOLDS) !== fold),
      DATE_MODEL.lambda,
    ),
  );
  titleWeights.push(
    fitChoice(
      titleData.filter((page) => foldOf(page.site, FOLDS) !== fold).map((page) => page.group),
      TITLE_FEATURES.length,
      TITLE_MODEL.lambda,
    ),
  );
  authorWeights.push(
    trainAuthors(
      authorData.filter((page) => foldOf(page.site, FOLDS) !== fold),
      AUTHOR_MODEL.lambda,
    ),
  );
}
const titleOf = new Map(titleData.map((p) => [`${p.corpus}/${p.name}`, p]));
const authorOf = new Map(authorData.map((p) => [`${p.corpus}/${p.name}`, p]));
const dateOfPage = new Map(dateData.map((p) => [`${p.corpus}/${p.name}`, p]));
const DATE_P = (CONFIDENCE_FEATURES.publishedAt as readonly string[]).indexOf('modelProbability');
const TITLE_P = (CONFIDENCE_FEATURES.title as readonly string[]).indexOf('textProbability');
const TITLE_SURE = (CONFIDENCE_FEATURES.title as readonly string[]).indexOf('sureLine');
const AUTHOR_P = (CONFIDENCE_FEATURES.authors as readonly string[]).indexOf('modelProbability');

type Rendering = 'text' | 'html' | ToolLayout;

/**
 * Flat renderings (FLAT_TOOLS, default soup-spaced,soup; FLAT=0 leaves them out): each page's HTML as a scraper
 * that keeps no line breaks writes it — BeautifulSoup's `get_text(" ", strip=True)`, the elements joined with
 * single spaces, and `get_text()`, run together as the source spaced them (tests/support/text-browsers.ts,
 * Debian's python3-bs4) — kept in FLAT_RENDERS/TOOL/CORPUS (default: a folder in the system's temp folder) between
 * runs. The layout cuts such a page into pieces of its lines (layout/space-runs.ts), and its headline, byline and
 * date are pieces cut by a guess: without these samples the confidences of such pages were those of pages of
 * lines (soup-spaced DEV, values at 0.8 or above: titles 10 of 12 right, authors 68 of 78, dates 8 of 11). The
 * title and author models never saw a flat page, so their choices there are the shipped models' (not
 * cross-fitted). A tool's rendering the layout does not cut (the tool kept the page's line breaks) is in neither
 * fit: the base model is fitted on the bench's text and HTML alone.
 */
const FLAT_TOOLS = (process.env.FLAT_TOOLS ?? 'soup-spaced,soup').split(',') as ToolLayout[];
const flatTools =
  process.env.FLAT === '0'
    ? []
    : FLAT_TOOLS.filter((tool) => TOOL_LAYOUTS.includes(tool) && toolAvailable(tool));
if (process.env.FLAT !== '0' && flatTools.length < FLAT_TOOLS.length)
  console.log(
    `notice: ${FLAT_TOOLS.filter((tool) => !flatTools.includes(tool)).join(', ')} not installed here (python3-bs4); fitting without those renderings`,
  );
const renderFolderOf = (tool: ToolLayout, corpus: string) =>
  process.env.FLAT_RENDERS ? join(process.env.FLAT_RENDERS, tool, corpus) : renderFolder(tool, corpus);

/** Runs the core on every page of CORPORA and pairs each scored field's features with whether it is right. */
function collectSamples(): Record<ScoredField, Sample[]> {
  const samples: Record<ScoredField, Sample[]> = { title: [], authors: [], publishedAt: [], site: [] };
  for (const corpus of CORPORA) {
    const dir = join(BENCH, corpus);
    const scorer = scorerOf(dir);
    const renderings: Rendering[] = [
      ...(process.env.HTML === '0' ? ['text' as const] : ['text' as const, 'html' as const]),
      ...flatTools,
    ];
    for (const rendering of renderings)
      for (const page of rendering === 'text' || rendering === 'html'
        ? readCorpus(dir, rendering === 'html')
        : readRendered(dir, rendering, renderFolderOf(rendering, corpus))) {
        const decoded = decode(page.bytes);
        if (!decoded.ok) continue;
        const layout = readLayout(decoded.text, page.file);
        const cleaned = clean(layout.blocks);
        const body = cleaned.body.map((block) => block.text).join('\n\n');
        const { metadata, choices } = analyseMetadata(cleaned, body, {}, { evidence: layout.evidence });
        const flat = arePiecesOfLines(cleaned.blocks);
        // A tool's rendering the layout did not cut is in neither fit (the base one reads the bench's text and HTML).
        if (!flat && rendering !== 'text' && rendering !== 'html') continue;
        const judged = judge(scorer, page.gold, metadata);
        const name = `${corpus}/${page.name}`;
        const site = siteOf(page.gold, page.name);
        const fold = foldOf(site, FOLDS);
        const set = rendering === 'text' ? corpus : `${corpus}-${rendering}`;
        // Title and authors: the cross-fitted models' choices, their probabilities in the features. Multi's gold
        // leaves some pages' title out (61 of 480): a title there is unjudged, not wrong (as authors and dates below).
        const titlePage = rendering !== 'text' ? undefined : titleOf.get(`${corpus}/${page.name}`);
        if (scorer !== 'wcxb' && !judged.title.gold) {
          // unjudged
        } else if (titlePage && choices.title) {
          const pick = pickTitle(titleWeights[fold]!, titlePage);
          if (pick.index >= 0) {
            const x = choices.title.features.slice();
            x[TITLE_P] = pick.probability;
            x[TITLE_SURE] = pick.probability >= 0.9 ? 1 : 0;
            samples.title.push({
              page: name,
              site,
              set,
              flat,
              x,
              y: titlePage.group.right?.[pick.index] ?? 0,
            });
          }
        } else if (choices.title)
          samples.title.push({
            page: name,
            site,
            set,
            flat,
            x: choices.title.features,
            y: +judged.title.right,
          });
        // Multi's gold states some pages' author or date only (what trafilatura's evaluation tests): a value there
        // without a gold value is unjudged, not wrong. WCXB's gold omits them on purpose: there a value is wrong.
        const judgeable = (field: 'author' | 'date') => scorer === 'wcxb' || judged[field].gold;
        const authorPage = rendering !== 'text' ? undefined : authorOf.get(`${corpus}/${page.name}`);
        if (!judgeable('author')) {
          // unjudged
        } else if (authorPage) {
          const pick = authorsOf(
            authorPage,
            authorWeights[fold]!,
            AUTHOR_MODEL.threshold,
            AUTHOR_MODEL.genericThreshold,
          );
          if (pick.authors.length > 0 && choices.authors) {
            const x = choices.authors.features.slice();
            x[AUTHOR_P] = pick.p;
            const right = judge(scorer, page.gold, { title: null, authors: pick.authors, publishedAt: null });
            samples.authors.push({ page: name, site, set, flat, x, y: +right.author.right });
          }
        } else if (choices.authors)
          samples.authors.push({
            page: name,
            site,
            set,
            flat,
            x: choices.authors.features,
            y: +judged.author.right,
          });
        // The date: the cross-fitted model's choice where the text's date is the value (plain text), its
        // probability in the features.
        const datePage = rendering !== 'text' ? undefined : dateOfPage.get(`${corpus}/${page.name}`);
        if (!judgeable('date')) {
          // unjudged
        } else if (datePage && choices.publishedAt && choices.publishedAt.line !== null) {
          const pick = dateOf(datePage, dateWeights[fold]!, DATE_MODEL.threshold);
          if (pick.iso !== null) {
            const x = choices.publishedAt.features.slice();
            x[DATE_P] = pick.p;
            const right = judge(scorer, page.gold, { title: null, authors: [], publishedAt: pick.iso });
            samples.publishedAt.push({ page: name, site, set, flat, x, y: +right.date.right });
          }
        } else if (choices.publishedAt)
          samples.publishedAt.push({
            page: name,
            site,
            set,
            flat,
            x: choices.publishedAt.features,
            y: +judged.date.right,
          });
        const domain = (page.gold as { domain?: string; site?: string }).domain ?? page.gold.site;
        // A tool's rendering names its site from the same chrome as the page's text: not sampled twice.
        if (choices.site && domain && (rendering === 'text' || rendering === 'html')) {
          // Folds by the page's site, as for the other fields, not by the domain read from it.
          const value = choices.site.value;
          const right = value === domain || value.endsWith(`.${domain}`) || domain.endsWith(`.${value}`);
          samples.site.push({ page: name, site, set, flat, x: choices.site.features, y: +right });
        }
      }
  }
  return samples;
}

/** The samples of SAMPLES_CACHE when the file is there, else collected (and kept there when it is set). */
function loadSamples(): Record<ScoredField, Sample[]> {
  const cache = process.env.SAMPLES_CACHE;
  if (cache && existsSync(cache)) {
    const cached = JSON.parse(readFileSync(cache, 'utf8')) as Record<
      ScoredField,
      (Sample & { x: number[] })[]
    >;
    const samples = {} as Record<ScoredField, Sample[]>;
    for (const field of Object.keys(cached) as ScoredField[])
      samples[field] = cached[field].map((s) => ({ ...s, x: Float64Array.from(s.x) }));
    return samples;
  }
  const samples = collectSamples();
  if (cache)
    writeFileSync(
      cache,
      JSON.stringify(samples, (_, v) => (v instanceof Float64Array ? Array.from(v) : v)),
    );
  return samples;
}

const samples = loadSamples();
const BUCKETS = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001];

/**
 * The calibration table (confidence bucket → share right (values)) of the out-of-fold logits lowered by `shift`,
 * counted over every partition (values per partition).
 */
function table(field: string, data: Sample[], partitions: number[][], shift: number): void {
  const cells: string[] = [];
  const per = (n: number) => Math.round(n / partitions.length);
  const inRange = (lo: number, hi: number) => {
    let n = 0;
    let right = 0;
    for (const logits of partitions)
      data.forEach((s, k) => {
        const c = Math.round(100 * sigmoid(logits[k]! - shift)) / 100;
        if (c < lo || c >= hi) return;
        n++;
        right += s.y;
      });
    return { n, right };
  };
  for (let b = 0; b < BUCKETS.length - 1; b++) {
    const { n, right } = inRange(BUCKETS[b]!, BUCKETS[b + 1]!);
    cells.push(`[${BUCKETS[b]!.toFixed(2)}) ${n === 0 ? '  -  ' : (right / n).toFixed(2)} (${per(n)})`);
  }
  const high = inRange(HIGH, 2);
  console.log(
    `${field.padEnd(11)} ${cells.join('  ')}  | >=0.8: ${(high.right / Math.max(1, high.n)).toFixed(3)} (${per(high.n)})`,
  );
}

/** The confidence users filter on, and the share of its values that must be right at or above it. */
const HIGH = 0.8;
const TARGET = Number(process.env.TARGET ?? '0.95');
/** The least share of a field's values a shift must leave at or above HIGH to be used. */
const MIN_KEPT = 0.1;

/**
 * The least shift of the logit (a lower bias) that makes the out-of-fold values with confidence >= HIGH right
 * at least TARGET of the time over dev and multi, plain text and HTML (folds by site: a confidence must hold on
 * sites the model did not see), counted over the out-of-fold logits of every partition: the share of one
 * partition alone crosses TARGET at a shift that moves with the partition. Required of each set alone, the
 * shift emptied the top buckets or found none. No shift when it would leave under MIN_KEPT of the values at or
 * above HIGH.
 */
function calibrationShift(data: Sample[], partitions: number[][], minKept = MIN_KEPT): number {
  for (let step = 0; step <= 80; step++) {
    const shift = step / 20;
    const high = highShare(data, partitions, shift, () => true);
    // A shift that leaves (almost) no value at or above HIGH only hides the field's values from the filter:
    // the model cannot single out values that sure, and its confidences stay as fitted (calibrated).
    if (high.n < minKept * data.length) return 0;
    if (high.share >= TARGET) return shift;
  }
  return 0;
}

/**
 * Share right of the values (of a set) with confidence >= HIGH after the shift, counted over the partitions'
 * out-of-fold logits (1 when there are none), and their number per partition.
 */
function highShare(
  data: Sample[],
  partitions: number[][],
  shift: number,
  keep: (s: Sample) => boolean,
): { share: number; n: number } {
  let n = 0;
  let right = 0;
  for (const logits of partitions)
    data.forEach((s, k) => {
      if (!keep(s) || Math.round(100 * sigmoid(logits[k]! - shift)) / 100 < HIGH) return;
      n++;
      right += s.y;
    });
  return { share: n === 0 ? 1 : right / n, n: Math.round(n / Math.max(1, partitions.length)) };
}

/** Share right of the values with confidence >= HIGH, per set, after the shift. */
function perSet(data: Sample[], partitions: number[][], shift: number): string {
  return [...new Set(data.map((s) => s.set))]
    .map((set) => {
      const { share, n } = highShare(data, partitions, shift, (s) => s.set === set);
      return `${set} ${share.toFixed(3)} (${n})`;
    })
    .join(', ');
}

/** The fold of a site in fold partition `seed` (partition 0 is the training scripts' own: learn.ts foldOf). */
const foldIn = (site: string, seed: number) => foldOf(seed === 0 ? site : `${seed}/${site}`, FOLDS);

/** Mean log-loss of the values' logits. */
function logLoss(data: Sample[], logits: number[]): number {
  let loss = 0;
  data.forEach((s, k) => {
    const p = Math.min(0.999, Math.max(0.001, sigmoid(logits[k]!)));
    loss -= s.y * Math.log(p) + (1 - s.y) * Math.log(1 - p);
  });
  return loss / Math.max(1, data.length);
}

interface CrossValidation {
  lambda: number;
  /** Mean over the partitions of the out-of-fold log-loss. */
  loss: number;
  /** Per partition, the values' out-of-fold logits. */
  byPartition: number[][];
  /** The weights of every fold model of every partition. */
  models: Float64Array[];
}

/** FOLDS-fold cross-validation of one penalty, repeated over PARTITIONS fold partitions by site. */
function crossValidate(data: Sample[], dims: number, lambda: number): CrossValidation {
  const byPartition: number[][] = [];
  const models: Float64Array[] = [];
  let loss = 0;
  for (let seed = 0; seed < PARTITIONS; seed++) {
    const z = new Array<number>(data.length).fill(0);
    for (let fold = 0; fold < FOLDS; fold++) {
      const train = data.filter((s) => foldIn(s.site, seed) !== fold);
      const w = fitLogistic(
        train.map((s) => s.x),
        train.map((s) => s.y),
        dims,
        lambda,
      );
      models.push(w);
      data.forEach((s, k) => {
        if (foldIn(s.site, seed) === fold) z[k] = dot(w, s.x);
      });
    }
    loss += logLoss(data, z) / PARTITIONS;
    byPartition.push(z);
  }
  return { lambda, loss, byPartition, models };
}

/** The mean of the weights (bagging: the model the averaged out-of-fold logits stand for). */
function meanWeights(models: Float64Array[], dims: number): Float64Array {
  const w = new Float64Array(dims);
  for (const m of models) for (let d = 0; d < dims; d++) w[d]! += m[d]! / models.length;
  return w;
}

/**
 * The re-scaling of a field's log-odds on flat pages (provenance.ts FLAT): each flat value's log-odds by the base
 * model (`baseLogOdds`: the stored weights with --flat-only, else the fold models of the refit that did not see its
 * site, averaged, lowered by the base shift), then a logistic fit of an offset and a scale on them, cross-validated by site over the partitions as the base model is
 * (the penalty of least out-of-fold log-loss), lowered by the least shift that makes the flat values of confidence
 * >= HIGH right TARGET of the time, however few it leaves there.
 */
function fitFlat(
  field: ScoredField,
  flat: Sample[],
  baseLogOdds: (s: Sample) => number,
): { offset: number; scale: number } {
  const rescaled = flat.map((s) => ({ ...s, x: Float64Array.of(1, baseLogOdds(s)) }));
  const label = `${field} flat`;
  console.log(
    `${label}: ${flat.length} values on pages cut from long lines, ${flat.filter((s) => s.y).length} right; the base model's confidences:`,
  );
  table(label, rescaled, [rescaled.map((s) => s.x[1]!)], 0);
  const runs = LAMBDAS.map((lambda) => crossValidate(rescaled, 2, lambda));
  const best = runs.reduce((a, b) => (b.loss < a.loss ? b : a));
  // No floor on the values left at HIGH here: a flat page's value the model cannot single out is kept from the
  // filter (without a shift, soup-spaced check's dates at 0.8 or above were right 0.70 of 27).
  const shift = calibrationShift(rescaled, best.byPartition, 0);
  console.log(
    `${label}: re-scaled (lambda ${best.lambda}), shift ${shift}; per set ${perSet(rescaled, best.byPartition, shift)}`,
  );
  table(label, rescaled, best.byPartition, shift);
  // As provenance.ts reads it: never above the base model's own log-odds (min(z - shift, base) = min(z, base +
  // shift) - shift). The fit and the shift above are of the re-scaling alone; the cap only lowers values, and this
  // table shows the buckets as the records have them.
  const capped = best.byPartition.map((logits) =>
    logits.map((z, k) => Math.min(z, rescaled[k]!.x[1]! + shift)),
  );
  console.log(`${label}, never above the base model's confidence:`);
  table(label, rescaled, capped, shift);
  const w = meanWeights(best.models, 2);
  return { offset: Math.round((w[0]! - shift) * 1000) / 1000, scale: Math.round(w[1]! * 1000) / 1000 };
}

/** A value's log-odds by the fold model of each partition that did not see its site, averaged. */
function outOfFold(cv: CrossValidation, s: Sample): number {
  let z = 0;
  for (let seed = 0; seed < PARTITIONS; seed++)
    z += dot(cv.models[seed * FOLDS + foldIn(s.site, seed)]!, s.x);
  return z / PARTITIONS;
}

const kept = JSON.parse(readFileSync(MODEL, 'utf8')) as {
  shifts: Record<string, number>;
  fields: Record<string, Record<string, number>>;
  flat?: Record<string, { offset: number; scale: number }>;
};
const shifts: Record<string, number> = { ...kept.shifts };
const model: Record<string, Record<string, number>> = { ...kept.fields };
const flatScaling: Record<string, { offset: number; scale: number }> = { ...kept.flat };
/**
 * --flat-only: the base weights stay as the model file has them (some were fitted otherwise: see the README), and
 * the flat pages' re-scaling is fitted on their log-odds, a model that never saw a flat page (its fit has none).
 */
const flatOnly = process.argv.includes('--flat-only');
for (const field of flatOnly ? FIELDS.filter((f) => f !== 'site') : []) {
  const weights = Float64Array.from(CONFIDENCE_FEATURES[field], (name) => kept.fields[field]?.[name] ?? 0);
  flatScaling[field] = fitFlat(
    field,
    samples[field].filter((s) => s.flat),
    (s) => dot(weights, s.x),
  );
}
for (const field of flatOnly ? [] : FIELDS) {
  // The base model is fitted on pages of lines; the values of flat pages re-scale its log-odds (fitFlat).
  const data = samples[field].filter((s) => !s.flat);
  const flatData = samples[field].filter((s) => s.flat);
  const dims = CONFIDENCE_FEATURES[field].length;
  const runs = LAMBDAS.map((lambda) => crossValidate(data, dims, lambda));
  const best = runs.reduce((a, b) => (b.loss < a.loss ? b : a));
  console.log(
    `${field}: ${data.length} values, ${data.filter((s) => s.y).length} right; cross-validated log-loss by lambda ${runs
      .map((run) => `${run.lambda} ${run.loss.toFixed(4)}`)
      .join(', ')}: lambda ${best.lambda}`,
  );
  table(field, data, best.byPartition, 0);
  const shift = calibrationShift(data, best.byPartition);
  const spread = best.byPartition.map((z) => highShare(data, [z], shift, () => true));
  console.log(
    `${field}: shift ${shift} so that >= ${HIGH} is right >= ${TARGET} cross-validated; per set ${perSet(data, best.byPartition, shift)}; one partition alone ${Math.min(...spread.map((h) => h.share)).toFixed(3)}-${Math.max(...spread.map((h) => h.share)).toFixed(3)} (${Math.min(...spread.map((h) => h.n))}-${Math.max(...spread.map((h) => h.n))} values)`,
  );
  table(field, data, best.byPartition, shift);
  const w = meanWeights(best.models, dims);
  w[0]! -= shift;
  shifts[field] = shift;
  model[field] = Object.fromEntries(
    CONFIDENCE_FEATURES[field].map((name, d) => [name, Math.round(w[d]! * 1000) / 1000]),
  );
  if (field !== 'site' && flatData.length > 0)
    flatScaling[field] = fitFlat(field, flatData, (s) => outOfFold(best, s) - shift);
}
console.log(JSON.stringify(flatScaling));
console.log(JSON.stringify(model));
if (process.argv.includes('--write')) {
  writeFileSync(
    MODEL,
    `${JSON.stringify(
      {
        about:
          'Weights of the provenance confidence features (metadata/provenance.ts CONFIDENCE_FEATURES), written by tests/training/train-confidence.ts: logistic regression per field on DEV and multi (plain text and HTML); 5-fold cross-validation with the pages of one site in one fold, repeated over 16 fold partitions; L2 penalty of least out-of-fold log-loss averaged over the partitions; weights the mean of all 80 fold models (bagging); the bias then lowered by the least shift that makes the out-of-fold values of confidence >= 0.8, counted over every partition, right at least 95% of the time over dev and multi, text and HTML, unless it would leave under 10% of the values at 0.8 or above (shifts); a value is right as the corpus scorer judges it, a value where the gold has none is wrong. On pages the layout cut out of long lines (layout/space-runs.ts arePiecesOfLines) the base model is not fitted: there its log-odds (of a model that saw no flat page) become offset + scale × log-odds (flat), never above the base log-odds, fitted the same way on the flat pages of DEV and multi rendered as scrapers that keep no line breaks write them (BeautifulSoup get_text(" ", strip=True) and get_text()).',
        corpora: CORPORA.join(','),
        shifts,
        fields: model,
        flat: flatScaling,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`written ${MODEL}`);
}
