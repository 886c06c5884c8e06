import { detect } from 'tinyld/light';

/** Below this many letters tinyld guesses wildly (a one-line English text came back "nl"). */
export const MIN_LETTERS = 200;
/** Detection reads at most this much of the body: enough for a stable answer, bounded cost. */
export const SAMPLE_CHARS = 6000;

/** BCP 47 primary language subtag of the body (e.g. "en"), or null when too short to tell. */
export function detectLanguage(body: string): string | null {
  const sample = body.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return null;
  const code = detect(sample);
  return code ? code : null;
}
