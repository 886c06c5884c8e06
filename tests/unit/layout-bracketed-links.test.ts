/**
 * Bracketed link targets (layout/bracketed-links.ts): a converter such as html-to-text writes each link's href in
 * brackets after its text, each image's src after its alt text, and its headings in capitals. The record's body
 * reads the page's words without the targets, a menu of such links carries its link share, the headline in
 * capitals is the title, and a text with fewer than MIN_TARGETS targets keeps every bracket it has.
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../functions/core/layout/blocks.ts';
import { MIN_TARGETS, withoutBracketedLinks } from '../../functions/core/layout/bracketed-links.ts';
import { processText } from '../../functions/core/pipeline.ts';

const BODY = [
  'The city council voted on Tuesday to build a new harbour wall, ending two years of debate over how to protect the old town from winter storms.',
  'Engineers said the current wall, built in 1952, could no longer withstand the storms that hit the coast every winter. "We cannot wait for the next flood," said the mayor, Anna Berg.',
  'Local businesses welcomed the decision, though some worried about the noise of construction during the summer season.',
];

/** A page as html-to-text writes it with its defaults (wrapped at 80, targets in brackets, headings in capitals). */
const PAGE = [
  ' * Home [/]\n * News [/news]\n * Sport [/sport]\n * Weather [https://weather.example.com/]',
  '',
  'COUNCIL APPROVES NEW HARBOUR WALL',
  'By Jane Doe [/authors/jane-doe] | 12 March 2024',
  'Harbour at dusk [https://cdn.example.com/img/harbour-dusk.jpg]',
  'The city council voted on Tuesday to build a new harbour wall\n[https://example.com/topics/harbour-wall], ending two years of debate over how to\nprotect the old town from winter storms.',
  'Engineers said the current wall, built in 1952, could no longer withstand the\nstorms that hit the coast every winter. "We cannot wait for the next flood," said\nthe mayor, Anna Berg.',
  'Local businesses welcomed the decision, though some worried about the noise of\nconstruction during the summer season.',
  'Share on Facebook [https://www.facebook.com/sharer.php?u=https://example.com/wall]',
].join('\n\n');

describe('bracketed link targets of a converter’s text', () => {
  it('are dropped from the record, the headline in capitals its title', () => {
    const record = processText(PAGE, { name: 'page.txt' });
    // Too few lines to tell the wrap's width: the paragraphs keep their line ends.
    expect(record.body.split('\n\n').map((paragraph) => paragraph.replace(/\s+/g, ' '))).toEqual(BODY);
    expect(record.title).toBe('COUNCIL APPROVES NEW HARBOUR WALL');
    expect(record.authors).toEqual(['Jane Doe']);
    expect(record.publishedAt).toBe('2024-03-12');
    expect(JSON.stringify(record.removed)).not.toContain('https://');
  });

  it("take the headline's case from its copy in the breadcrumb (metadata/title.ts inPageCase)", () => {
    const crumbs = ' * Home [/]\n * News [/news]\n * Council Approves New Harbour Wall [/news/harbour-wall]';
    const record = processText(
      `${PAGE.replace(' * Sport [/sport]\n * Weather [https://weather.example.com/]', '')}\n\n${crumbs}`,
      {
        name: 'page.txt',
      },
    );
    expect(record.title).toBe('Council Approves New Harbour Wall');
    expect(record.body.split('\n\n').map((paragraph) => paragraph.replace(/\s+/g, ' '))).toEqual(BODY);
  });

  it('give a menu of links its link share, a sentence with one link a small one', () => {
    const blocks = withoutBracketedLinks(segment(PAGE), PAGE);
    expect(blocks[0]!.text).toBe('* Home\n* News\n* Sport\n* Weather');
    expect(blocks[0]!.hints?.linkShare).toBeGreaterThan(0.8);
    const sentence = blocks.find((block) => block.text.startsWith('The city council'))!;
    expect(sentence.text).toContain('a new harbour wall, ending two years');
    expect(sentence.hints?.linkShare).toBeLessThan(0.5);
  });

  it('never read a sentence that ends in a link as a menu', () => {
    const text = `${PAGE}\n\nThe mayor announced on Tuesday that the council would rebuild the old harbour wall next spring [/wall].`;
    const blocks = withoutBracketedLinks(segment(text), text);
    const sentence = blocks.at(-1)!;
    expect(sentence.text).toBe(
      'The mayor announced on Tuesday that the council would rebuild the old harbour wall next spring.',
    );
    expect(sentence.hints?.linkShare).toBeLessThan(0.5);
  });

  it('take an image’s alt text with its source, and a bare href on a line of its own', () => {
    const image =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    const text = `${PAGE}\n\nHarbour wall plans [${image}]\nhttps://example.com/wall\n\nRead more [/wall]\n/news/harbour`;
    const blocks = withoutBracketedLinks(segment(text), text);
    const texts = blocks.map((block) => block.text);
    expect(texts.some((t) => /Harbour at dusk|Harbour wall plans|example\.com|harbour$/u.test(t))).toBe(
      false,
    );
    expect(texts.at(-1)).toBe('Read more');
    // The blocks that were targets alone are gone, the rest numbered again.
    expect(blocks.length).toBe(segment(text).length - 2);
    expect(blocks.map((block) => block.index)).toEqual(blocks.map((_, i) => i));
  });

  it('read a line in capitals under a blank line as a heading', () => {
    const blocks = withoutBracketedLinks(segment(PAGE), PAGE);
    expect(blocks.find((block) => block.text.startsWith('COUNCIL'))!.hints?.heading).toBe(1);
    // A line with a lower-case letter is none.
    expect(blocks.find((block) => block.text.startsWith('Local'))!.hints?.heading).toBeUndefined();
  });

  it('stay where a text holds fewer than MIN_TARGETS of them (a writer’s own link, a citation)', () => {
    const text = [
      'SOURCES',
      'The report [https://example.org/report.pdf] was published on Monday [1].',
      ...BODY,
    ].join('\n\n');
    expect(MIN_TARGETS).toBe(3);
    const blocks = segment(text);
    expect(withoutBracketedLinks(blocks, text)).toBe(blocks);
    expect(processText(text, { name: 'page.txt' }).body).toContain(
      'The report [https://example.org/report.pdf] was published on Monday [1].',
    );
  });

  it('never take a citation, an editor’s note or a markdown link for a target', () => {
    const text = [
      'Home [/] News [/news] Sport [/sport]',
      'He said it was "the best [sic] plan" [2], see [the plan](https://example.org/plan).',
    ].join('\n\n');
    const blocks = withoutBracketedLinks(segment(text), text);
    expect(blocks[1]!.text).toBe(
      'He said it was "the best [sic] plan" [2], see [the plan](https://example.org/plan).',
    );
  });
});
