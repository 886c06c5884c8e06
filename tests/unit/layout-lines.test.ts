import { describe, expect, it } from 'vitest';
import { readLines } from '../../functions/core/layout/lines.ts';

describe('readLines', () => {
  it('makes each line a block, numbered with its line in the file', () => {
    const blocks = readLines('Home\nNews\nThe first paragraph of the article.');

    expect(blocks.map((b) => [b.index, b.text, b.line])).toEqual([
      [0, 'Home', 1],
      [1, 'News', 2],
      [2, 'The first paragraph of the article.', 3],
    ]);
  });

  it('keeps a sentence that runs on into the next line in one block', () => {
    const text =
      'The council voted on Tuesday to close the old bridge to\ntraffic until the repairs are done.\nNext';

    const blocks = readLines(text);

    expect(blocks.map((b) => b.text)).toEqual([
      'The council voted on Tuesday to close the old bridge to\ntraffic until the repairs are done.',
      'Next',
    ]);
  });

  it('does not join a line that ends a sentence to the next, even in lower case', () => {
    const blocks = readLines('The bridge closes on Monday for repairs to its deck.\nand then the rest.');

    expect(blocks).toHaveLength(2);
  });

  it('ends a block at a blank line and skips blank lines in the numbering', () => {
    const blocks = readLines('one\n\n\ntwo');

    expect(blocks.map((b) => [b.text, b.line])).toEqual([
      ['one', 1],
      ['two', 4],
    ]);
  });

  it('gives no block for an empty text', () => {
    expect(readLines('')).toEqual([]);
  });
});

describe('readLines on a text dump that puts each inline element on its own line', () => {
  it('joins the pieces of a sentence split at its links', () => {
    const text =
      'The best way to fly responsibly is to\nchoose direct flights\nwhen possible.\nA typical example is\nBergamo\n. Most people fly on.';

    const blocks = readLines(text);

    expect(blocks.map((b) => b.text)).toEqual([
      'The best way to fly responsibly is to\nchoose direct flights\nwhen possible.',
      'A typical example is',
      'Bergamo\n. Most people fly on.',
    ]);
  });
});
