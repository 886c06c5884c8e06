import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_WORDS, isDateLine } from '../../functions/core/cleaning/detectors.ts';
import { isDateLineFast } from '../../functions/core/cleaning/detectors-fast.ts';

const dateWords = [...DATE_WORDS];
/** Pieces of date lines and of lines that look like them, in any case. */
const piece = fc.oneof(
  fc.constantFrom(...dateWords),
  fc.constantFrom(...dateWords).map((w) => w.toUpperCase()),
  fc.constantFrom(...dateWords).map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
  fc.constantFrom(
    '3',
    '14',
    '2024',
    '12345',
    '1st',
    '2ND',
    '3rd',
    '4th',
    '10h',
    '10h15',
    '9H05',
    '10h1',
    '10h155',
    '9am',
    '11PM',
    '5s',
    '07',
    'w12',
    '1a',
  ),
  fc.constantFrom(
    'ago',
    'vor',
    'il y a',
    'hace',
    'fa',
    'há',
    'geleden',
    'Updated',
    'by',
    'Jane',
    'Doe',
    'ΑΣ',
    'İ',
  ),
  fc.constantFrom(
    ' ',
    ', ',
    '.',
    '/',
    ':',
    '-',
    '–',
    '—',
    '|',
    '•',
    '·',
    '(',
    ')',
    '\t',
    '\u00a0',
    "'",
    '_',
    '@',
  ),
  fc.string({ maxLength: 6 }),
  fc.string({ maxLength: 4, unit: 'binary' }),
);
/** Mostly date lines: date words and numbers between separators. */
const dateLike = fc
  .array(
    fc.tuple(
      fc.oneof(piece, fc.constantFrom('3', '2024', '10:30', 'pm')),
      fc.constantFrom(' ', ', ', '. ', '/', ' - '),
    ),
    {
      maxLength: 8,
    },
  )
  .map((pairs) => pairs.map(([p, s]) => p + s).join(''));
const line = fc.oneof(
  dateLike,
  fc.array(piece, { maxLength: 20 }).map((parts) => parts.join('')),
  fc.array(piece, { maxLength: 20 }).map((parts) => parts.join(' ')),
  fc.string({ maxLength: 130 }),
);

describe('isDateLineFast', () => {
  it('equals isDateLine on lines built from date words, numbers and separators', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(isDateLineFast(text)).toBe(isDateLine(text));
      }),
      { numRuns: 20000 },
    );
  });

  it('equals isDateLine on the detector examples and on long lines', () => {
    for (const text of [
      'March 14, 2024',
      'Updated 3 hours ago',
      '12. Juni 2024',
      'vor 3 Stunden',
      '2 days ago',
      'Mon, 03/04/2024 10:00am',
      '12 mars 2024 à 10h15',
      'March 12, 2024 at 10:15 a.m.',
      'w1',
      'In March 2024 the river flooded twice.',
      `${'1 '.repeat(60)}`,
      `${'1 '.repeat(61)}`,
      '1 2 3 4 5 6 7 8 9 10 11 12 13 14',
      '1 2 3 4 5 6 7 8 9 10 11 12 13 14 15',
    ])
      expect(isDateLineFast(text)).toBe(isDateLine(text));
  });
});
