import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../functions/core/layout/detect.ts';
import { lineShape } from '../../functions/core/layout/line-shape.ts';

/** A site's menu, one entry a line. */
const MENU = [
  'Home',
  'News',
  'Sport',
  'Travel',
  'Culture',
  'Opinion',
  'Video',
  'Podcasts',
  'Weather',
  'Contact',
];

const paragraphs = (n: number) =>
  Array.from({ length: n }, (_, i) => `Paragraph ${i} of the story says something in a full sentence.`);

describe('detectLayout', () => {
  it('reads blank-line paragraphs as blocks', () => {
    const text = paragraphs(8).join('\n\n');

    expect(detectLayout(text)).toBe('blocks');
  });

  it('reads one element per line with no blank line as lines', () => {
    const text = ['Home', 'News', 'Sport', 'The headline of the day', ...paragraphs(6)].join('\n');

    expect(detectLayout(text)).toBe('lines');
  });

  it('reads single newlines with an occasional blank line as lines', () => {
    const text = [...paragraphs(10), '', ...paragraphs(10)].join('\n');

    expect(detectLayout(text)).toBe('lines');
  });

  it('reads hard-wrapped paragraphs between blank lines as blocks, though most breaks are single', () => {
    const wrapped =
      'The frame was sound under the rust and I sanded\nthe worst patches by hand before painting\nthe whole thing with two coats of enamel.';
    const text = [wrapped, wrapped, wrapped].join('\n\n');

    expect(detectLayout(text)).toBe('blocks');
  });

  it("reads an HTML source's text with its white space (BeautifulSoup's get_text()) as lines", () => {
    // Blank lines fall between tags, in runs of any length; two paragraphs of the article share a "block".
    const gaps = ['\n\n', '\n\n\n\n', '\n\n\n\n\n\n\n', '\n\n\n'];
    const head = MENU.map((item, i) => `${item}${gaps[i % gaps.length]}`).join('');
    const text = `${head}  The headline of the day\n\n\n\n${paragraphs(6).join('\n')}\n\n\n\nShare\n\n\n\n\nFooter`;

    expect(detectLayout(text)).toBe('lines');
    expect(lineShape(text)).toMatchObject({ gaps: 13, longGaps: 8 });
  });

  it("reads a browser's innerText as lines: a blank line around each paragraph, one break between other elements", () => {
    // Menus, headline, byline and date are elements of their own, each on a line; only <p> gets blank lines.
    const menu = [...MENU, 'Events', 'Jobs', 'Puzzles', 'Archive'];
    const footer = [
      'About us',
      'Contact',
      'Privacy policy',
      'Terms of use',
      'Cookie settings',
      'Careers',
      'Advertise',
      'Newsletters',
      'Help',
      'Sitemap',
    ];
    const text = [
      [...menu, 'The headline of the day', 'By Jane Doe', 'March 3, 2025'].join('\n'),
      ...paragraphs(6),
      footer.join('\n'),
    ].join('\n\n');
    const shape = lineShape(text);

    // 7 gaps of 32 breaks (33 lines): a blank line for over a fifth of the breaks, blocks before CLEANER_VERSION 0.2.39.
    expect(shape.gaps / (shape.lines - 1)).toBeGreaterThan(0.2);
    expect(detectLayout(text)).toBe('lines');
    // A short text's single breaks are line breaks inside its elements: under 30 lines, the old share holds.
    const short = [menu.slice(0, 3).join('\n'), ...paragraphs(3), footer.slice(0, 3).join('\n')].join('\n\n');
    expect(detectLayout(short)).toBe('blocks');
    // A text browser sets its lists off by a margin (CSS drops white space at a line's start): blocks.
    const margins = text.replace(/^(?=[A-Z])/gm, '   ');
    expect(detectLayout(margins)).toBe('blocks');
  });

  it("reads a long article's innerText as lines though most of its breaks are gaps: its header is one element a line", () => {
    // 40 paragraphs give 40 of 59 breaks a blank line, over BLOCKS_GAP_SHARE; the menu, headline, byline and date
    // above them are lines of one "block" all the same.
    const header = [...MENU, 'The headline of the day', 'By Jane Doe', 'March 3, 2025'].join('\n');
    const text = [header, ...paragraphs(40), 'About us\nContact\nPrivacy policy\nTerms of use'].join('\n\n');
    const shape = lineShape(text);

    expect(shape.gaps / (shape.lines - 1)).toBeGreaterThanOrEqual(0.6);
    expect(detectLayout(text)).toBe('lines');
    // A scraper's blocks put a blank line after each of the header's elements, a `<br>` pair or two aside.
    const blocks = [
      ...MENU.slice(0, 8),
      'The headline of the day',
      'By Jane Doe\nMarch 3, 2025',
      ...paragraphs(40),
    ];
    expect(detectLayout(blocks.join('\n\n'))).toBe('blocks');
    // The header's lines alone do not make lines of a text that reads as no DOM's elements: a short one, or one
    // whose lists a text browser sets off by a margin.
    expect(detectLayout([header, ...paragraphs(12)].join('\n\n'))).toBe('blocks');
    expect(detectLayout(text.replace(/^(?=[A-Z])/gm, '   '))).toBe('blocks');
  });

  it('reads innerText as lines when a menu of paragraphs opens it and the header stands over the first paragraph', () => {
    // A mega-menu's items are <p>s with a blurb each: blank lines all through the first 15 lines. The headline, the
    // byline and the date above the article are one break apart all the same.
    const megaMenu = MENU.flatMap((item) => [item, `Everything about ${item.toLowerCase()} in one place`]);
    const article = [...paragraphs(30)].map(
      (p) => `${p} It goes on for a good many more words after that, as a paragraph of an article does.`,
    );
    const header = ['The headline of the day', 'By Jane Doe', 'March 3, 2025'];
    const text = [...megaMenu, header.join('\n'), ...article].join('\n\n');

    expect(detectLayout(text)).toBe('lines');
    // A scraper's blocks: the header's elements apart by blank lines.
    expect(detectLayout([...megaMenu, ...header, ...article].join('\n\n'))).toBe('blocks');
  });

  it('reads innerText as lines though lower-case items run on line to line, when its paragraphs have no width', () => {
    // A list of lower-case items ("organic cotton tags" / "recycled packaging") breaks where a sentence would go on:
    // the "wraps" of a hard-wrapped text. innerText's paragraphs are each one line of any length; a wrapper's are not.
    const prose = (i: number) =>
      `Paragraph ${i} of the story runs on for a while, as paragraphs do, and says something in a sentence that is longer than any line a text browser would write.`;
    const items = [
      'organic cotton hang tags for every piece',
      'recycled biodegradable packaging',
      'natural buttons from seashells',
    ];
    const text = [
      [...MENU, 'The headline of the day', 'By Jane Doe', 'March 3, 2025'].join('\n'),
      ...[0, 1, 2].map((k) =>
        [prose(k), ...items.map((item) => `${item} for the ${k}th collection`)].join('\n'),
      ),
      ...[3, 4, 5, 6, 7, 8, 9, 10].map(prose),
      ['About us', 'Contact', 'Privacy policy', 'Terms of use'].join('\n'),
    ].join('\n\n');
    const shape = lineShape(text);

    // Gaps between a fifth and three fifths of the breaks; over a twentieth of the single breaks "wrapped".
    expect(shape.gaps / (shape.lines - 1)).toBeGreaterThan(0.2);
    expect(shape.wraps).toBeGreaterThanOrEqual(0.05 * (shape.lines - 1 - shape.gaps));
    expect(detectLayout(text)).toBe('lines');
    // The same words wrapped at 78, as lynx or html-to-text write them: the lines have a width, blocks.
    const wrapped = text.replace(/^.{79,}$/gm, (line) => line.replace(/(.{1,78})(?: |$)/g, '$1\n').trimEnd());
    expect(detectLayout(wrapped)).toBe('blocks');
  });

  it('keeps short lines whose sentences run on from line to line as blocks: no long line to read a width from', () => {
    // Hard-wrapped at 45 (a narrow column, CJK wrapped at 40 columns): every line is short, so "half of the long
    // lines run past 100" says nothing, and the breaks inside sentences make it wrapped.
    const wrapped = [
      'The committee met on Tuesday evening and',
      'agreed to publish the report in spring.',
      'Members voted nine to two for the plan.',
      'The chair thanked the staff for the work.',
    ].join('\n');
    const listed = ['Opening hours', 'Monday to Friday', 'Nine to five.', 'Closed on Sundays.'].join('\n');
    const text = Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? wrapped : listed)).join('\n\n');
    const shape = lineShape(text);

    expect(shape.gaps / (shape.lines - 1)).toBeGreaterThan(0.2);
    expect(shape.wraps).toBeGreaterThanOrEqual(0.05 * (shape.lines - 1 - shape.gaps));
    expect(detectLayout(text)).toBe('blocks');
  });

  it('keeps blocks whose few single breaks are line breaks inside an element (an address, a byline)', () => {
    const text = [
      'The headline of the day',
      'By Jane Doe\nMarch 3, 2025',
      ...paragraphs(6),
      'Town Gazette\n1 Harbour Street\nPortsmouth',
    ].join('\n\n');

    expect(detectLayout(text)).toBe('blocks');
  });

  it('keeps blocks that a scraper separates by two blank lines each time as blocks', () => {
    const text = paragraphs(12).join('\n\n\n');

    expect(lineShape(text)).toMatchObject({ gaps: 11, longGaps: 0 });
    expect(detectLayout(text)).toBe('blocks');
  });

  it('keeps hard-wrapped paragraphs as blocks whatever their gaps (a text browser pads with blank lines)', () => {
    const wrapped =
      'The frame was sound under the rust and I sanded\nthe worst patches by hand before painting\nthe whole thing with two coats of enamel.';
    const text = Array.from({ length: 12 }, () => wrapped).join('\n\n\n\n');

    expect(lineShape(text).longGaps).toBe(11);
    expect(detectLayout(text)).toBe('blocks');
  });

  it('reads a page with links and headings as markdown', () => {
    const text =
      '# Title\n\n* [Home](/)\n* [News](/news)\n\nA paragraph with [a link](https://example.com).\n\n## Section';

    expect(detectLayout(text)).toBe('markdown');
  });

  it("reads html2text's markdown as markdown: relative targets as the hrefs wrote them, definitions wrapped", () => {
    // html2text copies hrefs as they are and moves a long target under its "[n]:" when it does not fit.
    const inline = [
      '[Aktuelles](aktuelles/) | [Kontakt](kontakt.html) | [Suche](index.php?id=4)',
      ...paragraphs(8),
      '![](fileadmin/images/logo.jpg)',
    ];
    const reference = [
      '[Aktuelles][1] | [Kontakt][2]',
      ...paragraphs(8),
      '   [1]: aktuelles/',
      '   [2]: kontakt.html',
      '   [3]:',
      'https://web.archive.org/web/20080731095558/http://www.example.de/a-long-article-address/',
      '   [4]: fileadmin/images/logo.jpg',
    ];

    expect(detectLayout(inline.join('\n\n'))).toBe('markdown');
    expect(detectLayout(reference.join('\n\n'))).toBe('markdown');
    expect(lineShape('[1]: Smith, J. (2020), p. 4').markdown).toBe(0);
    expect(lineShape('as the table shows (see above) and [below](p. 4)').markdown).toBe(0);
  });

  it('does not take lines that start with "*" for markdown (bullets alone are no evidence)', () => {
    const text = ['* first point of the list', '* second point', '* third point', '* fourth point'].join(
      '\n\n',
    );

    expect(detectLayout(text)).toBe('blocks');
  });

  it('does not take a long text that quotes one link for markdown', () => {
    const text = [...paragraphs(40), 'See [the docs](https://example.com/docs) for more.'].join('\n\n');

    expect(detectLayout(text)).toBe('blocks');
  });

  it('trusts a .md name when the text leaves it open', () => {
    const text = paragraphs(3).join('\n\n');

    expect(detectLayout(text, 'raw/story.md')).toBe('markdown');
  });

  it('reads a document with a doctype as HTML, after leading comments and white space', () => {
    const text = '\n  <!-- generated -->\n<!DOCTYPE html><html><body><p>Hi</p></body></html>';

    expect(detectLayout(text)).toBe('html');
  });

  it('reads a fragment of many tags as HTML', () => {
    const text = `<div class="post"><h1>T</h1>${'<p>para</p>'.repeat(10)}</div>`;

    expect(detectLayout(text)).toBe('html');
  });

  it('does not take a tutorial that mentions a tag or two for HTML', () => {
    const text = ['Wrap the text in a <div> element.', 'Then add a <p> inside it.', ...paragraphs(4)].join(
      '\n\n',
    );

    expect(detectLayout(text)).toBe('blocks');
  });

  it('reads a .html file with a tag as HTML even without a doctype', () => {
    expect(detectLayout('Hello <b>world</b>', 'page.html')).toBe('html');
  });

  it('reads a .html file with no tag at all as text', () => {
    expect(detectLayout(paragraphs(3).join('\n\n'), 'page.html')).toBe('blocks');
  });
});
