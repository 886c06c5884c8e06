/**
 * The word count of words.ts as a char loop, for hot paths (the cleaner counts the words of every line and
 * block): no split array, no regex per token. A character's class (letter or digit, kana or CJK ideograph, or
 * neither) is looked up in a table filled on first sight of each code unit by the same regex words.ts uses;
 * tests/unit/words.test.ts proves them equal on arbitrary text with fast-check.
 */
import { isJsSpace } from './whitespace.ts';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Per BMP code unit: 0 not yet seen, 1 a letter or digit, 2 not, 3 kana or a CJK ideograph (half a word, never
 * part of a word). Filled lazily (no cold-start cost), the CJK ranges up front (words.ts's CJK_CHAR).
 */
const BMP = new Uint8Array(65536);
for (let c = 0; c < 128; c++)
  BMP[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
for (const [from, to] of [
  [0x3040, 0x30ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
] as const)
  BMP.fill(3, from, to + 1);

function bmpClass(c: number): number {
  let k = BMP[c]!;
  if (k === 0) {
    k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    BMP[c] = k;
  }
  return k;
}

/** Letters and digits outside the BMP (rare: tested each time). */
function astralWordChar(high: number, low: number): boolean {
  return WORD_CHAR.test(String.fromCharCode(high, low));
}

/**
 * `countWords` of words.ts, one pass over the UTF-16 units: `countWordsUpTo` with a cap no text reaches (a
 * text has at most one word or CJK pair per code unit, so its count is at most its length).
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
  let hasWord = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isJsSpace(c)) {
      if (hasWord) {
        count++;
        if (count + ((cjk + 1) >> 1) >= cap) return cap;
      }
      hasWord = false;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (!hasWord) hasWord = astralWordChar(c, low);
        i++;
        continue;
      }
    }
    const k = bmpClass(c);
    if (k === 3) {
      cjk++;
      if (count + (hasWord ? 1 : 0) + ((cjk + 1) >> 1) >= cap) return cap;
    } else if (k === 1) hasWord = true;
  }
  if (hasWord) count++;
  return Math.min(cap, count + ((cjk + 1) >> 1));
}
