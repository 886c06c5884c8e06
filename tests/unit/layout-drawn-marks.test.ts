/**
 * What a text dump draws that is no text: rules across the page (lynx writes `<hr>` as a line of underscores) and
 * marks for images without alt text (lynx's file name, w3m's format, elinks' "[IMG]"). In plain text both leave
 * the blocks; markdown's rules and setext underlines stay its syntax.
 */
import { describe, expect, it } from 'vitest';
import { readLayout } from '../../functions/core/layout.ts';
import { processText } from '../../functions/core/pipeline.ts';

const texts = (text: string, name?: string) => readLayout(text, name).blocks.map((block) => block.text);

describe('rules drawn in plain text', () => {
  it('separate as a blank line does, and leave no block', () => {
    expect(texts('Council approves harbour wall\n     ______________________\nThe council met.')).toEqual([
      'Council approves harbour wall',
      'The council met.',
    ]);
    expect(
      texts('One paragraph.\n\n* * *\n\nAnother paragraph.\n\n-----\n\n=====\n\n───\n\nThe end.'),
    ).toEqual(['One paragraph.', 'Another paragraph.', 'The end.']);
  });

  it('keep the line numbers of the lines after them', () => {
    const blocks = readLayout('Title\n_____\nFirst line.\n\nSecond.').blocks;
    expect(blocks.map((block) => [block.text, block.line])).toEqual([
      ['Title', 1],
      ['First line.', 3],
      ['Second.', 5],
    ]);
  });

  it('leave words and dashes inside a line alone, and markdown as it is', () => {
    expect(texts('Score: 3 -- 2 --- a close game\n\nA -- B')).toEqual([
      'Score: 3 -- 2 --- a close game',
      'A -- B',
    ]);
    const markdown =
      '# Title\n\nA paragraph with a [link](https://example.com/a).\n\nSubtitle\n---\n\nMore text, see [b](https://example.com/b).\n\n[c](https://example.com/c) [d](https://example.com/d)';
    expect(readLayout(markdown, 'page.md').blocks.some((block) => block.text === 'Subtitle')).toBe(true);
  });

  it('no longer run into the headline a text browser wraps (lynx -dump)', () => {
    const paragraph =
      'Need a new movie to watch? Stream these ten at home for free with your library card, or rent them\nfor a few dollars on any of the big services this weekend, as the critics advise.';
    const dump = [
      '   [1]Home [2]Movies',
      '',
      "From 'One Battle After Another' to 'Knives Out,' 10 movies to stream now",
      '     __________________________________________________________________',
      '',
      paragraph,
      '',
      'The list runs from thrillers to comedies, and every one of the ten is available\nwithout a subscription until the end of the month.',
      '',
      'References',
      '',
      '   1. https://example.com/',
      '   2. https://example.com/movies',
    ].join('\n');
    const record = processText(dump);
    expect(record.title).toBe("From 'One Battle After Another' to 'Knives Out,' 10 movies to stream now");
  });
});

describe('image marks of text browsers', () => {
  it("drop lynx's file names, w3m's formats and elinks' [IMG], keeping the words and the margin", () => {
    expect(texts('[blog.png] 10 Tips to Complete Online Courses')).toEqual([
      '10 Tips to Complete Online Courses',
    ]);
    expect(texts('Some [svg] text and [IMG] more [logo.svg?1766] here [photo.JPG]')).toEqual([
      'Some text and more here',
    ]);
    expect(texts('[hero.jpg]\n\nThe article starts here.')).toEqual(['The article starts here.']);
    expect(readLayout('   [a.gif] indented line\n   second line').blocks[0]!.text).toContain('indented line');
  });

  it('leave other brackets alone', () => {
    expect(texts('A citation [3] and a note [a] and [sic] and [Photo: Jane Roe]')).toEqual([
      'A citation [3] and a note [a] and [sic] and [Photo: Jane Roe]',
    ]);
  });
});
