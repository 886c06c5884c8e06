/**
 * keywords.ts's `extractKeywords` with a hand-written scanner instead of a Unicode regex match per word
 * (tests/unit/metadata-keywords.test.ts proves them equal with fast-check). The scan reads the same tokens as
 * `/[\p{L}][\p{L}\p{N}'’-]*` + `/gu`: a letter, then letters, digits, apostrophes and hyphens, by code point;
 * each character's class is looked up in a table filled on first sight by the same regexes. Words made of ASCII
 * units are counted by their characters in place (an open-addressing table of slices of the body, compared
 * lower-cased), so a string is made only for a word seen twice; other words are lower-cased strings in a Map.
 */
import { countKeyword, type KeywordCounts, MIN_LETTERS, STOP_WORDS, topKeywords } from './keywords.ts';

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
  // Words of ASCII letters, digits, apostrophes and hyphens (nearly all of an English body) are counted in
  // ASCII_COUNTS by their lower-cased characters in place: no slice, no lower-cased copy, no string hashed;
  // a string is made only for the words seen twice. Other words go the string way, into `counts`.
  const counts: KeywordCounts = new Map();
  ASCII_COUNTS.reset();
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
    let ascii = c < 128;
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
    if (ascii) countAsciiWord(body, i, end, position);
    else {
      const word = trimEnd(body.slice(i, end).toLowerCase());
      if (!shorterThan(word, MIN_LETTERS) && !STOP_WORDS.has(word)) {
        if (isAscii(word)) ASCII_COUNTS.countString(word, position);
        else countKeyword(counts, word, position);
      }
    }
    i = end;
  }
  ASCII_COUNTS.addRepeated(counts);
  return topKeywords(counts);
}

/**
 * One ASCII word body[start, end): trimmed as `trimEnd` trims its lower-cased copy ("'s", then apostrophes and
 * hyphens, at the end), then counted unless shorter than MIN_LETTERS or a stop word.
 */
function countAsciiWord(body: string, start: number, end: number, position: number): void {
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
  if (end - start < MIN_LETTERS) return;
  const h = asciiHash(body, start, end);
  if (ASCII_STOP.has(h, body, start, end)) return;
  ASCII_COUNTS.count(h, body, start, end, position);
}

/** FNV-1a over the lower-cased units of an ASCII slice. */
function asciiHash(text: string, start: number, end: number): number {
  let h = -2128831035;
  for (let k = start; k < end; k++) h = Math.imul(h ^ lowerAscii(text.charCodeAt(k)), 0x01000193);
  return h | 0;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c | 0x20 : c;
}

function isAscii(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) >= 128) return false;
  return true;
}

/**
 * Lower-cased ASCII words in an open-addressing table by hash: each entry a slice of a source text (the body, or
 * for a word that came the string way its own lower-cased string), with its count and first position.
 */
class AsciiTable {
  private hashes = new Int32Array(1024);
  private slots = new Int32Array(1024).fill(-1);
  private sources: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];
  private counts: number[] = [];
  private firsts: number[] = [];
  reset(): void {
    if (this.sources.length > 0) this.slots.fill(-1);
    this.sources.length = 0;
    this.starts.length = 0;
    this.ends.length = 0;
    this.counts.length = 0;
    this.firsts.length = 0;
  }

  /** The entry of the lower-cased text[start, end) with hash h, or -1; `slot` is where it is or would go. */
  private find(h: number, text: string, start: number, end: number): number {
    const mask = this.slots.length - 1;
    let slot = h & mask;
    while (true) {
      const entry = this.slots[slot]!;
      if (entry < 0) {
        this.free = slot;
        return -1;
      }
      if (this.hashes[slot] === h && this.same(entry, text, start, end)) return entry;
      slot = (slot + 1) & mask;
    }
  }

  private free = 0;

  private same(entry: number, text: string, start: number, end: number): boolean {
    const from = this.starts[entry]!;
    if (this.ends[entry]! - from !== end - start) return false;
    const source = this.sources[entry]!;
    for (let k = 0; k < end - start; k++)
      if (lowerAscii(source.charCodeAt(from + k)) !== lowerAscii(text.charCodeAt(start + k))) return false;
    return true;
  }

  has(h: number, text: string, start: number, end: number): boolean {
    return this.find(h, text, start, end) >= 0;
  }

  add(h: number, text: string, start: number, end: number, position: number): void {
    const entry = this.sources.length;
    this.sources.push(text);
    this.starts.push(start);
    this.ends.push(end);
    this.counts.push(1);
    this.firsts.push(position);
    this.hashes[this.free] = h;
    this.slots[this.free] = entry;
    if (2 * this.sources.length > this.slots.length) this.grow();
  }

  count(h: number, text: string, start: number, end: number, position: number): void {
    const entry = this.find(h, text, start, end);
    if (entry >= 0) this.counts[entry]!++;
    else this.add(h, text, start, end, position);
  }

  countString(word: string, position: number): void {
    this.count(asciiHash(word, 0, word.length), word, 0, word.length, position);
  }

  /** The words seen twice or more, into `counts` (topKeywords reads only those, in its own order). */
  addRepeated(counts: KeywordCounts): void {
    for (let entry = 0; entry < this.sources.length; entry++) {
      const count = this.counts[entry]!;
      if (count < 2) continue;
      const source = this.sources[entry]!;
      const word = source.slice(this.starts[entry], this.ends[entry]).toLowerCase();
      counts.set(word, { count, first: this.firsts[entry]! });
    }
    this.sources.length = 0;
    this.slots.fill(-1);
  }

  private grow(): void {
    const size = this.slots.length * 2;
    const hashes = new Int32Array(size);
    const slots = new Int32Array(size).fill(-1);
    for (let slot = 0; slot < this.slots.length; slot++) {
      const entry = this.slots[slot]!;
      if (entry < 0) continue;
      const h = this.hashes[slot]!;
      let to = h & (size - 1);
      while (slots[to]! >= 0) to = (to + 1) & (size - 1);
      hashes[to] = h;
      slots[to] = entry;
    }
    this.hashes = hashes;
    this.slots = slots;
  }
}

const ASCII_COUNTS = new AsciiTable();
/** The stop words that are ASCII (all of them; any other is caught by STOP_WORDS on the string way). */
const ASCII_STOP = new AsciiTable();
for (const word of STOP_WORDS) if (isAscii(word)) ASCII_STOP.countString(word, 0);

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
