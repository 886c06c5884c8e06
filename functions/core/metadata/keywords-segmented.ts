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
  for (const { segment, isWordLike } of segmenter.segment(keywordSample(body))) {
    if (!isWordLike) continue;
    position++;
    const word = segment.toLowerCase();
    // A word of the page's script needs two characters; a Latin word among them, as many letters as elsewhere.
    const least = UNSPACED.test(word) ? MIN_CHARACTERS : MIN_LETTERS;
    if ([...word].length < least || !LETTER.test(word) || stopWords.has(word) || HIRAGANA_ONLY.test(word))
      continue;
    countKeyword(counts, word, position);
  }
  return topKeywords(counts);
}
