/**
 * string-index-fast.ts numbers strings as string-index.ts does: any sequence of additions and look-ups, with
 * repeats, empty strings, lone surrogates and strings that differ in one unit, gives the same answers and the
 * same strings in the same order (read at the end and between additions), through several growths of the table.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringIndex } from '../../functions/core/string-index.ts';
import { hashText, StringIndexFast } from '../../functions/core/string-index-fast.ts';

const text = fc.oneof(
  fc.string({ maxLength: 6, unit: fc.constantFrom('a', 'b', 'A', ' ', 'é', '\ud83d', '\ude00') }),
  fc.string({ maxLength: 40, unit: 'grapheme' }),
  fc.nat(3000).map((n) => `w${n}`),
);
const operation = fc.record({ add: fc.boolean(), text });
/** An addition by `add`, by `addHashed` with the hash computed beforehand (classify.ts), or a look-up. */
const mixed = fc.record({ how: fc.constantFrom('add', 'addHashed', 'find'), text });

describe('StringIndexFast', () => {
  it('gives the numbers of the reference for any sequence of additions and look-ups', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 400 }), fc.nat(64), (operations, expected) => {
        const reference = new StringIndex();
        const fast = new StringIndexFast(expected);
        operations.forEach(({ add, text }, k) => {
          if (add) expect(fast.add(text)).toBe(reference.add(text));
          else expect(fast.find(text)).toBe(reference.find(text));
          // The strings read between additions too (credits.ts counts them as it goes).
          if (k % 7 === 3) expect(fast.strings).toEqual(reference.strings);
        });
        expect(fast.strings).toEqual(reference.strings);
      }),
    );
  });

  it('numbers strings alike whether added by add or by addHashed', () => {
    fc.assert(
      fc.property(fc.array(mixed, { maxLength: 400 }), fc.nat(64), (operations, expected) => {
        const reference = new StringIndex();
        const fast = new StringIndexFast(expected);
        for (const { how, text } of operations) {
          if (how === 'find') expect(fast.find(text)).toBe(reference.find(text));
          else if (how === 'add') expect(fast.add(text)).toBe(reference.add(text));
          else expect(fast.addHashed(text, hashText(text))).toBe(reference.add(text));
        }
        expect(fast.strings).toEqual(reference.strings);
      }),
    );
  });

  it('numbers a hundred thousand distinct strings in order and finds each again', () => {
    const fast = new StringIndexFast();
    for (let i = 0; i < 100_000; i++) expect(fast.add(`w${i}`)).toBe(i);
    for (let i = 0; i < 100_000; i += 7) expect(fast.find(`w${i}`)).toBe(i);
    expect(fast.find('w100000')).toBe(-1);
  });
});
