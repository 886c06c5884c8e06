/**
 * The word count of words.ts as a char loop, for hot paths (the cleaner counts the words of every line and
 * block): no split array, no regex per token. A character's class (letter or digit, or not) is looked up in a
 * table filled on first sight of each code unit by the same regex words.ts uses, so the two cannot disagree;
 * tests/unit/words.test.ts proves them equal on arbitrary text with fast-check.
 */
import { isJsSpace } from './whitespace.ts';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Per BMP code unit: 0 not yet seen, 1 a letter or digit, 2 not. Filled lazily (no cold-start cost). */
const BMP = new Uint8Array(65536);
for (let c = 0; c < 128; c++)
  BMP[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

function bmpWordChar(c: number): boolean {
  let k = BMP[c]!;
  if (k === 0) {
    k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    BMP[c] = k;
  }
  return k === 1;
}

/** Letters and digits outside the BMP (rare: tested each time). */
function astralWordChar(high: number, low: number): boolean {
  return WORD_CHAR.test(String.fromCharCode(high, low));
}

/** `countWords` of words.ts, one pass over the UTF-16 units. */
export function countWordsFast(text: string): number {
  const n = text.length;
  let count = 0;
  let hasWord = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isJsSpace(c)) {
      if (hasWord) count++;
      hasWord = false;
      continue;
    }
    if (hasWord) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        hasWord = astralWordChar(c, low);
        i++;
        continue;
      }
    }
    hasWord = bmpWordChar(c);
  }
  if (hasWord) count++;
  return count;
}
