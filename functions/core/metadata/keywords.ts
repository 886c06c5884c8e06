/** Function words and web filler that never make a keyword (English; other languages get raw counts). */
export const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before
  being below between both but by can could did do does doing done down during each even ever every
  few for from further get gets got had has have having he her here hers herself him himself his how
  however i if in into is isn't it it's its itself just like made make many may me might more most
  much must my myself new no nor not now of off often on once one only or other our ours ourselves
  out over own per rather really said same say says see she should since so some such than that
  that's the their theirs them themselves then there these they this those through to too under
  until up upon us use used using very via want was we well were what when where whether which while
  who whom whose why will with within without would yet you your yours yourself also back first last
  two three four five six seven eight nine ten way ways time times year years day days week weeks
  month months people thing things lot lots make makes made take takes need needs know known
  including include includes based according around across along among already always another
  something anything everything nothing someone anyone everyone still though although less least
  next good better best great right left high low part parts new news read click here share`.split(/\s+/),
);
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
 * The body's most frequent content words (lower-case), ties broken by first appearance. The plain reference:
 * the core calls keywords-fast.ts, which gives the same list without a regex match per word.
 */
export function extractKeywords(body: string): string[] {
  const counts: KeywordCounts = new Map();
  let position = 0;
  for (const match of keywordSample(body).matchAll(/[\p{L}][\p{L}\p{N}'’-]*/gu)) {
    const word = match[0]
      .toLowerCase()
      .replace(/['’]s$/u, '')
      .replace(/['’-]+$/u, '');
    position++;
    if ([...word].length < MIN_LETTERS || STOP_WORDS.has(word)) continue;
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
