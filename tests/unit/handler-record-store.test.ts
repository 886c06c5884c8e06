import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutAtCodePoint } from '../../functions/handler/record-item.ts';
import { itemFits, itemSize } from '../../functions/handler/record-store.ts';
import { truncateUtf8, utf8Length } from '../../functions/shared/utf8.ts';

describe('DynamoDB item size', () => {
  it('counts attribute names and string values in UTF-8 bytes', () => {
    expect(itemSize({ é: 'ab', id: '📰' })).toBe(2 + 2 + 2 + 4);
  });

  it('counts lists and maps with 3 bytes plus 1 per element', () => {
    expect(itemSize({ l: ['a', 'bc'], m: { k: 'v' } })).toBe(1 + (3 + 2 + 3) + 1 + (3 + 1 + 1 + 1));
  });

  it('counts null and booleans as one byte, and skips undefined', () => {
    expect(itemSize({ a: null, b: true, c: undefined })).toBe(2 + 2);
  });

  it('itemFits says whether itemSize is within the limit, for any item and limit', () => {
    const leaf = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.double({ noNaN: true }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.uint8Array({ maxLength: 8 }),
    );
    const value = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('value'), { maxLength: 5 }),
        fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 5 }),
        fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 4 }).map((members) => new Set(members)),
      ),
    })).value;
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 8 }), value, { maxKeys: 6 }),
        fc.nat(300),
        (item, limit) => {
          expect(itemFits(item, limit)).toBe(itemSize(item) <= limit);
          expect(itemFits(item, itemSize(item))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('cutting text', () => {
  it('never splits a surrogate pair when cutting to a byte budget', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(200), (text, budget) => {
        const cut = truncateUtf8(text, budget);
        expect(text.startsWith(cut)).toBe(true);
        expect(utf8Length(cut)).toBeLessThanOrEqual(budget);
        expect(/[\uD800-\uDBFF]$/.test(cut)).toBe(false);
      }),
      { seed: 6, numRuns: 500 },
    );
  });

  it('never ends an error text inside a surrogate pair', () => {
    expect(cutAtCodePoint('ab📰', 3)).toBe('ab…');
  });
});
