/**
 * body-words.ts's `wordsUsed` in one pass over the text's character codes, without a string per word: a word is
 * cut out and looked up only when its length is one of the wanted words' lengths (tests/unit/metadata-body-words
 * .test.ts proves them equal with fast-check). The regular expression built every word of the body as a string
 * (~0.5 ms on a DEV page); the author features ask for a few dozen words.
 */

const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
/** Per BMP code unit above ASCII: 0 not yet known, 1 letter, 2 mark, 3 neither. */
const KIND = new Uint8Array(0x10000);

function kindOf(code: number): number {
  let kind = KIND[code]!;
  if (kind === 0) {
    const char = String.fromCharCode(code);
    kind = LETTER.test(char) ? 1 : MARK.test(char) ? 2 : 3;
    KIND[code] = kind;
  }
  return kind;
}

/** A pair of surrogates: the code point's kind plus this (its width is two code units). */
const PAIR = 4;

/** The kind (1 letter, 2 mark, 3 neither) of the code point at i, plus PAIR when it takes two code units. */
function pointAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) {
    const lower = code | 0x20;
    return lower >= 0x61 && lower <= 0x7a ? 1 : 3;
  }
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      const char = text.slice(i, i + 2);
      return PAIR + (LETTER.test(char) ? 1 : MARK.test(char) ? 2 : 3);
    }
  }
  return kindOf(code);
}

/** The words of `wanted` that are words of `text`, as written (case-sensitive). */
export function wordsUsedFast(wanted: ReadonlySet<string>, text: string): Set<string> {
  const found = new Set<string>();
  if (wanted.size === 0) return found;
  // A word is cut out only when its length and its first code unit are those of a wanted word: two table reads
  // per word, where a Set look-up of the length cut out and hashed most of the body's words (names' words are
  // of the lengths most words have).
  const lengths = new Uint8Array(MAX_LENGTH + 1);
  let long = false;
  for (const word of wanted) {
    if (word.length > MAX_LENGTH) long = true;
    else lengths[word.length] = 1;
    FIRST[word.charCodeAt(0)] = 1;
  }
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    // ASCII outside letters: no word starts here (the common case, checked without a call).
    if (code < 0x80 && ((code | 0x20) < 0x61 || (code | 0x20) > 0x7a)) {
      i++;
      continue;
    }
    const start = pointAt(text, i);
    if ((start & 3) !== 1) {
      i += start & PAIR ? 2 : 1;
      continue;
    }
    const from = i;
    i += start & PAIR ? 2 : 1;
    while (i < n) {
      const next = text.charCodeAt(i);
      // Apostrophes, hyphens and ASCII letters continue a word (the first two never start one).
      if (
        next === 0x27 ||
        next === 0x2d ||
        next === 0x2019 ||
        (next < 0x80 && (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a)
      ) {
        i++;
        continue;
      }
      const point = pointAt(text, i);
      if ((point & 3) === 3) break;
      i += point & PAIR ? 2 : 1;
    }
    const length = i - from;
    if (FIRST[code] === 1 && (length > MAX_LENGTH ? long : lengths[length] === 1)) {
      const word = text.slice(from, i);
      if (wanted.has(word)) {
        found.add(word);
        if (found.size === wanted.size) break;
      }
    }
  }
  for (const word of wanted) FIRST[word.charCodeAt(0)] = 0;
  return found;
}

/** Wanted words' lengths up to this are kept in a table; a longer one is looked up at every longer word. */
const MAX_LENGTH = 63;
/** Per code unit: 1 while a wanted word starts with it (set and cleared by each call). */
const FIRST = new Uint8Array(0x10000);
