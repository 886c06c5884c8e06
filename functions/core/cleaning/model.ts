/**
 * The learned block model: a logistic regression over a block's features and its neighbourhood, trained on the
 * benchmark gold by tests/bench/train-block-model.ts (cross-validated) and shipped as data (model.json). It
 * gives the probability that a block is article text; classify.ts turns that into the block's content value,
 * and the audit names the features that weighed most when the model removes a block.
 */

import type { Unit } from './classify.ts';
import { favouredContainer, isInChromeContainer } from './hints.ts';
import MODEL from './model.json' with { type: 'json' };
import HTML_MODEL from './model-html.json' with { type: 'json' };
import STACK_MODEL from './model-stack.json' with { type: 'json' };
import type { Region } from './region.ts';
import { Float64Scratch, Int32Scratch } from './scratch.ts';
import type { WordShares } from './text.ts';
import { topicSlot, topicTableFast } from './topic-fast.ts';

/** The features of the text model, in the order of the weights in model.json. */
export const FEATURE_NAMES = [
  'bias',
  'logWords',
  'stopShare',
  'titleShare',
  'terminal',
  'truncated',
  'prose',
  'ruleMatched',
  'repeated',
  'position',
  'multiLine',
  'handValue',
  'prevProse',
  'nextProse',
  'prevRule',
  'nextRule',
  'proseAround',
  'proseShareBefore',
  'distanceToProse',
  'shortWords',
  'longWords',
  'inRegion',
  'regionDistance',
  'commaRate',
  'endsWithColon',
  'relativeWords',
  'rulesAround',
  'topicShare',
  'chromeShare',
  'readerShare',
  'afterLastLong',
] as const;

/**
 * What the HTML layout's hints say (hints.ts): the HTML model (model-html.json) reads these after the text
 * model's features (blocks with an element path only).
 */
export const HINT_FEATURE_NAMES = [
  'inChromeContainer',
  'inArticleElement',
  'inNav',
  'inHeader',
  'inFooter',
  'inAside',
  'inChromeClass',
  'inComments',
  'inFigure',
  'linkShare',
  'headingLevel',
  'listItem',
  'tableCell',
  'quote',
  'insideFavoured',
  'depthBelowFavoured',
  'prevLinkShare',
  'nextLinkShare',
  'prevInsideFavoured',
  'nextInsideFavoured',
  'favouredShareBefore',
  'inHidden',
  'inForm',
] as const;

/** The features of the HTML model: the text model's, then the hint features. */
export const HTML_FEATURE_NAMES = [...FEATURE_NAMES, ...HINT_FEATURE_NAMES] as const;

/**
 * What the text model said of the block and its neighbours (its log-odds; a block a rule removed counts as
 * VERDICT_ODDS): the second-pass model (model-stack.json) reads these after the text model's features, so a
 * block's verdict can lean on its neighbours' (a product blurb amid menu lines, a list item between paragraphs).
 */
export const STACK_FEATURE_NAMES = [
  'ownOdds',
  'prevOdds',
  'nextOdds',
  'meanAround',
  'positiveAround',
  'minNeighbour',
  'maxNeighbour',
] as const;

/** The features of the second-pass model: the text model's, then the stacked odds. */
export const STACK_MODEL_FEATURES = [...FEATURE_NAMES, ...STACK_FEATURE_NAMES] as const;
/** Width of a second-pass row. */
export const STACK_ROW_WIDTH = STACK_MODEL_FEATURES.length;
/** The text model's log-odds of a block a rule removed, as the second-pass features read it. */
export const VERDICT_ODDS = -4;

export type FeatureName = (typeof HTML_FEATURE_NAMES)[number] | (typeof STACK_FEATURE_NAMES)[number];
/** Width of a feature row (every feature; the text model reads the first FEATURE_NAMES.length). */
export const FEATURE_COUNT = HTML_FEATURE_NAMES.length;
const TEXT_FEATURES = FEATURE_NAMES.length;

/**
 * A gradient-boosted ensemble of small regression trees, flattened: node k of the ensemble tests
 * `feature[k]` (-1 for a leaf) against `threshold[k]` and goes to `left[k]` (feature value ≤ threshold) or
 * `right[k]`; `value[k]` is the node's log-odds contribution (leaves) or the mean of its leaves (inner nodes,
 * for the audit's contributions). `roots` are the first nodes of the trees; `base` the prior log-odds.
 */
export interface TreeModel {
  features: string[];
  base: number;
  roots: number[];
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

/** A tree model in typed arrays (the form inference reads: no boxed numbers, no holes). */
export interface CompiledModel {
  base: number;
  roots: Int32Array;
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
}

function compile(model: TreeModel, names: readonly string[] = FEATURE_NAMES): CompiledModel {
  if (model.features.join(',') !== names.join(','))
    throw new Error(
      'a block model was trained on other features: run tests/bench/train-block-model.ts --write',
    );
  return {
    base: model.base,
    roots: Int32Array.from(model.roots),
    feature: Int32Array.from(model.feature),
    threshold: Float64Array.from(model.threshold),
    left: Int32Array.from(model.left),
    right: Int32Array.from(model.right),
    value: Float64Array.from(model.value),
  };
}

const SHIPPED = compile(MODEL as TreeModel);
let ACTIVE: CompiledModel | null = SHIPPED;
const SHIPPED_HTML = compile(HTML_MODEL as TreeModel, HTML_FEATURE_NAMES);
let ACTIVE_HTML: CompiledModel | null = SHIPPED_HTML;
const SHIPPED_STACK = compile(STACK_MODEL as TreeModel, STACK_MODEL_FEATURES);
let ACTIVE_STACK: CompiledModel | null = SHIPPED_STACK;

/** Which model: the text model, the HTML model, or the second pass over the text model's odds. */
export type ModelKind = 'text' | 'html' | 'stack';

/**
 * The model the cleaner uses: the shipped one, a fold's (the training script's cross-validation), or none
 * ('off': the hand-set values alone). Only the training script and tests change it. `layout` 'html' sets the
 * model of the blocks that carry HTML element paths (model-html.json), 'stack' the second pass over the text
 * model's odds (model-stack.json). The second pass was trained on the shipped text model's odds: setting
 * another text model (or 'off') switches it off, 'shipped' brings both back.
 */
export function setModel(model: TreeModel | 'shipped' | 'off', layout: ModelKind = 'text'): void {
  if (layout === 'html')
    ACTIVE_HTML =
      model === 'shipped' ? SHIPPED_HTML : model === 'off' ? null : compile(model, HTML_FEATURE_NAMES);
  else if (layout === 'stack')
    ACTIVE_STACK =
      model === 'shipped' ? SHIPPED_STACK : model === 'off' ? null : compile(model, STACK_MODEL_FEATURES);
  else {
    ACTIVE = model === 'shipped' ? SHIPPED : model === 'off' ? null : compile(model);
    ACTIVE_STACK = model === 'shipped' ? SHIPPED_STACK : null;
  }
}

/**
 * Whether a block goes to the HTML model: it has element paths. Every other block a rule did not remove (plain
 * text, and markdown, whose blocks are plain text with hints beside it) goes to the text model and its second pass.
 */
export function readsHtmlModel(unit: Pick<Unit, 'block'>): boolean {
  return unit.block.hints?.path !== undefined;
}

/** The model `logOdds` reads (null: off), for model-fast.ts (the same trees, laid out otherwise). */
export function activeModel(kind: ModelKind): CompiledModel | null {
  return kind === 'html' ? ACTIVE_HTML : kind === 'stack' ? ACTIVE_STACK : ACTIVE;
}

/**
 * Writes the second-pass row of block i at out[0 …]: the text model's features of the block (`textRow` at
 * `textOffset`), then its stage-one log-odds and its neighbours' (`odds`, one per block of the page, blocks a
 * rule removed at VERDICT_ODDS; past the page's ends VERDICT_ODDS too).
 */
export function writeStackRow(
  odds: Float64Array,
  n: number,
  i: number,
  textRow: Float64Array,
  textOffset: number,
  out: Float64Array,
): void {
  for (let k = 0; k < TEXT_FEATURES; k++) out[k] = textRow[textOffset + k]!;
  const previous = i > 0 ? odds[i - 1]! : VERDICT_ODDS;
  const next = i < n - 1 ? odds[i + 1]! : VERDICT_ODDS;
  let sum = 0;
  let count = 0;
  let positive = 0;
  for (let j = Math.max(0, i - AROUND); j <= Math.min(n - 1, i + AROUND); j++) {
    if (j === i) continue;
    sum += odds[j]!;
    count++;
    if (odds[j]! > 0) positive++;
  }
  out[TEXT_FEATURES] = odds[i]!;
  out[TEXT_FEATURES + 1] = previous;
  out[TEXT_FEATURES + 2] = next;
  out[TEXT_FEATURES + 3] = count === 0 ? 0 : sum / count;
  out[TEXT_FEATURES + 4] = count === 0 ? 0 : positive / count;
  out[TEXT_FEATURES + 5] = Math.min(previous, next);
  out[TEXT_FEATURES + 6] = Math.max(previous, next);
}

/** Blocks on each side whose prose counts as the block's neighbourhood (and whose odds the second pass reads). */
export const AROUND = 3;
const PROSE_WORDS = new Float64Scratch();
const DISTANCES = new Int32Scratch();

/** What the features of every block of a page share: computed once per page, O(blocks). */
export interface PageContext {
  units: readonly Unit[];
  /** The hand-set value of each block (classify.ts, contentValue). */
  hand: Float64Array;
  region: Region;
  /** Words of prose before each block (n + 1 entries). */
  prose: Float64Array;
  /** Blocks to the nearest prose block. */
  distance: Int32Array;
  maxWords: number;
  /** For each content word of the page's prose: the number of prose blocks that hold it. */
  topic: TopicTable;
  /** Index of the last block with at least LONG_WORDS words (-1: none). */
  lastLong: number;
  /** The element that holds most of the page's prose value (hints.ts), or null (not HTML, or none). */
  favoured: { id: number; depth: number } | null;
  /** Blocks inside the favoured element before each block (n + 1 entries; all 0 without one). */
  inFavoured: Float64Array;
}

/** A paragraph this long is "long" (afterLastLong: the page's article rarely goes on far past the last one). */
const LONG_WORDS = 40;
const TOPIC_KEYS = new Int32Scratch();
const TOPIC_COUNTS = new Int32Scratch();
const TOPIC_LAST = new Int32Scratch();

/** The word shares of a unit (read by the features pass, text.ts). */
function sharesOf(unit: Unit): WordShares {
  return unit.feat;
}

/**
 * For each content word of the page's prose: the number of prose blocks that hold it, in an open-addressing
 * table of int32 hashes (keys, counts; a count of 0 marks a free slot).
 */
export interface TopicTable {
  keys: Int32Array;
  counts: Int32Array;
  mask: number;
}

/**
 * The plain reference of topic-fast.ts's `topicTableFast`, which the cleaner runs: two slots per word of the
 * prose (tests/unit/topic-fast.test.ts).
 */
export function topicTable(units: readonly Unit[]): TopicTable {
  let total = 0;
  for (const unit of units) if (unit.prose) total += sharesOf(unit).count;
  let size = 64;
  while (size < 2 * total) size *= 2;
  const table = { keys: TOPIC_KEYS.take(size), counts: TOPIC_COUNTS.take(size), mask: size - 1 };
  // The block that counted a slot last: a word repeated in one block counts once.
  const last = TOPIC_LAST.take(size, -1);
  for (let i = 0; i < units.length; i++) {
    if (!units[i]!.prose) continue;
    const { hashes, start, count } = sharesOf(units[i]!);
    for (let k = start; k < start + count; k++) {
      const hash = hashes[k]!;
      const slot = topicSlot(table, hash);
      if (last[slot] === i) continue;
      last[slot] = i;
      table.keys[slot] = hash;
      table.counts[slot]!++;
    }
  }
  return table;
}

/** The page context of the units (its arrays are reused scratch: valid until the next call). */
export function pageContext(units: readonly Unit[], hand: Float64Array, region: Region): PageContext {
  const n = units.length;
  const prose = PROSE_WORDS.take(n + 1);
  for (let i = 0; i < n; i++) prose[i + 1] = prose[i]! + (units[i]!.prose ? units[i]!.feat.words : 0);
  const distance = DISTANCES.take(n);
  let lastProse = -1;
  for (let i = 0; i < n; i++) {
    if (units[i]!.prose) lastProse = i;
    distance[i] = lastProse < 0 ? n : i - lastProse;
  }
  lastProse = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (units[i]!.prose) lastProse = i;
    if (lastProse >= 0) distance[i] = Math.min(distance[i]!, lastProse - i);
  }
  let maxWords = 1;
  let lastLong = -1;
  for (let i = 0; i < n; i++) {
    maxWords = Math.max(maxWords, units[i]!.feat.words);
    if (units[i]!.feat.words >= LONG_WORDS) lastLong = i;
  }
  const topic = topicTableFast(units);
  // Element paths come with HTML only: plain text skips the favoured element.
  const favoured = n > 0 && units[0]!.block.hints?.path ? favouredContainer(units) : null;
  const inFavoured = IN_FAVOURED.take(n + 1);
  if (favoured)
    for (let i = 0; i < n; i++) inFavoured[i + 1] = inFavoured[i]! + (isInside(units[i]!, favoured) ? 1 : 0);
  return { units, hand, region, prose, distance, maxWords, topic, lastLong, favoured, inFavoured };
}

const IN_FAVOURED = new Float64Scratch();

function isInside(unit: Unit | undefined, favoured: { id: number; depth: number }): boolean {
  return unit?.block.hints?.path?.[favoured.depth] === favoured.id;
}

/**
 * Writes the hint features of block i. A block with no element path is left as it is: only the text model,
 * which never reads them, scores it (featureRows' fresh rows hold 0 there).
 */
function writeHintRow(context: PageContext, i: number, out: Float64Array, offset: number): void {
  const unit = context.units[i]!;
  const hints = unit.block.hints;
  const path = hints?.path;
  if (!hints || !path) return;
  const containers = hints.containers ?? [];
  const favoured = context.favoured;
  const n = context.units.length;
  out[offset] = isInChromeContainer(hints) ? 1 : 0;
  out[offset + 1] = containers.includes('article') || containers.includes('main') ? 1 : 0;
  out[offset + 2] = containers.includes('nav') ? 1 : 0;
  out[offset + 3] = containers.includes('header') ? 1 : 0;
  out[offset + 4] = containers.includes('footer') ? 1 : 0;
  out[offset + 5] = containers.includes('aside') ? 1 : 0;
  out[offset + 6] = containers.includes('chrome-class') ? 1 : 0;
  out[offset + 7] = containers.includes('comments') ? 1 : 0;
  out[offset + 8] = containers.includes('figure') || containers.includes('caption') ? 1 : 0;
  out[offset + 9] = hints.linkShare ?? 0;
  out[offset + 10] = hints.heading ?? 0;
  out[offset + 11] = hints.listItem ? 1 : 0;
  out[offset + 12] = hints.tableCell ? 1 : 0;
  out[offset + 13] = hints.quote ? 1 : 0;
  const inside = favoured !== null && isInside(unit, favoured);
  out[offset + 14] = favoured === null ? 0.5 : inside ? 1 : 0;
  out[offset + 15] = inside ? Math.log1p(path.length - 1 - favoured!.depth) : 0;
  out[offset + 16] = context.units[i - 1]?.block.hints?.linkShare ?? 0;
  out[offset + 17] = context.units[i + 1]?.block.hints?.linkShare ?? 0;
  out[offset + 18] = favoured !== null && isInside(context.units[i - 1], favoured) ? 1 : 0;
  out[offset + 19] = favoured !== null && isInside(context.units[i + 1], favoured) ? 1 : 0;
  const total = context.inFavoured[n]!;
  out[offset + 20] = total === 0 ? 0 : context.inFavoured[i]! / total;
  out[offset + 21] = containers.includes('hidden') ? 1 : 0;
  out[offset + 22] = containers.includes('form') ? 1 : 0;
}

/**
 * Writes the features of block i at out[offset …]: the block's own measures, its neighbours', and where it
 * sits in the page's prose. `handValue` is the hand-set value, so the model learns a correction of it rather
 * than starting from nothing.
 */
export function writeRow(context: PageContext, i: number, out: Float64Array, offset: number): void {
  const { units, prose, distance, region } = context;
  const n = units.length;
  const unit = units[i]!;
  const f = unit.feat;
  let rulesAround = 0;
  for (let j = Math.max(0, i - 2); j <= Math.min(n - 1, i + 2); j++)
    if (j !== i && units[j]!.verdict) rulesAround++;
  const previous = units[i - 1];
  const next = units[i + 1];
  const around = prose[Math.min(n, i + AROUND + 1)]! - prose[Math.max(0, i - AROUND)]!;
  const total = prose[n]!;
  const hand = context.hand[i]!;
  const inside = i >= region.start && i <= region.end;
  out[offset] = 1;
  out[offset + 1] = Math.log1p(f.words);
  out[offset + 2] = f.stopShare;
  out[offset + 3] = f.titleShare;
  out[offset + 4] = f.terminal ? 1 : 0;
  out[offset + 5] = f.truncated ? 1 : 0;
  out[offset + 6] = unit.prose ? 1 : 0;
  out[offset + 7] = unit.verdict ? 1 : 0;
  out[offset + 8] = unit.repeats > 1 && !unit.lastCopy ? 1 : 0;
  out[offset + 9] = n <= 1 ? 0 : i / (n - 1);
  out[offset + 10] = f.multiLine ? 1 : 0;
  out[offset + 11] = Math.sign(hand) * Math.log1p(Math.abs(hand));
  out[offset + 12] = previous?.prose ? 1 : 0;
  out[offset + 13] = next?.prose ? 1 : 0;
  out[offset + 14] = previous?.verdict ? 1 : 0;
  out[offset + 15] = next?.verdict ? 1 : 0;
  out[offset + 16] = Math.log1p(around - (unit.prose ? f.words : 0));
  out[offset + 17] = total === 0 ? 0 : prose[i]! / total;
  out[offset + 18] = Math.log1p(distance[i]!);
  out[offset + 19] = f.words <= 3 ? 1 : 0;
  out[offset + 20] = f.words >= 40 ? 1 : 0;
  out[offset + 21] = inside ? 1 : 0;
  out[offset + 22] = inside ? 0 : Math.log1p(i < region.start ? region.start - i : i - region.end);
  out[offset + 23] = f.words === 0 ? 0 : commas(unit.block.text) / f.words;
  out[offset + 24] = endsWithColon(unit.block.text) ? 1 : 0;
  out[offset + 25] = f.words / context.maxWords;
  out[offset + 26] = rulesAround / 4;
  // Word shares: words shared with the rest of the page's prose (its topic), chrome words, reader words.
  const shares = sharesOf(unit);
  const content = shares.count;
  const own = unit.prose ? 1 : 0;
  let topical = 0;
  for (let k = shares.start; k < shares.start + content; k++)
    if (context.topic.counts[topicSlot(context.topic, shares.hashes[k]!)]! > own) topical++;
  out[offset + 27] = content === 0 ? 0 : topical / content;
  out[offset + 28] = content === 0 ? 0 : shares.chrome / content;
  out[offset + 29] = f.words === 0 ? 0 : Math.min(1, shares.reader / f.words);
  out[offset + 30] = context.lastLong < 0 || i <= context.lastLong ? 0 : Math.log1p(i - context.lastLong);
  writeHintRow(context, i, out, offset + TEXT_FEATURES);
}

/** The feature rows of all units (row i at i * FEATURE_COUNT): for the training script and the audit. */
export function featureRows(context: PageContext): Float64Array {
  const rows = new Float64Array(context.units.length * FEATURE_COUNT);
  for (let i = 0; i < context.units.length; i++) writeRow(context, i, rows, i * FEATURE_COUNT);
  return rows;
}

/** Commas in the first 1,000 characters (prose has them, menus and titles rarely). */
function commas(text: string): number {
  let count = 0;
  const end = Math.min(text.length, 1000);
  for (let k = text.indexOf(','); k >= 0 && k < end; k = text.indexOf(',', k + 1)) count++;
  return count;
}

function endsWithColon(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && text.charCodeAt(k) === 32) k--;
  return k >= 0 && text.charCodeAt(k) === 58;
}

/**
 * The model's log-odds that the block of row `i` is article text (0 when the model is off): the HTML model's
 * with `html` true, the text model's with false; with 'stack', the second pass's over rows of STACK_ROW_WIDTH.
 */
export function logOdds(rows: Float64Array, i: number, html: boolean | 'stack' = false): number {
  const kind: ModelKind = html === 'stack' ? 'stack' : html ? 'html' : 'text';
  const model = activeModel(kind);
  if (model === null) return 0;
  const { roots, feature, threshold, left, right, value } = model;
  const row = i * (kind === 'stack' ? STACK_ROW_WIDTH : FEATURE_COUNT);
  let z = model.base;
  for (let t = 0; t < roots.length; t++) {
    let node = roots[t]!;
    let f = feature[node]!;
    while (f >= 0) {
      node = rows[row + f]! <= threshold[node]! ? left[node]! : right[node]!;
      f = feature[node]!;
    }
    z += value[node]!;
  }
  return z;
}

/** The model the audit reads (`decidingFeatures`): the active one of that kind, the shipped one when it is off. */
export function auditModel(html: boolean | 'stack'): CompiledModel {
  return html === 'stack'
    ? (ACTIVE_STACK ?? SHIPPED_STACK)
    : html
      ? (ACTIVE_HTML ?? SHIPPED_HTML)
      : (ACTIVE ?? SHIPPED);
}

/**
 * The features that pushed the block's log-odds down the most (for the audit), strongest first: along each
 * tree's path, the change of the node value at a split is credited to the split's feature. The plain reference
 * of model-fast.ts's `decidingFeaturesFast`, which the audit runs.
 */
export function decidingFeatures(
  rows: Float64Array,
  i: number,
  count = 3,
  html: boolean | 'stack' = false,
): FeatureName[] {
  const stack = html === 'stack';
  const model = auditModel(html);
  const names: readonly FeatureName[] = stack ? STACK_MODEL_FEATURES : HTML_FEATURE_NAMES;
  const row = i * (stack ? STACK_ROW_WIDTH : FEATURE_COUNT);
  const credit = new Float64Array(names.length);
  for (const root of model.roots) {
    let node = root;
    while (model.feature[node]! >= 0) {
      const feature = model.feature[node]!;
      const next = rows[row + feature]! <= model.threshold[node]! ? model.left[node]! : model.right[node]!;
      credit[feature]! += model.value[next]! - model.value[node]!;
      node = next;
    }
  }
  return [...credit.keys()]
    .filter((k) => credit[k]! < 0)
    .sort((a, b) => credit[a]! - credit[b]!)
    .slice(0, count)
    .map((k) => names[k]!);
}
