/** A paragraph shorter than this is a heading, caption or list item, not summary material. */
const MIN_PARAGRAPH_WORDS = 12;
const MAX_SENTENCES = 3;
const MAX_CHARS = 600;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The lead: the first 2–3 sentences of the body's first real paragraphs, verbatim (extractive, so a
 * summary never says anything the article does not). Null for a body without prose.
 */
export function extractSummary(body: string): string | null {
  const sentences: string[] = [];
  for (const paragraph of body.split(/\n{2,}/)) {
    const text = paragraph.replace(/\s+/g, ' ').trim();
    if (text.split(' ').length < MIN_PARAGRAPH_WORDS) continue;
    for (const { segment } of segmenter.segment(text)) {
      const sentence = segment.trim();
      if (sentence.length === 0) continue;
      if (sentences.length > 0 && sentences.join(' ').length + sentence.length > MAX_CHARS) break;
      sentences.push(sentence);
      if (sentences.length === MAX_SENTENCES) break;
    }
    if (sentences.length >= 2 || sentences.join(' ').length > MAX_CHARS / 2) break;
  }
  return sentences.length > 0 ? sentences.join(' ') : null;
}
