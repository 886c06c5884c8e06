/**
 * text-fast.ts's `features`, one pass over the text into a CompactFeatures, reads back every measure of text.ts's
 * plain object (`featuresPlain`, a pass per measure): words, shares, flags, characters and the word-share hashes,
 * on any text (short and sampled long ones, line breaks, curly quotes, ellipses, CJK, lone surrogates and pairs,
 * white space that is no space, tab or line break). And `lastShape`, what that pass saw, gives the tests it stands
 * for: classify.ts's `looksLikeCode`, the key's digit and the separator characters of `verdictForLine`, and so
 * the same line verdicts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeCode, verdictForLine } from '../../functions/core/cleaning/classify.ts';
import { featuresPlain, lineKeys, wordCount } from '../../functions/core/cleaning/text.ts';
import {
  features,
  lastShape,
  SHAPE_CODE,
  SHAPE_DIGIT,
  SHAPE_SEPARATOR,
} from '../../functions/core/cleaning/text-fast.ts';
import { countWords } from '../../functions/core/words.ts';
import { readFeatures as read } from '../support/text-features.ts';

const piece = fc.oneof(
  fc.constantFrom(
    'The',
    'the',
    'and',
    'you',
    'Share',
    'Newsletter',
    'cookies',
    'Home',
    '2024',
    'don’t',
    '“quoted”',
    '...',
    '…',
    '.',
    '!',
    ',',
    ' ',
    '  ',
    '\n',
    '\t',
    '\r',
    '\v',
    '\f',
    '\u00a0',
    '\u1680',
    '\u2003',
    '\u3000',
    '\ufeff',
    '東京都',
    'Ärger',
    'über',
    'ª',
    'e\u0301',
    '\ud83d',
    '\ud835\udc00',
    '😀',
    'w123',
    'Home > News',
    '|',
    '•',
    '/',
    ':',
    '{',
    '}',
    ';',
    '=',
    '$',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(' ')),
  fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
  fc.array(piece, { minLength: 300, maxLength: 500 }).map((parts) => parts.join(' ')),
  fc.string({ maxLength: 80, unit: 'grapheme' }),
);

/** `features(t)`'s shape. */
function shapeOf(t: string): number {
  features(t);
  return lastShape();
}

describe('features (CompactFeatures, one pass)', () => {
  it('reads back every measure of the plain features', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(read(features(t))).toEqual(read(featuresPlain(t)));
      }),
      { numRuns: 1000 },
    );
  });

  it('counts the words as words.ts does', () => {
    fc.assert(
      fc.property(text, (t) => features(t).words === countWords(t)),
      { numRuns: 1000 },
    );
  });

  it('keeps the flags and counts apart at their largest', () => {
    const long = `${Array.from({ length: 60 }, (_, i) => `Newsletter${i} subscribe`).join(' ')} you you…`;
    expect(read(features(long))).toEqual(read(featuresPlain(long)));
    expect(features(long).count).toBe(40);
  });
});

/** Code, prose and the code symbols around them (classify-fast.test.ts's pieces before the pass read them). */
const codePiece = fc.oneof(
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
    // Past 127 with a code symbol's low byte ('\u017b' is 0x17b), a lone surrogate.
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

describe('lastShape', () => {
  it('has SHAPE_CODE exactly when looksLikeCode holds', () => {
    fc.assert(
      fc.property(fc.array(codePiece, { maxLength: 80 }), fc.nat(1100), (pieces, pad) => {
        const t = pieces.join('');
        for (const candidate of [t, 'x'.repeat(pad) + t, t.repeat(1 + (pad % 40))])
          expect((shapeOf(candidate) & SHAPE_CODE) !== 0).toBe(looksLikeCode(candidate));
      }),
      { seed: 19, numRuns: 2000 },
    );
  });

  it('reads the first 1,000 characters only for code, as looksLikeCode does', () => {
    const prose = 'a'.repeat(1000);
    expect(shapeOf(`${prose}${'{}'.repeat(20)}`) & SHAPE_CODE).toBe(0);
    expect(shapeOf('{}'.repeat(500)) & SHAPE_CODE).toBe(SHAPE_CODE);
    expect((shapeOf('') & SHAPE_CODE) !== 0).toBe(looksLikeCode(''));
  });

  it('has SHAPE_DIGIT exactly when the key holds a digit, SHAPE_SEPARATOR when a short line holds a separator', () => {
    const long = fc.tuple(fc.nat(420), text).map(([pad, t]) => `${'a '.repeat(pad)}${t}`);
    fc.assert(
      fc.property(fc.oneof(text, long), (t) => {
        const shape = shapeOf(t);
        expect((shape & SHAPE_DIGIT) !== 0).toBe(/\d/.test(lineKeys(t).key));
        expect((shape & SHAPE_SEPARATOR) !== 0).toBe(t.length <= 300 && /[>›»/→\\:|•·]/.test(t));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives verdictForLine the verdict its own tests give', () => {
    const line = fc.oneof(
      text.map((t) => t.replace(/\n/g, ' ')),
      fc.constantFrom(
        'March 14, 2024',
        'Updated 3 hours ago',
        'Jane Doe • March 14, 2024',
        'Home > News > World',
        'About | Contact | Careers | Press',
        'Facebook Twitter LinkedIn Email',
        'Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com',
        'Share this article',
        '12 comments',
        '5 min read',
        'Page 2 of 10',
      ),
    );
    fc.assert(
      fc.property(line, (l) => {
        const feat = features(l);
        const shape = lastShape();
        const keys = lineKeys(l, feat.foldFree);
        expect(verdictForLine(l, wordCount(l), keys, shape)).toBe(verdictForLine(l, wordCount(l), keys));
      }),
      { numRuns: 1000 },
    );
  });
});
