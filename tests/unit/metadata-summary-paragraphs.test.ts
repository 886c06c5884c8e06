/**
 * summary.ts reads the body one paragraph at a time and skips a short paragraph before collapsing its white
 * space: the same summary as the plain reading (split into every paragraph, collapse, then count), on arbitrary
 * bodies of words, spaces, line breaks and other characters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSummary, paragraphs } from '../../functions/core/metadata/summary.ts';
import { sentences } from '../../functions/core/words.ts';
import { countWordsFast } from '../../functions/core/words-fast.ts';

/** The plain reference: summary.ts as it read before (every paragraph split, then collapsed, then counted). */
function summaryPlain(body: string): string | null {
  const picked: string[] = [];
  for (const paragraph of body.split(/\n{2,}/)) {
    const text = paragraph.replace(/\s+/g, ' ').trim();
    if (countWordsFast(text) < 12) continue;
    for (const sentence of sentences(text)) {
      if (picked.length > 0 && picked.join(' ').length + sentence.length > 600) break;
      picked.push(sentence);
      if (picked.length === 3) break;
    }
    if (picked.length >= 2 || picked.join(' ').length > 300) break;
  }
  return picked.length > 0 ? picked.join(' ') : null;
}

const piece = fc.oneof(
  fc.constantFrom('word', 'The', 'cat', 'sat.', 'Dr.', '3.', 'am', '日本', 'ü', '—', '"'),
  fc.constantFrom(' ', '  ', '\n', '\n\n', '\n\n\n', '\t', '\u00a0', '\u3000', ' \n \n'),
  fc.string({ maxLength: 6 }),
);
const body = fc.array(piece, { maxLength: 200 }).map((parts) => parts.join(''));

describe('summary paragraphs', () => {
  it('are the paragraphs of split(/\\n{2,}/), in order', () => {
    fc.assert(
      fc.property(body, (text) => {
        expect([...paragraphs(text)]).toEqual(text.split(/\n{2,}/));
      }),
    );
  });

  it('collapsing white space changes no word count', () => {
    fc.assert(
      fc.property(body, (text) => {
        expect(countWordsFast(text)).toBe(countWordsFast(text.replace(/\s+/g, ' ').trim()));
      }),
    );
  });

  it('give the summary of the plain reading', () => {
    fc.assert(
      fc.property(body, (text) => {
        expect(extractSummary(text)).toBe(summaryPlain(text));
      }),
      {
        numRuns: 300,
      },
    );
  });
});
