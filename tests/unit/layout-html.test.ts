import { describe, expect, it } from 'vitest';
import { readHtml } from '../../functions/core/layout/html.ts';

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('readHtml: blocks', () => {
  it('makes each block element a block and glues inline elements as rendered', () => {
    const { blocks } = readHtml(
      page('<h1>Title</h1><p>One <b>bold</b> word<a href="/x">link</a>.</p><div>Two</div>'),
    );

    expect(blocks.map((b) => b.text)).toEqual(['Title', 'One bold wordlink.', 'Two']);
  });

  it('turns <br> into a line break and collapses white space, but keeps it inside <pre>', () => {
    const { blocks } = readHtml(page('<p>a\n   b<br>c</p><pre>x = 1\n  y = 2</pre>'));

    expect(blocks.map((b) => b.text)).toEqual(['a b\nc', 'x = 1\n  y = 2']);
    expect(blocks[1]!.hints?.code).toBe(true);
  });

  it('drops script, style, template and the head, and decodes entities', () => {
    const { blocks } = readHtml(
      page(
        '<script>var x = "<p>no</p>";</script><style>p{}</style><template><p>no</p></template><p>Caf&eacute; &amp; bar</p>',
        '<title>T</title>',
      ),
    );

    expect(blocks.map((b) => b.text)).toEqual(['Café & bar']);
  });

  it('names the containers around a block and the element it came from', () => {
    const { blocks } = readHtml(
      page(
        '<nav><ul><li><a href="/">Home</a></li></ul></nav><article><p>Text</p></article><footer><p>©</p></footer>',
      ),
    );

    expect(blocks.map((b) => [b.text, b.hints?.containers, b.hints?.element])).toEqual([
      ['Home', ['nav'], 'nav > li'],
      ['Text', ['article'], 'article > p'],
      ['©', ['footer'], 'footer > p'],
    ]);
  });

  it('reads comment sections, hidden elements and chrome class names as containers', () => {
    const { blocks } = readHtml(
      page(
        '<div id="comments"><p>Nice!</p></div><div hidden><p>Secret</p></div><div class="share-bar"><p>Share</p></div>',
      ),
    );

    expect(blocks.map((b) => b.hints?.containers)).toEqual([['comments'], ['hidden'], ['chrome-class']]);
  });

  it('measures the share of a block that is link text', () => {
    const { blocks } = readHtml(
      page('<li><a href="/">Home</a></li><p>Some words and <a href="/x">a link</a></p>'),
    );

    expect(blocks[0]!.hints?.linkShare).toBe(1);
    expect(blocks[1]!.hints?.linkShare).toBeCloseTo(5 / 17, 2);
  });

  it('marks headings, list items, table cells and quotes', () => {
    const { blocks } = readHtml(
      page(
        '<h2>Sub</h2><ul><li>item</li></ul><table><tr><td>cell</td></tr></table><blockquote><p>q</p></blockquote>',
      ),
    );

    expect(blocks[0]!.hints?.heading).toBe(2);
    expect(blocks[1]!.hints?.listItem).toBe(true);
    expect(blocks[2]!.hints?.tableCell).toBe(true);
    expect(blocks[3]!.hints?.quote).toBe(true);
  });

  it('numbers each block with the line of the HTML it starts on', () => {
    const { blocks } = readHtml('<html><body>\n<p>one</p>\n\n<p>two</p>\n</body></html>');

    expect(blocks.map((b) => [b.text, b.line])).toEqual([
      ['one', 2],
      ['two', 4],
    ]);
  });

  it('reads the body when the head is never closed', () => {
    const { blocks } = readHtml('<html><head><title>T</title><body><p>Body text</p></body></html>');

    expect(blocks.map((b) => b.text)).toEqual(['Body text']);
  });

  it('reads a fragment with no html or body element', () => {
    expect(readHtml('<p>Just a paragraph.</p>').blocks.map((b) => b.text)).toEqual(['Just a paragraph.']);
  });

  it('reads on after an inline SVG whose <title/> or <style/> closes itself', () => {
    // In HTML proper <title> and <style> hold raw text up to their end tag; inside SVG the slash closes them.
    const icon = '<svg viewBox="0 0 8 8"><title/><style/><path d="M0 0h8"/></svg>';
    const { blocks } = readHtml(page(`<p>Before${icon}</p><p>After the icon.</p><p>And on.</p>`));

    expect(blocks.map((b) => b.text)).toEqual(['Before', 'After the icon.', 'And on.']);
  });

  it('still reads <script/> in HTML proper as a script, up to its end tag', () => {
    const { blocks } = readHtml(page('<script/>var a = "<p>no</p>";</script><p>Text</p>'));

    expect(blocks.map((b) => b.text)).toEqual(['Text']);
  });

  it('survives unclosed and stray tags', () => {
    const { blocks } = readHtml('<div><p>one<p>two</span></div></div><li>three');

    expect(blocks.map((b) => b.text)).toEqual(['one', 'two', 'three']);
  });
});

describe('readHtml: evidence', () => {
  it('keeps the title, language, canonical URL and meta tags', () => {
    const head =
      '<title> The  Headline | Site </title><link rel="canonical" href="https://ex.com/a"><meta property="og:site_name" content="Example"><meta name="author" content="Jane Roe">';

    const { evidence } = readHtml(page('<p>x</p>', head));

    expect(evidence.title).toBe('The Headline | Site');
    expect(evidence.lang).toBe('en');
    expect(evidence.canonicalUrl).toBe('https://ex.com/a');
    expect(evidence.meta).toEqual([
      { key: 'og:site_name', value: 'Example' },
      { key: 'author', value: 'Jane Roe' },
    ]);
  });

  it('reads the article objects of JSON-LD, in @graph too, and leaves organisations out of the authors', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example' },
        {
          '@type': 'NewsArticle',
          headline: 'Storm hits coast',
          author: [
            { '@type': 'Person', name: 'Jane Roe' },
            { '@type': 'Organization', name: 'Example News' },
          ],
          datePublished: '2024-03-05T10:00:00Z',
          dateModified: '2024-03-06',
          publisher: { '@type': 'Organization', name: 'Example News' },
        },
      ],
    };

    const { evidence } = readHtml(
      page('<p>x</p>', `<script type="application/ld+json">${JSON.stringify(ld)}</script>`),
    );

    expect(evidence.jsonLd).toEqual([
      {
        type: 'NewsArticle',
        headline: 'Storm hits coast',
        authors: ['Jane Roe'],
        datePublished: '2024-03-05T10:00:00Z',
        dateModified: '2024-03-06',
        publisher: 'Example News',
      },
    ]);
  });

  it("reads the body's microdata dates and its first author element's name", () => {
    const body =
      '<article><h1>Storm hits coast</h1><p><span itemprop="author" itemscope><a rel="author" href="/a/jr">' +
      '<span itemprop="name">Jane  Roe</span></a>, <span>Staff</span></span> ' +
      '<time itemprop="datePublished" datetime="2024-03-05T10:00:00Z">Tuesday</time>' +
      '<time itemprop="dateModified" datetime="2024-03-06">Wednesday</time></p><p>Text.</p>' +
      '<aside><span itemprop="author"><span itemprop="name">Other Writer</span></span>' +
      '<a rel="author" href="/a/ow">Other Writer</a></aside></article>';

    const { evidence } = readHtml(page(body));

    expect(evidence.meta).toEqual([
      { key: 'microdata:author', value: 'Jane Roe' },
      { key: 'datepublished', value: '2024-03-05T10:00:00Z' },
      { key: 'datemodified', value: '2024-03-06' },
      { key: 'rel:author', value: 'Other Writer' },
    ]);
  });

  it('reads a rel=author link alone, and no name from an author element too long to be one', () => {
    const box = `<div itemprop="author"><p>Jane Roe writes about the coast. ${'She lives by the sea. '.repeat(5)}</p></div>`;

    const { evidence } = readHtml(page(`<p>By <a rel="author" href="/jr">Jane Roe</a></p>${box}`));

    expect(evidence.meta).toEqual([{ key: 'rel:author', value: 'Jane Roe' }]);
  });

  it('ignores broken JSON-LD', () => {
    const { evidence, blocks } = readHtml(
      page('<p>x</p>', '<script type="application/ld+json">{ not json</script>'),
    );

    expect(evidence.jsonLd).toEqual([]);
    expect(blocks.map((b) => b.text)).toEqual(['x']);
  });
});
