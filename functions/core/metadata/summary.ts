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
  for (const paragraph of paragraphs(body)) {
    // Collapsing white space changes no word (a run of non-space characters): short ones are skipped as read.
    if (countWordsFast(paragraph) < MIN_PARAGRAPH_WORDS) continue;
    const text = paragraph.replace(/\s+/g, ' ').trim();
    for (const sentence of sentences(text)) {
      if (picked.length > 0 && picked.join(' ').length + sentence.length > MAX_CHARS) break;
      picked.push(sentence);
      if (picked.length === MAX_SENTENCES) break;
    }
    if (picked.length >= 2 || picked.join(' ').length > MAX_CHARS / 2) break;
  }
  return picked.length > 0 ? picked.join(' ') : null;
}

/**
 * `body.split(/\n{2,}/)`, one paragraph at a time: the lead is read from the first paragraphs, and a body of a
 * million short blocks (10 MB of one-word blocks) needs no array of them.
 */
export function* paragraphs(body: string): Generator<string> {
  const breaks = /\n{2,}/g;
  let from = 0;
  for (let match = breaks.exec(body); match !== null; match = breaks.exec(body)) {
    yield body.slice(from, match.index);
    from = match.index + match[0].length;
  }
  yield body.slice(from);
}
