import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minhashSignature, SIGNATURE_SHAPE, shingleHashes } from '../../functions/core/minhash.ts';
import { minhashSignatureFast, shingleHashesFast } from '../../functions/core/minhash-fast.ts';

const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);

describe('shingleHashesFast', () => {
  it('equals shingleHashes on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-composite', maxLength: 300 }),
        fc.integer({ min: 1, max: 5 }),
        (text, k) => {
          expect(sorted(shingleHashesFast(text, k))).toEqual(sorted(shingleHashes(text, k)));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('equals shingleHashes on repeated words (shingles that repeat), short texts included', () => {
    const words = ['the', 'Bridge', 'ferry', 'ß', 'café', 'Öl', '2024', '𝒜x', 'town'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', '\n', ', ', '—')), {
          maxLength: 60,
        }),
        fc.integer({ min: 1, max: 4 }),
        (pairs, k) => {
          const text = pairs.map(([word, separator]) => word + separator).join('');
          expect(sorted(shingleHashesFast(text, k))).toEqual(sorted(shingleHashes(text, k)));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('minhashSignatureFast equals minhashSignature (shingles of 1 to 4 words, repeats included)', () => {
    const words = ['the', 'Bridge', 'ferry', 'ß', 'café', 'Öl', '2024', '𝒜x', 'town'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', '\n', ', ', '—')), {
          maxLength: 80,
        }),
        fc.integer({ min: 1, max: 4 }),
        (pairs, k) => {
          const text = pairs.map(([word, separator]) => word + separator).join('');
          const shape = { ...SIGNATURE_SHAPE, shingleWords: k };
          expect(minhashSignatureFast(text, shape)).toEqual(minhashSignature(text, shape));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('minhashSignatureFast equals minhashSignature on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 300 }), (text) => {
        expect(minhashSignatureFast(text)).toEqual(minhashSignature(text));
      }),
      { numRuns: 1000 },
    );
  });
});
