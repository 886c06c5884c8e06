/**
 * Keywords of a page in a language written without spaces between its words (Chinese, Japanese, Thai): the
 * words are Intl.Segmenter's (ICU's dictionaries, in the runtime: nothing in the bundle), counted as keywords.ts
 * counts a spaced language's. The spaced reader took a run of characters between two punctuation marks for one
 * word, so a Chinese page's keywords were its clauses ("政府周四批准了环境保护法草案").
 */
import { keywordStopWords } from './function-words.ts';
import { countKeyword, type KeywordCounts, keywordSample, MIN_LETTERS, topKeywords } from './keywords.ts';

/** The languages read so (ISO 639-1, as the language detector names them). */
export const SEGMENTED_LANGUAGES: ReadonlySet<string> = new Set(['zh', 'ja', 'th']);

/** A word of these scripts has this many characters at least to be a keyword (one Han character is too vague). */
const MIN_CHARACTERS = 2;
/** Han, kana and Thai: the scripts written without spaces. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const LETTER = /\p{L}/u;
/** All hiragana: Japanese writes its particles and verb endings so ("した", "される"), its content words not. */
const HIRAGANA_ONLY = /^\p{Script=Hiragana}+$/u;

const SEGMENTERS = new Map<string, Intl.Segmenter>();

/** The body's most frequent words in `language` (one of SEGMENTED_LANGUAGES), ties by first appearance. */
export function extractSegmentedKeywords(body: string, language: string): string[] {
  let segmenter = SEGMENTERS.get(language);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    SEGMENTERS.set(language, segmenter);
  }
  const stopWords = keywordStopWords(language);
  const counts: KeywordCounts = new Map();
  let position = 0;
  // A fifth of the spaced languages' sample: a character here carries about what a word does there.
  const whole = keywordSample(body);
  const sample =
    whole.length <= SAMPLE_CHARS ? whole : whole.slice(0, pieceEnd(whole, SAMPLE_CHARS - PIECE_CHARS));
  // The segmenter is handed short pieces: over one long string its iteration takes time growing with the square
  // of the length (125,000 characters of Chinese: 20 s; in pieces of at most PIECE_CHARS: 60 ms).
  for (let from = 0; from < sample.length; ) {
    const to = pieceEnd(sample, from);
    for (const { segment, isWordLike } of segmenter.segment(sample.slice(from, to))) {
      if (!isWordLike) continue;
      position++;
      const word = segment.toLowerCase();
      // A word of the page's script needs two characters; a Latin word among them, as many letters as elsewhere.
      const least = UNSPACED.test(word) ? MIN_CHARACTERS : MIN_LETTERS;
      if ([...word].length < least || !LETTER.test(word) || stopWords.has(word) || HIRAGANA_ONLY.test(word))
        continue;
      countKeyword(counts, word, position);
    }
    from = to;
  }
  return topKeywords(counts);
}

/** Characters of the body read (cut at a break): every page's keywords show within them. */
const SAMPLE_CHARS = 100_000;
/** The longest piece the segmenter is handed. */
export const PIECE_CHARS = 512;
/** Where a piece may end: after a line break, white space or punctuation (no word runs across them). */
const BREAK = /[\s\p{P}]/u;

/**
 * The end of the piece that starts at `from`: the text's end, or the last break within PIECE_CHARS (a word cut at
 * the limit, in a run of PIECE_CHARS without one, is the price of a bounded piece).
 */
export function pieceEnd(text: string, from: number): number {
  const limit = from + PIECE_CHARS;
  if (limit >= text.length) return text.length;
  for (let k = limit; k > from + PIECE_CHARS / 2; k--) if (BREAK.test(text[k - 1]!)) return k;
  // No break in the piece's second half: cut at the limit, between two code units of one pair never.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit + 1 : limit;
}
