/** line-shape-fast.ts's lineShapeFast: the shape detect.ts's lineShape (the plain reference) gives, of any text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineShape } from '../../functions/core/layout/line-shape.ts';
import { lineShapeFast } from '../../functions/core/layout/line-shape-fast.ts';

describe('lineShapeFast', () => {
  // Blank lines of every kind of white space, fences after spaces, headings, links, link definitions, table
  // rules, wraps.
  const pieces = fc.constantFrom(
    ...['\n', '\n\n', ' ', '  ', '\t', '\r', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u0085'],
    ...[
      '```',
      '~~~',
      '`',
      '~~',
      '   ```js',
      '    ~~~',
      '# Title',
      '## ',
      '#x',
      '[a](https://x.y)',
      '](/p)',
      '[1]: https://x.y',
      '   [a b]:',
      ']: /p',
    ],
    ...[
      '| a | b |',
      '|---|---|',
      ':--|',
      'the word',
      'And so',
      'a long line that runs on without a stop and',
      'x.',
    ],
  );
  const text = fc.array(pieces, { maxLength: 40 }).map((list) => list.join(''));

  it('equals lineShape on texts of its pieces', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(lineShapeFast(t)).toEqual(lineShape(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('equals lineShape on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => {
        expect(lineShapeFast(t)).toEqual(lineShape(t));
      }),
      { numRuns: 2000 },
    );
  });
});
