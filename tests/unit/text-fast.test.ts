/**
 * text-fast.ts's CompactFeatures, which `features` returns, reads back every measure of text.ts's plain object
 * (`featuresPlain`): words, shares, flags, characters and the word-share hashes, on any text (short and sampled
 * long ones, line breaks, curly quotes, ellipses, CJK, lone surrogates).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { features, featuresPlain } from '../../functions/core/cleaning/text.ts';
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
    '東京都',
    'Ärger',
    'über',
    '\ud83d',
    'w123',
  ),
  fc.string({ maxLength: 12 }),
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(' ')),
  fc.array(piece, { minLength: 300, maxLength: 500 }).map((parts) => parts.join(' ')),
  fc.string({ maxLength: 80, unit: 'grapheme' }),
);

describe('CompactFeatures', () => {
  it('reads back every measure of the plain features', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(read(features(t))).toEqual(read(featuresPlain(t)));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the flags and counts apart at their largest', () => {
    const long = `${Array.from({ length: 60 }, (_, i) => `Newsletter${i} subscribe`).join(' ')} you you…`;
    expect(read(features(long))).toEqual(read(featuresPlain(long)));
    expect(features(long).count).toBe(40);
  });
});
