import { detect } from 'tinyld/light';
import { detectionSample, letterWeight, MIN_LETTERS } from './language-sample.ts';
import { languageBySpelling } from './orthography.ts';

/** BCP 47 primary language subtag of the body (e.g. "en"), or null when too short to tell. */
export function detectLanguage(body: string, minLetters = MIN_LETTERS): string | null {
  const sample = detectionSample(body);
  if (letterWeight(sample) < minLetters) return null;
  const code = detect(sample) || null;
  return languageBySpelling(sample, code) ?? code;
}
