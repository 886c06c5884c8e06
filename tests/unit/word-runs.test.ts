import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerWordRuns, wordRuns } from '../../functions/core/word-runs.ts';

function runs(text: string): string[] {
  const { offsets, count } = wordRuns(text);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(text.slice(offsets[2 * i], offsets[2 * i + 1]));
  return words;
}

describe('wordRuns', () => {
  it('equals the regex on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 300 }), (text) => {
        expect(runs(text)).toEqual(text.match(/[\p{L}\p{N}]+/gu) ?? []);
      }),
      { numRuns: 1000 },
    );
  });

  it('equals the regex on letters, digits, astral letters and lone surrogates', () => {
    const units = fc.constantFrom(
      'a',
      'Z',
      '9',
      ' ',
      '-',
      'é',
      '٣',
      '𝒜',
      '😀',
      '\ud800',
      '\udc00',
      '中',
      '\u0301',
    );
    fc.assert(
      fc.property(fc.array(units, { maxLength: 200 }), (parts) => {
        const text = parts.join('');
        expect(runs(text)).toEqual(text.match(/[\p{L}\p{N}]+/gu) ?? []);
      }),
      { numRuns: 2000 },
    );
  });

  it('equals the regex on a text long enough to be counted first', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), { minLength: 1, maxLength: 20 }),
        (parts) => {
          let text = parts.join(' ');
          while (text.length < 300_000) text += ` ${text}`;
          const got = wordRuns(text);
          const want = text.match(/[\p{L}\p{N}]+/gu) ?? [];
          expect(got.count).toBe(want.length);
          expect(got.offsets.length).toBe(Math.max(2, 2 * want.length));
          expect(runs(text)).toEqual(want);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('lowerWordRuns is wordRuns of the lower-cased text, whichever body was asked before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme-composite', maxLength: 120 }), { minLength: 1, maxLength: 4 }),
        (bodies) => {
          // Bodies asked in turn, each twice (the second answer is the kept one) and some repeated.
          for (const body of [...bodies, ...bodies.slice().reverse()]) {
            for (let ask = 0; ask < 2; ask++) {
              const got = lowerWordRuns(body);
              const text = body.toLowerCase();
              expect(got.text).toBe(text);
              const { offsets, count } = wordRuns(text);
              expect(got.count).toBe(count);
              expect([...got.offsets.subarray(0, 2 * count)]).toEqual([...offsets.subarray(0, 2 * count)]);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('lowerWordRuns of a body too long to keep equals wordRuns of it lower-cased, asked between shorter ones', () => {
    const long = 'Ab Cd, EF 12 '.repeat(80_000);
    for (const body of ['One Two', long, 'One Two', long]) {
      const got = lowerWordRuns(body);
      const { offsets, count } = wordRuns(body.toLowerCase());
      expect(got.text).toBe(body.toLowerCase());
      expect(got.count).toBe(count);
      expect(got.offsets.subarray(0, 2 * count)).toEqual(offsets.subarray(0, 2 * count));
    }
  });
});
