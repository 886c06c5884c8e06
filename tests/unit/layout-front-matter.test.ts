/**
 * Front matter (layout/front-matter.ts): YAML front matter and reader headers are read as the page's own
 * metadata, become the page's first block (removed as `layout.front-matter`, nothing lost), and give the record
 * its declared title, authors, dates, site and language when the text does not say better.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../functions/core/layout/front-matter.ts';
import { readLayout } from '../../functions/core/layout.ts';
import { processText } from '../../functions/core/pipeline.ts';

const PARAGRAPHS = [
  'The city council voted on Tuesday to close the old bridge over the river until the repairs are done, a decision that will reroute thousands of commuters.',
  'Engineers found cracks in two of the supporting piers during an inspection last month, and the council said it could not wait for the next budget.',
  'Local shops near the bridge say they expect fewer customers, but most agree that safety has to come first for everyone who crosses it.',
];
const ARTICLE = PARAGRAPHS.join('\n\n');

const metaOf = (text: string) =>
  readFrontMatter(text)?.evidence.meta.map(({ key, value }) => `${key}=${value}`);

describe('readFrontMatter', () => {
  it('reads YAML front matter: scalars, quoted values, flow and block lists, and where it ends', () => {
    const text = [
      '---',
      'title: "Bridge to close: what \\"repairs\\" mean"',
      "authors: ['Anna Berg', Tom Hays]",
      'date: 2024-03-14T08:00:00+01:00',
      'lastmod: 2024-03-15',
      'url: https://city.example/news/bridge',
      'sitename: City Times # the paper',
      'lang: en',
      'tags:',
      '  - transport',
      '  - council',
      'description: >',
      '  A folded block scalar: not read.',
      '...',
      '',
      ARTICLE,
    ].join('\n');

    const front = readFrontMatter(text);

    expect(front?.lines).toBe(14);
    expect(front?.firstLine).toBe(1);
    expect(front?.evidence.canonicalUrl).toBe('https://city.example/news/bridge');
    expect(front?.evidence.lang).toBe('en');
    expect(front?.evidence.declaredIn).toBe('front-matter');
    expect(metaOf(text)).toEqual([
      'og:title=Bridge to close: what "repairs" mean',
      'author=Anna Berg',
      'author=Tom Hays',
      'article:published_time=2024-03-14T08:00:00+01:00',
      'article:modified_time=2024-03-15',
      'og:site_name=City Times',
    ]);
  });

  it('reads an author list written as items under its key', () => {
    const text = [
      '---',
      'title: Bridge to close',
      'author:',
      '  - Anna Berg',
      '  - Tom Hays',
      '---',
      ARTICLE,
    ].join('\n');

    expect(metaOf(text)).toEqual(['og:title=Bridge to close', 'author=Anna Berg', 'author=Tom Hays']);
  });

  it('reads a reader header up to its "Markdown Content:" line', () => {
    const text = [
      '',
      'Title: Bridge to close for repairs',
      '',
      'URL Source: https://city.example/news/bridge',
      '',
      'Published Time: 2024-03-14T08:00:00Z',
      '',
      'Markdown Content:',
      ARTICLE,
    ].join('\n');

    const front = readFrontMatter(text);

    expect(front?.firstLine).toBe(2);
    expect(front?.lines).toBe(8);
    expect(front?.evidence.canonicalUrl).toBe('https://city.example/news/bridge');
    expect(metaOf(text)).toEqual([
      'og:title=Bridge to close for repairs',
      'article:published_time=2024-03-14T08:00:00Z',
    ]);
  });

  it.each([
    ['a rule over the text', `---\n\n${ARTICLE}`],
    ['a rule, a note and a rule', `---\nNote: the bridge reopens in May.\n---\n\n${ARTICLE}`],
    ['front matter never closed', `---\ntitle: Bridge to close\n\n${ARTICLE}`],
    ['a list item under no key', `---\n- Anna Berg\ntitle: Bridge to close\n---\n\n${ARTICLE}`],
    ['one "Date:" line (a dateline)', `Date: March 14, 2024\n\n${ARTICLE}`],
    ['header lines with no title or URL', `Author: Anna Berg\nDate: March 14, 2024\n\n${ARTICLE}`],
    ['a text that only mentions a title', `Title: the one word that matters\n\n${ARTICLE}`],
  ])('finds none in %s', (_, text) => {
    expect(readFrontMatter(text)).toBeNull();
  });
});

describe('a page with front matter through the layout stage and the core', () => {
  const page = [
    '---',
    'title: Bridge to close for repairs',
    'author: Anna Berg',
    'date: 2024-03-14',
    'url: https://city.example/news/bridge',
    '---',
    '',
    '* [Home](/)',
    '* [News](/news)',
    '',
    ARTICLE,
  ].join('\n');

  it('makes the front matter the first block, and leaves every other block on its line', () => {
    const withFront = readLayout(page, 'story.md');
    const without = readLayout(page.split('\n').slice(6).join('\n'), 'story.md');

    expect(withFront.layout).toBe('markdown');
    expect(withFront.blocks[0]).toMatchObject({ index: 0, line: 1, hints: { frontMatter: true } });
    expect(withFront.blocks[0]!.text.split('\n')).toEqual(page.split('\n').slice(0, 6));
    expect(withFront.blocks.slice(1).map((block) => [block.index - 1, block.line - 6, block.text])).toEqual(
      without.blocks.map((block) => [block.index, block.line, block.text]),
    );
  });

  it('gives the record what the front matter declares, and the audit the front matter', () => {
    const record = processText(page, { name: 'story.md' });

    expect(record.status).toBe('clean');
    expect(record.title).toBe('Bridge to close for repairs');
    expect(record.authors).toEqual(['Anna Berg']);
    expect(record.publishedAt).toBe('2024-03-14');
    expect(record.site).toBe('city.example');
    expect(record.body).toBe(ARTICLE);
    expect(record.provenance.title?.evidence).toBe('front-matter');
    expect(record.provenance.authors?.evidence).toContain('front-matter');
    const front = record.removed.find((item) => item.rule === 'layout.front-matter');
    expect(front).toMatchObject({ kind: 'metadata', line: 1, block: 0 });
    expect(front?.text).toContain('author: Anna Berg');
  });

  it('reads a reader header above plain text the same way', () => {
    const text = [
      'Title: Bridge to close for repairs',
      'URL Source: https://city.example/news/bridge',
      'Markdown Content:',
      'Home',
      '',
      ARTICLE,
    ].join('\n');

    const record = processText(text);

    expect(record.title).toBe('Bridge to close for repairs');
    expect(record.site).toBe('city.example');
    expect(record.body).toBe(ARTICLE);
    expect(record.removed.find((item) => item.rule === 'layout.front-matter')?.line).toBe(1);
  });

  /** A reader service's markdown (Jina Reader's header): its title, its URL, then `firstLine` over ARTICLE. */
  const readerText = (title: string, url: string, firstLine: string) =>
    [`Title: ${title}`, '', `URL Source: ${url}`, '', 'Markdown Content:', firstLine, '', ARTICLE].join('\n');

  it("takes a reader header's title over a heading of the body it heads, which stays in the body", () => {
    // Jina Reader's header over Readability's content: the page's own headline is left out, a heading of the body
    // ("Quick summary") was the title, then the audit's replaced headline (CLEANER_VERSION 0.2.44).
    const text = readerText(
      'Bridge to close for repairs | City News',
      'https://citynews.example/news/bridge',
      '## Quick summary',
    );

    const record = processText(text, { name: 'bridge.md' });

    expect(record.title).toBe('Bridge to close for repairs');
    expect(record.provenance.title?.evidence).toBe('front-matter');
    expect(record.body).toBe(`## Quick summary\n\n${ARTICLE}`);
    expect(record.removed.some((item) => item.rule === 'title.replaced')).toBe(false);
  });

  it("takes a reader header's title over the body's own headline or first line, which the audit keeps", () => {
    for (const [firstLine, replaced] of [
      ['# Repairs begin on the old bridge', 'Repairs begin on the old bridge'],
      ['Repairs begin on the old bridge', 'Repairs begin on the old bridge'],
    ] as const) {
      const text = readerText(
        'Bridge to close for repairs | City News',
        'https://citynews.example/news/bridge',
        firstLine,
      );

      const record = processText(text, { name: 'bridge.md' });

      expect(record.title).toBe('Bridge to close for repairs');
      expect(record.body).toBe(ARTICLE);
      expect(record.removed.find((item) => item.rule === 'title.replaced')).toMatchObject({
        text: replaced,
        kind: 'metadata',
        line: 6,
      });
    }
  });

  it("keeps the body's headline where the declared title is it with a section or site name the site cut missed", () => {
    const text = readerText(
      'Bridge to close for repairs | Part 1 - City News',
      'https://example.com/news/bridge',
      '# Bridge to close for repairs',
    );

    const record = processText(text, { name: 'bridge.md' });

    expect(record.title).toBe('Bridge to close for repairs');
    expect(record.provenance.title?.evidence).toBe('heading+front-matter');
    expect(record.removed.some((item) => item.rule === 'title.replaced')).toBe(false);
  });

  it('reads no front matter in HTML', () => {
    const html = `<!doctype html><html><body><article><h1>Bridge to close</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

    expect(readLayout(`---\ntitle: Not this\n---\n${html}`).blocks.some((b) => b.hints?.frontMatter)).toBe(
      false,
    );
  });
});

describe('front matter loses nothing (property)', () => {
  it('leaves every line of a text opening with front-matter-like lines in the body, the audit or the title', () => {
    const line = fc.oneof(
      fc.constantFrom(
        '---',
        '...',
        'title: A "quoted" title',
        'authors:',
        '  - Jane Roe',
        '- stray',
        'date: 2024-03-14',
        'url: https://a.example/x',
        'Title: X',
        'URL Source: https://b.example',
        'Markdown Content:',
        '',
        '  nested: map',
        'desc: >',
        'tags: [a, "b, c", d]',
        'Note: a thing',
      ),
      fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}$/),
    );
    const spaces = (text: string) => text.replace(/[ \t]+/g, ' ');

    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const text = `${lines.join('\n')}\n\n${ARTICLE}`;
        const record = processText(text);
        if (record.status !== 'clean') return false;
        const kept = spaces(record.body);
        const audit = spaces(record.removed.map((item) => item.text).join('\n'));
        // A rule drawn in plain text ("---" with no front matter to close) is no text: the layout drops it as a
        // blank line (layout.ts withoutRuleLines).
        return text
          .split('\n')
          .map((l) => spaces(l.trim()))
          .filter((l) => l !== '' && !/^([-_=*])(?: ?\1){2,}$/.test(l))
          .every((l) => kept.includes(l) || audit.includes(l) || record.title === l);
      }),
      { numRuns: 300 },
    );
  });
});
