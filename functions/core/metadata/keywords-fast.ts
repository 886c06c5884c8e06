/**
 * keywords.ts's `extractKeywords` with a hand-written scanner instead of a Unicode regex match per word
 * (tests/unit/metadata-keywords.test.ts proves them equal with fast-check). The scan reads the same tokens as
 * `/[\p{L}][\p{L}\p{N}'’-]*` + `/gu`: a letter, then letters, digits, apostrophes and hyphens, by code point;
 * each character's class is looked up in a table filled on first sight by the same regexes.
 */
import { StringIndexFast } from '../string-index-fast.ts';
import { MAX_KEYWORDS, MIN_LETTERS, STOP_WORDS } from './keywords.ts';

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/** Per BMP code unit: 0 not yet seen, 1 a letter, 2 a digit (\p{N}), 3 an apostrophe or hyphen, 4 other. */
const BMP = new Uint8Array(65536);

function classOf(c: number): number {
  let k = BMP[c]!;
  if (k === 0) {
    const char = String.fromCharCode(c);
    k =
      c === APOSTROPHE || c === RIGHT_QUOTE || c === HYPHEN
        ? 3
        : LETTER.test(char)
          ? 1
          : LETTER_OR_DIGIT.test(char)
            ? 2
            : 4;
    BMP[c] = k;
  }
  return k;
}

/** The class of the code point at `i` (a surrogate pair tested whole) and its length in code units. */
function pointAt(text: string, i: number): [number, number] {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const pair = String.fromCharCode(c, low);
      return [LETTER.test(pair) ? 1 : LETTER_OR_DIGIT.test(pair) ? 2 : 4, 2];
    }
  }
  return [classOf(c), 1];
}

export function extractKeywordsFast(body: string): string[] {
  // Words numbered by first appearance (string-index-fast.ts), each one's count and first position in typed
  // arrays: a Map entry and an object per distinct word cost ~2.5 µs each on a million distinct words.
  // Sized for a word in every 16 characters (typical prose has one in 40): a long input's table rarely grows.
  const expected = Math.max(64, body.length >> 4);
  const words = new StringIndexFast(expected);
  let counts: Int32Array = new Int32Array(expected);
  let firsts: Int32Array = new Int32Array(expected);
  let position = 0;
  const n = body.length;
  let i = 0;
  while (i < n) {
    // A code unit outside the surrogates is its own code point: its class straight from the table, no pair.
    const c = body.charCodeAt(i);
    let start: number;
    let width = 1;
    if (c < 0xd800 || c > 0xdbff) start = classOf(c);
    else [start, width] = pointAt(body, i);
    if (start !== 1) {
      i += width;
      continue;
    }
    let end = i + width;
    while (end < n) {
      const d = body.charCodeAt(end);
      if (d < 0xd800 || d > 0xdbff) {
        if (classOf(d) === 4) break;
        end++;
        continue;
      }
      const [k, w] = pointAt(body, end);
      if (k === 4) break;
      end += w;
    }
    const word = trimEnd(body.slice(i, end).toLowerCase());
    i = end;
    position++;
    if (shorterThan(word, MIN_LETTERS) || STOP_WORDS.has(word)) continue;
    const number = words.add(word);
    if (number === counts.length) {
      counts = grown(counts);
      firsts = grown(firsts);
    }
    if (counts[number]!++ === 0) firsts[number] = position;
  }
  return top(words.strings, counts, firsts);
}

function grown(values: Int32Array): Int32Array {
  const next = new Int32Array(2 * values.length);
  next.set(values);
  return next;
}

/** keywords.ts's `topKeywords`: the words seen twice or more, most frequent first, ties by first appearance. */
function top(words: readonly string[], counts: Int32Array, firsts: Int32Array): string[] {
  const repeated: number[] = [];
  for (let k = 0; k < words.length; k++) if (counts[k]! >= 2) repeated.push(k);
  return repeated
    .sort((a, b) => counts[b]! - counts[a]! || firsts[a]! - firsts[b]!)
    .slice(0, MAX_KEYWORDS)
    .map((k) => words[k]!);
}

/** `.replace(/['’]s$/u, '').replace(/['’-]+$/u, '')`. */
function trimEnd(word: string): string {
  let end = word.length;
  if (end >= 2 && word.charCodeAt(end - 1) === 0x73) {
    const before = word.charCodeAt(end - 2);
    if (before === APOSTROPHE || before === RIGHT_QUOTE) end -= 2;
  }
  while (end > 0) {
    const c = word.charCodeAt(end - 1);
    if (c !== APOSTROPHE && c !== RIGHT_QUOTE && c !== HYPHEN) break;
    end--;
  }
  return end === word.length ? word : word.slice(0, end);
}

/** `[...word].length < min`, without the array. */
function shorterThan(word: string, min: number): boolean {
  if (word.length < min) return true;
  if (word.length >= 2 * min) return false;
  let points = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < word.length) {
      const low = word.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
    points++;
  }
  return points < min;
}
