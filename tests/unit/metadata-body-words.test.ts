import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsUsed } from '../../functions/core/metadata/body-words.ts';
import { wordsUsedFast } from '../../functions/core/metadata/body-words-fast.ts';

const sorted = (set: Set<string>) => [...set].sort();

describe('wordsUsedFast', () => {
  // Letters of several scripts, a combining mark, apostrophes, hyphens, digits, an astral letter and an emoji,
  // a lone surrogate: every way a word starts, goes on and ends.
  const unit = fc.constantFrom(
    'a',
    'B',
    'ü',
    'ß',
    'Ж',
    '\u0301',
    "'",
    '’',
    '-',
    ' ',
    '\n',
    '1',
    '.',
    '𝐀',
    '😀',
    '\ud800',
  );
  const text = fc.string({ unit, maxLength: 120 });

  it('equals wordsUsed on arbitrary words and text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 6 }), { maxLength: 12 }), text, (words, body) => {
        const wanted = new Set(words);
        expect(sorted(wordsUsedFast(wanted, body))).toEqual(sorted(wordsUsed(wanted, body)));
      }),
      { numRuns: 3000 },
    );
  });

  it('equals wordsUsed on words cut from the text', () => {
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat(8)), { maxLength: 12 }), (body, cuts) => {
        const wanted = new Set(
          cuts.map(([at, length]) => body.slice(at % (body.length + 1), (at % (body.length + 1)) + length)),
        );
        expect(sorted(wordsUsedFast(wanted, body))).toEqual(sorted(wordsUsed(wanted, body)));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds words longer than its table of lengths', () => {
    const long = `Donau${'dampfschifffahrts'.repeat(4)}gesellschaft`;
    const longer = `${long}kapitän`;
    const body = `Die ${longer} und die ${long}.`;
    const wanted = new Set([long, longer, `${long}x`, 'Die', 'die']);
    expect(sorted(wordsUsedFast(wanted, body))).toEqual(sorted(wordsUsed(wanted, body)));
    expect(sorted(wordsUsedFast(wanted, body))).toEqual(['Die', 'die', long, longer].sort());
  });

  it('finds whole words only, as written', () => {
    const body = 'Die Sprache der Medien: kommentieren, O’Neil und Jean-Luc.';
    const wanted = new Set([
      'Sprache',
      'Medien',
      'kommentieren',
      'Kommentieren',
      'Spra',
      'O’Neil',
      'Jean-Luc',
      'Jean',
    ]);
    expect(sorted(wordsUsedFast(wanted, body))).toEqual([
      'Jean-Luc',
      'Medien',
      'O’Neil',
      'Sprache',
      'kommentieren',
    ]);
  });
});
