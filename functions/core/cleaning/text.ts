/** Text features of a line or block: words, stop-word share, title-case share, terminal punctuation, key. */
import { KEY_CHARS } from '../rules.ts';
import { LANGUAGES } from '../vocabulary/index.ts';
import { countWordsFast } from '../words-fast.ts';

/** Function words of every language of the vocabulary (English first). Prose has many, menus and titles few. */
export const STOP_WORDS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((language) => language.stopWords));

/** FNV-1a offset basis as an int32 (0x811c9dc5 | 0): the hash stays a small integer, never a double. */
export const FNV_OFFSET = -2128831035;

/** FNV-1a over the lower-cased UTF-16 units of a short word, as an int32: stop-word lookups without strings. */
export function wordHash(word: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
  return h | 0;
}

/**
 * Hashes of the stop words that are pure lower-case ASCII (the fast path; others are looked up by string), in
 * an open-addressing table of int32s: no boxed numbers, no strings.
 */
const STOP_BITS = 12;
const STOP_TABLE = new Int32Array(1 << STOP_BITS);
const STOP_USED = new Uint8Array(1 << STOP_BITS);
/** The hashes of the stop words that are pure lower-case ASCII. */
export const ASCII_STOP_HASHES: readonly number[] = [...STOP_WORDS]
  .filter((word) => /^[a-z']+$/.test(word))
  .map(wordHash);
for (const h of ASCII_STOP_HASHES) {
  let slot = h & ((1 << STOP_BITS) - 1);
  while (STOP_USED[slot] === 1 && STOP_TABLE[slot] !== h) slot = (slot + 1) & ((1 << STOP_BITS) - 1);
  STOP_USED[slot] = 1;
  STOP_TABLE[slot] = h;
}

export function isStopHash(h: number): boolean {
  let slot = h & ((1 << STOP_BITS) - 1);
  while (STOP_USED[slot] === 1) {
    if (STOP_TABLE[slot] === h) return true;
    slot = (slot + 1) & ((1 << STOP_BITS) - 1);
  }
  return false;
}

/** A text's measures, and (WordShares) what the block model's word-share features read (model.ts). */
export interface TextFeatures extends WordShares {
  words: number;
  /** Share of words that are stop words. */
  stopShare: number;
  /** Share of non-stop words that start with an upper-case letter. */
  titleShare: number;
  /** Ends with sentence punctuation (closing quotes and brackets ignored). */
  terminal: boolean;
  /** Ends with an ellipsis ("…" or "..."): a truncated teaser, not a paragraph of the article. */
  truncated: boolean;
  /** Longest line of the block, in characters. */
  chars: number;
  /**
   * No character the key folds (a curly quote, white space other than a space, two spaces in a row) in the
   * measured text: `lineKeys` can skip its fold test. False means "maybe".
   */
  foldFree: boolean;
  /** The block has more than one line. */
  multiLine: boolean;
}

/** The block model's word shares of a text: read by the features pass (`countTokens`), no second scan. */
export interface WordShares {
  /**
   * Hashes of the first SHARE_WORDS content words (3+ characters, not stop words, not numbers), in order:
   * hashes[start … start + count - 1]. `hashes` is a chunk shared by many texts (a typed array of its own, or
   * a view of one, costs about 100 bytes per text; 10 MB of one-word blocks has a million texts).
   */
  hashes: Int32Array;
  start: number;
  count: number;
  /** Of those, the words of some chrome phrase of the vocabulary (menus, share, newsletter, cookie, …). */
  chrome: number;
  /** Stop words that address the reader ("you", "dein", "vous": each language's `readerWords`). */
  reader: number;
}

/** Content words per text whose hashes are kept for the word shares. */
export const SHARE_WORDS = 40;

/** A set of int32 hashes in an open-addressing table (no boxed numbers). */
class HashSet {
  private readonly table: Int32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;

  constructor(hashes: readonly number[]) {
    let size = 64;
    while (size < 2 * hashes.length) size *= 2;
    this.table = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.mask = size - 1;
    for (const h of hashes) {
      let slot = h & this.mask;
      while (this.used[slot] === 1 && this.table[slot] !== h) slot = (slot + 1) & this.mask;
      this.used[slot] = 1;
      this.table[slot] = h;
    }
  }

  has(h: number): boolean {
    let slot = h & this.mask;
    while (this.used[slot] === 1) {
      if (this.table[slot] === h) return true;
      slot = (slot + 1) & this.mask;
    }
    return false;
  }
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
/** Closing quotes and brackets (and spaces) after a sentence's end: " ” ’ ' ) ] » * and the space. */
function isTrailingCloser(c: number): boolean {
  return (
    c === 34 ||
    c === 0x201d ||
    c === 0x2019 ||
    c === 39 ||
    c === 41 ||
    c === 93 ||
    c === 0xbb ||
    c === 42 ||
    c === 32
  );
}

/**
 * Sentence punctuation: . ! ? … 。 ！ ？ : ; and the full stops of other scripts: the Devanagari and Bengali danda
 * । ॥, the Arabic question mark ؟ and the Urdu full stop ۔, Armenian ։, Ethiopic ።, Myanmar ။, Khmer ។ (a Hindi
 * paragraph ends with "।": it read as a line without an end, a teaser's shape).
 */
function isTerminal(c: number): boolean {
  return (
    c === 46 ||
    c === 33 ||
    c === 63 ||
    c === 0x2026 ||
    c === 0x3002 ||
    c === 0xff01 ||
    c === 0xff1f ||
    c === 58 ||
    c === 59 ||
    c === 0x0965 ||
    c === 0x061f ||
    (c >= 0x0589 && OTHER_FULL_STOP_CODES.has(c))
  );
}

/** The full stops of other scripts: the danda, Urdu's, Armenian's, Ethiopic's, Myanmar's, Khmer's. */
export const OTHER_FULL_STOPS = '।۔։።။។';
const OTHER_FULL_STOP_CODES: ReadonlySet<number> = new Set(
  [...OTHER_FULL_STOPS].map((stop) => stop.charCodeAt(0)),
);

const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;

/** Long blocks are measured on a sample of this many characters (their word count is the whole text's). */
export const SAMPLE_CHARS = 1000;

/** The core's word count (words.ts), for the lines of a multi-line block and the phrase rules. */
export { countWordsFast as countWords, countWordsFast as wordCount } from '../words-fast.ts';

/** Words of the chrome phrases of every language, 3+ characters, not stop words: their hashes. */
export const CHROME_WORD_HASHES: readonly number[] = [
  ...new Set(
    LANGUAGES.flatMap((l) =>
      Object.values(l.chrome).flatMap((phrases) =>
        [...(phrases?.lines ?? []), ...(phrases?.prefixes ?? []), ...(phrases?.suffixes ?? [])].flatMap(
          (phrase) => phrase.split(/[^\p{L}\p{N}'’]+/u).filter((w) => w.length >= 3 && !STOP_WORDS.has(w)),
        ),
      ),
    ).map(wordHash),
  ),
];
const CHROME_HASHES = new HashSet(CHROME_WORD_HASHES);
/** Words that address the reader, every language: their hashes. */
export const READER_WORD_HASHES: readonly number[] = [
  ...new Set(LANGUAGES.flatMap((l) => l.readerWords).map(wordHash)),
];
const READER_HASHES = new HashSet(READER_WORD_HASHES);
const SHARE_BUFFER = new Int32Array(SHARE_WORDS);

/** Character classes of the BMP: 0 = other, 1 = space/tab/newline, 2 = word character, 3 = ASCII capital. */
export const CLASS = new Uint8Array(65536);
// Filled by ranges, not by a test per code point: a 65,536-step loop cost ~7 ms of every cold start.
// ASCII: letters and digits are words, capitals have their own class, space, tab and newline are spaces.
for (let code = 0; code < 128; code++)
  if (ASCII_WORD[code] === 1) CLASS[code] = code >= 65 && code <= 90 ? 3 : 2;
CLASS[32] = CLASS[10] = CLASS[9] = 1;
// From U+0080: ª µ º, then everything from U+00C0 up except × ÷, the symbol and punctuation blocks (general
// punctuation to misc. symbols, CJK punctuation), surrogates (emoji), variation selectors and specials.
// Close enough for counting words.
CLASS[0xaa] = CLASS[0xb5] = CLASS[0xba] = 2;
CLASS.fill(2, 0xc0, 0xfff0);
CLASS[0xd7] = CLASS[0xf7] = 0;
for (const [from, to] of [
  [0x2000, 0x2bff],
  [0x3000, 0x303f],
  [0xd800, 0xdfff],
  [0xfe00, 0xfe0f],
] as const)
  CLASS.fill(0, from, to + 1);

/**
 * Kana and CJK ideographs: scripts written without spaces between words. Each such character counts as half a
 * word (Chinese words average about two characters), so a CJK paragraph has a length prose tests can read.
 * They are class 0 in CLASS: a run of them is not one long "word".
 */
export const CJK = new Uint8Array(65536);
/** The ranges of CJK (inclusive). */
export const CJK_RANGES: readonly (readonly [number, number])[] = [
  [0x3040, 0x30ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];
for (const [from, to] of CJK_RANGES) {
  CJK.fill(1, from, to + 1);
  CLASS.fill(0, from, to + 1);
}

/** Words a run of `count` CJK characters stands for (half a word each, rounded up). */
export function cjkWords(count: number): number {
  return (count + 1) >> 1;
}

/**
 * The counts of `countTokens`' last call: words, stop words, content words, capitalised ones, 1 when the text
 * may hold a character the key folds, 1 when it holds a line break, chrome words, reader words.
 */
const COUNTS = new Int32Array(8);

/**
 * The plain reference of text-fast.ts's `features`: the same measures in an object of 13 fields, each read by
 * its own pass (tests/unit/text-fast.test.ts).
 */
export function featuresPlain(text: string): TextFeatures {
  return text.length <= SAMPLE_CHARS
    ? measurePlain(text, text)
    : measurePlain(text.slice(0, SAMPLE_CHARS), text);
}

function measurePlain(text: string, whole: string): TextFeatures {
  const shareWords = countTokens(text);
  const words = COUNTS[0]!;
  const stop = COUNTS[1]!;
  const content = COUNTS[2]!;
  const upper = COUNTS[3]!;
  return {
    words: countWordsFast(whole),
    stopShare: words === 0 ? 0 : stop / words,
    titleShare: content === 0 ? 0 : upper / content,
    terminal: endsWithTerminal(whole),
    truncated: endsWithEllipsis(whole),
    chars: whole.length,
    foldFree: COUNTS[4] === 0,
    multiLine: text.length === whole.length ? COUNTS[5] === 1 : whole.includes('\n'),
    hashes: keepHashes(SHARE_BUFFER, shareWords),
    start: hashUsed - shareWords,
    count: shareWords,
    chrome: COUNTS[6]!,
    reader: COUNTS[7]!,
  };
}

/** Texts' hashes are kept in shared chunks (see WordShares), filled in order; nothing writes them after. */
const HASH_CHUNK = 1 << 14;
let hashChunk = new Int32Array(HASH_CHUNK);
let hashUsed = 0;

/**
 * Copies the first `count` hashes of `buffer` into the current chunk and returns the chunk: they sit at
 * `sharesEnd() - count` … `sharesEnd() - 1` afterwards.
 */
export function keepHashes(buffer: Int32Array, count: number): Int32Array {
  if (hashUsed + count > HASH_CHUNK) {
    hashChunk = new Int32Array(HASH_CHUNK);
    hashUsed = 0;
  }
  for (let k = 0; k < count; k++) hashChunk[hashUsed + k] = buffer[k]!;
  hashUsed += count;
  return hashChunk;
}

/** Where the hashes `keepHashes` kept last end in their chunk. */
export function sharesEnd(): number {
  return hashUsed;
}

/** The single characters NEEDS_FOLD matches (1), for `countTokens`. */
export const FOLDED_CHAR = new Uint8Array(65536);
for (const [from, to] of [
  [0x60, 0x60],
  [0x09, 0x0d],
  [0xa0, 0xa0],
  [0xab, 0xab],
  [0xb4, 0xb4],
  [0xbb, 0xbb],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2018, 0x2019],
  [0x201c, 0x201e],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
] as const)
  for (let c = from; c <= to; c++) FOLDED_CHAR[c] = 1;

/**
 * One pass over the characters: words counted, each word's stop-word hash (FNV-1a over its lower-cased ASCII
 * units, as `wordHash`) built while it is read; words with other characters go to `otherWord`. Results in
 * COUNTS; the hashes of the first SHARE_WORDS content words in SHARE_BUFFER (their number is returned), with
 * how many are chrome words, and how many stop words address the reader. The reference of text-fast.ts's
 * `scanText`, which reads the same counts and more in one pass.
 */
function countTokens(text: string): number {
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
  // A character the key folds, seen (or maybe: a leading space, any word with non-ASCII characters).
  let fold = 0;
  let lineBreak = 0;
  let cjk = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let k = CLASS[c]!;
    if (k < 2) {
      if (k === 1) {
        if (c !== 32 || afterSpace) {
          fold = 1;
          if (c === 10) lineBreak = 1;
        }
        afterSpace = true;
      } else {
        fold |= FOLDED_CHAR[c]!;
        cjk += CJK[c]!;
        afterSpace = false;
      }
      i++;
      continue;
    }
    afterSpace = false;
    const start = i;
    let h = FNV_OFFSET;
    let ascii = true;
    let joined = false;
    while (true) {
      if (k === 3) c |= 0x20;
      else if (k < 2) {
        // An apostrophe inside a word ("don't", "it’s") joins it, once.
        if ((c !== 39 && c !== 0x2019) || joined || i + 1 >= n || CLASS[text.charCodeAt(i + 1)]! < 2) break;
        joined = true;
        if (c === 0x2019) fold = 1;
      }
      if (c >= 128) ascii = false;
      h = Math.imul(h ^ c, 0x01000193);
      if (++i >= n) break;
      c = text.charCodeAt(i);
      k = CLASS[c]!;
    }
    words++;
    const first = text.charCodeAt(start);
    h |= 0;
    let kind: number;
    if (ascii) {
      // An ASCII word starts with a letter or a digit; a number is neither a stop word nor a content word.
      if (i - start <= 8 && isStopHash(h)) kind = STOP;
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
      if (READER_HASHES.has(h)) reader++;
    } else if (kind !== 0 && i - start >= 3 && shareWords < SHARE_WORDS) {
      SHARE_BUFFER[shareWords++] = h;
      if (CHROME_HASHES.has(h)) chrome++;
    }
  }
  // CJK characters count as words of their own: half a word each.
  COUNTS[0] = words + cjkWords(cjk);
  COUNTS[1] = stop;
  COUNTS[2] = content;
  COUNTS[3] = upper;
  COUNTS[4] = fold;
  COUNTS[5] = lineBreak;
  COUNTS[6] = chrome;
  COUNTS[7] = reader;
  return shareWords;
}

/** Kinds of word (`otherWord`): a stop word, a content word, a capitalised one (bits). */
export const STOP = 1;
export const CONTENT = 2;
export const UPPER_CASE = 4;

/** A word with non-ASCII characters, text[start, end): STOP, CONTENT (| UPPER_CASE when capitalised) or 0 (a number, a symbol). */
export function otherWord(text: string, start: number, end: number, first: number): number {
  if (end - start <= 8 && STOP_WORDS.has(text.slice(start, end).toLowerCase())) return STOP;
  if (first >= 48 && first <= 57) return 0;
  if (first < 128) return first >= 65 && first <= 90 ? CONTENT | UPPER_CASE : CONTENT;
  if (!LETTER.test(text[start]!)) return 0;
  return UPPER.test(text[start]!) ? CONTENT | UPPER_CASE : CONTENT;
}

export function endsWithTerminal(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isTrailingCloser(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return isTerminal(c) || (c >= 0x0e00 && c <= 0x0eff && endsThaiSentence(text));
}

/**
 * Thai and Lao end a sentence with no mark, and part its clauses with spaces: a text of THAI_SENTENCE_WORDS words
 * or more with a space inside is a sentence's end as a full stop is elsewhere (a headline runs its words together,
 * and a Thai article's last paragraph went as a teaser).
 */
function endsThaiSentence(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.includes(' ') && countWordsFast(trimmed) >= THAI_SENTENCE_WORDS;
}
const THAI_SENTENCE_WORDS = 12;

export function endsWithEllipsis(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isTrailingCloser(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return (
    c === 0x2026 || (i >= 2 && c === 46 && text.charCodeAt(i - 1) === 46 && text.charCodeAt(i - 2) === 46)
  );
}

export function isStopWord(word: string): boolean {
  // ASCII words by hash (no lower-cased copy); others by string.
  let h = FNV_OFFSET;
  for (let k = 0; k < word.length; k++) {
    let c = word.charCodeAt(k);
    if (c >= 128) return STOP_WORDS.has(word.toLowerCase());
    if (c >= 65 && c <= 90) c |= 0x20;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return isStopHash(h | 0);
}

// Bullets, arrows, separators and emoji that decorate menu and button labels.
const JUNK = /[\s\-–—•·*►▶▸→»›>|#:✓✔☑■□▪◆◇○●◦♦⭐★☆\p{Extended_Pictographic}]/u;
const TRAILING_PUNCT = /[\s\-–—•·*►▶▸→»›>|:.!?,;✓✔]/u;
const VARIATION_SELECTOR = 0xfe0f;

const ASCII_JUNK = new Uint8Array(128);
const ASCII_TRAILING = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_JUNK[c] = JUNK.test(ch) ? 1 : 0;
  ASCII_TRAILING[c] = TRAILING_PUNCT.test(ch) ? 1 : 0;
}

/** Where the leading decoration ends (plain loops: a `[...]+$` regex backtracks quadratically on long runs). */
function junkStart(text: string): number {
  let start = 0;
  while (start < text.length) {
    const code = text.charCodeAt(start);
    if (code < 128) {
      if (ASCII_JUNK[code] !== 1) break;
      start++;
      continue;
    }
    const cp = text.codePointAt(start)!;
    const ch = String.fromCodePoint(cp);
    // © and ® are pictographic for Unicode but mean something here (copyright lines).
    if (cp === 0xa9 || cp === 0xae || (cp !== VARIATION_SELECTOR && !JUNK.test(ch))) break;
    start += ch.length;
  }
  return start;
}

/** Where the text ends once trailing punctuation and decoration (or, with `punctuation` off, spaces) go. */
function junkEnd(text: string, start: number, punctuation: boolean): number {
  let end = text.length;
  while (end > start) {
    const code = text.charCodeAt(end - 1);
    const junk = !punctuation
      ? code === 32
      : code < 128
        ? ASCII_TRAILING[code] === 1
        : code === VARIATION_SELECTOR || TRAILING_PUNCT.test(text[end - 1]!);
    if (!junk) break;
    end--;
  }
  return end;
}

const KEY_FOLD = /[‘’`´“”„«»]|\s\s+|[^\S ]/g;
const FOLDED: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '`': "'",
  '´': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
};

/**
 * What KEY_FOLD matches, as one test: a quote to straighten, a whitespace other than a space, or two spaces in
 * a row (two whitespaces in a row hold one of those). Most lines have nothing to fold; the native regex
 * scan finds that faster than a character loop.
 */
const NEEDS_FOLD =
  /[`\t-\r\u00a0\u00ab\u00b4\u00bb\u1680\u2000-\u200a\u2018\u2019\u201c-\u201e\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/**
 * One replace pass: curly quotes straightened, whitespace runs collapsed; then lower-cased. `foldFree`: the
 * features pass saw nothing to fold in the first KEY_CHARS characters (see TextFeatures).
 */
function baseKey(line: string, foldFree: boolean): string {
  const capped = line.length > KEY_CHARS ? line.slice(0, KEY_CHARS) : line;
  if (foldFree || !NEEDS_FOLD.test(capped)) return capped.toLowerCase();
  KEY_FOLD.lastIndex = 0;
  return capped.replace(KEY_FOLD, (m) => FOLDED[m] ?? ' ').toLowerCase();
}

/** Both matching keys of a line, computed once. */
export interface Keys {
  /** Lower-cased, quotes straightened, bullets and trailing punctuation stripped, whitespace collapsed. */
  key: string;
  /** The same with trailing punctuation kept (prefix rules like "read more:" need the colon). */
  prefix: string;
}

export function lineKeys(line: string, foldFree = false): Keys {
  const base = baseKey(line, foldFree);
  const start = junkStart(base);
  const end = junkEnd(base, start, true);
  const prefixEnd = junkEnd(base, start, false);
  const key = base.slice(start, end);
  // Usually nothing trails the words: then both keys are one string (one slice fewer).
  return { key, prefix: prefixEnd === end ? key : base.slice(start, prefixEnd) };
}

/**
 * The matching key of a line: lower-cased, curly quotes straightened, leading bullets/arrows and trailing
 * punctuation removed, whitespace collapsed, at most KEY_CHARS characters read.
 */
export function lineKey(line: string): string {
  const base = baseKey(line, false);
  const start = junkStart(base);
  return base.slice(start, junkEnd(base, start, true));
}
