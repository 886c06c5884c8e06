import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLEANER_VERSION } from '../../functions/core/version.ts';
import { cleanerVersionOrder } from '../../functions/handler/record-item.ts';
import { authorKeyOf } from '../../functions/shared/author-key.ts';

describe('cleanerVersionOrder', () => {
  it('sorts versions as numbers, not as text', () => {
    expect(cleanerVersionOrder('0.1.10') > cleanerVersionOrder('0.1.9')).toBe(true);
    expect(cleanerVersionOrder('1.0.0') > cleanerVersionOrder('0.99.99')).toBe(true);
  });

  it('orders any two versions as their numbers compare', () => {
    const version = fc.tuple(fc.nat(999_999), fc.nat(999_999), fc.nat(999_999));
    fc.assert(
      fc.property(version, version, (a, b) => {
        const byNumbers = a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
        // DynamoDB compares strings by their UTF-8 bytes, as < does for these ASCII strings.
        const [x, y] = [cleanerVersionOrder(a.join('.')), cleanerVersionOrder(b.join('.'))];
        const byOrder = x < y ? -1 : x > y ? 1 : 0;
        expect(Math.sign(byOrder)).toBe(Math.sign(byNumbers));
      }),
      { seed: 15, numRuns: 500 },
    );
  });

  it('accepts the current CLEANER_VERSION and refuses a version it cannot order', () => {
    expect(() => cleanerVersionOrder(CLEANER_VERSION)).not.toThrow();
    expect(() => cleanerVersionOrder('1.2')).toThrow(/major.minor.patch/);
  });
});

describe('authorKeyOf', () => {
  it('gives one key for every way a site writes a name, diacritics kept', () => {
    expect(authorKeyOf('Jane Doe')).toBe('jane doe');
    expect(authorKeyOf('JANE  DOE ')).toBe('jane doe');
    // "é" as one code point and as "e" with a combining accent.
    expect(authorKeyOf('Jos\u00e9 Garc\u00eda')).toBe(authorKeyOf('Jose\u0301 Garci\u0301a'));
    expect(authorKeyOf('José García')).not.toBe(authorKeyOf('Jose Garcia'));
    expect(authorKeyOf('   ')).toBeNull();
  });
});
