/**
 * keywords.ts's `extractKeywords` with a hand-written scanner instead of a Unicode regex match per word
 * (tests/unit/metadata-keywords.test.ts proves them equal with fast-check). The scan reads the same tokens as
 * `/[\p{L}][\p{L}\p{M}\p{N}\u200c'’-]*` + `/gu`: a letter, then letters, marks, digits, zero-width non-joiners,
 * apostrophes and hyphens, by code point;
 * each character's class is looked up in a table filled on first sight by the same regexes.
 */
import { isAsciiLetter } from '../ascii.ts';
import { FNV_PRIME, HASH_START, mixHash } from '../string-index-fast.ts';
import { elides, keywordStopWords } from './function-words.ts';
import { ELIDED, keywordSample, MAX_KEYWORDS, MIN_LETTERS } from './keywords.ts';

const LETTER = /\p{L}/u;
const WORD_PART = /[\p{L}\p{M}\p{N}\u200c]/u;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/** Per BMP code unit: 0 not yet seen, 1 a letter, 2 a mark or a digit (\p{M}, \p{N}), 3 an apostrophe or hyphen, 4 other. */
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
          : WORD_PART.test(char)
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
      return [LETTER.test(pair) ? 1 : WORD_PART.test(pair) ? 2 : 4, 2];
    }
  }
  return [classOf(c), 1];
}

export function extractKeywordsFast(whole: string, language: string | null = null): string[] {
  const body = keywordSample(whole);
  const elision = elides(language);
  // Sized for a word in every 16 characters (typical prose has one in 40): a long input's table rarely grows.
  const table = new WordTable(body, Math.max(64, body.length >> 4));
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
    let ascii = c < 128;
    let end = i + width;
    while (end < n) {
      const d = body.charCodeAt(end);
      if (d < 0xd800 || d > 0xdbff) {
        if (classOf(d) === 4) break;
        if (d >= 128) ascii = false;
        end++;
        continue;
      }
      const [k, w] = pointAt(body, end);
      if (k === 4) break;
      ascii = false;
      end += w;
    }
    position++;
    if (ascii) {
      // An ASCII word is counted where it stands: its lower case is its letters folded one by one (no string).
      const from = elision ? elidedStart(body, i, end) : i;
      const length = asciiWordLength(body, from, end);
      if (length >= MIN_LETTERS) table.countSpan(from, length, position);
    } else {
      let word = body.slice(i, end).toLowerCase();
      if (elision) word = ELIDED.exec(word)?.[1] ?? word;
      word = trimEnd(word);
      if (!shorterThan(word, MIN_LETTERS)) table.countString(word, position);
    }
    i = end;
  }
  return table.top(keywordStopWords(language));
}

/**
 * Where an ASCII word starts past an elided word (keywords.ts ELIDED: one to six letters, an apostrophe, then a
 * letter: "qu'il" → "il"); `start` when it has none.
 */
function elidedStart(body: string, start: number, end: number): number {
  let k = start;
  while (k < end && k - start < 7 && isAsciiLetter(body.charCodeAt(k))) k++;
  const letters = k - start;
  if (letters < 1 || letters > 6 || k + 1 >= end) return start;
  return body.charCodeAt(k) === APOSTROPHE && isAsciiLetter(body.charCodeAt(k + 1)) ? k + 1 : start;
}

/** The length of trimEnd(body[start, end) lower-cased) for an ASCII word: "'s" then "'" and "-" dropped. */
function asciiWordLength(body: string, start: number, end: number): number {
  if (
    end - start >= 2 &&
    (body.charCodeAt(end - 1) | 0x20) === 0x73 &&
    body.charCodeAt(end - 2) === APOSTROPHE
  )
    end -= 2;
  while (end > start) {
    const c = body.charCodeAt(end - 1);
    if (c !== APOSTROPHE && c !== HYPHEN) break;
    end--;
  }
  return end - start;
}

/** An ASCII letter in lower case (other code units unchanged). */
function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * The words of one body, numbered by first appearance in an int32 open-addressing table, with each one's count
 * and first position. An ASCII word is kept as its place in the body (start and length; its lower case is read
 * by folding), so counting makes no string: 10 MB of one-word blocks has a million distinct words, and a string
 * per word (a slice, then its lower case) cost ~0.5 s and the collector its share. Other words are kept as
 * their lower-cased string. Stop words are counted as any word is and left out when the top words are read (`top`):
 * entering a language's hundreds of stop words in the table cost every page, counting the few a body holds costs
 * nothing more than its other words.
 * A word's hash (string-index-fast.ts's FNV-1a over its lower-cased UTF-16 units) is the same whichever way it is kept, and so is the
 * comparison: a word is never counted under two numbers.
 */
class WordTable {
  private readonly body: string;
  private count = 0;
  /** Two int32s per slot: the number of its word + 1 (0: free), then the word's hash (compared first). */
  private slots: Int32Array;
  /** Slots - 1. */
  private mask: number;
  /** Per word: its start in the body (or -1 - its index in `strings`), its length, count, first position. */
  private starts: Int32Array;
  private lengths: Int32Array;
  private counts: Int32Array;
  private firsts: Int32Array;
  private readonly strings: string[] = [];

  constructor(body: string, expected: number) {
    this.body = body;
    const capacity = expected;
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    this.starts = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
    this.counts = new Int32Array(capacity);
    this.firsts = new Int32Array(capacity);
  }

  /** One occurrence, at `position`, of the ASCII word body[start, start + length) lower-cased. */
  countSpan(start: number, length: number, position: number): void {
    const body = this.body;
    let h = HASH_START;
    for (let k = start; k < start + length; k++) h = Math.imul(h ^ fold(body.charCodeAt(k)), FNV_PRIME);
    h = mixHash(h);
    const { slots, mask, starts, lengths } = this;
    let slot = (h & mask) << 1;
    for (; ; slot = (slot + 2) & (2 * mask + 1)) {
      const entry = slots[slot]! - 1;
      if (entry < 0) break;
      if (slots[slot + 1] !== h || lengths[entry] !== length) continue;
      const at = starts[entry]!;
      if (at >= 0 ? this.spansEqual(at, start, length) : this.spanEquals(start, this.strings[-1 - at]!)) {
        this.counts[entry]!++;
        return;
      }
    }
    this.enter(slot, h, start, length, position);
  }

  /** One occurrence, at `position`, of `word` (lower-cased already). */
  countString(word: string, position: number): void {
    let h = HASH_START;
    for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), FNV_PRIME);
    h = mixHash(h);
    const { slots, mask, starts, lengths } = this;
    const length = word.length;
    let slot = (h & mask) << 1;
    for (; ; slot = (slot + 2) & (2 * mask + 1)) {
      const entry = slots[slot]! - 1;
      if (entry < 0) break;
      if (slots[slot + 1] !== h || lengths[entry] !== length) continue;
      const at = starts[entry]!;
      if (at >= 0 ? this.spanEquals(at, word) : this.strings[-1 - at] === word) {
        this.counts[entry]!++;
        return;
      }
    }
    this.strings.push(word);
    this.enter(slot, h, -this.strings.length, length, position);
  }

  /**
   * The words seen twice or more but `stopWords`, most frequent first, ties by first appearance (keywords.ts
   * `topKeywords`, which never counts a stop word: the other words' counts and first places are the same).
   */
  top(stopWords: ReadonlySet<string>): string[] {
    const { counts, firsts } = this;
    const repeated: number[] = [];
    for (let k = 0; k < this.count; k++) if (counts[k]! >= 2) repeated.push(k);
    repeated.sort((a, b) => counts[b]! - counts[a]! || firsts[a]! - firsts[b]!);
    const top: string[] = [];
    for (let r = 0; r < repeated.length && top.length < MAX_KEYWORDS; r++) {
      const word = this.word(repeated[r]!);
      if (!stopWords.has(word)) top.push(word);
    }
    return top;
  }

  private word(k: number): string {
    const at = this.starts[k]!;
    return at >= 0 ? this.body.slice(at, at + this.lengths[k]!).toLowerCase() : this.strings[-1 - at]!;
  }

  /** Two ASCII words of the body, folded, are equal. */
  private spansEqual(a: number, b: number, length: number): boolean {
    const body = this.body;
    for (let k = 0; k < length; k++)
      if (fold(body.charCodeAt(a + k)) !== fold(body.charCodeAt(b + k))) return false;
    return true;
  }

  /** The ASCII word of the body at `start`, folded, equals `word` (of its length). */
  private spanEquals(start: number, word: string): boolean {
    const body = this.body;
    for (let k = 0; k < word.length; k++)
      if (fold(body.charCodeAt(start + k)) !== word.charCodeAt(k)) return false;
    return true;
  }

  private enter(slot: number, h: number, start: number, length: number, position: number): void {
    const number = this.count++;
    if (number === this.starts.length) {
      this.starts = grown(this.starts);
      this.lengths = grown(this.lengths);
      this.counts = grown(this.counts);
      this.firsts = grown(this.firsts);
    }
    this.starts[number] = start;
    this.lengths[number] = length;
    this.counts[number] = 1;
    this.firsts[number] = position;
    this.slots[slot] = number + 1;
    this.slots[slot + 1] = h;
    if (4 * this.count > this.slots.length) this.grow();
  }

  /** Twice the slots, every word placed again by its kept hash. */
  private grow(): void {
    const old = this.slots;
    const size = old.length;
    const slots = new Int32Array(2 * size);
    const mask = size - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k] === 0) continue;
      const h = old[k + 1]!;
      let slot = (h & mask) << 1;
      while (slots[slot] !== 0) slot = (slot + 2) & (2 * mask + 1);
      slots[slot] = old[k]!;
      slots[slot + 1] = h;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

function grown(values: Int32Array): Int32Array {
  const next = new Int32Array(2 * values.length);
  next.set(values);
  return next;
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
