/**
 * Title detection: the headline usually sits within the lines just before the article region, often right
 * above a byline or date line, repeated in the breadcrumb, and it shares words with the body. A line that
 * appears again as a heading inside the body is a table-of-contents entry; lines glued together or sharing
 * nothing with the body are menus. Scores the candidates, takes the best.
 */

import { featureIndex, linearScore, weightsInOrder } from '../linear-model.ts';
import { scanDates } from '../metadata/date-scan.ts';
import { labelPatterns } from '../metadata/labels.ts';
import { isJsSpace, wordEnd, wordStart } from '../whitespace.ts';
import { countWordsFast } from '../words-fast.ts';
import type { Unit } from './classify.ts';
import type { Region } from './region.ts';
import { Float64Scratch, Int32Scratch } from './scratch.ts';
import { FNV_OFFSET, isStopHash, isStopWord, lineKeys } from './text.ts';
import TITLE_MODEL from './title-model.json' with { type: 'json' };

export const TITLE_SETTINGS = {
  /** How many blocks before the region are looked at. */
  lookBack: 60,
  /** How many blocks before the region are near the header (their copies echo the headline). */
  nearBack: 25,
  /** Farther back, up to this many blocks, a line with a byline or date under it (a headline over a long table of contents or menu). */
  farBack: 150,
  /** How many short (non-prose) blocks at the top of the region are looked at too. */
  lookAhead: 12,
  /** A short line inside the region with this many of the region's prose blocks above it is a section heading. */
  insideProseAbove: 2,
  minWords: 1,
  maxWords: 30,
  maxChars: 250,
  /** A byline or date line within this many blocks after a candidate marks it as the headline. */
  metaAfter: 6,
  /** Body words read for the word-overlap feature. */
  bodyWords: 1500,
  /** Words of the lead (the first prose blocks) read for the lead-overlap feature. */
  leadWords: 80,
  /** Past this share of the region, a copy of a line is a related list or footer echo. */
  tailShare: 0.6,
} as const;

export interface TitleChoice {
  /** Index of the title block. */
  index: number;
  /** The headline: the block's line, or the part of it the candidate carries (a kicker or site name cut). */
  text: string;
  /** The model's probability for it: its softmax share among the candidates. */
  probability: number;
}

/**
 * The headline: the candidate line the learned model scores highest, with its probability; null without a
 * candidate.
 */
export function findTitle(units: Unit[], region: Region): TitleChoice | null {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  const candidates = titleCandidates(units, region);
  if (TITLE_PROBE.on) TITLE_PROBE.last = { units, region, candidates };
  const scores = candidates.map((candidate) => scoreFeatures(candidate.features));
  for (let k = 0; k < candidates.length; k++) {
    if (scores[k]! > bestScore) {
      bestScore = scores[k]!;
      best = k;
    }
  }
  if (best < 0) return null;
  let total = 0;
  // Several candidates with the same text (the headline shown twice) are one choice.
  const key = candidates[best]!.key;
  let same = 0;
  for (let k = 0; k < candidates.length; k++) {
    const share = Math.exp(scores[k]! - bestScore);
    total += share;
    if (candidates[k]!.key === key) same += share;
  }
  return { index: candidates[best]!.index, text: candidates[best]!.text, probability: same / total };
}

/**
 * For the training and diagnostic scripts (tests/training): when `on`, `findTitle` leaves the candidates of its
 * last search here, exactly as the cleaner saw them (its region, after its own adjustments).
 */
export interface TitleSearch {
  units: Unit[];
  region: Region;
  candidates: TitleCandidate[];
}
export const TITLE_PROBE: { on: boolean; last: TitleSearch | null } = { on: false, last: null };

export interface TitleCandidate {
  /** Index of the unit (block). */
  index: number;
  /** The block's line (trimmed), or the part of it this candidate carries (`lineParts`). */
  text: string;
  /** The text's matching key (`lineKeys`): candidates with one key are one choice (the headline shown twice). */
  key: string;
  features: Float64Array;
}

/**
 * The lines that may be the headline, nearest the region first: single-line blocks up to 25 before the region,
 * its first short blocks, and farther back (up to 150) lines with a byline or date under them.
 */
export function titleCandidates(units: Unit[], region: Region): TitleCandidate[] {
  const from = Math.max(0, region.start - TITLE_SETTINGS.lookBack);
  // The region can start early (a notice, a dek, a teaser above the headline): its first short blocks are
  // candidates too, when a byline or date follows them.
  const to = Math.min(region.end, region.start + TITLE_SETTINGS.lookAhead);
  const farFrom = Math.max(0, region.start - TITLE_SETTINGS.farBack);
  const context = titleContext(units, region, farFrom);
  const candidates: TitleCandidate[] = [];
  let maxOverlap = 0;
  let shaped = false;
  const isName = (word: string) => namedOnPage(word, units, context);
  for (let i = to; i >= farFrom; i--) {
    if (i < from && !metaAfter(units, i, context)) continue;
    const unit = units[i]!;
    const found: TitleCandidate[] = [];
    const line = unit.block.text.trim();
    // A line whose front is a glued section label reads as the headline after it (`gluedKicker`).
    const unglued = unit.lines === null && !unit.verdict ? gluedKicker(line, units, context) : null;
    const whole = candidateFeatures(units, i, region, context, unglued ?? undefined);
    if (whole !== null)
      found.push({
        index: i,
        text: unglued ?? line,
        key: unglued ? lineKeys(unglued).key : unit.key,
        features: whole,
      });
    // The parts of a line around a kicker, section label or site name ("Politik: Headline", "Headline – Site"), and
    // those of a line a scraper glued from two elements ("Sign inCouncil to rebuild …").
    if (unit.lines === null && !unit.verdict && unit.feat.chars <= TITLE_SETTINGS.maxChars)
      for (const part of [...lineParts(line), ...glueParts(line, isName)]) {
        const features = candidateFeatures(units, i, region, context, part.text);
        if (features === null) continue;
        partFeatures(features, part, units, context);
        found.push({ index: i, text: part.text, key: lineKeys(part.text).key, features });
      }
    for (const candidate of found) {
      const features = candidate.features;
      candidates.push(candidate);
      maxOverlap = Math.max(maxOverlap, features[F.overlap]!);
      // The nearest line above the region shaped like a headline (three words or more, speaking of the body).
      if (!shaped && i < region.start && features[F.overlap]! >= 0.3 && features[F.oneWord] === 0) {
        if (features[F.twoWords] === 0) {
          features[F.nearestShaped] = 1;
          shaped = true;
        }
      }
    }
  }
  // Compared with the other candidates: the line sharing the most words with the body.
  for (const candidate of candidates)
    candidate.features[F.overlapGap] = candidate.features[F.overlap]! - maxOverlap;
  return candidates;
}

export interface TitleContext {
  /** Last parts of the breadcrumb lines, as keys. */
  crumbTails: Set<string>;
  /** First position of each key class among the short lines inside the region (-1: none). */
  inRegion: Int32Array;
  /** Keys of the numbered short lines inside the region with the numbering dropped, first position. */
  plainInRegion: Map<string, number>;
  /** Where the region's tail starts: a copy there is a related list or a footer echo, not a heading. */
  tailFrom: number;
  /** Word stems of the body's prose. */
  bodyStems: StemSet;
  /** Word stems of the lead (the first prose blocks, up to leadWords words): a headline's words come back there. */
  leadStems: StemSet;
  /** Letters and digits of the short lines around the header, with their keys. */
  near: NearLine[];
  /** Per unit, filled on first use: 1 = a byline/date/reading-time line (`isMeta`), 2 = not. */
  meta: Int32Array;
  /** Per unit, filled on first use: 1 = headline-shaped (`headlineShaped`), 2 = not. */
  shaped: Int32Array;
  /** Per unit, filled on first use (NaN before): `bodyOverlap` of the unit's text. */
  overlap: Float64Array;
  /** The page's own names, filled on first use (`pageNames`). */
  names: PageNames | null;
  /** The page's camel-cased words and how often each stands on it, filled on first use (`camelWords`). */
  camel: Map<string, number> | null;
}

interface NearLine {
  /** Index of the unit. */
  index: number;
  squashed: string;
  key: string;
  words: number;
}

/** The per-unit tables of a title search (reused, see scratch.ts). */
const IN_REGION = new Int32Scratch();
const META = new Int32Scratch();
const SHAPED = new Int32Scratch();
const OVERLAP = new Float64Scratch();
const BODY_STEMS = new Int32Scratch();
const LEAD_STEMS = new Int32Scratch();

/** "1. Hawaiian Adventure", "2) Setup": a numbered heading answers a plain TOC entry. */
const NUMBERING = /^\d{1,2}[.)]? /;

export function titleContext(units: Unit[], region: Region, from: number): TitleContext {
  const crumbTails = breadcrumbTails(units, from, Math.min(units.length - 1, region.end));
  const inRegion = IN_REGION.take(units.length, -1);
  const plainInRegion = new Map<string, number>();
  // The body's stems: the prose blocks of the region until bodyWords words are read.
  const read: number[] = [];
  let words = 0;
  for (let i = Math.max(0, region.start); i <= region.end; i++) {
    const unit = units[i]!;
    if (unit.feat.words <= 30) {
      if (inRegion[unit.keyClass] === -1) inRegion[unit.keyClass] = i;
      // Only a key starting with a digit can carry numbering.
      const c = unit.key.charCodeAt(0);
      const plain = c >= 48 && c <= 57 ? unit.key.replace(NUMBERING, '') : unit.key;
      if (plain !== unit.key && !plainInRegion.has(plain)) plainInRegion.set(plain, i);
    }
    if (unit.prose && words < TITLE_SETTINGS.bodyWords) {
      words += unit.feat.words;
      read.push(i);
    }
  }
  const bodyStems = new StemSet(words, BODY_STEMS);
  const leadStems = new StemSet(TITLE_SETTINGS.leadWords, LEAD_STEMS);
  let lead = 0;
  for (const i of read) {
    scanStems(units[i]!.block.text);
    bodyStems.addScanned();
    if (lead < TITLE_SETTINGS.leadWords) {
      leadStems.addScanned();
      lead += units[i]!.feat.words;
    }
  }
  const tailFrom = region.start + (region.end - region.start) * TITLE_SETTINGS.tailShare;
  const near: NearLine[] = [];
  const nearTo = Math.min(region.end, region.start + TITLE_SETTINGS.lookAhead);
  for (let i = Math.max(0, region.start - TITLE_SETTINGS.nearBack); i <= nearTo; i++) {
    const unit = units[i]!;
    if (unit.prose || unit.lines !== null || unit.feat.words > TITLE_SETTINGS.maxWords) continue;
    near.push({ index: i, squashed: squash(unit.block.text), key: unit.key, words: unit.feat.words });
  }
  return {
    crumbTails,
    inRegion,
    plainInRegion,
    tailFrom,
    bodyStems,
    leadStems,
    near,
    meta: META.take(units.length),
    shaped: SHAPED.take(units.length),
    overlap: OVERLAP.take(units.length, Number.NaN),
    names: null,
    camel: null,
  };
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** A UTF-16 unit outside ASCII. */
const NON_ASCII = /[\u0080-\uffff]/;
const NON_ALNUM_ASCII = /[^A-Za-z0-9]+/g;

/** Letters and digits only, lower-cased: "Training: Basics" and "Training Basics" meet. */
function squash(text: string): string {
  // ASCII text (the usual headline) by native replaces without the Unicode tables; anything else by the
  // Unicode regex. On ASCII both give the same.
  if (NON_ASCII.test(text)) return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return text.replace(NON_ALNUM_ASCII, '').toLowerCase();
}
/**
 * A candidate's text squashed: the line whole (no "| Site" part cut off) is squashed already when it is one of
 * the near lines (squash drops the white space trim() would).
 */
function squashedCandidate(unit: Unit, i: number, text: string, context: TitleContext): string {
  return text === unit.block.text.trim()
    ? (context.near.find((line) => line.index === i)?.squashed ?? squash(text))
    : squash(text);
}

/**
 * Another short line near the header says the same, punctuation and case aside ("Puppy Behavior And Training
 * Training Basics"), or ends with it after two or more words (a breadcrumb trail glued to the title: "Home Photo
 * TipsLandscapes 26 Tips to ..."): two copies of the page's own title. Four words at least: a site name is
 * echoed too ("Why Trust The Spruce Eats").
 */
function echoed(unit: Unit, i: number, text: string, context: TitleContext): boolean {
  const words = splitCount(text);
  if (words < W.echoMinWords || context.near.length === 0) return false;
  const own = squashedCandidate(unit, i, text, context);
  for (const other of context.near) {
    if (other.key !== unit.key && echoes(own, words, other.squashed, other.words)) return true;
  }
  return false;
}

/** A single short line of no verdict, not prose: a line that could be a headline, kicker or dek. */
function plainShort(unit: Unit | undefined): unit is Unit {
  return unit !== undefined && !unit.verdict && !unit.prose && unit.lines === null && unit.feat.words <= 45;
}

/**
 * The shape of the lines right around a candidate: a longer line under it (the headline over its dek, with or
 * without words in common), a shorter one over it (a dek under its headline), a kicker of one to three words over
 * it. The model weighs them against each other (a kicker over a headline, a headline over a dek).
 */
function neighbourShapes(units: Unit[], i: number, words: number, x: Float64Array): void {
  const next = units[i + 1];
  // Three words at least: a one- or two-word line over a longer one is a section or kicker over its headline.
  if (words >= W.dekMinWords && plainShort(next) && next.feat.words >= words + W.dekMoreWords)
    x[F.overLonger] = 1;
  const previous = units[i - 1];
  if (!plainShort(previous)) return;
  if (previous.feat.words <= W.kickerMaxWords) x[F.underKicker] = 1;
  else if (previous.feat.words + W.dekMoreWords <= words) x[F.underShorter] = 1;
}

/**
 * A line within `kickerReach` blocks says the same with a kicker or section label of up to `kickerMaxWords`
 * words glued in front, no separator between ("Holocaust-Gedenktag Erinnerung an die Opfer …" over "Erinnerung an die Opfer …"): the
 * shorter line gets `kickerCut` (the headline without its kicker), the longer one `kickerGlued`.
 */
function kickerPair(
  unit: Unit,
  i: number,
  text: string,
  words: number,
  context: TitleContext,
  x: Float64Array,
): void {
  if (words < W.kickerMinWords || context.near.length === 0) return;
  const own = squashedCandidate(unit, i, text, context);
  if (own.length === 0) return;
  for (const other of context.near) {
    if (other.index === i || Math.abs(other.index - i) > W.kickerReach || other.key === unit.key) continue;
    const extra = other.words - words;
    if (extra >= 1 && extra <= W.kickerMaxWords && other.squashed.endsWith(own)) x[F.kickerCut] = 1;
    if (
      -extra >= 1 &&
      -extra <= W.kickerMaxWords &&
      other.words >= W.kickerMinWords &&
      other.squashed.length > 0 &&
      own.endsWith(other.squashed)
    )
      x[F.kickerGlued] = 1;
  }
}

/** The other line (letters and digits only) is the same or a trail of two or more words ending with it. */
function echoes(own: string, words: number, other: string, otherWords: number): boolean {
  if (other === own) return true;
  // A longer line is a trail of at least two crumbs before the title, not "Skip …" or "About …".
  return other.length > own.length && otherWords >= words + W.echoTrail && other.endsWith(own);
}

/** Whether the line `other` echoes the headline `text` (see `echoed`). */
export function echoesTitle(text: string, other: string): boolean {
  const words = splitCount(text);
  if (words < W.echoMinWords) return false;
  return echoes(squash(text), words, squash(other), splitCount(other));
}

/**
 * A stem as a Set key: a stem of ASCII letters and digits (at most 5 of them) as a number (base 37, digits
 * 1–36, so the encoding is one-to-one), anything else as its string. Sets of stems then hash small integers
 * instead of strings, and ASCII stems need no slice.
 */
export type StemId = number | string;

/** Base-37 digit of a lower-case ASCII letter or digit (1–36), 0 for anything else. */
const STEM_DIGIT = new Uint8Array(128);
for (let c = 48; c <= 57; c++) STEM_DIGIT[c] = c - 47;
for (let c = 97; c <= 122; c++) STEM_DIGIT[c] = c - 86;

export function stemId(stem: string): StemId {
  let id = 0;
  for (let k = 0; k < stem.length; k++) {
    const c = stem.charCodeAt(k);
    const d = c < 128 ? STEM_DIGIT[c]! : 0;
    if (d === 0) return stem;
    id = id * 37 + d;
  }
  return id;
}

/**
 * The stems of the last `scanStems` call (the stage is synchronous): stems of ASCII words as ids in
 * STEM_IDS[0, stemCount), the stems of runs holding other characters in OTHER_STEMS. Order never matters to
 * the callers (sets and shares of stems).
 */
let STEM_IDS: Int32Array = new Int32Array(512);
let stemCount = 0;
const OTHER_STEMS: StemId[] = [];
/** [start, end) of the runs holding non-ASCII characters found by the last `asciiStems` loop. */
let RUNS: Int32Array = new Int32Array(64);
let runCount = 0;

/**
 * The stem of each content word of the text: lower-cased words of 3+ letters or digits that are not stop
 * words, cut to 5 characters ("certificates" and "certificate" meet), as `stemId`s. ASCII words are read by
 * a char loop (`asciiStems`); a run holding other characters (between ASCII separators, which the word
 * regex never matches) is lower-cased and matched on its own afterwards. A capital sigma lower-cases by
 * context across separators: such a text takes the regex path whole.
 */
function scanStems(text: string): void {
  stemCount = 0;
  runCount = 0;
  OTHER_STEMS.length = 0;
  if (text.includes('Σ')) {
    regexStems(text.toLowerCase());
    return;
  }
  asciiStems(text);
  for (let r = 0; r < runCount; r++) regexStems(text.slice(RUNS[2 * r]!, RUNS[2 * r + 1]!).toLowerCase());
}

/**
 * The char loop of `scanStems`: FNV stop-word hash as `isStopWord`, the id built from the first five
 * characters. It calls nothing but `isStopHash` on the common path (rare cases are noted and handled after
 * it): V8 then compiles the loop much tighter.
 */
function asciiStems(text: string): void {
  const n = text.length;
  let count = 0;
  let runs = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 128 && ASCII_ALNUM[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let h = FNV_OFFSET;
    let id = 0;
    // The first five characters make the id; the rest only the stop-word hash.
    const head = Math.min(n, start + 5);
    while (i < head) {
      c = text.charCodeAt(i);
      if (c < 128) {
        const lower = ALNUM_LOWER[c]!;
        if (lower === 0) break;
        h = Math.imul(h ^ lower, 0x01000193);
        id = id * 37 + STEM_DIGIT[lower]!;
      } else ascii = false;
      i++;
    }
    if (i === head) {
      while (i < n) {
        c = text.charCodeAt(i);
        if (c < 128) {
          const lower = ALNUM_LOWER[c]!;
          if (lower === 0) break;
          h = Math.imul(h ^ lower, 0x01000193);
        } else ascii = false;
        i++;
      }
    }
    if (!ascii) {
      if (2 * runs + 2 > RUNS.length) RUNS = grown(RUNS);
      RUNS[2 * runs] = start;
      RUNS[2 * runs + 1] = i;
      runs++;
      continue;
    }
    if (i - start < 3 || isStopHash(h)) continue;
    if (count === STEM_IDS.length) STEM_IDS = grown(STEM_IDS);
    STEM_IDS[count++] = id;
  }
  stemCount = count;
  runCount = runs;
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** The stems of an already lower-cased text by the word regex, into OTHER_STEMS. */
function regexStems(lower: string): void {
  for (const match of lower.matchAll(WORD_RUN)) {
    const word = match[0];
    if (word.length < 3 || isStopWord(word)) continue;
    OTHER_STEMS.push(stemId(word.slice(0, 5)));
  }
}

/** The stems of a text as a list (`scanStems`, copied out). */
function stemList(text: string): StemId[] {
  scanStems(text);
  const list: StemId[] = Array.from(STEM_IDS.subarray(0, stemCount));
  for (const stem of OTHER_STEMS) list.push(stem);
  return list;
}

/**
 * A set of stems: ids in an open-addressing table of int32s (ids are ≥ 1, so 0 marks a free slot; no boxed
 * numbers, no Set entries per word), other stems in a Set.
 */
export class StemSet {
  private table: Int32Array;
  private used = 0;
  /** Stems that are not ids (rare: created on first use). */
  private others: Set<StemId> | null = null;

  /**
   * `expected`: about how many stems will be added (the table grows past it); `scratch`: where the table
   * starts (one per use site, see scratch.ts).
   */
  constructor(expected = 0, scratch?: Int32Scratch) {
    let size = 16;
    while (size < 2 * expected) size *= 2;
    this.table = scratch ? scratch.take(size) : new Int32Array(size);
  }

  static of(stems: Iterable<StemId>): StemSet {
    const set = new StemSet();
    for (const stem of stems) set.add(stem);
    return set;
  }

  add(stem: StemId): void {
    if (typeof stem === 'number') this.addId(stem);
    else {
      this.others ??= new Set();
      this.others.add(stem);
    }
  }

  has(stem: StemId): boolean {
    return typeof stem === 'number' ? this.hasId(stem) : (this.others?.has(stem) ?? false);
  }

  addId(id: number): void {
    if (2 * (this.used + 1) > this.table.length) this.grow();
    const mask = this.table.length - 1;
    let slot = Math.imul(id, 0x9e3779b1) & mask;
    while (true) {
      const v = this.table[slot]!;
      if (v === id) return;
      if (v === 0) break;
      slot = (slot + 1) & mask;
    }
    this.table[slot] = id;
    this.used++;
  }

  hasId(id: number): boolean {
    const mask = this.table.length - 1;
    let slot = Math.imul(id, 0x9e3779b1) & mask;
    while (true) {
      const v = this.table[slot]!;
      if (v === id) return true;
      if (v === 0) return false;
      slot = (slot + 1) & mask;
    }
  }

  /** The stems of the last `scanStems` call. */
  addScanned(): void {
    for (let k = 0; k < stemCount; k++) this.addId(STEM_IDS[k]!);
    for (const stem of OTHER_STEMS) this.add(stem);
  }

  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    this.used = 0;
    for (const id of old) if (id !== 0) this.addId(id);
  }
}

/** ASCII letters and digits lower-cased (0: any other ASCII character). */
const ALNUM_LOWER = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ALNUM_LOWER[c] = c;
for (let c = 97; c <= 122; c++) ALNUM_LOWER[c] = c;
for (let c = 65; c <= 90; c++) ALNUM_LOWER[c] = c | 0x20;

/** ASCII letters and digits. */
const ASCII_ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_ALNUM[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

/** Share of the line's content words found in the body (0 when it has none). */
export function bodyOverlap(text: string, bodyStems: StemSet): number {
  scanStems(text);
  let hits = 0;
  for (let k = 0; k < stemCount; k++) if (bodyStems.hasId(STEM_IDS[k]!)) hits++;
  for (const stem of OTHER_STEMS) if (bodyStems.has(stem)) hits++;
  const count = stemCount + OTHER_STEMS.length;
  return count === 0 ? 0 : hits / count;
}

/** " | " between a headline and the site or section name after it ("Best Movers in NYC 2025 | Top 19 Companies"). */
const BAR = ' | ';

/**
 * The headline part of a "Headline | Site" line: the part before a single " | " when it has at least two words;
 * the line itself otherwise. A line with several bars is a menu ("Home | About | Contact") and stays whole.
 */
export function headlinePart(text: string): string {
  const at = text.indexOf(BAR);
  if (at < 0 || text.indexOf(BAR, at + BAR.length) >= 0) return text;
  const head = text.slice(0, at).trim();
  return splitCount(head) >= 2 ? head : text;
}

/** Dates are read against this "now": a line with any full date, past or future, is no headline. */
const DATE_CONTEXT = { now: new Date(Date.UTC(9999, 11, 31)), language: null, numericOrder: null };

/**
 * A bar or an angle quote between parts ("Home » News", "Tools | Site"): a trail or a menu. Guillemets that
 * pair up are quotation marks ("Benjamin Näßler: «Liebe kennt keine Pause»", "»frag.jetzt«", "« Il y a … »").
 */
function crumbMarks(text: string): boolean {
  if (text.includes('|') || text.includes('›')) return true;
  if (!text.includes('»')) return false;
  let open = 0;
  let close = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0xab) open++;
    else if (c === 0xbb) close++;
  }
  return open !== close;
}

/** A full date outside brackets: "Using AI for Analytics (2025-09-21)" is an issue's headline. */
function hasFullDate(text: string): boolean {
  for (const date of scanDates(text, DATE_CONTEXT).dates) {
    let k = date.index - 1;
    while (k >= 0 && text.charCodeAt(k) === 32) k--;
    if (text[k] !== '(' && text[k] !== '[') return true;
  }
  return false;
}

/** `text.split(/\s+/).length` without the array: one more than the number of whitespace runs. */
function splitCount(text: string): number {
  let count = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    if (isJsSpace(text.charCodeAt(i))) {
      if (!inSpace) count++;
      inSpace = true;
    } else inSpace = false;
  }
  return count;
}

/** Words glued by the scraper ("Privacy NoticeTerms Of Use", "Boot CampUnderstand"): menu entries. */
const GLUED = /\p{Ll}{2}\p{Lu}\p{Ll}{2}/u;

/**
 * GLUED.test(text): ASCII text by a char loop (there \p{Ll} is a-z and \p{Lu} is A-Z; the Unicode property
 * regex is slow to scan), any other text by the regex.
 */
function isGlued(text: string): boolean {
  const n = text.length;
  let lower = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return GLUED.test(text);
    if (c >= 97 && c <= 122) lower++;
    else {
      if (lower >= 2 && c >= 65 && c <= 90 && i + 2 < n) {
        const a = text.charCodeAt(i + 1);
        const b = text.charCodeAt(i + 2);
        if (a >= 97 && a <= 122 && b >= 97 && b <= 122) return true;
      }
      lower = 0;
    }
  }
  return false;
}

/** A call to action starts with a verb telling the reader what to do ("See Userpilot in Action", "Join a Community"). */
const CALL_TO_ACTION =
  /^(?:see|find|search|join|plan|fund|try|get|sign|subscribe|discover|explore|shop|download|contact|request|start|read|follow|visit|register|claim|schedule|browse|view)\b(?!:)/i;

/**
 * Between a headline and a kicker, section label or site name on one line: a bar, dash, hyphen, middle dot,
 * angle quote, slash or double colon with spaces around it, or a colon (with a space on at least one side:
 * "Politik: …", "Presse : …", "Direktion :Impfen …").
 */
const PART_SEPARATOR = /\s(?:\||–|—|-|·|•|»|\/|::)\s|\s?:\s|\s:(?=\S)/gu;

const KICKER_END = /[|·•»/:]/;

export interface LinePart {
  text: string;
  /** What was cut off before and after the part (separators trimmed; empty when nothing). */
  before: string;
  after: string;
  /** The separators at the cuts include a colon; a bar, dot, angle quote, slash or double colon. */
  colon: boolean;
  bar: boolean;
}

/**
 * The parts of a line that may be its headline without what sits around it: before its last separator (a site
 * name or tagline cut), after its first (a kicker cut, when that separator is a colon or a bar), between the
 * first and the last (likewise), and before the first.
 * Two words at least, never the whole line or its `headlinePart` (the whole line's candidate scores that).
 * At most four parts, each found by one scan of the line (a candidate line has at most maxChars characters).
 */
export function lineParts(whole: string): LinePart[] {
  if (whole.length > TITLE_SETTINGS.maxChars) return [];
  const seps: { start: number; end: number; text: string }[] = [];
  for (const match of whole.matchAll(PART_SEPARATOR))
    seps.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  if (seps.length === 0) return [];
  const first = seps[0]!;
  const last = seps[seps.length - 1]!;
  const spans: [number, number, typeof first | null, typeof first | null][] = [
    [0, last.start, null, last],
    [first.end, whole.length, first, null],
  ];
  if (seps.length >= 2) {
    spans.push([first.end, last.start, first, last]);
    spans.push([0, first.start, null, first]);
  }
  const own = headlinePart(whole);
  const parts: LinePart[] = [];
  for (const [start, end, open, close] of spans) {
    // A kicker ends with a colon or a bar: before a dash or hyphen stands the headline itself ("Headline –
    // subtitle"; on dev and multi no part after a dash was the title where the whole line was not, of 180).
    if (open && !KICKER_END.test(open.text)) continue;
    const text = whole.slice(start, end).trim();
    if (text.length === 0 || text === whole || text === own || splitCount(text) < 2) continue;
    if (parts.some((p) => p.text === text)) continue;
    const cuts = [open?.text ?? '', close?.text ?? ''];
    parts.push({
      text,
      before: trimSeparators(whole.slice(0, start)),
      after: trimSeparators(whole.slice(end)),
      colon: cuts.some((cut) => cut.includes(':') && !cut.includes('::')),
      bar: cuts.some((cut) => /[|·•»/]|::/.test(cut)),
    });
  }
  return parts;
}

/**
 * Where a scraper glued two elements with nothing between them (BeautifulSoup's `get_text()`: a label, a menu
 * entry or a date right before the headline): after two lower-case letters or a digit, before a capital and a
 * lower-case letter ("Sign inRestaurant Tips", "14. Oktober 2021Wein dekantieren"); after two lower-case letters,
 * before a number and a word ("Get Started2025 Software …"). A sentence's end before a capital, or an acronym
 * before a word, were tried too and moved no title on DEV, multi or check.
 */
const GLUE_POINT = /(?<=\p{Ll}\p{Ll}|\p{N})(?=\p{Lu}\p{Ll})|(?<=\p{Ll}\p{Ll})(?=\p{N}+ \p{L})/gu;
/** A part that opens with a number (after a glue before a number). */
const NUMBER_FIRST = /^\p{N}/u;
const LOWER_LAST = /\p{Ll}$/u;

/** A kicker glued in front of a headline has at most this many words (a sentence before a glue is no label). */
const GLUED_KICKER_WORDS = 6;

/** Between the steps of a trail: a part separator, or an angle bracket with or without spaces ("Home >Blog >"). */
const TRAIL_STEP = new RegExp(`${PART_SEPARATOR.source}|\\s?[<>›]\\s?`, 'u');

/**
 * What a scraper glues in front of a headline: a label of a few words opening with a capital or a digit, the
 * last step of a trail ("Home » Furniture » Headline": that step's words count), or a trail that holds the
 * headline itself (a breadcrumb ending in it, then the heading). A sentence is none ("… 2022 in der TennisBase
 * Oberhaching": a missing space in the page's own text). Before a number, one word is a name and its version or
 * number ("Web3 Gaming", "Windows11 Update"), no label: two words at least ("Sign in10 software essays …").
 */
function isGluedKicker(before: string, headline: string): boolean {
  if (before.length < 3 || !STARTS_CAPITAL.test(before)) return false;
  if (before.includes(headline)) return true;
  const steps = before.split(TRAIL_STEP);
  const words = splitCount(steps[steps.length - 1]!);
  if (words < 2 && NUMBER_FIRST.test(headline) && LOWER_LAST.test(before)) return false;
  return words <= GLUED_KICKER_WORDS;
}

/** The word (a run of non-spaces) a place of a line falls in. */
function wordAround(line: string, at: number): string {
  return line.slice(wordStart(line, at), wordEnd(line, at));
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** A lower-case letter at `i` and a capital after it: where a camel-cased word's humps meet. */
function isHump(text: string, i: number): boolean {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  if (a < 128 && b < 128) return a >= 97 && a <= 122 && b >= 65 && b <= 90;
  return LOWER.test(text[i]!) && UPPER.test(text.charAt(i + 1));
}

/**
 * The page's camel-cased words with how often each stands on it, counted once per title search: each hump found,
 * its word read out once, so linear in the page's text.
 */
function camelWords(units: Unit[], context: TitleContext): Map<string, number> {
  if (context.camel) return context.camel;
  const counts = new Map<string, number>();
  for (const unit of units) {
    const text = unit.block.text;
    for (let i = 0; i < text.length - 1; i++) {
      if (!isHump(text, i)) continue;
      const end = wordEnd(text, i);
      const found = text.slice(wordStart(text, i), end);
      counts.set(found, (counts.get(found) ?? 0) + 1);
      i = end;
    }
  }
  context.camel = counts;
  return counts;
}

/**
 * A word glued at a capital that the page shows more than once is a name ("LinkedIn", "HubSpot" in the body),
 * not two elements a scraper glued: a label and a headline meet once, where the page's header was flattened.
 */
function namedOnPage(word: string, units: Unit[], context: TitleContext): boolean {
  return (camelWords(units, context).get(word) ?? 0) > 1;
}

/**
 * The parts of a line a scraper glued from two elements (GLUE_POINT): after its first and after its last glue
 * (a kicker, label or trail glued in front: `isGluedKicker`), and before its first (a dek, byline or date glued
 * after). Two words at least each, as `lineParts`; the whole line stays a candidate of its own, and the title
 * model weighs a part by what was cut off (partHead, partTail). A glue inside a word `isName` knows (a name the
 * page repeats) cuts nothing. One scan of a line of at most maxChars.
 */
export function glueParts(whole: string, isName: (word: string) => boolean = () => false): LinePart[] {
  if (whole.length > TITLE_SETTINGS.maxChars) return [];
  const points: number[] = [];
  for (const match of whole.matchAll(GLUE_POINT))
    if (match.index > 0 && !isName(wordAround(whole, match.index))) points.push(match.index);
  if (points.length === 0) return [];
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const spans: [number, number][] = [
    [first, whole.length],
    [0, first],
  ];
  if (last !== first) spans.push([last, whole.length]);
  const parts: LinePart[] = [];
  for (const [start, end] of spans) {
    const text = whole.slice(start, end).trim();
    if (splitCount(text) < 2 || parts.some((p) => p.text === text)) continue;
    const before = whole.slice(0, start).trim();
    const after = whole.slice(end).trim();
    if (before.length > 0 && !isGluedKicker(before, text)) continue;
    parts.push({
      text,
      before: trimSeparators(before),
      after: trimSeparators(after),
      colon: false,
      bar: false,
    });
  }
  return parts;
}

/**
 * Where a scraper glued a section label to the headline: a lower-case letter right before a capital or a digit
 * ("TipsI Tried"; space-runs.ts's GLUE, which splits whole pages, wants a lower-case letter after the capital).
 */
const KICKER_GLUE = /(?<=\p{Ll})(?=[\p{Lu}\p{N}])/gu;
/** A section label opens so. */
const STARTS_CAPITAL = /^[\p{Lu}\p{N}]/u;
/** A glued kicker is cut off within this many characters of the line's start. */
const GLUED_KICKER_CHARS = 60;

/**
 * The headline without the section label or kicker a scraper glued to its front, with no separator between them
 * ("Strength TrainingI Tried Amp …", "Technician Tips39 Best Electrician Tools …": BeautifulSoup's `get_text()`,
 * inline elements rendered side by side): the rest of the line after a glue, when the glued piece before it is
 * one of the page's own names (a line of its own elsewhere: the menu's section, a category link) and starts
 * with a capital or a digit. A camel-cased name ("YouTube", "iPhone") leaves a piece no line of the page is. The
 * line's candidate is then that rest, its features the rest's (as a part cut at a separator it lost to the whole
 * line: the title model weighs parts from separators one can see). Null when there is no such glue.
 */
function gluedKicker(whole: string, units: Unit[], context: TitleContext): string | null {
  if (whole.length > TITLE_SETTINGS.maxChars) return null;
  // Only the line's front can hold a kicker: the glues are looked for there.
  const front = whole.length > GLUED_KICKER_CHARS ? whole.slice(0, GLUED_KICKER_CHARS + 1) : whole;
  let pieceStart = 0;
  for (const match of front.matchAll(KICKER_GLUE)) {
    const at = match.index;
    const piece = whole.slice(pieceStart, at);
    pieceStart = at;
    const text = whole.slice(at).trim();
    // A label starts with a capital or a digit ("from" alone on a line is no section of the page).
    if (!STARTS_CAPITAL.test(piece) || splitCount(text) < 2) continue;
    const key = squash(piece);
    if (key.length >= 3 && pageNames(units, context).lines.has(key)) return text;
  }
  return null;
}

function trimSeparators(text: string): string {
  return text.replace(/^[\s|–—\-·•»/:]+|[\s|–—\-·•»/:]+$/gu, '');
}

/** The page's own names: its short lines (a logo, a menu's section label) and its copyright holders, squashed. */
interface PageNames {
  lines: Set<string>;
  holders: string[];
}

const COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?([^.,|]{2,60})/i;

function pageNames(units: Unit[], context: TitleContext): PageNames {
  if (context.names) return context.names;
  const lines = new Set<string>();
  const holders: string[] = [];
  for (const unit of units) {
    if (unit.lines !== null || unit.feat.words > 6) continue;
    const text = unit.block.text;
    lines.add(squash(text));
    const copyright = COPYRIGHT.exec(text);
    if (copyright) {
      const holder = squash(copyright[1]!.replace(/\b\d{4}\b|all rights reserved/gi, ''));
      if (holder.length >= 3) holders.push(holder);
    }
  }
  context.names = { lines, holders };
  return context.names;
}

/** A cut-off piece the page shows as a line of its own (a logo, a section in the menu) or as its copyright holder. */
function pageName(piece: string, units: Unit[], context: TitleContext): boolean {
  if (piece.length === 0) return false;
  const names = pageNames(units, context);
  for (const segment of piece.split(PART_SEPARATOR)) {
    const key = squash(segment);
    if (key.length < 3) continue;
    if (names.lines.has(key)) return true;
    if (names.holders.some((holder) => holder.startsWith(key))) return true;
  }
  return false;
}

/** The part features of a candidate carrying part of its line. */
function partFeatures(x: Float64Array, part: LinePart, units: Unit[], context: TitleContext): void {
  x[F.barSplit] = 0;
  if (part.before) x[F.partHead] = 1;
  if (part.after) x[F.partTail] = 1;
  if (pageName(part.before, units, context) || pageName(part.after, units, context)) x[F.partEcho] = 1;
  if (part.colon) x[F.partColon] = 1;
  if (part.bar) x[F.partBar] = 1;
  if (splitCount(`${part.before} ${part.after}`.trim()) <= 2) x[F.partShort] = 1;
}

/** Shape thresholds of the title features (the weights are learned: title-model.json). */
export const W = {
  /** The same line twice in a row counts from this many words. */
  twinWords: 3,
  /** Over a longer standfirst line (a dek) that also shares words with the body. */
  dekMinWords: 3,
  dekMoreWords: 2,
  dekOverlap: 0.3,
  /** Echoed by another line near the header, punctuation and case aside, or at the end of a glued trail. */
  echoMinWords: 4,
  echoTrail: 2,
  kickerMinWords: 3,
  kickerMaxWords: 3,
  kickerReach: 3,
  /** The line over the header's byline: at least this many words, this share of them in the body. */
  headMinWords: 4,
  headOverlap: 0.5,
  /** A headline ending in a period (a byline or date right under it): at most this many words. */
  periodMaxWords: 15,
  /** A line naming a full date is a candidate from this many words ("Protokoll der Sitzung vom 10. Oktober 2019"). */
  datedMinWords: 5,
};

/** A list item's bullet at a line's start, as text dumps write them. */
const LIST_BULLET = /^[•◦▪▫●○■□‣⁃*+o-]\s/u;

/**
 * The features of a title candidate, in TITLE_FEATURES order; null when the line cannot be the headline (chrome,
 * several lines, too short or long, a sentence, a byline or date line, a TOC entry among others). The weights
 * that turn them into a score are learned from the gold (title-model.json, trained by
 * tests/training/train-title.ts with cross-validation).
 */
export function candidateFeatures(
  units: Unit[],
  i: number,
  region: Region,
  context: TitleContext,
  part?: string,
): Float64Array | null {
  const unit = units[i]!;
  const f = unit.feat;
  if (unit.verdict || unit.lines !== null) return null;
  if (
    f.words < TITLE_SETTINGS.minWords ||
    f.words > TITLE_SETTINGS.maxWords ||
    f.chars > TITLE_SETTINGS.maxChars
  )
    return null;
  const whole = unit.block.text.trim();
  // "Headline | Site": the headline part is scored (or the part of the line the candidate carries).
  const text = part ?? headlinePart(whole);
  const words = text === whole ? f.words : countWordsFast(text);
  // Sentences end with a period; headlines do not (a question or exclamation mark is fine).
  // Truncated teasers end with an ellipsis.
  const period = /[.,;:…]$/.test(text);
  // A line ending like a sentence is a headline when short, over its byline or dek (`periodHeadline`); else,
  // near the header, a candidate the model weighs ("Time to say goodbye.", "Alles hat seine Zeit…").
  const periodShaped = period && periodHeadline(units, i, text, words, context);
  if (
    period &&
    !periodShaped &&
    (words > W.periodMaxWords || Math.abs(region.start - i) > TITLE_SETTINGS.nearBack)
  )
    return null;
  // Bylines, dates and labels that no rule caught; a list item, its bullet as a dump writes it ("• Recipes",
  // "□ Services", "* Home", lynx's "o Next").
  if (
    /^(?:by|written by|posted|published|updated|last updated|on)\b/i.test(text) ||
    crumbMarks(text) ||
    LIST_BULLET.test(text)
  )
    return null;
  // A date line ("March 3, 2024", "Samstag, 5. Oktober 2013"), in any language; future dates too. A longer
  // line naming a date ("Protokoll der Vorstandssitzung vom 10. Oktober 2019") is a candidate the model weighs.
  const dated = hasFullDate(text);
  if (dated && words < W.datedMinWords) return null;
  const x = new Float64Array(TITLE_FEATURES.length);
  const inside = i >= region.start;
  if (inside) {
    // The region's first block can be the title when nothing precedes it (a bare "Title\n\nBody" file).
    // Taken from inside the region, a line leaves the body: a headline with its byline or date under it (a
    // prose-like one only with the byline right under it); or, the region opening on a notice or teaser, any
    // other short line among its first blocks (the model weighs it: `insideBare`, `aboveProse`).
    const meta = i === 0 || metaAfter(units, i, context);
    if (unit.prose && !(meta && units[i + 1] !== undefined && metaAt(units, i + 1, context))) return null;
    if (!meta) {
      // A line right under the body's prose is a section heading: a headline comes after chrome.
      if (unit.prose || units[i - 1]!.prose || proseAbove(units, region.start, i)) return null;
      x[F.insideBare] = 1;
    }
    if (unit.prose) x[F.proseLine] = 1;
    x[F.inside] = 1;
  }
  if (period && !periodShaped) x[F.periodBare] = 1;
  if (dated) x[F.dated] = 1;
  if (units[i + 1]?.prose) x[F.aboveProse] = 1;
  // A line repeated as a heading in the body, beside other such lines, is a table-of-contents entry.
  const copy = copyInRegion(units, i, context);
  if (copy !== null && copy < context.tailFrom) {
    const listed = (k: number) =>
      k >= 0 && k < region.start && units[k]!.key !== unit.key && copyInRegion(units, k, context) !== null;
    if (listed(i - 1) || listed(i + 1)) return null;
    x[F.toc] = 1;
  }
  x[F.bias] = 1;
  // A headline over its dek (a longer standfirst line that also speaks of the article).
  const next = units[i + 1];
  if (
    next &&
    words >= W.dekMinWords &&
    !next.verdict &&
    !next.prose &&
    i + 1 < region.start &&
    next.lines === null &&
    next.feat.words >= words + W.dekMoreWords &&
    next.feat.words <= 45 &&
    next.key !== unit.key &&
    overlapAt(units, i + 1, context) >= W.dekOverlap
  )
    x[F.dek] = 1;
  // Shown twice in a row (a heading and its share or breadcrumb copy): the page's own title.
  if (words >= W.twinWords && (units[i - 1]?.key === unit.key || units[i + 1]?.key === unit.key))
    x[F.twin] = 1;
  if (words === 1) x[F.oneWord] = 1;
  else if (words === 2) x[F.twoWords] = 1;
  else if (words === 3) x[F.threeWords] = 1;
  if (words >= 6 && words <= 20) x[F.midLength] = 1;
  if (words > 20) x[F.longLine] = 1;
  // Repeated elsewhere (page header, breadcrumb item, share text): the page's own title.
  if (unit.repeats > 1) x[F.repeated] = 1;
  if (f.titleShare >= 0.7) x[F.titleCase] = 1;
  x[F.stopShare] = f.stopShare;
  // Followed closely by a byline, date or reading-time line; or right under one.
  if (metaAfter(units, i, context)) x[F.metaAfter] = 1;
  if (units[i + 1] && metaAt(units, i + 1, context)) x[F.metaUnder] = 1;
  const above = units[i - 1]?.verdict?.kind;
  if (above === 'byline' || above === 'dateline') x[F.metaAbove] = 1;
  // Under a header (a headline-shaped line, then its byline or date): a dek or the body's first heading.
  if (underHeader(units, i, context)) x[F.underHeader] = 1;
  if (echoed(unit, i, text, context)) x[F.echo] = 1;
  kickerPair(unit, i, text, words, context, x);
  neighbourShapes(units, i, words, x);
  if (sectionQuestion(units, i, region, text)) x[F.sectionQuestion] = 1;
  // The breadcrumb ends with the page's own title.
  if (context.crumbTails.size > 0 && context.crumbTails.has(unit.key)) x[F.crumbTail] = 1;
  // Closer to the region is better.
  const distance = Math.abs(region.start - i);
  x[F.distance] = Math.min(distance, 25) / 25;
  if (distance === 1) x[F.rightAbove] = 1;
  else if (distance <= 5) x[F.near5] = 1;
  else if (distance <= 12) x[F.near12] = 1;
  else if (distance <= 25) x[F.near25] = 1;
  else if (distance <= TITLE_SETTINGS.lookBack) x[F.near60] = 1;
  else x[F.farBack] = 1;
  if (i === 0) x[F.first] = 1;
  // The headline shares words with the body; a menu entry or a site slogan does not.
  x[F.overlap] = text === whole ? overlapAt(units, i, context) : bodyOverlap(text, context.bodyStems);
  x[F.leadOverlap] = bodyOverlap(text, context.leadStems);
  if (isGlued(text)) x[F.glued] = 1;
  if (CALL_TO_ACTION.test(text)) x[F.callToAction] = 1;
  if (periodShaped) x[F.period] = 1;
  if (text !== whole) x[F.barSplit] = 1;
  const last = text.charCodeAt(text.length - 1);
  if (last === 63) x[F.question] = 1;
  if (last === 33) x[F.exclamation] = 1;
  if (text.includes(': ')) x[F.colon] = 1;
  if (DIGIT.test(text)) x[F.digit] = 1;
  if (text === text.toUpperCase() && text !== text.toLowerCase()) x[F.allCaps] = 1;
  const hints = unit.block.hints;
  if (hints?.heading === 1) x[F.heading1] = 1;
  else if (hints?.heading !== undefined) x[F.headingOther] = 1;
  if (hints?.linkShare !== undefined && hints.linkShare >= 0.5) x[F.linked] = 1;
  if (hints?.listItem) x[F.listItem] = 1;
  if (BYLINE_ANY.test(text)) x[F.bylineWord] = 1;
  return x;
}

/** The names of the title features, in vector order (title-model.json weighs them by name). */
export const TITLE_FEATURES = [
  'bias',
  'inside',
  'oneWord',
  'toc',
  'dek',
  'twin',
  'twoWords',
  'threeWords',
  'midLength',
  'longLine',
  'repeated',
  'titleCase',
  'stopShare',
  'metaAfter',
  'metaUnder',
  'metaAbove',
  'underHeader',
  'echo',
  'sectionQuestion',
  'crumbTail',
  'distance',
  'farBack',
  'rightAbove',
  'near5',
  'near12',
  'near25',
  'near60',
  'first',
  'overlap',
  'leadOverlap',
  'overlapGap',
  'nearestShaped',
  'glued',
  'callToAction',
  'period',
  'barSplit',
  'question',
  'exclamation',
  'colon',
  'digit',
  'allCaps',
  'heading1',
  'headingOther',
  'linked',
  'listItem',
  'bylineWord',
  'insideBare',
  'proseLine',
  'periodBare',
  'dated',
  'aboveProse',
  'partHead',
  'partTail',
  'partEcho',
  'partColon',
  'partBar',
  'partShort',
  'kickerCut',
  'kickerGlued',
  'overLonger',
  'underShorter',
  'underKicker',
] as const;

type FeatureName = (typeof TITLE_FEATURES)[number];
const F = featureIndex<FeatureName>(TITLE_FEATURES);

const DIGIT = /\d/;
/** A byline word of any language at the start ("Von …", "Par …"): the model weighs it (a headline may start so). */
const BYLINE_ANY = labelPatterns(null).byline;

/** The learned weights in feature order (a feature the model does not name weighs 0). */
const WEIGHTS = weightsInOrder(TITLE_FEATURES, TITLE_MODEL.weights);

/** The candidate's score: the learned weights times its features (0 for the "no headline" choice). */
export function scoreFeatures(x: Float64Array): number {
  return linearScore(WEIGHTS, x);
}

/**
 * A headline ending in a single period ("One year of full-time indie game development."): short, speaking of
 * the body, with a byline or date line right under it (a sentence has none there).
 */
function periodHeadline(
  units: Unit[],
  i: number,
  text: string,
  words: number,
  context: TitleContext,
): boolean {
  if (!/[^.]\.$/.test(text) || words > W.periodMaxWords) return false;
  const next = units[i + 1];
  if (!next) return false;
  // Or over its dek (a longer standfirst line), the byline or date under that.
  const dek =
    !next.verdict &&
    !next.prose &&
    next.lines === null &&
    next.feat.words > words &&
    metaAfter(units, i + 1, context, 2);
  if (!metaAt(units, i + 1, context) && !dek) return false;
  const overlap =
    text === units[i]!.block.text.trim()
      ? overlapAt(units, i, context)
      : bodyOverlap(text, context.bodyStems);
  return overlap >= W.headOverlap;
}

/**
 * A question right above the body's first paragraph, under a line naming all its subject words ("Learn More:
 * Academic Tutoring" / "What is Academic Tutoring?"): the body's first section heading, the line above is the headline.
 */
function sectionQuestion(units: Unit[], i: number, region: Region, text: string): boolean {
  if (i !== region.start - 1 || !text.endsWith('?')) return false;
  const prev = units[i - 1];
  if (!prev || prev.verdict || prev.prose || prev.lines !== null || prev.key === units[i]!.key) return false;
  const above = prev.block.text.trim();
  if (above.endsWith('?')) return false;
  const own = stemList(text);
  if (own.length < 2) return false;
  const theirs = stemList(above);
  return own.every((stem) => theirs.includes(stem));
}

/**
 * The region's kept prose runs above block i (TITLE_SETTINGS.insideProseAbove paragraphs): i is a section
 * heading of the body, not a headline after a notice or teaser. Bounded by lookAhead blocks.
 */
function proseAbove(units: Unit[], start: number, i: number): boolean {
  let prose = 0;
  for (let k = start; k < i; k++) if (units[k]!.prose && !units[k]!.verdict) prose++;
  return prose >= TITLE_SETTINGS.insideProseAbove;
}

/** Position of another copy of the line inside the region (numbering ignored), or null. */
function copyInRegion(units: Unit[], i: number, context: TitleContext): number | null {
  const unit = units[i]!;
  // The first short line inside the region whose key, or whose key without numbering, is this key.
  const exact = context.inRegion[unit.keyClass]!;
  const plain = context.plainInRegion.size === 0 ? undefined : context.plainInRegion.get(unit.key);
  const first = plain === undefined ? exact : exact === -1 ? plain : Math.min(exact, plain);
  if (first === -1 || first === i) return null;
  return first;
}

/** A byline, date or reading-time line follows within a few blocks. */
function metaAfter(
  units: Unit[],
  i: number,
  context: TitleContext,
  within: number = TITLE_SETTINGS.metaAfter,
): boolean {
  for (let j = i + 1; j <= Math.min(units.length - 1, i + within); j++) {
    if (metaAt(units, j, context)) return true;
  }
  return false;
}

/** `isMeta(units[j])`, computed once per title search. */
function metaAt(units: Unit[], j: number, context: TitleContext): boolean {
  let flag = context.meta[j]!;
  if (flag === 0) {
    flag = isMeta(units[j]!) ? 1 : 2;
    context.meta[j] = flag;
  }
  return flag === 1;
}

/**
 * `bodyOverlap` of a unit's text, computed once per title search (the white space trim() drops is no part
 * of any word, so the text trimmed or not gives the same share).
 */
function overlapAt(units: Unit[], j: number, context: TitleContext): number {
  let overlap = context.overlap[j]!;
  if (Number.isNaN(overlap)) {
    overlap = bodyOverlap(units[j]!.block.text, context.bodyStems);
    context.overlap[j] = overlap;
  }
  return overlap;
}

/**
 * A byline or date line sits a few blocks above, and right above that line (and any meta lines with it) is a
 * headline-shaped line: a plain single line of four or more words, not a sentence, not a menu entry or call to
 * action, speaking of the body. The candidate is then under
 * the page's header, not its headline.
 */
function underHeader(units: Unit[], i: number, context: TitleContext): boolean {
  const stop = Math.max(0, i - TITLE_SETTINGS.metaAfter);
  let m = i - 1;
  while (m >= stop && !metaAt(units, m, context)) m--;
  if (m < stop) return false;
  while (m > 0 && metaAt(units, m - 1, context)) m--;
  if (m === 0) return false;
  let flag = context.shaped[m - 1]!;
  if (flag === 0) {
    flag = headlineShaped(units, m - 1, context) ? 1 : 2;
    context.shaped[m - 1] = flag;
  }
  return flag === 1;
}

function headlineShaped(units: Unit[], j: number, context: TitleContext): boolean {
  const unit = units[j]!;
  if (unit.verdict || unit.prose || unit.lines !== null) return false;
  const f = unit.feat;
  if (f.words < W.headMinWords || f.words > TITLE_SETTINGS.maxWords) return false;
  const text = unit.block.text.trim();
  if (/[.,;:…]$/.test(text) || CALL_TO_ACTION.test(text)) return false;
  return overlapAt(units, j, context) >= W.headOverlap;
}

/** A byline that no rule caught ("by jsteinhardt", "Written By: Name, Editor") or a lone "By"/"Written by" label. */
const BYLINE_START = /^(?:(?:written|posted|reviewed)\s+)?by\b(?::?\s*$|:?\s+\S)/i;

/** A byline, date or reading-time line. */
function isMeta(unit: Unit): boolean {
  const kind = unit.verdict?.kind;
  if (kind === 'byline' || kind === 'dateline' || kind === 'metadata') return true;
  return (
    !unit.verdict &&
    unit.lines === null &&
    unit.feat.words <= 15 &&
    mayStartByline(unit.block.text) &&
    BYLINE_START.test(unit.block.text.trim())
  );
}

/** BYLINE_START can only match a text whose first non-space character is a b, w, p or r (any case). */
function mayStartByline(text: string): boolean {
  let i = 0;
  while (i < text.length && isJsSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i) | 0x20;
  return c === 98 || c === 119 || c === 112 || c === 114;
}

/** Last parts of the breadcrumb lines before the region, as keys. */
function breadcrumbTails(units: Unit[], from: number, to: number): Set<string> {
  const tails = new Set<string>();
  for (let i = from; i <= to; i++) {
    const unit = units[i]!;
    if (unit.verdict?.rule !== 'nav.breadcrumb') continue;
    const parts = unit.key.split(/ (?:>|›|»|\/|→|\\|::) /);
    tails.add(parts[parts.length - 1]!.trim());
  }
  return tails;
}
