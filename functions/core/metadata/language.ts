import { detect } from 'tinyld/light';

/** Below this many letters tinyld guesses wildly (a one-line English text came back "nl"). */
export const MIN_LETTERS = 200;
/** Detection reads at most this much of the body: enough for a stable answer, bounded cost. */
export const SAMPLE_CHARS = 6000;

/**
 * Symbols tinyld's light dictionary lists as "unique" to one language, artifacts of its training text: a chunk
 * holding one counts wholly for that language. "|" is Hindi (the danda's look-alike), "‘", "°" and "=" German, "·"
 * Greek: an English page of "Price Range | $$" lines or British ‘quotes’ was detected as Hindi or German. They are
 * read as spaces. The set is the dictionary's unique grams made of one punctuation or symbol character outside the
 * scripts whose own punctuation it is (tests/unit/metadata-language.test.ts derives it from language-dict.json).
 */
export const DICTIONARY_NOISE = /[=|°·΄―‟№－‘‚−�]/gu;

/** The part of the body detection reads: its first SAMPLE_CHARS, the dictionary's noise symbols as spaces. */
export function detectionSample(body: string): string {
  return body.slice(0, SAMPLE_CHARS).replace(DICTIONARY_NOISE, ' ');
}

/** BCP 47 primary language subtag of the body (e.g. "en"), or null when too short to tell. */
export function detectLanguage(body: string): string | null {
  const sample = detectionSample(body);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return null;
  const code = detect(sample);
  return code ? code : null;
}
