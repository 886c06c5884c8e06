/**
 * The runs of letters and digits of a text, as `text.match(/[\p{L}\p{N}]+/gu)` finds them, without the
 * regex or its strings: start and end offsets, for the hashes that read words in place (metadata/hashes-fast.ts,
 * minhash-fast.ts). tests/unit/word-runs.test.ts proves the runs equal to the regex's with fast-check.
 */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Per BMP code unit: 0 not yet seen, 1 a letter or digit, 2 not, 3 a high surrogate (a pair is tested whole).
 * ASCII and the high surrogates are filled here, the rest on first sight by the regex.
 */
const BMP = new Uint8Array(65536);
for (let c = 0; c < 128; c++)
  BMP[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
const HIGH_SURROGATE = 3;
BMP.fill(HIGH_SURROGATE, 0xd800, 0xdc00);

/** `unitAt` flags: the code point is a letter or digit; it is a surrogate pair (two code units). */
const WORD = 1;
const PAIR = 2;

/**
 * What the code point at `i` is (WORD, and PAIR when it takes two code units): one table read for every code
 * unit but a high surrogate, ASCII included; a lone surrogate is no word character.
 */
function unitAt(text: string, i: number, n: number): number {
  const c = text.charCodeAt(i);
  let k = BMP[c]!;
  if (k === 0) {
    k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    BMP[c] = k;
  }
  if (k !== HIGH_SURROGATE) return k === 1 ? WORD : 0;
  const low = i + 1 < n ? text.charCodeAt(i + 1) : 0;
  if (low < 0xdc00 || low > 0xdfff) return 0;
  return WORD_CHAR.test(String.fromCharCode(c, low)) ? WORD | PAIR : PAIR;
}

/** Offsets of the runs: run i is text.slice(runs[2i], runs[2i + 1]); `count` runs. */
export interface WordRuns {
  offsets: Int32Array;
  count: number;
}

/**
 * Texts this long are scanned twice, counting the runs first, so that their offsets are made at their size: a
 * table doubled as it fills ends up to twice too large with its earlier copies behind it (10 MB of one-word
 * blocks: 1.16 million runs, 16 MiB of offsets and 16 MiB of discarded copies where 9 MiB are needed, at the
 * moment the core's memory peaks).
 */
const COUNT_FIRST_CHARS = 1 << 18;

export function wordRuns(text: string): WordRuns {
  const n = text.length;
  // Below COUNT_FIRST_CHARS, room for a word in every 4 characters (prose has one in 6 or 7: no doubling).
  let offsets: Int32Array = new Int32Array(
    n < COUNT_FIRST_CHARS ? Math.max(64, n >> 1) : Math.max(2, 2 * countRuns(text)),
  );
  let count = 0;
  let start = -1;
  for (let i = 0; i < n; i++) {
    const unit = unitAt(text, i, n);
    if ((unit & WORD) !== 0) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (2 * count + 2 > offsets.length) offsets = grow(offsets);
      offsets[2 * count] = start;
      offsets[2 * count + 1] = i;
      count++;
      start = -1;
    }
    if ((unit & PAIR) !== 0) i++;
  }
  if (start >= 0) {
    if (2 * count + 2 > offsets.length) offsets = grow(offsets);
    offsets[2 * count] = start;
    offsets[2 * count + 1] = n;
    count++;
  }
  return { offsets, count };
}

/** How many runs `wordRuns(text)` finds (the same scan, nothing written). */
function countRuns(text: string): number {
  const n = text.length;
  let count = 0;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const unit = unitAt(text, i, n);
    const word = (unit & WORD) !== 0;
    if ((unit & PAIR) !== 0) i++;
    if (word && !inWord) count++;
    inWord = word;
  }
  return count;
}

function grow(offsets: Int32Array): Int32Array {
  const bigger = new Int32Array(offsets.length * 2);
  bigger.set(offsets);
  return bigger;
}

/** A body lower-cased and its word runs (the text the runs' offsets point into). */
export interface LowerWordRuns extends WordRuns {
  text: string;
}

/**
 * `wordRuns(body.toLowerCase())` with the lower-cased text. The record's simhash (metadata/hashes-fast.ts) and
 * MinHash (minhash-fast.ts) read the same body's lower-cased words: pipeline.ts makes them once and hands them to
 * both (lower-casing and scanning the body twice was ~1.5 % of the whole core on the slowest DEV pages).
 */
export function lowerWordRuns(body: string): LowerWordRuns {
  const text = body.toLowerCase();
  const { offsets, count } = wordRuns(text);
  return { text, offsets, count };
}
