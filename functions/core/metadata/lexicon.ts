/**
 * The word lexicon: given names, places, organisations and common words with their part-of-speech tags,
 * derived from compromise's lexicon by `npm run lexicon` (tests/support/lexicon-source.ts) and kept in
 * lexicon.json. Reading the packed file costs a few milliseconds; importing compromise itself to get the
 * same table cost ~270 ms of every cold start.
 *
 * The file is read as data, not imported: bundled as a module its 200 KB were parsed, compiled and scanned
 * for the source map at every cold start (~13 ms). The handler bundle ships it beside index.mjs
 * (HANDLER_ASSETS in infra/constructs/bundling.ts), so the same relative URL works from the sources and
 * from the bundle.
 *
 * The countries as the vocabulary's other languages name them join it from the runtime's ICU data
 * (foreignCountries), so that "Frankreich" on a German page is a place as "France" is.
 */
import { readFileSync } from 'node:fs';
import { LANGUAGES } from '../vocabulary/index.ts';

const LEXICON_URL = new URL('./lexicon.json', import.meta.url);

export interface PackedLexicon {
  source: string;
  regenerate: string;
  /** Separates the words of one tag group. */
  separator: string;
  /** Comma-joined tag list → the words carrying exactly those tags, separator-joined. */
  tags: Record<string, string>;
}

const NO_TAGS: readonly string[] = [];

function unpack(lexicon: PackedLexicon): Map<string, readonly string[]> {
  const byWord = new Map<string, readonly string[]>();
  for (const [key, words] of Object.entries(lexicon.tags)) {
    const tags = Object.freeze(key.split(','));
    for (const word of words.split(lexicon.separator)) byWord.set(word, tags);
  }
  return byWord;
}

const BY_WORD = unpack(JSON.parse(readFileSync(LEXICON_URL, 'utf8')) as PackedLexicon);

/**
 * The lexicon's tags for a lower-cased word or multi-word entry ("new york"); empty when unknown. The lexicon
 * is English and writes names without diacritics: a word it lacks is looked up again without them ("grégory",
 * "josé", "zürich" → "gregory", "jose", "zurich"), so the names of other languages' pages are known as such.
 */
export function tagsOf(lowerCased: string): readonly string[] {
  const tags = BY_WORD.get(lowerCased);
  if (tags !== undefined) return tags;
  if (foreignCountries().has(lowerCased)) return COUNTRY;
  if (!hasNonAscii(lowerCased)) return NO_TAGS;
  // Decomposing costs ~1 µs a word, and a German page asks for its words with umlauts again and again.
  let folded = FOLDED_TAGS.get(lowerCased);
  if (folded === undefined) {
    folded = BY_WORD.get(withoutDiacritics(lowerCased)) ?? NO_TAGS;
    if (FOLDED_TAGS.size >= MAX_FOLDED) FOLDED_TAGS.clear();
    FOLDED_TAGS.set(lowerCased, folded);
  }
  return folded;
}

const COUNTRY: readonly string[] = Object.freeze(['Country']);
/** Region codes that name no country or territory: the EU, the euro area, the UN, pseudo-regions. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
/** foreignCountries' map, once built. */
let FOREIGN_COUNTRIES: Map<string, Set<string>> | null = null;

/**
 * The countries and territories as the vocabulary's other languages name them ("frankreich", "pays-bas",
 * "estados unidos", "niemcy"), lower case, from the runtime's ICU data (Intl.DisplayNames: no bytes in the
 * bundle), where the English lexicon has no entry of that spelling (an English word keeps its own tags: German
 * "Island" is not Iceland on an English page), each with the languages that name it so ("island": de; "chili":
 * fr); tagsOf tags each `Country`. Built on the first look-up that needs it (~13 ms, once).
 */
function foreignCountries(): Map<string, Set<string>> {
  if (FOREIGN_COUNTRIES !== null) return FOREIGN_COUNTRIES;
  const countries = new Map<string, Set<string>>();
  for (const language of LANGUAGES) {
    if (language.code === 'en') continue;
    let names: Intl.DisplayNames;
    try {
      names = new Intl.DisplayNames([language.code], { type: 'region', fallback: 'none' });
    } catch {
      continue; // A runtime without the language's data names no country in it.
    }
    for (let first = 65; first <= 90; first++)
      for (let second = 65; second <= 90; second++) {
        const code = String.fromCharCode(first, second);
        const name = NOT_COUNTRIES.has(code) ? undefined : names.of(code);
        if (!name || /[\d()]/.test(name)) continue;
        const key = name.toLowerCase().replace(/’/g, "'");
        if (BY_WORD.has(key)) continue;
        const languages = countries.get(key) ?? new Set<string>();
        languages.add(language.code);
        countries.set(key, languages);
      }
  }
  FOREIGN_COUNTRIES = countries;
  return countries;
}

/**
 * The languages whose name for a country is `lowerCased` when only the vocabulary's other languages name it so
 * (not the English lexicon): "island" → de (Iceland), "chili" → fr; undefined for any other word.
 */
export function countryNameLanguages(lowerCased: string): ReadonlySet<string> | undefined {
  return foreignCountries().get(lowerCased.replace(/’/g, "'"));
}

/** tagsOf's answers for words found only without their diacritics (or not at all); emptied when large. */
const FOLDED_TAGS = new Map<string, readonly string[]>();
const MAX_FOLDED = 20_000;

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return true;
  return false;
}

/** Letters that decompose into none: "ø", "ł", "đ" (Søren, Łukasz lower-cased). */
const UNDECOMPOSED: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd' };

/** The text without its combining marks (canonical decomposition, marks dropped): "grégory" → "gregory". */
export function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øłđ]/g, (letter) => UNDECOMPOSED[letter] ?? letter);
}

/** Per first word of the multi-word entries: bit k set when an entry of k + 1 words starts with it. */
let FIRST_WORDS: Map<string, number> | null = null;

/**
 * Which multi-word entries the lower-cased word starts: bit k set when some entry of k + 1 words (split at
 * single spaces) starts with it, 0 when none does. A reader trying windows of several words looks up only the
 * windows some entry could fill (built on the first call: ~24,600 entries read once).
 */
export function entrySizesFrom(lowerCased: string): number {
  if (FIRST_WORDS === null) {
    const first = new Map<string, number>();
    for (const entry of [...BY_WORD.keys(), ...foreignCountries().keys()]) {
      if (!entry.includes(' ')) continue;
      const words = entry.split(' ');
      first.set(words[0]!, (first.get(words[0]!) ?? 0) | (1 << (words.length - 1)));
    }
    FIRST_WORDS = first;
  }
  return FIRST_WORDS.get(lowerCased) ?? 0;
}
