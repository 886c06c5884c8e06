import { sentences } from '../words.ts';
import { countWordsFast } from '../words-fast.ts';

/** A paragraph shorter than this is a heading, caption or list item, not summary material. */
const MIN_PARAGRAPH_WORDS = 12;
const MAX_SENTENCES = 3;
const MAX_CHARS = 600;

/**
 * The lead: the first 2–3 sentences of the body's first real paragraphs, verbatim (extractive, so a
 * summary never says anything the article does not). Null for a body without prose.
 */
export function extractSummary(body: string): string | null {
  const picked: string[] = [];
  for (const paragraph of body.split(/\n{2,}/)) {
    const text = paragraph.replace(/\s+/g, ' ').trim();
    if (countWordsFast(text) < MIN_PARAGRAPH_WORDS) continue;
    for (const sentence of sentences(text)) {
      if (picked.length > 0 && picked.join(' ').length + sentence.length > MAX_CHARS) break;
      picked.push(sentence);
      if (picked.length === MAX_SENTENCES) break;
    }
    if (picked.length >= 2 || picked.join(' ').length > MAX_CHARS / 2) break;
  }
  return picked.length > 0 ? picked.join(' ') : null;
}
