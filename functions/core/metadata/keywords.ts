import { elides, keywordStopWords } from './function-words.ts';

export const MAX_KEYWORDS = 10;
export const MIN_LETTERS = 3;

/**
 * Keywords are counted over at most this many characters of the body, cut back to the last line break within
 * them: the most frequent words of half a million characters (some 80,000 words of prose) are the body's, and a
 * 10 MB input costs no more than that. The longest body of dev, multi and check has 101,810 characters: every
 * real page is read whole.
 */
export const KEYWORD_SAMPLE_CHARS = 500_000;

/** The part of the body the keywords are counted over (`KEYWORD_SAMPLE_CHARS`). */
export function keywordSample(body: string): string {
  if (body.length <= KEYWORD_SAMPLE_CHARS) return body;
  const end = body.lastIndexOf('\n', KEYWORD_SAMPLE_CHARS);
  return body.slice(0, end > 0 ? end : KEYWORD_SAMPLE_CHARS);
}

/**
 * In a language that elides ("l'école", "qu'il", "dell'anno"): the short word and its apostrophe before the word
 * (group 1). At most six letters ("lorsqu'", "puisqu'"); "aujourd'hui" stays whole.
 */
export const ELIDED = /^\p{L}{1,6}['’](\p{L}.*)$/su;

/**
 * The body's most frequent content words (lower-case), ties broken by first appearance: no function word of
 * English or of the page's `language` (function-words.ts). The plain reference: the core calls
 * keywords-fast.ts, which gives the same list without a regex match per word.
 */
export function extractKeywords(body: string, language: string | null = null): string[] {
  const stopWords = keywordStopWords(language);
  const elision = elides(language);
  const counts: KeywordCounts = new Map();
  let position = 0;
  // A word goes on through its vowel and tone marks ("किसानों", "योजना": Devanagari's words were cut at each) and
  // Persian's zero-width non-joiner ("وام‌های").
  for (const match of keywordSample(body).matchAll(/[\p{L}][\p{L}\p{M}\p{N}\u200c'’-]*/gu)) {
    let word = match[0].toLowerCase();
    if (elision) word = ELIDED.exec(word)?.[1] ?? word;
    word = word.replace(/['’]s$/u, '').replace(/['’-]+$/u, '');
    position++;
    if ([...word].length < MIN_LETTERS || stopWords.has(word)) continue;
    countKeyword(counts, word, position);
  }
  return topKeywords(counts);
}

/** How often each candidate word occurs, and the position of its first occurrence. */
export type KeywordCounts = Map<string, { count: number; first: number }>;

/** One occurrence of a candidate word at `position`. */
export function countKeyword(counts: KeywordCounts, word: string, position: number): void {
  const entry = counts.get(word);
  if (entry) entry.count++;
  else counts.set(word, { count: 1, first: position });
}

/** The words seen twice or more, most frequent first, ties by first appearance. */
export function topKeywords(counts: KeywordCounts): string[] {
  return [...counts.entries()]
    .filter(([, entry]) => entry.count >= 2)
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
    .slice(0, MAX_KEYWORDS)
    .map(([word]) => word);
}
