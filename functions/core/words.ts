/**
 * Words and sentences, one definition for the whole core: the record's `wordCount`, `quality.inputWords` and
 * `removedWords`, the cleaner's word features, the metadata stage's minimum lengths and the summary all count
 * and split text here.
 *
 * A word is a run of non-space characters (JS `\s` separates) holding at least one letter or digit other than
 * kana and CJK ideographs: "don't", "well-known", "U.S." and "https://x.com" are one word each, a lone "—" or
 * "|" is none. Kana and CJK ideographs (scripts written without spaces) count half a word each, rounded up over
 * the text (Chinese words average about two characters), so a CJK paragraph is as long as it reads. The letters
 * and marks of Thai, Lao, Khmer and Myanmar (also written without spaces between words; a space parts phrases)
 * count a fifth of a word each, rounded up over the text (a Thai word is about five code units with its vowel and
 * tone marks): a Thai paragraph was 3 words and no cleaning rule read the page as prose. This module is the plain
 * reference; words-fast.ts is the char loop hot paths call, and a property test proves both equal.
 */
import { LANGUAGES } from './vocabulary/index.ts';
import { isJsSpace } from './whitespace.ts';

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Kana and CJK ideographs (Hiragana, Katakana, CJK Unified Ideographs and Extension A, Compatibility Ideographs). */
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
/** Thai, Lao, Myanmar and Khmer: their blocks' letters, marks and digits (the fast counters fill tables from these). */
export const SEA_RANGES: readonly (readonly [number, number])[] = [
  [0x0e00, 0x0eff],
  [0x1000, 0x109f],
  [0x1780, 0x17ff],
];
const SEA_CHAR = new RegExp(
  `[${SEA_RANGES.map(([from, to]) => `${String.fromCharCode(from)}-${String.fromCharCode(to)}`).join('')}]`,
  'gu',
);
/** Code units of SEA_CHAR per word. */
export const SEA_UNITS_PER_WORD = 5;

/** The number of words in the text (see the module comment). */
export function countWords(text: string): number {
  let count = 0;
  let cjk = 0;
  let sea = 0;
  for (const token of text.split(/\s+/)) {
    // A CJK character becomes a space, not nothing: removing it would join the lone surrogates around it
    // into a pair (a letter) that the text does not hold.
    const others = token
      .replace(CJK_CHAR, () => {
        cjk++;
        return ' ';
      })
      .replace(SEA_CHAR, () => {
        sea++;
        return ' ';
      });
    if (WORD_CHAR.test(others)) count++;
  }
  return count + Math.ceil(cjk / 2) + Math.ceil(sea / SEA_UNITS_PER_WORD);
}

/** Periods after these (lower case, every language's list) end no sentence: "Dr. Roe", "z.B. die". */
const ABBREVIATIONS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((language) => language.abbreviations));
/** Month names of every language: "am 3. Oktober" is a date, not two sentences. */
const MONTH_WORDS: ReadonlySet<string> = new Set(
  LANGUAGES.flatMap((language) => language.months.flat()).filter((word) => word.length >= 3),
);
/** Longest abbreviation read back from a period. */
const MAX_ABBREVIATION = 12;

function isTerminal(c: number): boolean {
  // . ! ? … 。 ！ ？
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** Closing quotes and brackets after a sentence's end: " ' ) ] ” ’ » ›. */
function isCloser(c: number): boolean {
  return (
    c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a
  );
}

/** What may open a sentence besides a capital or a digit: quotes, brackets, ¿ ¡, a dash. */
function isOpener(c: number): boolean {
  return (
    c === 34 ||
    c === 39 ||
    c === 40 ||
    c === 91 ||
    c === 0x201c ||
    c === 0x2018 ||
    c === 0x201e ||
    c === 0xab ||
    c === 0x2039 ||
    c === 0xbf ||
    c === 0xa1 ||
    c === 0x2014 ||
    c === 0x2013
  );
}

const UPPER_OR_DIGIT = /[\p{Lu}\p{Lt}\p{N}]/u;
const LETTER = /\p{L}/u;

/**
 * Where the sentences of a text start (offsets; the first is where the text's first non-space is). A sentence
 * ends at . ! ? or … (closing quotes and brackets included) followed by white space and a capital, a digit or
 * an opening quote; a period after an abbreviation ("Dr.", "U.S.", "z.B."), an initial ("J. Roe") or a day
 * before a month ("3. Oktober") ends none. One pass; each look-back is bounded.
 */
export function sentenceStarts(text: string): number[] {
  const n = text.length;
  const starts: number[] = [];
  let i = 0;
  while (i < n && isJsSpace(text.charCodeAt(i))) i++;
  if (i < n) starts.push(i);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isTerminal(c)) {
      i++;
      continue;
    }
    const stop = i;
    let j = i;
    while (j < n && isTerminal(text.charCodeAt(j))) j++;
    while (j < n && isCloser(text.charCodeAt(j))) j++;
    if (j >= n || !isJsSpace(text.charCodeAt(j))) {
      i = j;
      continue;
    }
    let k = j;
    while (k < n && isJsSpace(text.charCodeAt(k))) k++;
    if (k >= n) break;
    i = k;
    const next = text.charCodeAt(k);
    if (!isOpener(next) && !UPPER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(k)!))) continue;
    if (j - stop === 1 && c === 46 && !endsSentence(text, stop, k)) continue;
    starts.push(k);
  }
  return starts;
}

/** A single period at `stop` ends a sentence, unless it closes an abbreviation, an initial or a day before a month. */
function endsSentence(text: string, stop: number, next: number): boolean {
  let s = stop;
  while (s > 0 && stop - s < MAX_ABBREVIATION) {
    const c = text.charCodeAt(s - 1);
    if (c === 46 || LETTER.test(text[s - 1]!)) s--;
    else break;
  }
  const word = text.slice(s, stop).toLowerCase();
  if (word.length === 1 && LETTER.test(word)) return false;
  if (ABBREVIATIONS.has(word)) return false;
  if (s === stop && stop > 0 && text.charCodeAt(stop - 1) >= 48 && text.charCodeAt(stop - 1) <= 57) {
    let e = next;
    while (e < text.length && e - next < 12 && LETTER.test(text[e]!)) e++;
    if (MONTH_WORDS.has(text.slice(next, e).toLowerCase())) return false;
  }
  return true;
}

/** The sentences of a text, trimmed, in order. */
export function sentences(text: string): string[] {
  const starts = sentenceStarts(text);
  const out: string[] = [];
  for (let s = 0; s < starts.length; s++) {
    const sentence = text.slice(starts[s], starts[s + 1] ?? text.length).trim();
    if (sentence.length > 0) out.push(sentence);
  }
  return out;
}

/** Offset where the sentence holding `offset` starts. */
export function sentenceStartBefore(text: string, offset: number, starts = sentenceStarts(text)): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) {
      found = starts[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
