import { describe, expect, it } from 'vitest';
import { segment } from '../../functions/core/layout/blocks.ts';

describe('segment', () => {
  it('splits the text into blocks at blank lines', () => {
    const text = 'Title\n\nFirst paragraph.\n\nSecond paragraph.';

    const blocks = segment(text);

    expect(blocks.map((b) => b.text)).toEqual(['Title', 'First paragraph.', 'Second paragraph.']);
  });

  it('keeps the line breaks inside a block (hard-wrapped paragraphs stay one block)', () => {
    const text = 'a wrapped\nparagraph here\n\nnext';

    const blocks = segment(text);

    expect(blocks[0]!.text).toBe('a wrapped\nparagraph here');
  });

  it('numbers blocks from 0 and records the 1-based line of their first line', () => {
    const text = 'one\n\ntwo\nmore\n\nthree';

    const blocks = segment(text);

    expect(blocks.map((b) => [b.index, b.line])).toEqual([
      [0, 1],
      [1, 3],
      [2, 6],
    ]);
  });

  it('returns no block for empty text', () => {
    const blocks = segment('');

    expect(blocks).toEqual([]);
  });
});
