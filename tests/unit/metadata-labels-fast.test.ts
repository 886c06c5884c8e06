import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelPatterns } from '../../functions/core/metadata/labels.ts';
import { hasTrailingBylineFast, LOWER_CASED_FROM } from '../../functions/core/metadata/labels-fast.ts';

const LANGUAGES = [null, 'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl'];

describe('hasTrailingBylineFast', () => {
  it('rests on what lower-casing does to every UTF-16 code unit', () => {
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      const lower = char.toLowerCase();
      const first = lower.charAt(0);
      if (lower.length > 1) {
        // "İ" → "i̇": a longer lower case puts no ASCII letter, space or colon after its first character.
        expect(/[a-z :]/.test(lower.slice(1)), char).toBe(false);
      }
      if (/^[a-z]$/.test(first) && lower.length === 1 && char.toUpperCase() !== first.toUpperCase())
        expect(LOWER_CASED_FROM[first], char).toContain(char);
      if (lower === ' ' || lower === ':') expect(char).toBe(lower);
    }
  });

  it('answers as labels.hasTrailingByline, in every page language', () => {
    // Tails in any case, dates and separators before them, names after, and the characters lower-casing changes
    // oddly (the Kelvin sign, dotted and dotless i, long s, final sigma).
    const piece = fc.constantFrom(
      'by',
      'BY',
      'bY',
      '\u212aontributor',
      'contributor',
      'AUTHOR',
      'writer',
      'von',
      'VON',
      'par',
      'de',
      'por',
      'escribe',
      'di',
      'da',
      'door',
      'D\u0130',
      'd\u0131',
      '\u0130',
      '\u017f',
      'Σ',
      ' ',
      ':',
      '\u00a0',
      '|',
      ',',
      '12.03.2024',
      'May 3, 2024',
      '11:30 Uhr',
      'Jane Roe',
      'jroe',
      'x',
    );
    const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...LANGUAGES), (line, language) => {
        const labels = labelPatterns(language);
        expect(hasTrailingBylineFast(line, labels)).toBe(labels.hasTrailingByline(line));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a byline after a date, and none in a line without a tail', () => {
    const labels = labelPatterns('en');
    expect(hasTrailingBylineFast('October 11, 2023 BY Jane Roe', labels)).toBe(true);
    expect(hasTrailingBylineFast('October 11, 2023 by jroe', labels)).toBe(true);
    expect(hasTrailingBylineFast('Subscribe to our newsletter', labels)).toBe(false);
    const de = labelPatterns('de');
    expect(hasTrailingBylineFast('02.02.2022, 11:30 Uhr von Markus Steinrisser', de)).toBe(true);
  });
});
