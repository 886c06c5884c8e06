/**
 * Hard-wrapped text (layout/unwrap.ts): what html2text, lynx, a mail client or a PDF's text layer writes, each
 * paragraph broken at a fixed width, gives the record the unwrapped page gives; a text that is not wrapped keeps
 * every line break it has.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../functions/core/layout/blocks.ts';
import { detectLayout } from '../../functions/core/layout/detect.ts';
import { readMarkdown } from '../../functions/core/layout/markdown.ts';
import { unwrapBlocks, wrapWidth } from '../../functions/core/layout/unwrap.ts';
import { readLayout } from '../../functions/core/layout.ts';
import { processText } from '../../functions/core/pipeline.ts';

const PARAGRAPHS = [
  'The city council voted on Tuesday to build a new harbour wall, ending two years of debate over how to protect the old town from winter storms. The wall will cost 40 million euros and take three years to complete, according to the council’s own estimate.',
  'Engineers said the current wall, built in 1952, could no longer withstand the storms that hit the coast every winter. “We cannot wait for the next flood,” said the mayor, Anna Berg, at a meeting in the town hall on Tuesday evening.',
  'Local businesses welcomed the decision, though some worried about the noise of construction during the summer season, when most of the town’s visitors arrive and the harbour is full.',
];
const HEADLINE = 'Council approves a new harbour wall after two years of debate over the winter storms';

/** A greedy wrap at `width`, as Python's textwrap and most mail clients write it. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

const page = (parts: string[]) => parts.join('\n\n');

/** Every line set off by lynx's margin of three spaces. */
const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `   ${line}`)
    .join('\n');

describe('hard-wrapped text', () => {
  it('gives the record of the unwrapped page: title, body, quotes', () => {
    const original = page(['Home', 'News', HEADLINE, 'By Jane Doe', ...PARAGRAPHS, 'Share on Facebook']);
    const wrapped = page([
      'Home',
      'News',
      wrap(HEADLINE, 72),
      'By Jane Doe',
      ...PARAGRAPHS.map((p) => wrap(p, 72)),
      'Share on Facebook',
    ]);
    const expected = processText(original, { name: 'story.txt' });
    const record = processText(wrapped, { name: 'story.txt' });

    expect(wrapped.split('\n').every((line) => line.length <= 72)).toBe(true);
    expect(record.title).toBe(HEADLINE);
    expect(record.body).toBe(expected.body);
    expect(record.quotes).toEqual(expected.quotes);
    expect(record.quotes[0]?.speaker).toBe('Anna Berg');
  });

  it('reads wrapped markdown (html2text, pandoc) as its unwrapped source: text and markup alike, code kept', () => {
    const code = '```\nfor x in range(3):\n    print(x)\n```';
    const linked = `${PARAGRAPHS[2]} Read the [council report](https://harbour.example.gov/council/reports/2024/03/harbour-wall-decision-final.pdf) for details.`;
    // A quote's marks on every line, a list item's continuation indented, both counted in the width (as html2text
    // and pandoc write them).
    const marked = (marker: string, next: string, width: number | null, text: string) =>
      (width === null ? text : wrap(text, width - marker.length))
        .split('\n')
        .map((line, i) => `${i === 0 ? marker : next}${line}`)
        .join('\n');
    const source = (width: number | null) => {
      const p = (text: string) => (width === null ? text : wrap(text, width));
      return page([
        `# ${HEADLINE}`,
        p(PARAGRAPHS[0]!),
        p(PARAGRAPHS[1]!),
        code,
        marked('> ', '> ', width, PARAGRAPHS[1]!),
        marked('* ', '  ', width, PARAGRAPHS[0]!),
        p(linked),
      ]);
    };
    const wrapped = source(78);
    const expected = processText(source(null), { name: 'story.md' });
    const record = processText(wrapped, { name: 'story.md' });

    expect(record.format).toBe('markdown');
    expect(record.body).toBe(expected.body);
    expect(record.body).toContain('for x in range(3):\n    print(x)');
    expect(record.body).toContain(`> ${PARAGRAPHS[1]}`);
  });

  it('measures wrapped markdown on its lines as written, reference links not yet inline', () => {
    // html2text's reference links: "[storms][3]" on the wrapped line, "[storms](/t/storms-3)" in the markup,
    // whose lines would run past any wrapper's width.
    const definitions: string[] = [];
    const linked = PARAGRAPHS.map((paragraph) =>
      paragraph
        .split(' ')
        .map((word, i) => {
          if (i % 3 !== 1 || !/^[a-z]+$/.test(word)) return word;
          definitions.push(`   [${definitions.length + 1}]: /t/${word}-${definitions.length + 1}`);
          return `[${word}][${definitions.length}]`;
        })
        .join(' '),
    );
    const wrapped = page([`# ${HEADLINE}`, ...linked.map((p) => wrap(p, 78)), definitions.join('\n')]);
    const blocks = readLayout(wrapped).blocks;

    expect(wrapped.split('\n').every((line) => line.length <= 78 || line.startsWith('# '))).toBe(true);
    expect(blocks.slice(1, 4).map((block) => block.text)).toEqual(PARAGRAPHS);
    expect(blocks[1]!.markup).toContain('[city](/t/city-1)');
    expect(blocks[1]!.markup).not.toContain('\n');
  });

  it('reads a heading html2text wrapped as one heading, the line under it no paragraph', () => {
    const dek = 'Engineers said the current wall could no longer withstand the storms that hit the coast';
    const wrapped = page([
      'Home',
      wrap(`# ${HEADLINE}`, 78),
      wrap(`## ${dek}`, 78),
      '### Short heading\nA paragraph right under it, with no blank line between.',
      ...PARAGRAPHS.map((p) => wrap(p, 78)),
    ]);
    const record = processText(wrapped, { name: 'story.md' });
    const blocks = readLayout(wrapped).blocks;

    expect(wrap(`# ${HEADLINE}`, 78)).toContain('\n');
    expect(record.title).toBe(HEADLINE);
    expect(blocks.map((block) => [block.text, block.hints?.heading])).toEqual([
      ['Home', undefined],
      [HEADLINE, 1],
      [dek, 2],
      ['Short heading', 3],
      ['A paragraph right under it, with no blank line between.', undefined],
      ...PARAGRAPHS.map((p) => [p, undefined]),
    ]);
    expect(blocks[1]!.markup).toBe(`# ${HEADLINE}`);
  });

  it("reads html2text's wrap past its unwrapped list items and its <br> lines; a <br> where a wrap would be is one", () => {
    const bullet = `  * **${PARAGRAPHS[2]}**`;
    const addresses = Array.from(
      { length: 12 },
      (_, i) => `Harbour ward ${i + 1} | Councillor Anna Berg | berg.${i}@harbour.example.gov  `,
    ).join('\n');
    // A page that broke its own paragraph with <br> at the width: html2text ends each line with two spaces.
    const broken = wrap(PARAGRAPHS[1]!, 78)
      .split('\n')
      .map((line, i, all) => (i < all.length - 1 ? `${line}  ` : line))
      .join('\n');
    const wrapped = page([
      `# ${HEADLINE}`,
      bullet,
      bullet,
      bullet,
      wrap(PARAGRAPHS[0]!, 78),
      addresses,
      broken,
      wrap(PARAGRAPHS[2]!, 78),
    ]);
    const blocks = readLayout(wrapped, 'page.md').blocks;

    expect(wrapWidth(wrapped, readMarkdown(wrapped))).toBe(78);
    expect(blocks.map((block) => block.text)).toContain(PARAGRAPHS[0]);
    expect(blocks.map((block) => block.text)).toContain(PARAGRAPHS[1]);
    expect(blocks.find((block) => block.text.startsWith('Harbour ward 1 '))!.text.split('\n')).toHaveLength(
      12,
    );
  });

  it("drops an image's alt text that html2text wrapped from a heading into the line under it", () => {
    const wrapped = page([
      `# ${HEADLINE}`,
      '### Von [Vanessa Franke][1][![RSS-Newsfeed neuer Artikel von Vanessa\nFranke][2]][3]',
      ...PARAGRAPHS.map((p) => wrap(p, 78)),
      '   [1]: /mitarbeiter.php?id=5503\n   [2]: /images/rss.png\n   [3]: /rss.php?id=5503',
    ]);
    const blocks = readLayout(wrapped, 'page.md').blocks;

    expect(blocks.slice(0, 3).map((block) => [block.text, block.hints?.heading])).toEqual([
      [HEADLINE, 1],
      ['Von Vanessa Franke', 3],
      [PARAGRAPHS[0], undefined],
    ]);
  });

  it('drops the margin a wrapper indents every line with (lynx -dump), in every block', () => {
    const wrapped = page([
      indent(HEADLINE),
      indent('By Jane Doe'),
      ...PARAGRAPHS.map((p) => indent(wrap(p, 74))),
      indent('Share on Facebook'),
    ]);
    const record = processText(wrapped, { name: 'page.txt' });

    expect(record.title).toBe(HEADLINE);
    expect(record.authors).toEqual(['Jane Doe']);
    expect(record.body).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('joins a headline wrapped narrower than the paragraphs where its next line carries on in lower case', () => {
    const wrapped = page([
      wrap(HEADLINE, 56),
      'By Jane Doe',
      ...PARAGRAPHS.map((p) => wrap(p, 76)),
      'Opening hours of the harbour office for the\nSat–Sun: closed',
    ]);
    const record = processText(wrapped, { name: 'page.txt' });

    expect(wrap(HEADLINE, 56)).toContain('\n');
    expect(record.title).toBe(HEADLINE);
    expect(record.body.split('\n\n').slice(0, 3)).toEqual(PARAGRAPHS);
    const blocks = segment(wrapped);
    // A line that opens with a capital keeps its break, whatever the line before it: two elements.
    expect(
      unwrapBlocks(blocks, wrapWidth(wrapped, blocks)!)
        .slice(-2)
        .map((block) => block.text),
    ).toEqual(['Opening hours of the harbour office for the', 'Sat–Sun: closed']);
  });

  it('splits a block at the breaks the wrapper did not force: a dump’s elements, each a block', () => {
    // lynx sets the page's divs on lines of their own, blank lines only around paragraphs.
    const wrapped = page([
      HEADLINE,
      indent('Jane Doe photo\nJane Doe\nMarch 12, 2024\n4 min read'),
      ...PARAGRAPHS.map((p) => indent(wrap(p, 74))),
    ]);
    const blocks = segment(wrapped);
    const unwrapped = unwrapBlocks(blocks, wrapWidth(wrapped, blocks)!);

    expect(unwrapped.map((block) => [block.text, block.line])).toEqual([
      [HEADLINE, 1],
      ['Jane Doe photo', 3],
      ['Jane Doe', 4],
      ['March 12, 2024', 5],
      ['4 min read', 6],
      ...PARAGRAPHS.map((p, i) => [p, unwrapped[5 + i]!.line]),
    ]);
    expect(unwrapped.map((block) => block.index)).toEqual(unwrapped.map((_, i) => i));
    const record = processText(wrapped, { name: 'page.txt' });
    expect(record.authors).toEqual(['Jane Doe']);
    expect(record.publishedAt).toBe('2024-03-12');
    expect(record.body).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('reads a dump whose headline at the margin runs wider than its paragraphs at the width the paragraphs keep to', () => {
    // lynx sets a heading at the margin and its paragraphs three columns in, each wrapped at its own right edge.
    const headline = wrap(HEADLINE, 77);
    const wrapped = page([headline, ...PARAGRAPHS.map((p) => indent(wrap(p, 60)))]);
    const blocks = segment(wrapped);

    expect(headline.split('\n')[0]!.length).toBeGreaterThan(70);
    expect(wrapWidth(wrapped, blocks)).toBe(60);
    const record = processText(wrapped, { name: 'page.txt' });
    expect(record.title).toBe(HEADLINE);
    expect(record.body).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('reads a dump wrapped past a few code lines wider than any wrap (a <pre> the dump leaves as it is)', () => {
    const code = [
      'const harbourWall = buildWall({ lengthInMetres: 420, heightInMetres: 6, material: "reinforced concrete" });',
      'const storms = forecastWinterStorms({ coast: "north", yearsAhead: 30, includeSurges: true, model: "ensemble" });',
      'console.log("The wall holds against", storms.filter((storm) => storm.surge < harbourWall.height).length, "storms");',
    ].join('\n');
    const text = page([
      HEADLINE,
      ...PARAGRAPHS.map((p) => wrap(p, 72)),
      code,
      ...PARAGRAPHS.map((p) => wrap(p, 72)),
    ]);

    expect(code.split('\n').every((line) => line.length > 100)).toBe(true);
    expect(wrapWidth(text, segment(text))).toBe(72);
    // Each code line ends where the page ended it: an element of its own, as a dump's other unforced breaks.
    expect(readLayout(text, 'dump.txt').blocks.map((block) => block.text)).toEqual([
      HEADLINE,
      ...PARAGRAPHS,
      ...code.split('\n'),
      ...PARAGRAPHS,
    ]);
  });

  it("reads w3m's bullets of nested lists (□, ☆) as list items, whose breaks are the page's", () => {
    const nested = Array.from(
      { length: 12 },
      (_, i) => `      □ Harbour ward ${i + 1}: opening hours and the council's contact`,
    ).join('\n');
    const text = page([
      HEADLINE,
      `  • Wards of the harbour\n${nested}`,
      ...PARAGRAPHS.map((p) => wrap(p, 72)),
    ]);

    expect(wrapWidth(text, segment(text))).toBe(72);
    expect(readLayout(text, 'dump.txt').blocks.map((block) => block.text)).toEqual(
      expect.arrayContaining(PARAGRAPHS),
    );
  });

  it("keeps a quoted e-mail message's lines together as one element in a wrapped dump", () => {
    // A quoted line alone read as a heading, the comments' ("> what do you think?"), and the article after it went.
    const message =
      '> just in case the idea of sharing sounded strange,\n> let me put my point.\n> what do you think?';
    const wrapped = page([
      HEADLINE,
      ...PARAGRAPHS.map((p) => indent(wrap(p, 72))),
      message,
      indent(wrap(PARAGRAPHS[0]!, 72)),
    ]);
    const blocks = readLayout(wrapped, 'dump.txt').blocks.map((block) => block.text);

    expect(blocks).toContain(message);
    expect(blocks).not.toContain('> what do you think?');
    expect(processText(wrapped, { name: 'dump.txt' }).body).toContain(PARAGRAPHS[2]);
  });

  it('reads a wrapped text with blank lines between its paragraphs in blocks, however many menu lines it has', () => {
    const menu = Array.from({ length: 40 }, (_, i) => `Section ${i + 1}`).join('\n');
    const text = page([menu, HEADLINE, ...PARAGRAPHS.map((p) => wrap(p, 72))]);
    const document = readLayout(text, 'dump.txt');

    expect(detectLayout(text, 'dump.txt')).toBe('lines');
    expect(document.layout).toBe('blocks');
    expect(document.blocks.map((block) => block.text).slice(-3)).toEqual(PARAGRAPHS);
  });

  it("does so when the dump ends with a text browser's list of link targets, whose lines no wrapper breaks", () => {
    const menu = Array.from({ length: 200 }, (_, i) => `[${i + 1}]Section ${i + 1}`).join('\n');
    // elinks: each entry's link text, the URL under it; a teaser's whole headline now and then.
    const targets = Array.from({ length: 200 }, (_, i) => {
      const text =
        i % 40 === 0
          ? `The headline of a teaser about section ${i + 1} of the harbour works, which the town council debated for years`
          : `Section ${i + 1}`;
      return `   ${i + 1}. ${text}\n\thttps://harbour.example.com/sections/${i + 1}`;
    }).join('\n');
    const article = [...PARAGRAPHS, ...PARAGRAPHS, ...PARAGRAPHS].map((p) => wrap(p, 72));
    const text = page([menu, HEADLINE, ...article, 'References', targets]);
    const document = readLayout(text, 'dump.txt');

    expect(detectLayout(text, 'dump.txt')).toBe('lines');
    expect(document.layout).toBe('blocks');
    expect(document.blocks.map((block) => block.text)).toEqual(expect.arrayContaining(PARAGRAPHS));
  });

  /** The text's blocks, the wrap width found, and the blocks' texts unwrapped at it (none when no width is found). */
  const unwrapped = (text: string) => {
    const blocks = segment(text);
    const width = wrapWidth(text, blocks);
    const joined = width === null ? [] : unwrapBlocks(blocks, width).map((block) => block.text);
    return { width, joined };
  };

  it('makes a word broken at a hyphen whole when the page writes it so, and keeps a hyphen the word has', () => {
    const text = page([
      'The council met on Tuesday to discuss the harbour and its wall, end-\ning two years of talks that had divided the town and its shop owners.',
      'Ending the talks was a relief for everyone in the town, said a well-\nknown shop owner who has lived by the harbour for forty years or more.',
      ...PARAGRAPHS.map((p) => wrap(p, 72)),
    ]);
    const { width, joined } = unwrapped(text);

    expect(width).not.toBeNull();
    expect(joined[0]).toContain('its wall, ending two years of talks');
    expect(text.split('\n').every((line) => line.length <= 72)).toBe(true);
    expect(joined[1]).toContain('said a well-known shop owner');
  });

  it('keeps a compound a wrapper broke after its hyphen before a capital or a digit whole, a word left open before a conjunction open', () => {
    const text = page([
      'The shop on the harbour sells dresses that are cute, comfy, Church-\nAppropriate and cheap, and masks that met the rules of the days of\nCOVID-19 in the town, when the harbour was closed and tests for COVID-\n19 were sold.',
      'Der Verein baut am Hafen neue Wege für Fußgänger und Radfahrer, die Ein-\nund Ausgänge der Halle und die Zu-\noder Abfahrt.',
      ...PARAGRAPHS.map((p) => wrap(p, 72)),
    ]);
    const { width, joined } = unwrapped(text);

    expect(width).toBe(72);
    expect(joined[1]).toBe(
      'Der Verein baut am Hafen neue Wege für Fußgänger und Radfahrer, die Ein- und Ausgänge der Halle und die Zu- oder Abfahrt.',
    );
    expect(joined[0]).toBe(
      'The shop on the harbour sells dresses that are cute, comfy, Church-Appropriate and cheap, and masks that met the rules of the days of COVID-19 in the town, when the harbour was closed and tests for COVID-19 were sold.',
    );
  });

  it("reads a heading html2text wrapped inside its link's title as the heading, the punctuation after the link glued to it", () => {
    const wrapped = page([
      '## By [Tatyana Turner](https://example.org/author/tatyana-turner/ "Read All\nPosts By Tatyana Turner").',
      ...PARAGRAPHS.map((p) => wrap(p, 78)),
    ]);
    const blocks = readLayout(wrapped, 'story.md').blocks;

    expect(blocks.map((block) => block.text)).toEqual(['By Tatyana Turner.', ...PARAGRAPHS]);
    expect(blocks[0]!.hints?.heading).toBe(2);
  });

  it('keeps the line breaks of a text that is not wrapped', () => {
    const oneLongLine = page([...PARAGRAPHS, 'Opening hours\nMon–Fri: 7am to 5pm\nSat–Sun: closed']);
    const shortLines = page([
      'Harbour Office\n12 Quay Street\nSpringfield',
      'Mon–Fri: 7am to 5pm\nSat–Sun: closed',
    ]);

    for (const text of [oneLongLine, shortLines]) {
      expect(wrapWidth(text, segment(text))).toBeNull();
      expect(readLayout(text, 'page.txt').blocks.map((block) => block.text)).toEqual(
        segment(text).map((block) => block.text),
      );
    }
  });

  it('unwraps any text wrapped at any width from 60 to 100 back to its paragraphs', () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    const paragraph = fc.array(word, { minLength: 40, maxLength: 120 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 2, maxLength: 6 }),
        fc.integer({ min: 60, max: 100 }),
        (paragraphs, width) => {
          const text = page(paragraphs.map((p) => wrap(p, width)));
          const blocks = segment(text);
          const found = wrapWidth(text, blocks);
          expect(found).not.toBeNull();
          expect(unwrapBlocks(blocks, found!).map((block) => block.text)).toEqual(paragraphs);
        },
      ),
      { numRuns: 200 },
    );
  });
});
