/**
 * zones-fast.ts's simpleHeadingKey: wherever it gives a key, it is zones.ts's headingKey of the text; and it gives
 * one for the plain texts blockZones mostly reads (lower-case words with single spaces).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headingKey } from '../../functions/core/metadata/zones.ts';
import { simpleHeadingKey } from '../../functions/core/metadata/zones-fast.ts';

describe('simpleHeadingKey', () => {
  // Letters (one that lower-cases into two, Σ, İ), spaces of every kind, the quotes and everything headingKey cuts.
  const unit = fc.constantFrom(
    ...Array.from("aBéΣİß12():›»→.…'\u2018\u2019"),
    ...[' ', ' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '😀', '\ud800'],
  );
  const text = fc.string({ unit, maxLength: 24 });

  it('equals headingKey wherever it gives a key', () => {
    fc.assert(
      fc.property(text, (t) => {
        const key = simpleHeadingKey(t);
        if (key !== null) expect(key).toBe(headingKey(t));
      }),
      { numRuns: 20000 },
    );
  });

  it('equals headingKey on any string wherever it gives a key', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (t) => {
        const key = simpleHeadingKey(t);
        if (key !== null) expect(key).toBe(headingKey(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives the key of plain headings and menu entries', () => {
    expect(simpleHeadingKey('Lesen Sie auch')).toBe('lesen sie auch');
    expect(simpleHeadingKey('Kommentare')).toBe('kommentare');
    expect(simpleHeadingKey('')).toBe('');
    expect(simpleHeadingKey('Kommentare (12)')).toBeNull();
    expect(simpleHeadingKey('Lesen  Sie auch')).toBeNull();
    expect(simpleHeadingKey('Read more…')).toBeNull();
  });
});
