import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropTrailingCapitals } from '../../functions/core/metadata/author-rules.ts';
import { labelPatterns } from '../../functions/core/metadata/labels.ts';
import { tidyName } from '../../functions/core/metadata/names.ts';

// Pieces of bylines with what ends a name (a date, a separator, a connector, a label, a glued month), in any order.
const PIECES = [
  'By ',
  'Jane',
  'Roe',
  'jane',
  ' ',
  '  ',
  '\u00a0',
  '\t',
  ' on ',
  ' am ',
  ' In ',
  ' | ',
  '•',
  ' - ',
  ' (',
  '3',
  'May',
  'März',
  'RoeMay',
  ' Published',
  'Aktualisiert',
  ' Updated: ',
  'USA TODAY',
  'NPR',
  'CNN',
  'Dr. ',
  '"',
  '.',
  ',',
  'É',
  'é',
  'ß',
  'K',
  'ſ',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme' }),
);

describe('author-rules rewrites', () => {
  it('cut a byline at its name end as the first piece of a split there', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(null, 'en', 'de', 'fr', 'es', 'it', 'nl', 'pl'), (raw, language) => {
        const { nameEnd } = labelPatterns(language);
        const end = raw.search(nameEnd);
        expect(end < 0 ? raw : raw.slice(0, end)).toBe(raw.split(nameEnd)[0] ?? '');
      }),
      { numRuns: 3000 },
    );
  });

  it('drop trailing capitals as the word-by-word reference does', () => {
    // The reference: the tidied words, every trailing all-capitals word of two capitals at least dropped.
    const reference = (raw: string) => {
      const words = tidyName(raw).split(' ');
      if (words.every((word) => word === word.toUpperCase())) return words.join(' ');
      while (words.length > 1) {
        const last = words.at(-1) ?? '';
        if (last.length > 1 && last === last.toUpperCase() && /\p{Lu}{2}/u.test(last)) words.pop();
        else break;
      }
      return words.join(' ');
    };
    fc.assert(
      fc.property(text, (raw) => {
        expect(dropTrailingCapitals(raw)).toBe(reference(raw));
      }),
      { numRuns: 3000 },
    );
  });
});
