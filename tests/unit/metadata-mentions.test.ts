import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentionedPlain } from '../../functions/core/metadata/mentions.ts';
import { mentionedFast } from '../../functions/core/metadata/mentions-fast.ts';

/** Sorted, so that sets compare whatever their order of insertion. */
const sorted = (set: Set<string>) => [...set].sort();

describe('mentionedFast', () => {
  // A small alphabet, so that names occur in the body, share lengths and collide in prefixes.
  const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '😀', 'A'), maxLength: 200 });
  const names = fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', '😀', 'A'), maxLength: 8 }), {
    maxLength: 30,
  });

  it('equals mentionedPlain (the rolling hash forced)', () => {
    fc.assert(
      fc.property(names, text, (list, body) => {
        expect(sorted(mentionedFast(list, body, 0))).toEqual(sorted(mentionedPlain(list, body)));
      }),
      { numRuns: 2000 },
    );
  });

  it('equals mentionedPlain on names taken from the body', () => {
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat(12)), { maxLength: 20 }), (body, cuts) => {
        const list = cuts.map(([at, length]) =>
          body.slice(at % (body.length + 1), (at % (body.length + 1)) + length),
        );
        expect(sorted(mentionedFast(list, body, 0))).toEqual(sorted(mentionedPlain(list, body)));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds names in a long body with the default threshold', () => {
    const body = `${'x '.repeat(100_000)}Jane Roe and John Doe`;
    const list = ['Jane Roe', 'John Doe', 'Mary Major', ...Array.from({ length: 20 }, (_, i) => `Name ${i}`)];
    expect(sorted(mentionedFast(list, body))).toEqual(['Jane Roe', 'John Doe']);
  });
});
