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
 */
import { readFileSync } from 'node:fs';

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

/** The lexicon's tags for a lower-cased word or multi-word entry ("new york"); empty when unknown. */
export function tagsOf(lowerCased: string): readonly string[] {
  return BY_WORD.get(lowerCased) ?? NO_TAGS;
}
