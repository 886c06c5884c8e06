/**
 * Chooses the numbers of functions/core/cleaning/hint-settings.json by 5-fold cross-validation on the HTML
 * pages of ../shared/bench/dev (gold bodies: bag-of-words F1) and ../shared/bench/multi (with/without
 * snippets: snippet F1), never on check: `npm run train:hints [-- --tail] [-- --table] [-- --write]`
 * (--tail: the region's extension at both ends instead of the container numbers; --table: every setting's
 * objective on all pages).
 *
 * For each fold, the setting best on the other four folds is scored on the held-out one; the mean held-out
 * score is what the method is worth on unseen pages, printed beside the defaults' held-out score. With
 * --write, the setting best on all pages goes to hint-settings.json.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { renderBody } from '../../functions/core/body.ts';
import { clean } from '../../functions/core/clean.ts';
import { HINT_SETTINGS } from '../../functions/core/cleaning/hint-settings.ts';
import { readLayout } from '../../functions/core/layout.ts';
import type { Block } from '../../functions/core/types.ts';
import { bagOfWordsF1, snippetCounts } from '../support/bench-metrics.ts';

const BENCH = resolve(import.meta.dirname, '../../../shared/bench');
const SETTINGS_FILE = resolve(import.meta.dirname, '../../functions/core/cleaning/hint-settings.json');
const FOLDS = 5;

/**
 * Two grids, searched one at a time (their product would take hours): the container numbers, and with
 * `--tail` the numbers that carry the region past its end inside the container (region.ts
 * extendInContainer), the other grid's numbers held at their learned values.
 */
const CONTAINER_GRID = {
  containerShare: [0.5, 0.6, 0.7, 0.8],
  insideFloor: [-1, -0.5, 0],
  outsideFactor: [0.25, 0.5, 0.75],
};
const TAIL_GRID = {
  headOdds: [-1, -0.5, 0, 0.5, 1, 100],
  tailOdds: [-1, -0.5, 0, 0.5],
  tailValue: [-1],
  tailGap: [-1, 1, 2, 4],
};
const GRID: Record<string, number[]> = process.argv.includes('--tail') ? TAIL_GRID : CONTAINER_GRID;
type Setting = Record<string, number>;

interface Page {
  name: string;
  fold: number;
  blocks: Block[];
  gold: { body?: string; with?: string[]; without?: string[] };
  corpus: 'dev' | 'multi';
}

function load(corpus: 'dev' | 'multi'): Page[] {
  const dir = join(BENCH, corpus);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html.gz'))
    .map((file) => {
      const name = file.slice(0, -'.html.gz'.length);
      const html = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
      const fold = Number.parseInt(createHash('sha256').update(name).digest('hex').slice(0, 8), 16) % FOLDS;
      const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8'));
      return { name, fold, blocks: readLayout(html, file).blocks, gold, corpus };
    });
}

/** Per page: BoW F1 (dev) or snippet counts (multi), under one setting. */
interface PageScore {
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

function scorePages(pages: Page[], setting: Setting): PageScore[] {
  Object.assign(HINT_SETTINGS, setting);
  return pages.map((page) => {
    const body = renderBody(clean(page.blocks).body, 'text');
    if (page.corpus === 'dev') return { f1: bagOfWordsF1(page.gold.body ?? '', body), tp: 0, fp: 0, fn: 0 };
    return { f1: 0, ...snippetCounts(page.gold.with ?? [], page.gold.without ?? [], body) };
  });
}

/** The objective over a set of pages: mean of dev's mean BoW F1 and multi's snippet F1. */
function objective(pages: Page[], scores: PageScore[], keep: (page: Page) => boolean): number {
  let f1 = 0;
  let devPages = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  pages.forEach((page, i) => {
    if (!keep(page)) return;
    const score = scores[i]!;
    if (page.corpus === 'dev') {
      f1 += score.f1;
      devPages++;
    } else {
      tp += score.tp;
      fp += score.fp;
      fn += score.fn;
    }
  });
  const snippet = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  return ((devPages === 0 ? 0 : f1 / devPages) + snippet) / 2;
}

const pages = [...load('dev'), ...load('multi')];
const learnedNow: Setting = { ...HINT_SETTINGS };
const defaults: Setting = Object.fromEntries(Object.keys(GRID).map((key) => [key, learnedNow[key]!]));
/** Every combination of the grid's values. */
let settings: Setting[] = [{}];
for (const [key, values] of Object.entries(GRID))
  settings = settings.flatMap((setting) => values.map((value) => ({ ...setting, [key]: value })));

console.log(`${pages.length} pages (dev + multi HTML), ${settings.length} settings, ${FOLDS} folds`);
const table = settings.map((setting) => scorePages(pages, setting));
const defaultScores = scorePages(pages, defaults);

let heldOut = 0;
let heldOutDefaults = 0;
for (let fold = 0; fold < FOLDS; fold++) {
  const training = (page: Page) => page.fold !== fold;
  const testing = (page: Page) => page.fold === fold;
  let best = 0;
  settings.forEach((_, k) => {
    if (objective(pages, table[k]!, training) > objective(pages, table[best]!, training)) best = k;
  });
  const score = objective(pages, table[best]!, testing);
  const baseline = objective(pages, defaultScores, testing);
  heldOut += score / FOLDS;
  heldOutDefaults += baseline / FOLDS;
  console.log(
    `fold ${fold}: chose ${JSON.stringify(settings[best])}, held out ${score.toFixed(4)} (defaults ${baseline.toFixed(4)})`,
  );
}
console.log(`mean held-out objective ${heldOut.toFixed(4)} (defaults ${heldOutDefaults.toFixed(4)})`);

if (process.argv.includes('--table'))
  for (const k of settings
    .map((_, k) => k)
    .sort((a, b) => objective(pages, table[b]!, () => true) - objective(pages, table[a]!, () => true)))
    console.log(`  ${JSON.stringify(settings[k])} ${objective(pages, table[k]!, () => true).toFixed(4)}`);

let best = 0;
settings.forEach((_, k) => {
  if (objective(pages, table[k]!, () => true) > objective(pages, table[best]!, () => true)) best = k;
});
console.log(
  `best on all pages: ${JSON.stringify(settings[best])} ${objective(pages, table[best]!, () => true).toFixed(4)}`,
);
if (process.argv.includes('--write')) {
  const stored = JSON.parse(readFileSync(SETTINGS_FILE, 'utf8'));
  writeFileSync(SETTINGS_FILE, `${JSON.stringify({ ...stored, ...settings[best] }, null, 2)}\n`);
  console.log(`written to ${SETTINGS_FILE}`);
}
