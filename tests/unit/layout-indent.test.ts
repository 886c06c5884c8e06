/**
 * A tool's indentation (layout/indent.ts): a text copied from an indented HTML source starts its paragraphs with
 * the source's white space; the record's paragraphs start with their first word, and a text whose code alone is
 * indented keeps that code's indentation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../functions/core/layout/blocks.ts';
import { isToolIndented, withoutToolIndent } from '../../functions/core/layout/indent.ts';
import { readLines } from '../../functions/core/layout/lines.ts';
import { processText } from '../../functions/core/pipeline.ts';

const PARAGRAPHS = [
  'The city council voted on Tuesday to build a new harbour wall, ending two years of debate over the storms.',
  'Engineers said the current wall, built in 1952, could no longer withstand the storms that hit every winter.',
  '“We cannot wait for the next flood,” said the mayor, Anna Berg, at a meeting in the town hall on Tuesday.',
  'Local businesses welcomed the decision, though some worried about the noise of construction in summer.',
];

/** The page as a DOM's textContent gives it: every line set off by its element's depth. */
const indentedPage = (margins: string[]) =>
  [
    '        Council approves a new harbour wall',
    '\t\t\tBy Jane Doe',
    ...PARAGRAPHS.map((paragraph, i) => `${margins[i % margins.length]}${paragraph}`),
  ].join('\n\n');

describe('a text its tool indented', () => {
  it('gives the record of the same text without the indentation', () => {
    const plain = processText(indentedPage(['']), { name: 'plain.txt' });
    const indented = processText(indentedPage(['          ', '\t\t  ', '    ']), { name: 'indented.txt' });
    expect(indented.body).toBe(plain.body);
    expect(indented.body.split('\n\n')[0]).toBe(PARAGRAPHS[0]);
    expect(indented.title).toBe('Council approves a new harbour wall');
    expect(indented.authors).toEqual(['Jane Doe']);
  });

  it('drops the margin a block’s lines share and keeps their indentation relative to each other', () => {
    const blocks = segment(
      [
        '      First line of a paragraph that the source broke',
        '        and its indented second line.',
        ...PARAGRAPHS.map((p) => `    ${p}`),
      ]
        .join('\n\n')
        .replace('broke\n\n', 'broke\n'),
    );
    const out = withoutToolIndent(blocks);
    expect(out[0]!.text).toBe(
      'First line of a paragraph that the source broke\n  and its indented second line.',
    );
    expect(out[1]!.text).toBe(PARAGRAPHS[0]);
    expect(out.map((b) => b.line)).toEqual(blocks.map((b) => b.line));
  });

  it('reads one element per line alike', () => {
    const lines = readLines(PARAGRAPHS.map((p) => `\t${p}`).join('\n'));
    expect(withoutToolIndent(lines).map((b) => b.text)).toEqual(PARAGRAPHS);
  });

  it('leaves a text alone whose indented lines are code, not prose', () => {
    const text = [
      ...PARAGRAPHS,
      'acceleration:\n  enabled: true\n  engine: duckdb\n  refresh_mode: full',
      '    def area(radius):\n        return 3.14159 * radius * radius',
    ].join('\n\n');
    const blocks = segment(text);
    expect(isToolIndented(blocks)).toBe(false);
    expect(withoutToolIndent(blocks)).toBe(blocks);
  });

  it('leaves a text alone where only a few prose lines are indented (a quoted passage)', () => {
    const text = [
      ...PARAGRAPHS,
      ...PARAGRAPHS.map((p) => p.replace('The', 'A')),
      `    ${PARAGRAPHS[0]}`,
    ].join('\n\n');
    expect(isToolIndented(segment(text))).toBe(false);
  });

  it('leaves markdown alone: its indentation is its syntax', () => {
    const blocks = segment(PARAGRAPHS.map((p) => `    ${p}`).join('\n\n')).map((block) => ({
      ...block,
      markup: block.text,
    }));
    expect(isToolIndented(blocks)).toBe(false);
  });

  it('keeps every word of any indented text, in order', () => {
    const margin = fc.constantFrom('', ' ', '  ', '\t', '    ', '\t\t  ', '          ');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(margin, fc.constantFrom(...PARAGRAPHS)), { minLength: 1, maxLength: 8 }),
        (parts) => {
          const text = parts.map(([m, p]) => `${m}${p}`).join('\n\n');
          const out = withoutToolIndent(segment(text));
          expect(out.map((b) => b.text.trim())).toEqual(parts.map(([, p]) => p));
        },
      ),
    );
  });
});
