/**
 * classify-fast.ts's `looksLikeCodeFast`, which the cleaner runs, gives classify.ts's `looksLikeCode` (the plain
 * reference) on any text: prose, program code, every code symbol, characters past 127 (whose low byte is a code
 * symbol's: '\u017b' is 0x17b), lone surrogates, texts around the 1,000 characters read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeCode } from '../../functions/core/cleaning/classify.ts';
import { looksLikeCodeFast } from '../../functions/core/cleaning/classify-fast.ts';

const piece = fc.oneof(
  fc.constantFrom(
    'The council met on Tuesday.',
    'function f(a) { return a[0] && b; }',
    'if (x <= 2) { y = $z | 1; }',
    '{',
    '}',
    ';',
    '=',
    '<',
    '>',
    '[',
    ']',
    '(',
    ')',
    '&',
    '|',
    '$',
    '\\',
    '\u017b',
    '\u013d',
    '\u247b',
    '東京都',
    '\ud83d',
    ' ',
    '\n',
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

describe('looksLikeCodeFast', () => {
  it('gives looksLikeCode on any text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.nat(1100), (pieces, pad) => {
        const text = pieces.join('');
        for (const candidate of [text, 'x'.repeat(pad) + text, text.repeat(1 + (pad % 40))])
          expect(looksLikeCodeFast(candidate)).toBe(looksLikeCode(candidate));
      }),
      { seed: 19, numRuns: 2000 },
    );
  });

  it('reads the first 1,000 characters only, as the reference does', () => {
    const prose = 'a'.repeat(1000);
    expect(looksLikeCodeFast(`${prose}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}`)).toBe(false);
    expect(looksLikeCodeFast('{}'.repeat(500))).toBe(true);
    expect(looksLikeCodeFast('')).toBe(looksLikeCode(''));
  });
});
