/**
 * Which single-byte legacy encoding a text that is not UTF-8 (and declares none) was written in. Each candidate
 * decodes the bytes; the text whose words read as words of one script wins: a word of letters of two scripts
 * ("Rzцd"), a symbol inside a word ("Rz¹d": Polish read as Windows-1252), a Latin word made mostly of accented
 * letters ("Ïðàâèòåëüñòâî": Russian read as Windows-1252), a capital after a small letter inside a word
 * ("рТЙЧЕФ": KOI8-R read as Windows-1251) or a control character counts against it. Ties go to the earlier
 * candidate: Western European first, as before this reader existed; but Hebrew, whose letters read as small
 * Cyrillic or Greek letters word for word, wins the tie against a reading that capitalises no word. The bytes
 * 00–7F are ASCII in every candidate, so only the words holding another byte are scored.
 *
 * Text in another encoding is left to decode.ts: the CJK multi-byte ones to legacy-cjk.ts; Czech, Hungarian,
 * Turkish or Baltic text, whose letters Windows-1252 also reads as letters, to Windows-1252 as before.
 */

import { isAsciiLetter } from './ascii.ts';

/** The candidates, in the order that breaks ties. */
export const LEGACY_CANDIDATES = [
  'windows-1252',
  'windows-1250',
  'iso-8859-2',
  'windows-1251',
  'koi8-r',
  'windows-1253',
  'windows-1255',
  'windows-1256',
] as const;
export type LegacyEncoding = (typeof LEGACY_CANDIDATES)[number];

/** The candidates whose letters above 7F are Latin: their text must still be mostly ASCII (decode.ts). */
export const LATIN_CANDIDATES: ReadonlySet<LegacyEncoding> = new Set([
  'windows-1252',
  'windows-1250',
  'iso-8859-2',
]);

/** The candidates of scripts without capitals (Hebrew, Arabic). */
const CASELESS: ReadonlySet<LegacyEncoding> = new Set(['windows-1255', 'windows-1256']);
/** Cased scripts other than Latin, which a caseless script's bytes read as small letters alone. */
const CASED_NON_LATIN: ReadonlySet<LegacyEncoding> = new Set(['windows-1251', 'koi8-r', 'windows-1253']);
/** Words read right before a reading with no capitalised word among them is taken for a caseless script's. */
const MIN_WORDS_FOR_CASE = 10;
/** Bytes scored: a text longer than this is judged on its head (a page's language does not change midway). */
const SAMPLE_BYTES = 1 << 16;
/** The winner's words with another byte must be this share right at least, or no candidate is taken. */
const MIN_RIGHT_SHARE = 0.8;
/** Words Windows-1252 must read wrong, and their share of its words, before another code page replaces it. */
const MIN_WESTERN_WRONG = 3;
const MIN_WESTERN_WRONG_SHARE = 0.05;

export interface LegacyGuess {
  encoding: LegacyEncoding;
  /** Words holding a byte above 7F that read as words of one script. */
  right: number;
  /** Those that do not (mixed scripts, a symbol or a control inside, an odd capital, all accents). */
  wrong: number;
}

/**
 * The candidate under which the most words read right (see the module comment), or null when none reads
 * MIN_RIGHT_SHARE of its words right. `decodeAs` decodes bytes in a candidate (decode.ts owns the decoders).
 */
export function guessLegacyEncoding(
  bytes: Uint8Array,
  decodeAs: (bytes: Uint8Array, encoding: LegacyEncoding) => string,
): LegacyGuess | null {
  const sample = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  let best: LegacyGuess | null = null;
  let western: LegacyGuess | null = null;
  let bestCapitalised = 0;
  let caseless: LegacyGuess | null = null;
  const score = (guess: LegacyGuess) => guess.right - 2 * guess.wrong;
  for (const encoding of LEGACY_CANDIDATES) {
    const { right, wrong, capitalised } = scoreWords(decodeAs(sample, encoding));
    const guess = { encoding, right, wrong };
    if (encoding === 'windows-1252') western = guess;
    if (CASELESS.has(encoding) && (caseless === null || score(guess) > score(caseless))) caseless = guess;
    if (best === null || score(guess) > score(best)) {
      best = guess;
      bestCapitalised = capitalised;
    }
  }
  // Hebrew read as Windows-1251 or Windows-1253 is small Cyrillic or Greek letters throughout, word for word as
  // right as the Hebrew: the tie goes to the caseless script when the cased reading capitalises no word at all.
  if (
    best !== null &&
    caseless !== null &&
    CASED_NON_LATIN.has(best.encoding) &&
    best.right >= MIN_WORDS_FOR_CASE &&
    bestCapitalised === 0 &&
    score(caseless) >= score(best)
  )
    best = caseless;
  if (best === null || best.right === 0 || best.right < MIN_RIGHT_SHARE * (best.right + best.wrong))
    return null;
  // Another Latin code page replaces Windows-1252 only when Western European reads words wrong again and again: a
  // footnote's "¹" after a word or a "¼in" is one wrong word in a Western text ("wordą" in Windows-1250), Polish
  // read so has dozens. (A Cyrillic or Greek reading of a Western text mixes scripts in its accented words.)
  if (
    best.encoding !== 'windows-1252' &&
    LATIN_CANDIDATES.has(best.encoding) &&
    western !== null &&
    (western.wrong < MIN_WESTERN_WRONG ||
      western.wrong < MIN_WESTERN_WRONG_SHARE * (western.right + western.wrong))
  )
    return western;
  return best;
}

type Script = 'latin' | 'greek' | 'cyrillic' | 'hebrew' | 'arabic' | 'other';

function scriptOf(code: number): Script {
  if (code < 0x250 || (code >= 0x1e00 && code <= 0x1eff)) return 'latin';
  if (code >= 0x370 && code <= 0x3ff) return 'greek';
  if (code >= 0x400 && code <= 0x52f) return 'cyrillic';
  if (code >= 0x590 && code <= 0x5ff) return 'hebrew';
  if (code >= 0x600 && code <= 0x6ff) return 'arabic';
  return 'other';
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** Punctuation a word may open or close with ("“word”", "«mot»", "¿Qué", "word…"). */
const EDGE = /\p{P}/u;
/**
 * Signs no text writes against a letter: superscript digits and fractions (\p{No}), box drawing and other
 * symbols (\p{So}), spacing accents (\p{Sk}: "˛", "˝"), ¤ ¥ ¦ ¨ ¯ ¸ ± × ÷ ¬ ¶ ("Rz¹d", "bêd¹", "g³os": Polish read
 * as Windows-1252; "don▓t": English as KOI8-R).
 */
const NEVER_BY_A_LETTER = /[\p{No}\p{So}\p{Sk}\p{Co}¤¥¦¨¯¸±×÷¬¶]/u;
/** Signs a letter may stand beside ("©Reuters", "20°C"), and the accents written as apostrophes ("don´t"). */
const BY_A_LETTER = new Set(['©', '®', '™', '°', '´', '`']);
/** Units' squares and cubes follow a letter ("m²", "km³"); before one, or any other such sign after one, is none. */
const AFTER_A_LETTER = new Set(['²', '³']);
/** Box drawing, block elements and private use: no text holds them (KOI8-R's upper half read from other text). */
const BOX_OR_PRIVATE = /[\u2500-\u259f\p{Co}]/u;
/**
 * A word in capitals reads right, but counts this much: text is mostly in small letters, and KOI8-R's small letters
 * are Windows-1251's capitals ("аа" read as "ББ").
 */
const CAPITALS_WEIGHT = 0.5;
/** Opening signs that stand before a word's first letter, never after a letter ("¿Qué", but "mo¿e"). */
const OPENING = new Set(['¿', '¡']);

/**
 * The words holding a character above 7F, counted as reading right or wrong. Words are cut at ASCII white
 * space and punctuation, which every candidate decodes alike (each byte one character): every candidate is
 * judged on the same words. ASCII-only words say nothing: they read the same in every candidate.
 */
export function scoreWords(text: string): { right: number; wrong: number; capitalised: number } {
  let right = 0;
  let wrong = 0;
  let capitalised = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (isAsciiBreak(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && !isAsciiBreak(text.charCodeAt(end))) end++;
    const verdict = readWord(text, i, end);
    if (verdict === 'right' || verdict === 'capitalised') right++;
    else if (verdict === 'capitals') right += CAPITALS_WEIGHT;
    else if (verdict === 'wrong') wrong++;
    if (verdict === 'capitalised' || verdict === 'capitals') capitalised++;
    i = end;
  }
  return { right, wrong, capitalised };
}

/** ASCII other than letters, digits, the apostrophe and the hyphen: it ends a word. */
function isAsciiBreak(code: number): boolean {
  return (
    code < 0x80 && !isAsciiLetter(code) && !(code >= 0x30 && code <= 0x39) && code !== 0x27 && code !== 0x2d
  );
}

/** Whether the word text[from, to) reads right, wrong, or says nothing (ASCII only, or punctuation only). */
function readWord(
  text: string,
  from: number,
  to: number,
): 'right' | 'capitalised' | 'capitals' | 'wrong' | null {
  let high = false;
  for (let k = from; k < to && !high; k++) high = text.charCodeAt(k) >= 0x80;
  if (!high) return null;
  // Punctuation at its edges is the sentence's ("“word”", "word…").
  let start = from;
  let end = to;
  while (start < end && isEdge(text, start)) start++;
  while (end > start && isEdge(text, end - 1)) end--;
  let letters = 0;
  let accented = 0;
  let bad = false;
  let previousLower = false;
  let upperLetters = 0;
  let firstUpper = false;
  const scripts = new Set<Script>();
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    const char = text[k]!;
    if (code < 0x80 ? isAsciiLetter(code) : LETTER.test(char)) {
      letters++;
      const script = code < 0x80 ? 'latin' : scriptOf(code);
      scripts.add(script);
      if (code >= 0x80 && script === 'latin') accented++;
      const upper = code < 0x80 ? code <= 0x5a : UPPER.test(char);
      if (upper) upperLetters++;
      if (letters === 1) firstUpper = upper;
      // A capital after a small letter inside a word ("рТЙЧЕФ"); "McDonald" and "iPhone" are rare enough.
      if (upper && previousLower) bad = true;
      previousLower = code < 0x80 ? !upper : LOWER.test(char);
      continue;
    }
    previousLower = false;
    if (code < 0x80) continue;
    // Hebrew and Arabic points and punctuation belong to their script: "X׳Y" is "X×Y" read as Hebrew.
    const signScript = scriptOf(code);
    if (signScript === 'hebrew' || signScript === 'arabic') scripts.add(signScript);
    const letterBefore = isLetterAt(text, k - 1, start);
    if (code < 0xa0 || code === 0xfffd) bad = true;
    else if (BOX_OR_PRIVATE.test(char)) bad = true;
    else if (NEVER_BY_A_LETTER.test(char) && !BY_A_LETTER.has(char)) {
      if (isLetterAt(text, k + 1, start, end) || (letterBefore && !AFTER_A_LETTER.has(char))) bad = true;
    } else if (OPENING.has(char) && letterBefore) bad = true;
  }
  // No letter, or one letter above 7F alone ("Š 2025", "ť", "Ч"; "é", "à" are words too): nothing to read, unless
  // the word holds a byte no text holds.
  if (!bad && (letters === 0 || (letters === 1 && accentedOrOther(text, start, end)))) return null;
  if (scripts.size > 1 || scripts.has('other')) bad = true;
  // A Latin word of two letters or more, most of them accented: another script read as Latin letters.
  if (scripts.has('latin') && letters >= 2 && accented * 2 > letters) bad = true;
  if (bad) return 'wrong';
  if (letters >= 2 && upperLetters === letters) return 'capitals';
  return firstUpper ? 'capitalised' : 'right';
}

/** The one letter of text[start, end) is above 7F. */
function accentedOrOther(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (isLetterAt(text, k, start, end)) return text.charCodeAt(k) >= 0x80;
  return false;
}

function isEdge(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  if (code < 0x80) return code === 0x27 || code === 0x2d;
  return EDGE.test(text[k]!);
}

/** A letter at k, inside [start, end). */
function isLetterAt(text: string, k: number, start: number, end = text.length): boolean {
  if (k < start || k >= end) return false;
  const code = text.charCodeAt(k);
  return code < 0x80 ? isAsciiLetter(code) : LETTER.test(text[k]!);
}
