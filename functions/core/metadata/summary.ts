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
  for (let from = 0; ; ) {
    const end = paragraphEnd(body, from);
    // A text has at most one word per character (words-fast.ts): a shorter paragraph is skipped unread.
    if (end - from >= MIN_PARAGRAPH_WORDS && pick(body.slice(from, end), picked)) break;
    if (end === body.length) break;
    from = pastBreaks(body, end);
  }
  return picked.length > 0 ? picked.join(' ') : null;
}

/** Adds the paragraph's lead sentences to `picked` (a short paragraph adds none); true when the lead is complete. */
function pick(paragraph: string, picked: string[]): boolean {
  // Collapsing white space changes no word (a run of non-space characters): short ones are skipped as read.
  if (countWordsFast(paragraph) < MIN_PARAGRAPH_WORDS) return false;
  const text = paragraph.replace(/\s+/g, ' ').trim();
  for (const sentence of sentences(text)) {
    if (picked.length > 0 && picked.join(' ').length + sentence.length > MAX_CHARS) break;
    picked.push(sentence);
    if (picked.length === MAX_SENTENCES) break;
  }
  return picked.length >= 2 || picked.join(' ').length > MAX_CHARS / 2;
}

/**
 * `body.split(/\n{2,}/)`, one paragraph at a time, as the summary reads them: each paragraph's end found by
 * `indexOf` from its start (a body of a million short blocks, 10 MB of one-word blocks, needs no array of them,
 * and the summary no slice, match or iteration result for a paragraph too short to read).
 */
export function* paragraphs(body: string): Generator<string> {
  for (let from = 0; ; ) {
    const end = paragraphEnd(body, from);
    yield body.slice(from, end);
    if (end === body.length) return;
    from = pastBreaks(body, end);
  }
}

/** Where the paragraph starting at `from` ends: the next "\n\n", or the body's end. */
function paragraphEnd(body: string, from: number): number {
  const end = body.indexOf('\n\n', from);
  return end < 0 ? body.length : end;
}

/** Past the run of line breaks at `at` (a paragraph break, two or more). */
function pastBreaks(body: string, at: number): number {
  let end = at + 2;
  while (end < body.length && body.charCodeAt(end) === 10) end++;
  return end;
}
