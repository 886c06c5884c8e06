import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash, hammingDistance, simhash } from '../../functions/core/metadata/hashes.ts';
import { simhashFast } from '../../functions/core/metadata/hashes-fast.ts';
import { PROSE } from './metadata-helpers.ts';

describe('hashes', () => {
  it('contentHash is the SHA-256 hex of the body', () => {
    expect(contentHash(PROSE)).toBe(createHash('sha256').update(PROSE).digest('hex'));
  });

  it('simhash is 16 hex digits', () => {
    expect(simhash(PROSE)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('simhash of a near duplicate is within 8 bits', () => {
    const long = `${PROSE} ${PROSE.replace('council', 'board')} ${PROSE.replace('library', 'museum')}`;
    expect(hammingDistance(simhash(long), simhash(long.replace('spring', 'winter')))).toBeLessThanOrEqual(8);
  });

  it('simhash of unrelated texts differs in many bits', () => {
    const other =
      'Quantum processors rely on superconducting qubits cooled close to absolute zero inside dilution refrigerators.';
    expect(hammingDistance(simhash(PROSE), simhash(other))).toBeGreaterThan(12);
  });
});

describe('simhashFast', () => {
  /** Words from a small vocabulary, so that shingles repeat (the reference counts them in a Map). */
  const WORDS = ['the', 'Bridge', 'ferry', 'ß', 'café', 'Öl', '2024', 'x', 'town', 'the'];

  it('equals simhash on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 300 }), (text) => {
        expect(simhashFast(text)).toBe(simhash(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('equals simhash on texts of repeated words, separators and case', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '  ', '\n', ', ', '—', '-')), {
          maxLength: 80,
        }),
        (pairs) => {
          const text = pairs.map(([word, separator]) => word + separator).join('');
          expect(simhashFast(text)).toBe(simhash(text));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('equals simhash on long texts (its bit counters are emptied every 255 shingles)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '\n', ', ')), {
          minLength: 200,
          maxLength: 1500,
        }),
        (pairs) => {
          const text = pairs.map(([word, separator]) => word + separator).join('');
          expect(simhashFast(text)).toBe(simhash(text));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('equals simhash on an article', () => {
    expect(simhashFast(PROSE)).toBe(simhash(PROSE));
    expect(simhashFast('One two')).toBe(simhash('One two'));
  });
});
