/**
 * The word count of words.ts as a char loop, for hot paths (the cleaner counts the words of every line and
 * block): no split array, no regex per token. A character's class (white space, letter or digit, kana or CJK
 * ideograph, a high surrogate, or none of these) is looked up in one table, filled on first sight of each code
 * unit by the same regex words.ts uses; tests/unit/words.test.ts proves them equal on arbitrary text with
 * fast-check.
 */

import { JS_SPACE_RANGES } from './whitespace.ts';
import { SEA_RANGES, SEA_UNITS_PER_WORD } from './words.ts';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Classes of `BMP`: not yet seen, a letter or digit, neither, kana or a CJK ideograph, white space, a high surrogate,
 * a character of Thai, Lao, Myanmar or Khmer.
 */
const UNSEEN = 0;
const WORD = 1;
const OTHER = 2;
const CJK = 3;
const SPACE = 4;
const HIGH_SURROGATE = 5;
const SEA = 6;

/**
 * Per BMP code unit, its class. White space (JS `\s`, whitespace.ts's isJsSpace), ASCII, the CJK ranges
 * (words.ts's CJK_CHAR) and the high surrogates are set up front; the rest is filled lazily (no cold-start
 * cost). One table read per character: a test for space and then a class look-up per character made the count
 * ~2.5 times slower (98 -> 39 µs on an average DEV body of 12,800 characters).
 */
const BMP = new Uint8Array(65536);
for (let c = 0; c < 128; c++)
  BMP[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? WORD : OTHER;
for (const [from, to] of [
  [0x3040, 0x30ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
] as const)
  BMP.fill(CJK, from, to + 1);
for (const [from, to] of SEA_RANGES) BMP.fill(SEA, from, to + 1);
for (const [from, to] of JS_SPACE_RANGES) BMP.fill(SPACE, from, to + 1);
BMP.fill(HIGH_SURROGATE, 0xd800, 0xdc00);

/** The class of a code unit not seen before (a letter or digit, or neither), kept in the table. */
function classify(c: number): number {
  const k = WORD_CHAR.test(String.fromCharCode(c)) ? WORD : OTHER;
  BMP[c] = k;
  return k;
}

/**
 * `countWords` of words.ts, one pass over the UTF-16 units: `countWordsUpTo` with a cap no text reaches (a
 * text has at most one word, CJK pair or fifth of a Thai word per code unit, so its count is at most its length).
 */
export function countWordsFast(text: string): number {
  return countWordsUpTo(text, text.length + 1);
}

/**
 * `Math.min(countWordsFast(text), cap)`, reading only as far as it must: the count only grows along the text
 * (words and CJK characters are added, never taken away), so once the words seen so far — the one in progress
 * included — reach `cap`, the whole text's count does too. entities-fast.ts's `proseOfFast` asks "twelve words
 * or more?" of every paragraph of the body; a paragraph of prose answers within its first line.
 */
export function countWordsUpTo(text: string, cap: number): number {
  const n = text.length;
  let count = 0;
  let cjk = 0;
  // Whole words of Thai, Lao, Myanmar or Khmer so far (rounded up), and the code units past the last whole one.
  let seaWords = 0;
  let seaUnits = 0;
  let hasWord = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let k = BMP[c]!;
    if (k === UNSEEN) k = classify(c);
    if (k === WORD) hasWord = true;
    else if (k === SPACE) {
      if (hasWord) {
        count++;
        if (count + ((cjk + 1) >> 1) + seaWords >= cap) return cap;
      }
      hasWord = false;
    } else if (k === CJK) {
      cjk++;
      if (count + (hasWord ? 1 : 0) + ((cjk + 1) >> 1) + seaWords >= cap) return cap;
    } else if (k === SEA) {
      // The first unit of a word counts it (rounded up), the next four only fill it.
      if (seaUnits === 0) {
        seaWords++;
        if (count + (hasWord ? 1 : 0) + ((cjk + 1) >> 1) + seaWords >= cap) return cap;
      }
      seaUnits = seaUnits === SEA_UNITS_PER_WORD - 1 ? 0 : seaUnits + 1;
    } else if (k === HIGH_SURROGATE && i + 1 < n) {
      // A pair is one code point, a letter or digit or not; a lone surrogate is neither.
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (!hasWord) hasWord = WORD_CHAR.test(String.fromCharCode(c, low));
        i++;
      }
    }
  }
  if (hasWord) count++;
  return Math.min(cap, count + ((cjk + 1) >> 1) + seaWords);
}
