/**
 * Per-block classification: features, the rule or detector that matches it, and the block's content value
 * (positive for article prose, negative for chrome) used to find the article region.
 */

import {
  DETECTOR_BY_ID,
  type DetectorId,
  LINE_DETECTORS_AFTER,
  LINE_DETECTORS_BEFORE,
  type LineInput,
} from '../detectors.ts';
import type { Rule } from '../rules.ts';
import { hashText, StringIndexFast } from '../string-index-fast.ts';
import type { Block, BoilerplateKind } from '../types.ts';
import { aboutNamePattern } from '../vocabulary/index.ts';
import { archiveToolbarEnd } from './archive-toolbar.ts';
import { isAboutAPerson, isAuthorBio, isNameLine, mayStartName, opensWithRole } from './detectors.ts';
import { hintValue } from './hints.ts';
import { matchLine } from './match.ts';
import {
  activeModel,
  decidingFeatures,
  FEATURE_COUNT,
  FEATURE_NAMES,
  type FeatureName,
  featureRows,
  type PageContext,
  pageContext,
  readsHtmlModel,
  STACK_ROW_WIDTH,
  VERDICT_ODDS,
  writeRow,
  writeStackRow,
} from './model.ts';
import { logOddsFast } from './model-fast.ts';
import { findRegion } from './region.ts';
import { scoreUnitsFast } from './score-fast.ts';
import { Float64Scratch, Int32Scratch } from './scratch.ts';
import { HTML_MODEL_SETTINGS, MODEL_SETTINGS, SETTINGS } from './settings.ts';
import { type Keys, lineKeys, type TextFeatures, wordCount } from './text.ts';
import { features, lastShape, SHAPE_CODE, SHAPE_DIGIT, SHAPE_SEPARATOR } from './text-fast.ts';
import { ONE_LINE, UnitTable } from './units-fast.ts';

export interface Verdict {
  rule: string;
  kind: BoilerplateKind;
  heading?: 'list' | 'rest';
  /** The rule's `inText`: its lines stand inside the article's text. */
  inText?: true;
}

export interface Unit extends Analysis {
  block: Block;
  /** Verdict for the whole block, when every line of it is chrome. */
  verdict: Verdict | null;
  /** Class number of the key within the page: units with equal keys share it (0 … units - 1). */
  keyClass: number;
  repeats: number;
  /** This is the last copy of a repeated line (a TOC entry's heading in the body, a footer menu entry). */
  lastCopy: boolean;
  value: number;
  /** The block model's log-odds that the block is article text (0 when the model is off). */
  odds: number;
}

/** Verdicts are never mutated: one shared object per rule and per detector (no allocation per line). */
const RULE_VERDICTS = new Map<Rule, Verdict>();
const DETECTOR_VERDICTS = new Map<DetectorId, Verdict>();

function fromRule(rule: Rule): Verdict {
  let verdict = RULE_VERDICTS.get(rule);
  if (verdict === undefined) {
    verdict = Object.freeze({
      rule: rule.id,
      kind: rule.kind,
      ...(rule.heading && { heading: rule.heading }),
      ...(rule.inText && { inText: rule.inText }),
    });
    RULE_VERDICTS.set(rule, verdict);
  }
  return verdict;
}

export function detector(id: DetectorId): Verdict {
  let verdict = DETECTOR_VERDICTS.get(id);
  if (verdict === undefined) {
    verdict = Object.freeze({ rule: id, kind: DETECTOR_BY_ID.get(id)!.kind });
    DETECTOR_VERDICTS.set(id, verdict);
  }
  return verdict;
}

/** Lines longer than this are never matched by a rule (the longest rule cap is 120 words). */
const MAX_RULE_WORDS = 120;

/** A module constant: a regex literal in a function body is a new RegExp object at every call. */
const DIGIT = /\d/;

/** What the line detectors see, refilled for each line by `verdictForLine`. */
const LINE_INPUT: LineInput = { line: '', key: '', words: 0, digit: false, separator: false };

/** The characters breadcrumb and link-row separators are made of (CRUMB_HINT and ROW_CHAR of detectors.ts). */
const SEPARATOR_CHAR = /[>›»/→\\:|•·]/;

/**
 * The verdict on one line: the line detectors that run before the phrase rules (detectors.ts, in table order),
 * then the phrase rules (rules.ts), then the other line detectors. `shape`: the line's `lastShape` bits
 * (text-fast.ts), when `features` read the line (a one-line block): its digit and separator tests are not run
 * again; -1 runs them.
 */
export function verdictForLine(
  line: string,
  words: number,
  keys: Keys = lineKeys(line),
  shape = -1,
): Verdict | null {
  if (words > MAX_RULE_WORDS) return null;
  // One input object for every line (no detector calls back in here): no allocation per line.
  const input = LINE_INPUT;
  input.line = line;
  input.key = keys.key;
  input.words = words;
  input.digit = words <= 40 && (shape < 0 ? DIGIT.test(keys.key) : (shape & SHAPE_DIGIT) !== 0);
  input.separator = false;
  for (const d of LINE_DETECTORS_BEFORE)
    if (d.prefilter(input) && d.test(input)) return detector(d.id as DetectorId);
  const match = matchLine(line, words, keys);
  if (match) return fromRule(match.rule);
  if (words > 40) return null;
  // Breadcrumbs and link rows need a separator character: one scan for both prefilters.
  input.separator =
    line.length <= 300 && (shape < 0 ? SEPARATOR_CHAR.test(line) : (shape & SHAPE_SEPARATOR) !== 0);
  for (const d of LINE_DETECTORS_AFTER)
    if (d.prefilter(input) && d.test(input)) return detector(d.id as DetectorId);
  return null;
}

/** What a block's text alone decides (no neighbours, no position): reused by the fixed-point passes. */
export interface Analysis {
  /** The lines of a multi-line block; null for a one-line block (its text is its only line: no array). */
  lines: string[] | null;
  feat: TextFeatures;
  key: string;
  /** The rule/detector verdict of the text alone (before bios and author boxes, which depend on position). */
  baseVerdict: Verdict | null;
  /** Per-line verdicts of a multi-line block; null until asked for (`lineVerdictsOf`). */
  lineVerdicts: (Verdict | null)[] | null;
  /** The block reads as program code (symbols such as { } ; = in quantity), not prose. */
  code: boolean;
  /** The block reads as article prose (`isProse`) and is not code. */
  prose: boolean;
}

/** Blocks up to this long are looked up among the page's earlier blocks before being analysed. */
const SHARED_ANALYSIS_CHARS = 200;

/**
 * A page's units row by row: a UnitTable (units-fast.ts), or PlainUnits (its reference). Row i is made from its
 * block's analysis (`set`, `copy`, `reuse`), then classify's passes and clean.ts read and write rows by number.
 */
export interface UnitRows {
  readonly length: number;
  /** The units (a UnitTable makes them on first use). */
  readonly units: Unit[];
  text(i: number): string;
  verdict(i: number): Verdict | null;
  setVerdict(i: number, verdict: Verdict | null): void;
  words(i: number): number;
  terminal(i: number): boolean;
  prose(i: number): boolean;
  key(i: number): string;
  lines(i: number): string[] | null;
  lineVerdictsAt(i: number): (Verdict | null)[] | null;
  setLineVerdicts(i: number, verdicts: (Verdict | null)[] | null): void;
  keyClass(i: number): number;
  /** Row i's key class, its copy count and whether it is the last copy. */
  setCopies(i: number, keyClass: number, repeats: number, lastCopy: boolean): void;
  /** Row i as a copy of the analysis of row j (the same text earlier on the page). */
  copy(i: number, j: number): void;
  /** Row i as a copy of an analysis from elsewhere (a unit of an earlier pass). */
  reuse(i: number, known: Analysis): void;
}

/** Makes row i of a page from its block's analysis. */
interface UnitMaker {
  set(
    i: number,
    lines: string[] | null,
    feat: TextFeatures,
    key: string,
    baseVerdict: Verdict | null,
    lineVerdicts: (Verdict | null)[] | null,
    code: boolean,
    prose: boolean,
  ): void;
}

/** The plain reference of units-fast.ts's UnitTable: one object per unit (`newUnit`). */
class PlainUnits implements UnitMaker, UnitRows {
  readonly units: Unit[];
  readonly length: number;

  constructor(private readonly blocks: readonly Block[]) {
    this.units = new Array<Unit>(blocks.length);
    this.length = blocks.length;
  }

  text(i: number): string {
    return this.units[i]!.block.text;
  }

  verdict(i: number): Verdict | null {
    return this.units[i]!.verdict;
  }

  setVerdict(i: number, verdict: Verdict | null): void {
    this.units[i]!.verdict = verdict;
  }

  words(i: number): number {
    return this.units[i]!.feat.words;
  }

  terminal(i: number): boolean {
    return this.units[i]!.feat.terminal;
  }

  prose(i: number): boolean {
    return this.units[i]!.prose;
  }

  key(i: number): string {
    return this.units[i]!.key;
  }

  lines(i: number): string[] | null {
    return this.units[i]!.lines;
  }

  lineVerdictsAt(i: number): (Verdict | null)[] | null {
    return this.units[i]!.lineVerdicts;
  }

  setLineVerdicts(i: number, verdicts: (Verdict | null)[] | null): void {
    this.units[i]!.lineVerdicts = verdicts;
  }

  keyClass(i: number): number {
    return this.units[i]!.keyClass;
  }

  setCopies(i: number, keyClass: number, repeats: number, lastCopy: boolean): void {
    const unit = this.units[i]!;
    unit.keyClass = keyClass;
    unit.repeats = repeats;
    unit.lastCopy = lastCopy;
  }

  set(
    i: number,
    lines: string[] | null,
    feat: TextFeatures,
    key: string,
    baseVerdict: Verdict | null,
    lineVerdicts: (Verdict | null)[] | null,
    code: boolean,
    prose: boolean,
  ): void {
    this.units[i] = newUnit(this.blocks[i]!, lines, feat, key, baseVerdict, lineVerdicts, code, prose);
  }

  copy(i: number, j: number): void {
    this.reuse(i, this.units[j]!);
  }

  reuse(i: number, known: Analysis): void {
    this.set(
      i,
      known.lines,
      known.feat,
      known.key,
      known.baseVerdict,
      known.lineVerdicts,
      known.code,
      known.prose,
    );
  }
}

function analyse(block: Block, i: number, make: UnitMaker): void {
  const text = block.text;
  // The features pass notes line breaks, and what the line tests and the code test read: no other scan.
  const feat = features(text);
  const shape = lastShape();
  // Code and prose depend on the text alone: decided once per text, not again on every pass.
  const code = feat.words >= SETTINGS.proseWords && (shape & SHAPE_CODE) !== 0;
  if (!feat.multiLine) {
    // Long blocks are prose or nothing: no key, so they never count as repeated menu lines.
    const keys = feat.words > MAX_RULE_WORDS ? { key: text, prefix: text } : lineKeys(text, feat.foldFree);
    const baseVerdict = verdictForLine(text, feat.words, keys, shape);
    make.set(i, null, feat, keys.key, baseVerdict, ONE_LINE, code, !code && isProse(feat));
    return;
  }
  const lines = text.split('\n');
  // The block is chrome when every line is: read lines until one is not (usually the first). The other
  // lines' verdicts are only needed when the block is kept or checked for chrome (`lineVerdictsOf`).
  const table = isPipeTable(lines);
  const read: (Verdict | null)[] = [];
  for (const line of lines) {
    const verdict = tableLineVerdict(line, table);
    read.push(verdict);
    if (verdict === null) break;
  }
  const all = read.length === lines.length;
  const key = feat.words > MAX_RULE_WORDS ? text : lineKeys(text).key;
  const baseVerdict = all && read[read.length - 1] !== null ? read[0]! : null;
  make.set(i, lines, feat, key, baseVerdict, all ? read : null, code, !code && isProse(feat));
}

/** A fresh unit of a block (its analysis, nothing decided by position yet): one object per block. */
function newUnit(
  block: Block,
  lines: string[] | null,
  feat: TextFeatures,
  key: string,
  baseVerdict: Verdict | null,
  lineVerdicts: (Verdict | null)[] | null,
  code: boolean,
  prose: boolean,
): Unit {
  return {
    block,
    lines,
    feat,
    key,
    baseVerdict,
    verdict: baseVerdict,
    lineVerdicts,
    code,
    prose,
    keyClass: 0,
    repeats: 0,
    lastCopy: true,
    // Doubles from the start (handContext writes both before anything reads them): a unit made with the small
    // integer 0 there changes shape when the first fraction is written, and V8 then migrates every other unit
    // to the new shape one by one (10 MB of tiny blocks: 2.5 s of the cleaning stage's 7).
    value: -0,
    odds: -0,
  };
}

/** Per-line verdicts of a block (null = the line is not matched), computed on first use. */
export function lineVerdictsOf(unit: Unit): (Verdict | null)[] {
  unit.lineVerdicts ??= verdictsOfLines(linesOf(unit));
  return unit.lineVerdicts;
}

/** `lineVerdictsOf` the unit of row i. */
export function rowLineVerdicts(rows: UnitRows, i: number): (Verdict | null)[] {
  let verdicts = rows.lineVerdictsAt(i);
  if (verdicts === null) {
    verdicts = verdictsOfLines(rows.lines(i) ?? [rows.text(i)]);
    rows.setLineVerdicts(i, verdicts);
  }
  return verdicts;
}

function verdictsOfLines(lines: string[]): (Verdict | null)[] {
  const table = isPipeTable(lines);
  return lines.map((line) => tableLineVerdict(line, table));
}

/** A line's verdict; in a table (isPipeTable) a row is no row of links, whatever its cells. */
function tableLineVerdict(line: string, table: boolean): Verdict | null {
  const verdict = verdictForLine(line, wordCount(line));
  return table && verdict?.rule === LINK_ROW ? null : verdict;
}
const LINK_ROW = 'nav.link-row';

/**
 * A block of rows whose cells bars divide, as a converter or an extractor writes a table ("| Plan | Price |",
 * "CAPM | PMI | $225 | 3 hours"), not a menu's rows of links: at least TABLE_ROWS rows with the same number of
 * cells (two or more), a different first cell in every row (a menu repeated down the page repeats its first link),
 * and either a bar at the start and the end of every row or a digit in half of the rows at least (a table's
 * figures; a run of menus has neither).
 */
function isPipeTable(lines: readonly string[]): boolean {
  if (lines.length < TABLE_ROWS || !lines[0]!.includes('|')) return false;
  const cells = cellCount(lines[0]!);
  if (cells < 2) return false;
  const firstCells = new Set<string>();
  let framed = 0;
  let digits = 0;
  for (const line of lines) {
    const row = line.trim();
    if (cellCount(row) !== cells) return false;
    firstCells.add(row.replace(/^\|/u, '').split('|', 1)[0]!.trim());
    if (row.startsWith('|') && row.endsWith('|')) framed++;
    if (/\d/u.test(row)) digits++;
  }
  return firstCells.size === lines.length && (framed === lines.length || 2 * digits >= lines.length);
}
const TABLE_ROWS = 3;

/** Runs of one-line blocks that make a table (isPipeTable): no row of it is a row of links. */
function keepTableRows(rows: UnitRows): void {
  let i = 0;
  while (i < rows.length) {
    if (rows.lines(i) !== null || !rows.text(i).includes('|')) {
      i++;
      continue;
    }
    const cells = cellCount(rows.text(i));
    let j = i + 1;
    while (j < rows.length && rows.lines(j) === null && cellCount(rows.text(j)) === cells) j++;
    if (j - i >= TABLE_ROWS) {
      const run: string[] = [];
      for (let k = i; k < j; k++) run.push(rows.text(k));
      if (isPipeTable(run))
        for (let k = i; k < j; k++) if (rows.verdict(k)?.rule === LINK_ROW) rows.setVerdict(k, null);
    }
    i = j;
  }
}

/** The cells of a row between bars; a bar at its start or its end opens or closes it. */
function cellCount(line: string): number {
  const row = line.trim().replace(/^\|/u, '').replace(/\|$/u, '');
  let bars = 0;
  for (let k = 0; k < row.length; k++) if (row.charCodeAt(k) === 124) bars++;
  return bars + 1;
}

/** The lines of a unit's block. */
export function linesOf(unit: Unit): string[] {
  return unit.lines ?? [unit.block.text];
}

/**
 * Units of the blocks. `prior[i]`, when given, is an earlier analysis of blocks[i] (the fixed-point passes of
 * clean.ts see the same blocks again): it is reused instead of reading the text again.
 */
export function classify(
  blocks: Block[],
  prior?: readonly (Analysis | null)[],
  options: { model?: boolean; plain?: boolean } = {},
): Unit[] {
  return classifyRows(blocks, prior, options).units;
}

/** `classify`, its units as rows (clean.ts reads a page with no chrome without making unit objects). */
export function classifyRows(
  blocks: Block[],
  prior?: readonly (Analysis | null)[],
  options: { model?: boolean; plain?: boolean } = {},
): UnitRows {
  // A short block repeated on the page (menus, footers, "Share", "Read more": a quarter of the DEV blocks) is
  // analysed once: the analysis is a function of the text alone and is never written after `analyse`.
  // Texts numbered by string-index-fast.ts (a hash of every character: a table placed by a cheap signature of
  // a few characters went quadratic on lines sharing them; a Map spent a microsecond per new string on a
  // million blocks); firstRow[k] is the row whose analysis text number k has.
  // The units are rows of a UnitTable (units-fast.ts); `plain: true` makes plain objects (`newUnit`, the
  // reference of tests/unit/units-fast.test.ts).
  const n = blocks.length;
  // One index numbers both the short texts and every row's key: a key equal to its text (most short lines) is
  // not looked up again, and no second table of a million keys is made (10 MB of one-word blocks).
  const seen = new StringIndexFast(n);
  // Per number of `seen`: the row whose analysis its text has (-1: none yet, or a key only). At most two
  // numbers a row (its text, its key).
  const firstRow = ANALYSIS_ROWS.take(2 * n, -1);
  // Per row: the number of its key in `seen`.
  const keyNumbers = KEY_NUMBERS.take(n);
  const rows: UnitRows & UnitMaker = options.plain ? new PlainUnits(blocks) : new UnitTable(blocks);
  // First the short texts' numbers, in a loop of their own (keyNumbers[i] holds row i's until the second loop
  // reads it and writes the key's): a look-up is a read at a random place in a table of 2n slots, and a loop
  // that does nothing else overlaps their cache misses, where one between two blocks' analyses waits for each
  // (10 MB of one-word blocks: ~300 ms of the look-ups' ~1.2 s of the stage; node --cpu-prof, bundled). The
  // numbers of texts and keys differ from one loop's, but equal strings still get equal numbers, and nothing
  // reads a number but as a name for its string (firstRow, countKeys).
  // The hashes in a loop before (`addHashed`): a loop of the look-ups alone keeps more misses in flight than one
  // that hashes each string's characters between them (10 MB of one-word blocks: the cleaning stage ~6-15% less
  // CPU, cold, in a worker with the handler's 8 MiB young generation; 0 below marks a text to look up).
  const textHashes = TEXT_HASHES.take(n);
  for (let i = 0; i < n; i++) {
    const text = blocks[i]!.text;
    const shared = !prior?.[i] && text.length <= SHARED_ANALYSIS_CHARS;
    keyNumbers[i] = shared ? 0 : -1;
    if (shared) textHashes[i] = hashText(text);
  }
  for (let i = 0; i < n; i++)
    if (keyNumbers[i] === 0) keyNumbers[i] = seen.addHashed(blocks[i]!.text, textHashes[i]!);
  for (let i = 0; i < n; i++) {
    const block = blocks[i]!;
    const known = prior?.[i];
    if (known) {
      rows.reuse(i, known);
      keyNumbers[i] = seen.add(known.key);
      continue;
    }
    const text = block.text;
    const index = keyNumbers[i]!;
    if (index >= 0) {
      // The text's number, a new one (its analysis to come) when the page had it not yet.
      const row = firstRow[index]!;
      if (row >= 0) {
        rows.copy(i, row);
        keyNumbers[i] = keyNumbers[row]!;
        continue;
      }
      firstRow[index] = i;
    }
    analyse(block, i, rows);
    const key = rows.key(i);
    keyNumbers[i] = index >= 0 && key === text ? index : seen.add(key);
  }
  countKeys(rows, keyNumbers);
  keepTableRows(rows);
  for (let i = 0; i < n; i++) {
    // An author bio: "Name, a … writer" (a name line above it is the byline).
    const above = i > 0 ? rows.text(i - 1) : null;
    if (!rows.verdict(i) && isAuthorBio(rows.text(i), above) && isBioPosition(rows, i)) {
      rows.setVerdict(i, detector('author.bio'));
      if (i > 0 && !rows.verdict(i - 1) && isNameLine(rows.text(i - 1)))
        rows.setVerdict(i - 1, detector('byline.name'));
    }
  }
  markAuthorBoxes(rows);
  // The front matter is the first block when there is one (layout.ts): metadata, never the article's text.
  if (blocks[0]?.hints?.frontMatter) rows.setVerdict(0, detector('layout.front-matter'));
  // A text browser's list of link targets ends the text (layout/link-numbers.ts).
  for (let i = blocks.length - 1; i >= 0 && blocks[i]!.hints?.linkTargets; i--)
    rows.setVerdict(i, detector('layout.link-targets'));
  const toolbarEnd = archiveToolbarEnd((i) => rows.text(i), rows.length);
  for (let i = 0; i <= toolbarEnd; i++) rows.setVerdict(i, detector('archive.toolbar'));
  // `model: false` leaves the content values to `applyModel` (clean.ts: a page with no chrome needs none).
  if (options.model !== false) applyModel(rows.units);
  return rows;
}

/**
 * Per number of classify's index of texts and keys: the row of the first unit of that text (-1: none); then,
 * in countKeys, the key class of that number (-1: none yet).
 */
const ANALYSIS_ROWS = new Int32Scratch();
const HAND_VALUES = new Float64Scratch();
/** One feature row, reused for every block (the model reads it right after it is written). */
const ROW = new Float64Array(FEATURE_COUNT);
/** The text model's features of each block it scored (TEXT_WIDTH per block), for the second pass. */
const TEXT_ROWS = new Float64Scratch();
/** The text model's log-odds of each block (VERDICT_ODDS for a block a rule removed). */
const FIRST_ODDS = new Float64Scratch();
/** One second-pass row, reused for every block. */
const STACK_ROW = new Float64Array(STACK_ROW_WIDTH);
const TEXT_WIDTH = FEATURE_NAMES.length;

/**
 * Content values: the hand-set value of each block (contentValue) corrected by the learned block model
 * (model.ts), which sees the block's neighbourhood and its place in the page's prose (the text model's odds,
 * not the second pass's: the second pass only removes). Returns the page context of the hand-set values: its
 * arrays are scratch, valid until the next `handContext` (modelEvidenceFast reads it for the audit).
 */
export function applyModel(units: Unit[]): PageContext {
  const context = handContext(units);
  const first = scoreUnitsFast(units, context);
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.verdict) continue;
    const html = readsHtmlModel(unit);
    unit.value += (html ? HTML_MODEL_SETTINGS : MODEL_SETTINGS).valuePerOdds * first[i]!;
  }
  return context;
}

/**
 * Sets each unit's odds and returns the first model's odds of each block (VERDICT_ODDS where a rule removed it),
 * which the content values read. A block a rule removed is chrome whatever the model says: its odds are not
 * needed (a third of the time). A block with HTML element paths goes to the HTML model (model-html.json: the
 * text model's features and the hint features, trained on the HTML of dev and multi). Every other block (plain
 * text, and markdown, whose blocks are plain text with hints beside it) goes to the text model, then to the
 * second pass (model-stack.json), which reads the text model's odds of the block and its neighbours: its odds
 * are the unit's (they decide rule model.low-content), except on a block too long for that rule and on a prose
 * block the text model reads as article (MODEL_SETTINGS.stackKeepsProseAbove). Markdown valued by its hints
 * alone kept the "without" snippets of multi's pages rendered as markdown (precision 0.868, plain text 0.922).
 * With `each`, called for every scored block with the row of the model that decided (the text model's, the HTML
 * model's or the second pass's), for the audit.
 *
 * The plain reference of score-fast.ts's `scoreUnitsFast`, which the cleaner runs (the same odds in a window of
 * rows instead of this table of every block's row).
 */
export function scoreUnits(
  units: Unit[],
  context: PageContext,
  each?: (i: number, row: Float64Array, kind: boolean | 'stack') => void,
): Float64Array {
  const n = units.length;
  const odds = FIRST_ODDS.take(n);
  const rows = TEXT_ROWS.take(n * TEXT_WIDTH);
  let text = 0;
  for (let i = 0; i < n; i++) {
    const unit = units[i]!;
    odds[i] = VERDICT_ODDS;
    if (unit.verdict) continue;
    const html = readsHtmlModel(unit);
    writeRow(context, i, ROW, 0);
    unit.odds = logOddsFast(ROW, 0, html);
    odds[i] = unit.odds;
    if (html) each?.(i, ROW, true);
    else {
      rows.set(ROW.subarray(0, TEXT_WIDTH), i * TEXT_WIDTH);
      text++;
    }
  }
  if (text === 0 || activeModel('stack') === null) {
    if (each)
      for (let i = 0; i < n; i++) {
        const unit = units[i]!;
        if (unit.verdict || readsHtmlModel(unit)) continue;
        ROW.set(rows.subarray(i * TEXT_WIDTH, (i + 1) * TEXT_WIDTH));
        each(i, ROW, false);
      }
    return odds;
  }
  for (let i = 0; i < n; i++) {
    const unit = units[i]!;
    if (unit.verdict || readsHtmlModel(unit)) continue;
    // The second pass's odds only decide removals: a block too long for one, or a prose block the text model
    // reads as article, keeps the text model's (and costs no second walk).
    if (
      unit.feat.words > MODEL_SETTINGS.removeMaxWords ||
      (unit.prose && odds[i]! > MODEL_SETTINGS.stackKeepsProseAbove)
    ) {
      if (each) {
        ROW.set(rows.subarray(i * TEXT_WIDTH, (i + 1) * TEXT_WIDTH));
        each(i, ROW, false);
      }
      continue;
    }
    writeStackRow(odds, n, i, rows, i * TEXT_WIDTH, STACK_ROW);
    unit.odds = logOddsFast(STACK_ROW, 0, 'stack');
    each?.(i, STACK_ROW, 'stack');
  }
  return odds;
}

/** Sets each unit's value to its hand-set value; the page context of those values (model.ts). */
export function handContext(units: Unit[]): PageContext {
  const hand = HAND_VALUES.take(units.length);
  for (let i = 0; i < units.length; i++) {
    hand[i] = hintValue(units[i]!.block.hints, units[i]!.feat.words, contentValue(units[i]!));
    units[i]!.value = hand[i]!;
    units[i]!.odds = 0;
  }
  return pageContext(units, hand, findRegion(units, MODEL_SETTINGS.featureRelaxedShare));
}

/**
 * For the audit: the features that decided the model's verdict on each of `indexes` (the page context is
 * computed again: only pages where the model removed a block pay for it). The plain reference of
 * evidence-fast.ts's `modelEvidenceFast`, which the cleaner runs (it scores only the blocks asked about and
 * their neighbours).
 */
export function modelEvidence(units: Unit[], indexes: readonly number[]): FeatureName[][] {
  const values = units.map((unit) => unit.value);
  const odds = units.map((unit) => unit.odds);
  const wanted = new Map(indexes.map((i, k) => [i, k]));
  const evidence: FeatureName[][] = indexes.map(() => []);
  scoreUnits(units, handContext(units), (i, row, kind) => {
    const k = wanted.get(i);
    if (k !== undefined) evidence[k] = decidingFeatures(row, 0, 3, kind);
  });
  units.forEach((unit, i) => {
    unit.value = values[i]!;
    unit.odds = odds[i]!;
  });
  return evidence;
}

/** Units and their feature rows (model.ts), for the training script. */
export function classifyForTraining(blocks: Block[]): { units: Unit[]; rows: Float64Array } {
  const units = classify(blocks);
  return { units, rows: featureRows(handContext(units)) };
}

const STATS = new Int32Scratch();
/** Per row of classify: the number of its key. */
const KEY_NUMBERS = new Int32Scratch();
/** Per row: the hash of its text (string-index-fast.ts's `hashText`), for the look-ups of `classifyRows`. */
const TEXT_HASHES = new Int32Scratch();

/**
 * Key classes of the units: units with equal keys, and only they, get the same class (0, 1, 2, … in order of
 * first appearance), and each class its copy count and the index of its last copy.
 */
function countKeys(rows: UnitRows, keyNumbers: Int32Array): void {
  const n = rows.length;
  // Key numbers (classifyRows's index of texts and keys, at most two a row) to classes in order of first use.
  // In the scratch of classifyRows's first rows, which are read no more.
  const classOf = ANALYSIS_ROWS.take(2 * n, -1);
  let classes = 0;
  /** Copy count of each class, then the index of its last copy. */
  const stats = STATS.take(2 * n);
  for (let i = 0; i < n; i++) {
    const number = keyNumbers[i]!;
    let id = classOf[number]!;
    if (id < 0) {
      id = classes++;
      classOf[number] = id;
    }
    stats[id]!++;
    stats[n + id] = i;
    rows.setCopies(i, id, 0, true);
  }
  for (let i = 0; i < n; i++) {
    const id = rows.keyClass(i);
    rows.setCopies(i, id, stats[id]!, stats[n + id] === i);
  }
}

/** After a first name: the verbs a bio opens with ("Anna is…", "Anna lives…"). */
const PERSON_VERB =
  /^ (?:is|was|has|lives|holds|writes|covers|works|joined|loves|enjoys|spent|grew|brings|stands|began|started|graduated|believes|specializes|specialises)\b/;

/** "About Jane Doe", "Über Anna Berg", "À propos de Jean Dupont": an author box's heading (group 1 the name). */
const ABOUT_NAME = aboutNamePattern('.*');

const ROLE_LABEL = /\s(?:author|writer|editor|contributor|reporter|columnist|staff writer|guest author)$/i;

/**
 * An author box in the second half of the page: a name line ("Jane Doe", "Jane Doe Author") followed by
 * paragraphs about that person — starting with the name, the first name, or He/She/They.
 */
function markAuthorBoxes(rows: UnitRows): void {
  const n = rows.length;
  for (let i = Math.floor(n / 2); i < n - 1; i++) {
    const words = rows.words(i);
    if (words > 6 || words < 2 || rows.lines(i) !== null) continue;
    const verdict = rows.verdict(i);
    if (verdict && verdict.kind !== 'author-bio') continue;
    // The role label goes from the end only: the first character decides early (as in isNameLine).
    let trimmed = rows.text(i).trim();
    // "About Jane Doe", "Über Anna Berg": an author box's heading; the paragraph under it is the bio.
    const about = ABOUT_NAME.exec(trimmed);
    if (about) {
      const bio = i + 1;
      const bioText = rows.text(bio);
      if (
        isNameLine(about[1]!) &&
        !rows.verdict(bio) &&
        // About that person: it starts with the name's first word, or names a role or a life cue.
        (bioText.startsWith(`${about[1]!.split(' ')[0]!} `) || isAboutAPerson(bioText)) &&
        rows.words(bio) >= 8 &&
        rows.words(bio) <= SETTINGS.aboutBioWords
      ) {
        if (!verdict) rows.setVerdict(i, detector('author.bio'));
        rows.setVerdict(bio, detector('author.bio'));
        i++;
        continue;
      }
      trimmed = about[1]!;
    }
    if (!mayStartName(trimmed)) continue;
    const name = trimmed.replace(ROLE_LABEL, '');
    const space = name.indexOf(' ');
    if (space < 0 || !isNameLine(name)) continue;
    const first = name.slice(0, space);
    let j = i + 1;
    while (j < n && j <= i + 3) {
      const text = rows.text(j);
      const opening = j === i + 1;
      // Starting with the first name is needed either way: tested first, before any slice or regex.
      // The first paragraph starts with the name or the person's role (any vocabulary language).
      const aboutThem = opening
        ? (text.startsWith(first) &&
            (text.startsWith(`${name} `) ||
              text.startsWith(`${name},`) ||
              PERSON_VERB.test(text.slice(first.length))) &&
            isAboutAPerson(text)) ||
          (rows.terminal(j) &&
            rows.words(j) >= 3 &&
            rows.words(j) <= SETTINGS.roleBioWords &&
            opensWithRole(text))
        : text.startsWith(`${first} `) || /^(?:He|She|They) /.test(text);
      if (!aboutThem || rows.verdict(j) || rows.words(j) < (opening ? 3 : 8)) break;
      rows.setVerdict(j, detector('author.bio'));
      j++;
    }
    if (j > i + 1 && !rows.verdict(i)) rows.setVerdict(i, detector('byline.name'));
  }
}

/** A bio sits in the second half of the page or right under an author heading / name line. */
function isBioPosition(rows: UnitRows, i: number): boolean {
  if (i >= rows.length * 0.6) return true;
  return i > 0 && (rows.verdict(i - 1)?.kind === 'author-bio' || isNameLine(rows.text(i - 1)));
}

/** Characters that are rare in prose and dense in program code: { } ; = < > [ ] ( ) & | $ \\ */
function isCodeSymbol(c: number): boolean {
  return (
    c === 123 ||
    c === 125 ||
    c === 59 ||
    c === 61 ||
    c === 60 ||
    c === 62 ||
    c === 91 ||
    c === 93 ||
    c === 40 ||
    c === 41 ||
    c === 38 ||
    c === 124 ||
    c === 36 ||
    c === 92
  );
}

/**
 * A block whose first 1,000 characters hold code symbols at a rate prose never has. The plain reference of the
 * SHAPE_CODE bit of text-fast.ts's `lastShape`, which the cleaner reads.
 */
export function looksLikeCode(text: string): boolean {
  const end = Math.min(text.length, 1000);
  let symbols = 0;
  for (let k = 0; k < end; k++) if (isCodeSymbol(text.charCodeAt(k))) symbols++;
  return symbols >= SETTINGS.codeSymbolShare * end;
}

export function isProse(f: TextFeatures): boolean {
  if (f.truncated) return false;
  if (f.words >= SETTINGS.longWords && f.titleShare < 0.85) return true;
  return f.words >= SETTINGS.proseWords && f.terminal && f.titleShare < SETTINGS.titleCaseShare;
}

function contentValue(unit: Unit): number {
  const f = unit.feat;
  if (unit.verdict) return SETTINGS.rulePenalty - Math.min(f.words, 30);
  // Code (a script the scraper kept, a listing in a tutorial) neither makes nor breaks an article region.
  if (unit.code) return 0;
  if (unit.repeats > 1 && !unit.lastCopy && f.words < SETTINGS.longWords) return SETTINGS.repeatedPenalty;
  if (f.truncated) return SETTINGS.shortPenalty;
  if (f.words >= SETTINGS.proseWords && f.terminal && f.titleShare < SETTINGS.titleCaseShare) return f.words;
  if (f.words >= SETTINGS.longWords && f.titleShare < 0.85) return f.words * 0.7;
  if (f.terminal && f.words >= 5 && f.stopShare >= 0.15) return f.words * 0.3;
  return (
    SETTINGS.shortPenalty +
    (f.titleShare >= SETTINGS.titleCaseShare && f.words > 1 ? SETTINGS.titleCasePenalty : 0)
  );
}
