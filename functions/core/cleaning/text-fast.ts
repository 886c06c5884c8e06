/**
 * text.ts's measures of a block's text, fast: `features` reads them in one pass over the characters
 * (`scanText`) and keeps them in a CompactFeatures, and `lastShape` gives what that pass saw for the line
 * verdicts and the code test. The plain references are text.ts's `featuresPlain` (its own pass per measure:
 * the word count of words.ts, the stop-word, reader and chrome look-ups one set each) and the tests the shape
 * stands for (classify.ts's `looksLikeCode`, the digit and separator regexes of `verdictForLine`); the
 * properties of tests/unit/text-fast.test.ts prove them equal.
 *
 * CompactFeatures: a block's TextFeatures in 8 fields instead of 13: the four flags and two of the word-share
 * counts packed into one small integer, read back by getters. Why: the cleaner holds one TextFeatures per
 * distinct block text while it classifies, and an object of 13 fields is 128 bytes on the 64-bit heap (3 words
 * of header, 1 per field): 10 MB of one-word blocks (1.16 million blocks) held 148 MB of them at the cleaning
 * stage's peak (heap snapshot, `Object` of 13 properties). At 8 fields it is 88 bytes.
 *
 * One pass: the classifier measured each new text with four walks over it besides the key (the features pass,
 * the word count, the code symbols, the digit and separator regexes) and looked each word up in up to two
 * hash sets; DEV texts average 85 characters, so the walks' and calls' overheads were most of the features'
 * ~6% of the whole core (node --cpu-prof, bundled).
 */
import { KEY_CHARS } from '../rules.ts';
import { isJsSpace } from '../whitespace.ts';
import { SEA_RANGES } from '../words.ts';
import { countWordsFast } from '../words-fast.ts';
import { SETTINGS } from './settings.ts';
import {
  ASCII_STOP_HASHES,
  CHROME_WORD_HASHES,
  CJK,
  CJK_RANGES,
  CLASS,
  CONTENT,
  cjkWords,
  endsWithEllipsis,
  endsWithTerminal,
  FNV_OFFSET,
  FOLDED_CHAR,
  keepHashes,
  otherWord,
  READER_WORD_HASHES,
  SAMPLE_CHARS,
  SHARE_WORDS,
  STOP,
  sharesEnd,
  type TextFeatures,
  UPPER_CASE,
} from './text.ts';

/** Bits of `packed`: the flags, then `count` and `chrome` (each at most SHARE_WORDS = 40 < 64). */
const TERMINAL = 1;
const TRUNCATED = 2;
const FOLD_FREE = 4;
const MULTI_LINE = 8;
const COUNT_SHIFT = 4;
const CHROME_SHIFT = 10;
const SIX_BITS = 63;

export class CompactFeatures implements TextFeatures {
  readonly words: number;
  readonly stopShare: number;
  readonly titleShare: number;
  readonly chars: number;
  readonly hashes: Int32Array;
  readonly start: number;
  readonly reader: number;
  private readonly packed: number;

  constructor(
    words: number,
    stopShare: number,
    titleShare: number,
    terminal: boolean,
    truncated: boolean,
    chars: number,
    foldFree: boolean,
    multiLine: boolean,
    hashes: Int32Array,
    start: number,
    count: number,
    chrome: number,
    reader: number,
  ) {
    if (count > SIX_BITS || chrome > SIX_BITS) throw new RangeError('word shares past 63 words');
    this.words = words;
    this.stopShare = stopShare;
    this.titleShare = titleShare;
    this.chars = chars;
    this.hashes = hashes;
    this.start = start;
    this.reader = reader;
    this.packed =
      (terminal ? TERMINAL : 0) |
      (truncated ? TRUNCATED : 0) |
      (foldFree ? FOLD_FREE : 0) |
      (multiLine ? MULTI_LINE : 0) |
      (count << COUNT_SHIFT) |
      (chrome << CHROME_SHIFT);
  }

  get terminal(): boolean {
    return (this.packed & TERMINAL) !== 0;
  }

  get truncated(): boolean {
    return (this.packed & TRUNCATED) !== 0;
  }

  get foldFree(): boolean {
    return (this.packed & FOLD_FREE) !== 0;
  }

  get multiLine(): boolean {
    return (this.packed & MULTI_LINE) !== 0;
  }

  get count(): number {
    return (this.packed >> COUNT_SHIFT) & SIX_BITS;
  }

  get chrome(): number {
    return (this.packed >> CHROME_SHIFT) & SIX_BITS;
  }
}

/** `featuresPlain(text)` of text.ts, as a CompactFeatures, read in one pass (`scanText`). */
export function features(text: string): TextFeatures {
  const whole = text.length <= SAMPLE_CHARS;
  const sample = whole ? text : text.slice(0, SAMPLE_CHARS);
  const shareWords = scanText(sample, whole);
  const words = SCAN[0]!;
  const stop = SCAN[1]!;
  const content = SCAN[2]!;
  const upper = SCAN[3]!;
  const hashes = keepHashes(SHARE_BUFFER, shareWords);
  return new CompactFeatures(
    // The pass counted the words of a text it read whole, unless a character the two counts read otherwise.
    SCAN[4]! >= 0 ? SCAN[4]! : countWordsFast(text),
    words === 0 ? 0 : stop / words,
    content === 0 ? 0 : upper / content,
    endsWithTerminal(text),
    endsWithEllipsis(text),
    text.length,
    SCAN[5] === 0,
    // The pass saw every line break of a text it read whole.
    whole ? SCAN[6] === 1 : text.includes('\n'),
    hashes,
    sharesEnd() - shareWords,
    shareWords,
    SCAN[7]!,
    SCAN[8]!,
  );
}

/** Bits of `lastShape`: the key of the line holds a digit (what `verdictForLine`'s test reads: /\d/ on the key). */
export const SHAPE_DIGIT = 1;
/** The line is at most 300 characters and holds a breadcrumb or link-row separator (> › » / → \ : | • ·). */
export const SHAPE_SEPARATOR = 2;
/** The text's first 1,000 characters hold code symbols at classify.ts's `looksLikeCode` rate. */
export const SHAPE_CODE = 4;

let shape = 0;

/**
 * What the pass of the last `features` call saw of its text (SHAPE_ bits), taken as a line: the digit and
 * separator tests of `verdictForLine` (for a one-line block) and the code test of `classify`, without another
 * walk or regex. Read right after `features`: the next call overwrites it.
 */
export function lastShape(): number {
  return shape;
}

/**
 * What `scanText` counted: words, stop words, content words, capitalised ones (text.ts's COUNTS), the word
 * count of words.ts (-1: not read), 1 when a character the key folds may be there, 1 for a line break, chrome
 * words, reader words.
 */
const SCAN = new Int32Array(9);
const SHARE_BUFFER = new Int32Array(SHARE_WORDS);

/** One probe for a word's hash: an ASCII stop word's (FLAG_STOP), a reader word's, a chrome word's (bits). */
const FLAG_STOP = 1;
const FLAG_READER = 2;
const FLAG_CHROME = 4;
const FLAG_BITS = 13;
const FLAG_MASK = (1 << FLAG_BITS) - 1;
const FLAG_KEYS = new Int32Array(1 << FLAG_BITS);
/** Per slot: the flags of its hash (0: a free slot; every hash filed has a flag). */
const FLAG_VALUES = new Uint8Array(1 << FLAG_BITS);
function file(hashes: readonly number[], flag: number): void {
  for (const h of hashes) {
    let slot = h & FLAG_MASK;
    while (FLAG_VALUES[slot] !== 0 && FLAG_KEYS[slot] !== h) slot = (slot + 1) & FLAG_MASK;
    FLAG_KEYS[slot] = h;
    FLAG_VALUES[slot]! |= flag;
  }
}
file(ASCII_STOP_HASHES, FLAG_STOP);
file(READER_WORD_HASHES, FLAG_READER);
file(CHROME_WORD_HASHES, FLAG_CHROME);
if (ASCII_STOP_HASHES.length + READER_WORD_HASHES.length + CHROME_WORD_HASHES.length > FLAG_MASK / 2)
  throw new Error('the word flags table is over half full: raise FLAG_BITS');

/** The flags of a word's hash (0: none of the three sets holds it). */
function flagsOf(h: number): number {
  let slot = h & FLAG_MASK;
  while (true) {
    const flags = FLAG_VALUES[slot]!;
    if (flags === 0 || FLAG_KEYS[slot] === h) return flags;
    slot = (slot + 1) & FLAG_MASK;
  }
}

/** text.ts's CLASS with the ASCII digits as a class of their own (4, a word character too). */
const CLASS_DIGIT = CLASS.slice();
CLASS_DIGIT.fill(4, 48, 58);

/**
 * Per code unit, what a character of CLASS 0 (neither space nor word) is: 1 a character the key folds, 2 kana or
 * CJK, 4 a separator (SHAPE_SEPARATOR's), 8 a code symbol ({ } ; = < > [ ] ( ) & | $ \\, classify.ts's).
 */
const SYMBOL = new Uint8Array(65536);
// From the tables, not by a loop over every code unit (a cold start pays for every step of module set-up).
SYMBOL.set(FOLDED_CHAR);
for (const [from, to] of CJK_RANGES) for (let c = from; c <= to; c++) SYMBOL[c]! |= 2;
for (const ch of '>›»/→\\:|•·') SYMBOL[ch.charCodeAt(0)]! |= 4;
for (const ch of '{};=<>[]()&|$\\') SYMBOL[ch.charCodeAt(0)]! |= 8;

/**
 * Per code unit: does CLASS read it as words.ts's count does (space there when JS white space, a word character
 * when a letter or digit other than kana and CJK)? 0 not known yet, 1 yes, 2 no. ASCII is set up front (no:
 * vertical tab, form feed, carriage return, white space that CLASS reads as a symbol), the surrogates and Thai,
 * Lao, Myanmar and Khmer too (no: a pair may be a letter; those scripts count by the fifth of a word); the rest on
 * first sight.
 */
const AGREES = new Uint8Array(65536);
for (let c = 0; c < 128; c++) AGREES[c] = c >= 11 && c <= 13 ? 2 : 1;
AGREES.fill(2, 0xd800, 0xe000);
// Thai, Lao, Myanmar, Khmer: words.ts counts them by the fifth of a word, which CLASS's word runs do not.
for (const [from, to] of SEA_RANGES) AGREES.fill(2, from, to + 1);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function agreement(c: number): number {
  const space = isJsSpace(c);
  const word = CJK[c] === 0 && !space && LETTER_OR_DIGIT.test(String.fromCharCode(c));
  const k = CLASS[c]!;
  AGREES[c] = space === (k === 1) && word === k >= 2 ? 1 : 2;
  return AGREES[c]!;
}

/**
 * text.ts's `countTokens` (the same counts and word-share hashes, in SCAN and SHARE_BUFFER), and in the same
 * pass: the word count of words.ts when `whole` (SCAN[4]; -1 when not read whole or when some character is one
 * the two read otherwise: then words-fast.ts counts), and the shape (`lastShape`). A word's three look-ups are
 * one probe (`flagsOf`).
 */
function scanText(text: string, whole: boolean): number {
  let shareWords = 0;
  let chrome = 0;
  let reader = 0;
  let words = 0;
  let stop = 0;
  let content = 0;
  let upper = 0;
  let i = 0;
  const n = text.length;
  let afterSpace = true;
  let fold = 0;
  let lineBreak = 0;
  let cjk = 0;
  // words.ts's count: white-space-separated tokens with a word character (CLASS's word runs, when it agrees).
  let spaced = 0;
  let inToken = false;
  let disagree = 0;
  let digit = 0;
  // Bits of SYMBOL seen, and the code symbols counted.
  let symbols = 0;
  let codeSymbols = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let k = CLASS_DIGIT[c]!;
    if (k < 2) {
      if (k === 1) {
        if (c !== 32 || afterSpace) {
          fold = 1;
          if (c === 10) lineBreak = 1;
        }
        afterSpace = true;
        inToken = false;
      } else {
        const bits = SYMBOL[c]!;
        symbols |= bits;
        cjk += (bits >> 1) & 1;
        codeSymbols += bits >> 3;
        afterSpace = false;
        if (AGREES[c] !== 1 && (AGREES[c] === 2 || agreement(c) === 2)) disagree = 1;
      }
      i++;
      continue;
    }
    afterSpace = false;
    if (!inToken) {
      spaced++;
      inToken = true;
    }
    const start = i;
    let h = FNV_OFFSET;
    let ascii = true;
    let joined = false;
    while (true) {
      if (k === 3) c |= 0x20;
      else if (k === 4) {
        if (i < KEY_CHARS) digit = 1;
      } else if (k < 2) {
        // An apostrophe inside a word ("don't", "it’s") joins it, once.
        if ((c !== 39 && c !== 0x2019) || joined || i + 1 >= n || CLASS[text.charCodeAt(i + 1)]! < 2) break;
        joined = true;
        if (c === 0x2019) fold = 1;
      }
      if (c >= 128) {
        ascii = false;
        if (AGREES[c] !== 1 && (AGREES[c] === 2 || agreement(c) === 2)) disagree = 1;
      }
      h = Math.imul(h ^ c, 0x01000193);
      if (++i >= n) break;
      c = text.charCodeAt(i);
      k = CLASS_DIGIT[c]!;
    }
    words++;
    const first = text.charCodeAt(start);
    h |= 0;
    const flags = flagsOf(h);
    let kind: number;
    if (ascii) {
      // An ASCII word starts with a letter or a digit; a number is neither a stop word nor a content word.
      if (i - start <= 8 && (flags & FLAG_STOP) !== 0) kind = STOP;
      else if (first >= 65 && first <= 90) kind = CONTENT | UPPER_CASE;
      else kind = first >= 97 ? CONTENT : 0;
    } else {
      fold = 1;
      kind = otherWord(text, start, i, first);
    }
    stop += kind & STOP;
    content += (kind & CONTENT) >> 1;
    upper += (kind & UPPER_CASE) >> 2;
    if (kind === STOP) {
      if ((flags & FLAG_READER) !== 0) reader++;
    } else if (kind !== 0 && i - start >= 3 && shareWords < SHARE_WORDS) {
      SHARE_BUFFER[shareWords++] = h;
      if ((flags & FLAG_CHROME) !== 0) chrome++;
    }
  }
  shape =
    digit |
    ((symbols & 4) !== 0 && n <= 300 ? SHAPE_SEPARATOR : 0) |
    (codeSymbols >= SETTINGS.codeSymbolShare * n ? SHAPE_CODE : 0);
  SCAN[0] = words + cjkWords(cjk);
  SCAN[1] = stop;
  SCAN[2] = content;
  SCAN[3] = upper;
  SCAN[4] = whole && disagree === 0 ? spaced + cjkWords(cjk) : -1;
  SCAN[5] = fold | (symbols & 1);
  SCAN[6] = lineBreak;
  SCAN[7] = chrome;
  SCAN[8] = reader;
  return shareWords;
}
