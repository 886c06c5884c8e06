/**
 * tinyld's `detect` (light build, 'tinyld/light') computed the same way with less work: its dictionary is read
 * once from language-dict.json (generated from the installed package, `npm run tinyld-dict`) into maps, the
 * word scores are kept per word across calls (tinyld scores every occurrence of "the" anew, building a set of
 * languages and a set of each gram's languages each time), grams are read as slices instead of arrays of
 * characters, and only the chunks that can be among the seven longest are cleaned. Same sums in the same
 * order, the same stable sorts and the same tie-breaks as tinyld, so the answer is tinyld's: `detectFast(text) === detect(text)` is a fast-check property
 * (tests/unit/metadata-language.test.ts); the plain `detectLanguage` in language.ts calls tinyld itself.
 */
import { readFileSync } from 'node:fs';
import {
  foldName,
  letterWeight,
  MIN_LETTERS,
  NAME_LETTERS,
  sampleHead,
  WIDE_LETTER,
  WIDE_LETTER_WEIGHT,
} from './language-sample.ts';
import { languageBySpelling } from './orthography.ts';

/**
 * Read as data beside the code, like lexicon.json (HANDLER_ASSETS in infra/constructs/bundling.ts, CORE_ASSETS
 * in functions/cli/build.ts): bundled as a module its 100 KB were parsed at every cold start.
 */
const DICT_URL = new URL('./language-dict.json', import.meta.url);

interface LanguageDict {
  languages: string[];
  /** ISO 639-1 codes of `languages`, as tinyld's toISO2 gives them. */
  codes: string[];
  uniques: Record<string, string>;
  multiples: Record<string, string>;
}

/**
 * What tinyld's `cleanString` makes of a chunk, written here so that the core's bundle carries no copy of tinyld:
 * lower case, the typographic apostrophe as "'", tinyld's punctuation as spaces, no digits (ASCII or full-width),
 * each run of two white-space characters or more as one space, trimmed. tests/unit/metadata-language.test.ts proves
 * it equal to tinyld's with fast-check.
 */
export function cleanChunkText(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('’', "'")
    .replace(TINYLD_PUNCTUATION, ' ')
    .replace(ANY_DIGIT, '')
    .replace(WHITE_SPACE_RUN, ' ')
    .trim();
}
const TINYLD_PUNCTUATION = /[,.。，、#%&/\\+*¡!¿?[\]！？;:…„“«»”"_–—~]/g;
const ANY_DIGIT = /[0-9\uFF10-\uFF19]/g;
const WHITE_SPACE_RUN = /\s\s+/g;

/** tinyld's chunk separators (a capturing group: split keeps the separators as chunks, cleaned away later). */
const CHUNK_SEPARATORS = /([,，、。!¿?！？":;()「」{}„“«»”"“<>⋯《》*]|[.[\]\\])+/;
const WORD_SEPARATORS = /[ ]+/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Gram sizes tinyld's light build reads, in its order. */
const GRAM_SIZES = [1, 2, 3, 4];
const PADDING = ['', ' ', '  ', '   '];
/** tinyld reads the seven longest chunks of a text. */
const CHUNKS_READ = 7;
/** tinyld keeps a word's eight best languages. */
const WORD_LANGUAGES = 8;

/** Bits of a filter over gram hashes: a gram whose bit is clear is not in the dictionary it was built from. */
const FILTER_BITS = 1 << 16;

interface GramWeights {
  /** Language indexes (tinyld's order) the gram counts for … */
  languages: number[];
  /** … and what it adds to each: weight × gram length / 4. */
  adds: number[];
}

interface Tables {
  /** ISO 639-3 codes of the light build, in tinyld's order, and their ISO 639-1 codes. */
  languages: string[];
  codes: string[];
  /** gram → the ISO 639-1 code of its only language (undefined where tinyld's index names none, as in tinyld). */
  uniques: Map<string, string | undefined>;
  uniqueFilter: Uint8Array;
  multiples: Map<string, GramWeights>;
  /** Every code `codes` and `uniques` name → its slot in TOTALS (first seen, first slot), and back. */
  slotOf: Map<string, number>;
  slotCodes: string[];
}

let built: Tables | null = null;

/** The dictionary's maps, built on the first detection (not at import: the handler's cold start). */
function tables(): Tables {
  if (built !== null) return built;
  const dict = JSON.parse(readFileSync(DICT_URL, 'utf8')) as LanguageDict;
  const languages = dict.languages;
  const codes = dict.codes;
  const uniques = new Map<string, string | undefined>();
  for (const [gram, index] of Object.entries(dict.uniques))
    uniques.set(gram, codes[Number.parseInt(index, 36) - 1]);
  const multiples = new Map<string, GramWeights>();
  for (const [gram, packed] of Object.entries(dict.multiples)) {
    const weights: Record<string, number> = Object.fromEntries(
      (packed.match(/(.{1,3})/g) ?? []).map((part) => [
        String(languages[Number.parseInt(part.slice(0, 1), 36) - 1]),
        Number.parseInt(part.slice(1), 36),
      ]),
    );
    const entry: GramWeights = { languages: [], adds: [] };
    languages.forEach((language, index) => {
      if (Object.hasOwn(weights, language)) {
        entry.languages.push(index);
        entry.adds.push(((weights[language] as number) * gram.length) / 4);
      }
    });
    multiples.set(gram, entry);
  }
  const slotCodes = [...new Set([...codes, ...[...uniques.values()].filter((code) => code !== undefined)])];
  if (slotCodes.length > TOTALS.length)
    throw new Error('language-fast: more language codes than TOTALS slots');
  const slotOf = new Map(slotCodes.map((code, slot) => [code, slot]));
  built = { languages, codes, uniques, uniqueFilter: filterOf(uniques.keys()), multiples, slotOf, slotCodes };
  return built;
}

/**
 * Word scores (`scoreWord`, a function of the word and the dictionary alone) kept across calls: the words of
 * one page ("the", "und", "que") are mostly those of the last. Emptied when it holds WORD_SCORES_KEPT words
 * (a few MB at most).
 */
const WORD_SCORES = new Map<string, readonly WordScore[]>();
const WORD_SCORES_KEPT = 10000;

/** tinyld's chunk separator characters (CHUNK_SEPARATORS, all single UTF-16 units): 1 per separator. */
const SEPARATOR = new Uint8Array(65536);
for (const c of ',，、。!¿?！？":;()「」{}„“«»”"“<>⋯《》*.[]\\') SEPARATOR[c.charCodeAt(0)] = 1;
/** cleanChunkText of each separator character, on first use ("(" stays, "," goes). */
const SEPARATOR_CLEANED = new Map<number, string>();

/**
 * What `text.split(CHUNK_SEPARATORS)` gives, as offsets (no strings): entry k is text[STARTS[k], ENDS[k]). A run
 * of separators is one entry of its last character (the capturing group's value), as split gives it.
 */
let STARTS = new Int32Array(256);
let ENDS = new Int32Array(256);

function splitChunks(text: string): number {
  const n = text.length;
  let count = 0;
  let start = 0;
  let i = 0;
  const push = (from: number, to: number) => {
    if (count === STARTS.length) {
      const starts = new Int32Array(2 * count);
      const ends = new Int32Array(2 * count);
      starts.set(STARTS);
      ends.set(ENDS);
      STARTS = starts;
      ENDS = ends;
    }
    STARTS[count] = from;
    ENDS[count] = to;
    count++;
  };
  while (i < n) {
    if (SEPARATOR[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    push(start, i);
    let j = i + 1;
    while (j < n && SEPARATOR[text.charCodeAt(j)] === 1) j++;
    push(j - 1, j);
    start = i = j;
  }
  push(start, n);
  return count;
}

/**
 * tinyld's `chunks.map(cleanString).filter(nonEmpty)` (cleanChunkText is its cleanString) over `text.split(CHUNK_SEPARATORS)`, sorted stably by
 * length (longest first), first CHUNKS_READ: the same chunks in the same order, but only the chunks that can
 * rank are cleaned. A cleaned chunk is at most as long as the raw one but for lower-casing, where only 'İ'
 * (U+0130) lengthens (to 'i' and a combining dot): raw length + the number of 'İ' bounds it. Chunks are cleaned
 * by that bound, longest first, until the bound of the next is below the shortest of the CHUNKS_READ kept. The
 * chunks are offsets (splitChunks) and their order one numeric sort of bound × entries + (entries − 1 − index)
 * (bound descending, index ascending); an empty chunk (bound 0) cleans to nothing and is left out.
 */
function longestChunks(text: string): string[] {
  const entries = splitChunks(text);
  const keys = new Float64Array(entries);
  let sorted = 0;
  // The next 'İ' at or after the chunk read (chunks come in text order): one search through the text in all.
  let dotted = text.indexOf('İ');
  for (let k = 0; k < entries; k++) {
    const from = STARTS[k]!;
    const to = ENDS[k]!;
    let bound = to - from;
    if (bound === 0) continue;
    while (dotted >= 0 && dotted < to) {
      if (dotted >= from) bound++;
      dotted = text.indexOf('İ', dotted + 1);
    }
    keys[sorted++] = bound * entries + (entries - 1 - k);
  }
  const order = keys.subarray(0, sorted).sort();
  // The chunks kept so far as [index, cleaned], best first (length descending, index ascending).
  const kept: { index: number; cleaned: string }[] = [];
  for (let r = sorted - 1; r >= 0; r--) {
    const key = order[r]!;
    const bound = Math.floor(key / entries);
    const index = entries - 1 - (key - bound * entries);
    if (kept.length === CHUNKS_READ && bound < kept[CHUNKS_READ - 1]!.cleaned.length) break;
    const cleaned = cleanedChunk(text, STARTS[index]!, ENDS[index]!, index % 2 === 1);
    if (!cleaned) continue;
    let at = kept.length;
    while (
      at > 0 &&
      (kept[at - 1]!.cleaned.length < cleaned.length ||
        (kept[at - 1]!.cleaned.length === cleaned.length && kept[at - 1]!.index > index))
    )
      at--;
    if (at >= CHUNKS_READ) continue;
    kept.splice(at, 0, { index, cleaned });
    if (kept.length > CHUNKS_READ) kept.pop();
  }
  return kept.map((chunk) => chunk.cleaned);
}

/** cleanChunkText of text[from, to): a separator entry's (odd index: one character) is kept per character. */
function cleanedChunk(text: string, from: number, to: number, separator: boolean): string {
  if (!separator) return cleanChunkText(text.slice(from, to));
  const c = text.charCodeAt(from);
  let cleaned = SEPARATOR_CLEANED.get(c);
  if (cleaned === undefined) {
    cleaned = cleanChunkText(text.slice(from, to));
    SEPARATOR_CLEANED.set(c, cleaned);
  }
  return cleaned;
}

/**
 * The reference of `longestChunks`: tinyld's chunks of `text` (`text.split(CHUNK_SEPARATORS)`) cleaned, sorted
 * stably by cleaned length, the first CHUNKS_READ (tests/unit/metadata-language.test.ts).
 */
export function longestChunksPlain(text: string): string[] {
  return text
    .split(CHUNK_SEPARATORS)
    .map((chunk) => cleanChunkText(chunk))
    .map((cleaned, index) => ({ cleaned, index }))
    .filter((chunk) => chunk.cleaned.length > 0)
    .sort((a, b) => b.cleaned.length - a.cleaned.length || a.index - b.index)
    .slice(0, CHUNKS_READ)
    .map((chunk) => chunk.cleaned);
}

export { longestChunks as longestChunksFast };

/**
 * Per language code (ISO 639-1, as `uniques` and the word scores name them), its total so far: tinyld's Map of
 * totals as an array by slot, with the codes in the order they were first added (the Map's order, which its
 * tie-break reads). Emptied by each detection.
 */
const TOTALS = new Float64Array(64);
const ADDED = new Uint8Array(64);
const ADDED_ORDER: number[] = [];

function addTotal(slot: number, value: number): void {
  if (ADDED[slot] === 0) {
    ADDED[slot] = 1;
    ADDED_ORDER.push(slot);
    TOTALS[slot] = 0;
  }
  TOTALS[slot] = TOTALS[slot]! + value;
}

/** What tinyld's `detect` returns for `text`: an ISO 639-1 code, or '' when nothing scores. */
export function detectFast(text: string): string {
  const { slotOf, slotCodes } = tables();
  ADDED_ORDER.length = 0;
  let length = 0;
  for (const chunk of longestChunks(text)) {
    const unique = uniqueLanguage(chunk);
    if (unique) {
      addTotal(slotOf.get(unique)!, chunk.length);
      length += chunk.length;
      continue;
    }
    for (const word of chunk.split(WORD_SEPARATORS)) {
      let scores = WORD_SCORES.get(word);
      if (scores === undefined) {
        scores = scoreWord(word);
        if (WORD_SCORES.size >= WORD_SCORES_KEPT) WORD_SCORES.clear();
        WORD_SCORES.set(word, scores);
      }
      for (let k = 0; k < scores.length; k++) addTotal(scores[k]!.slot, scores[k]!.accuracy);
      length += word.length;
    }
  }
  // tinyld sorts the positive totals by total / length (stably, descending) and takes the first.
  let best = '';
  let bestShare = 0;
  for (const slot of ADDED_ORDER) {
    ADDED[slot] = 0;
    const total = TOTALS[slot]!;
    if (!(total > 0)) continue;
    const share = total / length;
    if (best === '' || share > bestShare) {
      best = slotCodes[slot]!;
      bestShare = share;
    }
  }
  return best;
}

/** The body's language as language.ts's `detectLanguage` gives it, with tinyld's work done by `detectFast`. */
export function detectLanguageFast(body: string, minLetters = MIN_LETTERS): string | null {
  const sample = foldNamesFast(sampleHead(body));
  // Count letters only up to the threshold (the reference matches them all).
  if (!hasLetters(sample, minLetters)) return null;
  const code = detectFast(sample) || null;
  return languageBySpelling(sample, code) ?? code;
}

/** The letters of NAME_LETTERS (all in the BMP), found by V8's scan of a character class. */
const NAME_LETTER = new RegExp(`[${NAME_LETTERS}]`, 'gu');
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;

/**
 * language.ts's `foldNames` without its pattern's try at every position (200 µs of a multi page, whose German
 * capitalises every noun; this scan 12.5 µs): from each letter of one language found, the word around it (letters and marks, read by
 * code point as the pattern reads them), folded when it opens with a capital. (A letter is one of NAME_LETTERS.)
 */
export function foldNamesFast(text: string): string {
  NAME_LETTER.lastIndex = 0;
  let match = NAME_LETTER.exec(text);
  if (match === null) return text;
  let out = '';
  let done = 0;
  while (match !== null) {
    const at = match.index;
    let start = at;
    for (let width = wordUnitBefore(text, start); width > 0; width = wordUnitBefore(text, start))
      start -= width;
    let end = at + 1;
    for (let width = wordUnitAt(text, end); width > 0; width = wordUnitAt(text, end)) end += width;
    if (start >= done && UPPER.test(String.fromCodePoint(text.codePointAt(start)!))) {
      out += text.slice(done, start) + foldName(text.slice(start, end));
      done = end;
    }
    // The rest of this word is decided: the next letter of one language is looked for after it.
    NAME_LETTER.lastIndex = end;
    match = NAME_LETTER.exec(text);
  }
  return out + text.slice(done);
}

/** The UTF-16 length of the letter or mark at `at` (a surrogate pair is one code point), 0 when none is there. */
function wordUnitAt(text: string, at: number): number {
  if (at >= text.length) return 0;
  const c = text.charCodeAt(at);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  const point = text.codePointAt(at)!;
  const width = point > 0xffff ? 2 : 1;
  return LETTER_OR_MARK.test(String.fromCodePoint(point)) ? width : 0;
}

/** The UTF-16 length of the letter or mark that ends right before `at`, 0 when none does. */
function wordUnitBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  // The code point ending there starts one unit back, or two when those two units are a surrogate pair.
  const from = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? at - 2 : at - 1;
  return wordUnitAt(text, from) === at - from ? at - from : 0;
}

/**
 * Per BMP code unit: 0 not yet seen, 1 a letter (`\p{L}`), 2 not, 3 a wide letter (language.ts WIDE_LETTER).
 * Filled on first sight by the regexes.
 */
const LETTER_UNIT = new Uint8Array(65536);
const LETTER = /\p{L}/u;
const NOT_LETTER = 2;
const WIDE = 3;

/**
 * Whether `text` holds at least `wanted` letters as language.ts's `letterWeight` counts them (a wide letter
 * WIDE_LETTER_WEIGHT times): a code point at a time (a surrogate pair is one code point, tested by the regexes; a
 * lone surrogate is no letter), BMP units by table.
 */
export function hasLetters(text: string, wanted: number): boolean {
  let letters = 0;
  const n = text.length;
  for (let i = 0; i < n && letters < wanted; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        const pair = String.fromCharCode(c, low);
        if (LETTER.test(pair)) letters += WIDE_LETTER.test(pair) ? WIDE_LETTER_WEIGHT : 1;
        i++;
        continue;
      }
    }
    let k = LETTER_UNIT[c]!;
    if (k === 0) {
      const unit = String.fromCharCode(c);
      k = !LETTER.test(unit) ? NOT_LETTER : WIDE_LETTER.test(unit) ? WIDE : 1;
      LETTER_UNIT[c] = k;
    }
    if (k === 1) letters++;
    else if (k === WIDE) letters += WIDE_LETTER_WEIGHT;
  }
  return letters >= wanted;
}

/** The reference of `hasLetters`: language.ts's `letterWeight`. */
export function hasLettersPlain(text: string, wanted: number): boolean {
  return letterWeight(text) >= wanted;
}

function gramHash(text: string, start: number, n: number): number {
  let hash = n;
  for (let i = start; i < start + n; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x9e3779b1);
  return (hash >>> 16) & (FILTER_BITS - 1);
}

function filterOf(grams: Iterable<string>): Uint8Array {
  const filter = new Uint8Array(FILTER_BITS);
  for (const gram of grams) filter[gramHash(gram, 0, gram.length)] = 1;
  return filter;
}

/**
 * tinyld's grams of size n: windows of the text padded with n - 1 spaces, none with two spaces in a row or
 * blank. With a filter, only the windows whose hash is in it are visited (the others cannot be in its set).
 */
function forEachGram(
  text: string,
  n: number,
  filter: Uint8Array | null,
  visit: (gram: string) => boolean,
): boolean {
  const padded = n === 1 ? text : PADDING[n - 1] + text + PADDING[n - 1];
  for (let start = 0; start + n <= padded.length; start++) {
    if (filter !== null && filter[gramHash(padded, start, n)] === 0) continue;
    const gram = padded.slice(start, start + n);
    if (gram.includes('  ') || gram.trim().length === 0) continue;
    if (visit(gram)) return true;
  }
  return false;
}

/** The language of the first gram (by size, then position) that only one language uses; tinyld's pass 1. */
function uniqueLanguage(chunk: string): string | undefined {
  const { uniques, uniqueFilter } = tables();
  let found: string | undefined;
  for (const n of GRAM_SIZES) {
    const hit = forEachGram(chunk, n, uniqueFilter, (gram) => {
      if (!uniques.has(gram)) return false;
      found = uniques.get(gram);
      return true;
    });
    if (hit) return found;
  }
  return undefined;
}

interface WordScore {
  code: string;
  /** The code's slot in TOTALS. */
  slot: number;
  accuracy: number;
}

/** tinyld's pass 2 for one word: its eight best languages with an accuracy relative to the best score. */
function scoreWord(word: string): readonly WordScore[] {
  const { languages, codes, multiples, slotOf } = tables();
  const scores = new Array<number>(languages.length).fill(0);
  for (const n of GRAM_SIZES) {
    forEachGram(word, n, null, (gram) => {
      const weights = multiples.get(withoutMarks(gram));
      if (weights === undefined) return false;
      const { languages, adds } = weights;
      for (let i = 0; i < languages.length; i++) {
        const language = languages[i] as number;
        scores[language] = (scores[language] as number) + (adds[i] as number);
      }
      return false;
    });
  }
  const order = languages.map((_, index) => index);
  order.sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const best = Math.max(...scores) || 1;
  return order.slice(0, WORD_LANGUAGES).map((index) => ({
    code: codes[index] as string,
    slot: slotOf.get(codes[index] as string)!,
    accuracy: 1 - round4((best - (scores[index] as number)) / best),
  }));
}

/** tinyld's accent folding of a gram (NFD without combining marks); nothing below U+00C0 decomposes. */
function withoutMarks(gram: string): string {
  for (let i = 0; i < gram.length; i++) {
    if (gram.charCodeAt(i) >= 0xc0) return gram.normalize('NFD').replace(COMBINING_MARKS, '');
  }
  return gram;
}

function round4(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
