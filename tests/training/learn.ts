/**
 * Small, dependency-free learners for the training scripts (tests/training): a choice model (conditional logit:
 * one option per page is right, or none) and a logistic regression, both fitted by gradient descent with an L2
 * penalty, and k-fold splits. Deterministic: same data, same weights. Also the per-page loop the training data
 * share (cleanedPages: a corpus's pages through decode, layout and cleaning).
 */
import { writeFileSync } from 'node:fs';
import { clean } from '../../functions/core/clean.ts';
import { decode } from '../../functions/core/decode.ts';
import { readLayout } from '../../functions/core/layout.ts';
import { linearScore } from '../../functions/core/linear-model.ts';
import type { CleanResult } from '../../functions/core/types.ts';
import { type CorpusPage, readPages, type Scorer, scorerOf } from '../bench/metadata-scoring.ts';
import type { ToolLayout } from '../support/text-browsers.ts';

/**
 * One page: the feature vectors of its options and which are right (several options can be: the same headline
 * twice on the page). `answer` is the first right one, -1 when none is.
 */
export interface ChoiceGroup {
  options: Float64Array[];
  answer: number;
  /** Per option, 1 when it is right. */
  right?: Uint8Array;
}

/**
 * Softmax over the options (plus a "none" option of score 0 when `none`). Minimises the mean negative
 * log-likelihood of the answers + lambda/2 · |w|². Without `none`, groups whose answer is -1 are skipped.
 */
export function fitChoice(
  all: ChoiceGroup[],
  dims: number,
  lambda: number,
  none = false,
  iterations = 1500,
): Float64Array {
  const groups = none ? all : all.filter((group) => group.answer >= 0);
  const w = new Float64Array(dims);
  const m = new Float64Array(dims);
  const v = new Float64Array(dims);
  const grad = new Float64Array(dims);
  const rate = 0.05;
  for (let t = 1; t <= iterations; t++) {
    grad.fill(0);
    for (const group of groups) {
      const scores = group.options.map((x) => dot(w, x));
      let max = none ? 0 : Number.NEGATIVE_INFINITY;
      for (const s of scores) if (s > max) max = s;
      let total = none ? Math.exp(-max) : 0;
      for (const s of scores) total += Math.exp(s - max);
      // The likelihood of the right set: each right option's share of the set's probability is its target.
      let rightTotal = 0;
      scores.forEach((s, k) => {
        if (isRight(group, k)) rightTotal += Math.exp(s - max);
      });
      group.options.forEach((x, k) => {
        const p = Math.exp(scores[k]! - max) / total;
        const target = isRight(group, k) && rightTotal > 0 ? Math.exp(scores[k]! - max) / rightTotal : 0;
        for (let d = 0; d < dims; d++) grad[d]! += (p - target) * x[d]!;
      });
    }
    adamStep(w, grad, m, v, groups.length, lambda, rate, t);
  }
  return w;
}

export function isRight(group: ChoiceGroup, k: number): boolean {
  return group.right ? group.right[k] === 1 : k === group.answer;
}

/** The option a choice model picks: the index of the highest score (above 0 with `none`), or -1. */
export function choose(
  w: Float64Array,
  options: Float64Array[],
  none = false,
): { index: number; probability: number } {
  let best = -1;
  let bestScore = none ? 0 : Number.NEGATIVE_INFINITY;
  const scores = options.map((x) => dot(w, x));
  scores.forEach((s, k) => {
    if (s > bestScore) {
      bestScore = s;
      best = k;
    }
  });
  let max = none ? 0 : Number.NEGATIVE_INFINITY;
  for (const s of scores) if (s > max) max = s;
  let total = none ? Math.exp(-max) : 0;
  for (const s of scores) total += Math.exp(s - max);
  return { index: best, probability: best < 0 ? 0 : Math.exp(bestScore - max) / total };
}

/** Logistic regression: P(y = 1 | x) = sigmoid(w · x). Minimises mean log-loss + lambda/2 · |w|². */
export function fitLogistic(
  xs: Float64Array[],
  ys: number[],
  dims: number,
  lambda: number,
  iterations = 1500,
): Float64Array {
  const w = new Float64Array(dims);
  const m = new Float64Array(dims);
  const v = new Float64Array(dims);
  const grad = new Float64Array(dims);
  for (let t = 1; t <= iterations; t++) {
    grad.fill(0);
    xs.forEach((x, i) => {
      const p = sigmoid(dot(w, x));
      for (let d = 0; d < dims; d++) grad[d]! += (p - ys[i]!) * x[d]!;
    });
    adamStep(w, grad, m, v, xs.length, lambda, 0.05, t);
  }
  return w;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The weights times the features: the runtime's own scorer, so training replays exactly what it computes. */
export const dot = linearScore;

/** One Adam step on the mean gradient plus the L2 term (the bias, dimension 0, is not penalised). */
export function adamStep(
  w: Float64Array,
  grad: Float64Array,
  m: Float64Array,
  v: Float64Array,
  n: number,
  lambda: number,
  rate: number,
  t: number,
): void {
  const b1 = 0.9;
  const b2 = 0.999;
  for (let d = 0; d < w.length; d++) {
    const g = grad[d]! / Math.max(1, n) + (d === 0 ? 0 : lambda * w[d]!);
    m[d] = b1 * m[d]! + (1 - b1) * g;
    v[d] = b2 * v[d]! + (1 - b2) * g * g;
    const mh = m[d]! / (1 - b1 ** t);
    const vh = v[d]! / (1 - b2 ** t);
    w[d]! -= (rate * mh) / (Math.sqrt(vh) + 1e-8);
  }
}

/** Fold of an item (0 … k-1) by a stable hash of its name: the same page is always in the same fold. */
export function foldOf(name: string, k: number): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return (h >>> 0) % k;
}

/**
 * The site a page comes from (its gold's domain, site or URL host without "www."; an archived page's original
 * host), or its name when the gold names none. Folds are drawn by site, so that the pages of one site are all in
 * one fold: a held-out fold then holds sites the model has not seen, as check's and the holdout's pages are.
 */
export function siteOf(gold: { url?: string; domain?: string; site?: string }, name: string): string {
  let url = gold.url ?? '';
  const archived = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(.+)$/.exec(url);
  if (archived) url = archived[1]!;
  const host = /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1];
  const site = host ?? gold.domain ?? gold.site;
  return site ? site.toLowerCase().replace(/^www\./, '') : name;
}

/** Weights by feature name, rounded to three decimals (the form the model files store). */
export function namedWeights(names: readonly string[], w: Float64Array): Record<string, number> {
  const weights: Record<string, number> = {};
  names.forEach((name, d) => {
    weights[name] = Math.round(w[d]! * 1000) / 1000;
  });
  return weights;
}

/**
 * Prints a fitted model's weights and, when the script runs with --write, stores `{ about, ...fields,
 * weights }` at `path` as the runtime reads it.
 */
export function saveModel(
  path: string,
  about: string,
  fields: Record<string, number>,
  weights: Record<string, number>,
): void {
  console.log(JSON.stringify(weights));
  if (!process.argv.includes('--write')) return;
  writeFileSync(path, `${JSON.stringify({ about, ...fields, weights }, null, 2)}\n`);
  console.log(`written ${path}`);
}

/** A corpus page read as the core reads it, up to the metadata stage. */
export interface CleanedPage {
  page: CorpusPage;
  /** The corpus's scorer (score.py or snippets.py). */
  scorer: Scorer;
  /** The page's site (siteOf): cross-validation folds are drawn by it. */
  site: string;
  layout: ReturnType<typeof readLayout>;
  cleaned: CleanResult;
  /** The kept body blocks joined as the record's body. */
  body: string;
}

/**
 * The pages of a corpus folder (html: the original HTML, tool: the HTML as that tool renders it, else the plain
 * text) through decode, layout and cleaning, one at a time; a page `keep` refuses is skipped before any work, one that does not decode after.
 */
export function* cleanedPages(
  dir: string,
  html = false,
  keep: (page: CorpusPage, scorer: Scorer) => boolean = () => true,
  tool?: ToolLayout,
): Generator<CleanedPage> {
  const scorer = scorerOf(dir);
  for (const page of readPages(dir, html, tool)) {
    if (!keep(page, scorer)) continue;
    const decoded = decode(page.bytes);
    if (!decoded.ok) continue;
    const layout = readLayout(decoded.text, page.file);
    const cleaned = clean(layout.blocks);
    const body = cleaned.body.map((block) => block.text).join('\n\n');
    yield { page, scorer, site: siteOf(page.gold, page.name), layout, cleaned, body };
  }
}
