import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderBody } from '../../functions/core/body.ts';
import { renderPlainBodyFast } from '../../functions/core/body-fast.ts';
import { readLayout } from '../../functions/core/layout.ts';

/** Texts of words, spaces, tabs and line breaks: blocks, blank and white-space-only lines between them. */
const pieces = fc.constantFrom(
  'w1',
  'Word',
  'é',
  ' ',
  '  ',
  '\t',
  '\n',
  '\n',
  '\n\n',
  '\n\n\n',
  '\n \n',
  'x\ny',
  '中',
  // A line a dump opened with the punctuation after a link: the body glues it (body.ts gluedLines).
  '\n, and',
  '\n.',
  '\n \t)',
);
const texts = fc.array(pieces, { maxLength: 80 }).map((parts) => parts.join(''));

describe('renderPlainBodyFast', () => {
  it("equals renderBody's join for any run of blocks kept from any layout", () => {
    fc.assert(
      fc.property(
        texts,
        fc.constantFrom('blocks', 'lines', 'markdown') as fc.Arbitrary<'blocks' | 'lines' | 'markdown'>,
        fc.nat(),
        fc.nat(),
        fc.array(fc.boolean(), { maxLength: 80 }),
        (text, layout, from, length, keep) => {
          const page = readLayout(text, null, layout);
          const start = page.blocks.length === 0 ? 0 : from % page.blocks.length;
          const run = page.blocks.slice(start, start + length);
          expect(renderPlainBodyFast(run, page.text, 0)).toBe(renderBody(run, 'text'));
          // Any subset too (removed blocks between kept ones): the join, never a slice across the gap.
          const subset = page.blocks.filter((_, i) => keep[i % Math.max(1, keep.length)] !== false);
          expect(renderPlainBodyFast(subset, page.text, 0)).toBe(renderBody(subset, 'text'));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('takes a large body kept whole as its stretch of the text', () => {
    const parts: string[] = [];
    for (let i = 0; i < 5000; i++) parts.push(i % 97 === 0 ? `w${i}\nsecond line` : `w${i}`);
    const text = `\n\n${parts.join('\n\n')}\n \n\n`;
    const page = readLayout(text, null, 'blocks');
    expect(page.blocks.length).toBe(5000);
    expect(renderPlainBodyFast(page.blocks, page.text)).toBe(parts.join('\n\n'));
    expect(renderPlainBodyFast(page.blocks.slice(1), page.text)).toBe(parts.slice(1).join('\n\n'));
  });

  it('glues a line opening with closing punctuation to the line before it, in a large body too', () => {
    const parts = Array.from({ length: 3000 }, (_, i) =>
      i === 1500 ? 'Stanford University\n. Den Zuhörern' : `w${i}`,
    );
    const page = readLayout(parts.join('\n\n'), null, 'blocks');
    const body = renderPlainBodyFast(page.blocks, page.text);
    expect(body).toBe(renderBody(page.blocks, 'text'));
    expect(body).toContain('w1499\n\nStanford University. Den Zuhörern\n\nw1501');
  });

  it('renders an empty body empty', () => {
    expect(renderPlainBodyFast([], 'text', 0)).toBe('');
  });
});
