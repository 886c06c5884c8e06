import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../functions/core/layout/markdown.ts';
import { MASK, maskMarkdownExtras } from '../../functions/core/layout/markdown-extras.ts';
import { readLayout } from '../../functions/core/layout.ts';

/** The masked text as a reader sees it: masks gone, blanked lines empty. */
const seen = (text: string) =>
  (maskMarkdownExtras(text)?.text ?? text)
    .split('\n')
    .map((line) => line.replaceAll(MASK, '').trimEnd())
    .join('\n');

describe('maskMarkdownExtras', () => {
  it('leaves a text with none of the marks alone (null)', () => {
    expect(maskMarkdownExtras('# Title\n\nA paragraph with [a link](https://example.com).')).toBeNull();
  });

  it("blanks pandoc's fenced divs, their attributes wrapped over lines too, and keeps every line's place", () => {
    const text = '::: {.site-nav\n.site-nav-outer}\n-   [Home](/)\n:::\n\n::: comments\nGreat post!\n:::';

    const masked = maskMarkdownExtras(text)!.text;

    expect(masked.length).toBe(text.length);
    expect(masked.split('\n').length).toBe(text.split('\n').length);
    expect(seen(text)).toBe('\n\n-   [Home](/)\n\n\n\nGreat post!\n');
  });

  it('masks attributes after links, images and headings, and bracketed spans with their brackets', () => {
    const text =
      '# Big title {#t .headline}\n\nBy [Jane Roe](/a){.author rel="author"} and a [span]{.x}, []{#top} end.\n\n![A cat](a.jpg){width="50%"}';

    expect(seen(text)).toBe('# Big title\n\nBy [Jane Roe](/a) and a span,  end.\n\n![A cat](a.jpg)');
  });

  it('reads quoted values with braces in them, and a broken id with spaces, as attributes', () => {
    const text = 'A [link](/x){hx-vals="{\\"a\\":1}" .b}\n\n# Fitness Protocol {#Fitness Protocol .h1}';

    expect(seen(text)).toBe('A [link](/x)\n\n# Fitness Protocol');
  });

  it('keeps braces that are no attributes: code, a set in prose, a heading that only mentions one', () => {
    const text =
      'Let S = {1, 2, 3} be a set.\n\n# The {placeholder} syntax\n\n```\nconst a = [x]{.y};\n```\n\nUse `[x]{.y}` for a span.';

    expect(maskMarkdownExtras(text)).toBeNull();
  });

  it('masks a code span marked as raw output with its mark, on a line after a hard break too', () => {
    expect(seen('Line one`<br>`{=html}line two')).toBe('Line oneline two');
    expect(seen('::: x\nLine one\\\nline `<wbr>`{=html}two\n:::')).toBe('\nLine one\\\nline two\n');
  });

  it("masks raw HTML where a converter passed the page's containers through (pandoc -t gfm)", () => {
    const text =
      '<div class="top">\n\n-   [Home](/)\n\n</div>\n\n<div role="main">\n\n# Big title\n\nSome text with a <span class="x">span</span>,\nalso <!-- a comment --> end.\n\n</div>';

    expect(seen(text)).toBe(
      '\n\n-   [Home](/)\n\n\n\n\n\n# Big title\n\nSome text with a span,\nalso  end.\n\n',
    );
  });

  it("keeps tags in a text that passes none through: they are the page's words", () => {
    const text = '# 30 Years of <br> Tags\n\nThe <title> and <content> fields.\n\n<span>Jane</span> wrote:';

    expect(maskMarkdownExtras(text)).toBeNull();
  });

  it('is as long as the text, keeps its line breaks and characters outside what it masks, for any text', () => {
    const pieces = fc.constantFrom(
      'word',
      ' ',
      '\n',
      '\n\n',
      '[',
      ']',
      '(',
      ')',
      '{',
      '}',
      '{.a}',
      '{#b .c}',
      '`',
      '```',
      ':::',
      '::: x',
      '<div>',
      '</div>',
      '<span>',
      '<!--',
      '-->',
      '"',
      '\\',
      '#',
      '=',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        const masked = maskMarkdownExtras(text)?.text;
        if (masked === undefined) return;
        expect(masked.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) {
          const c = masked[i];
          if (text[i] === '\n') expect(c).toBe('\n');
          else expect(c === text[i] || c === MASK || c === ' ').toBe(true);
        }
      }),
    );
  });
});

describe("pandoc's markdown read", () => {
  it("gives a heading without its attributes, and a byline's name whole across a wrapped span", () => {
    const text = [
      '::: page-header',
      "# Budget Traveler's Guide {#article-title .entry-title}",
      '',
      '[Posted on [March 3,',
      '2025](/guide/){rel="bookmark"}]{.posted-on}[ By [[Gabby',
      'Boucher](/author/gabby/){.url .fn',
      '.n}]{.author .vcard}]{.byline}',
      ':::',
      '',
      '12 Main Street\\',
      'Springfield',
    ].join('\n');

    const blocks = readMarkdown(text);

    // Its soft breaks are spaces; a "\\" at a line's end is the page's <br>.
    expect(blocks.map((block) => [block.text, block.line])).toEqual([
      ["Budget Traveler's Guide", 2],
      ['Posted on March 3, 2025 By Gabby Boucher', 4],
      ['12 Main Street\nSpringfield', 10],
    ]);
  });

  it("reads pandoc's dashes as its reader does, in its markdown only; the markup keeps them as written", () => {
    const pandoc = readMarkdown('::: article\n# A job---but a good one {#top}\n\nOpen 9--5, daily.\n:::');
    const plain = readMarkdown('# A job---but a good one\n\nOpen 9--5, daily.');

    expect(pandoc.map((block) => block.text)).toEqual(['A job\u2014but a good one', 'Open 9\u20135, daily.']);
    expect(pandoc.map((block) => block.markup)).toEqual(['# A job---but a good one', 'Open 9--5, daily.']);
    expect(plain.map((block) => block.text)).toEqual(['A job---but a good one', 'Open 9--5, daily.']);
  });

  it('keeps a paragraph whole when a line of it holds nothing but wrapped attributes', () => {
    const text = '::: post\nBy [Jane\nRoe](/a){.author .vcard\n.fn .n .url\n.x} wrote this on Tuesday.\n:::';

    expect(readMarkdown(text).map((block) => block.text)).toEqual(['By Jane Roe wrote this on Tuesday.']);
  });

  it("keeps the lines of pandoc's indented code (a <pre>) as they are; a list item's indented paragraph is joined", () => {
    const text = [
      '::: post',
      'Intro text here,',
      'wrapped.',
      '',
      '    x = 1',
      '    y = 2',
      '',
      '-   An item',
      '',
      '    its second paragraph,',
      '    wrapped.',
      ':::',
    ].join('\n');

    const blocks = readMarkdown(text);

    expect(blocks.map((block) => block.text)).toEqual([
      'Intro text here, wrapped.',
      'x = 1\ny = 2',
      'An item',
      'its second paragraph, wrapped.',
    ]);
  });

  it('reads markdown under a doctype a converter copied (node-html-markdown) as markdown, the doctype no text', () => {
    const text = [
      '<!doctype html> ',
      '',
      '[Home](/) [News](/news)',
      '',
      '# Big title',
      '',
      'By [Jane Roe](/a)',
      '',
      'Some text with [a link](/b) or [two](/c), and a [third](/d).',
    ].join('\n');

    const page = readLayout(text);

    expect(page.layout).toBe('markdown');
    expect(page.blocks.map((block) => block.text)).toEqual([
      'Home News',
      'Big title',
      'By Jane Roe',
      'Some text with a link or two, and a third.',
    ]);
    // A document is HTML still: its doctype has an <html> after it.
    expect(readLayout('<!doctype html>\n<html><body><h1>T</h1><p>[a](/b)</p></body></html>').layout).toBe(
      'html',
    );
  });

  it('reads pandoc -t gfm output opening with a div as markdown, not HTML', () => {
    const text = [
      '<div class="top">',
      '',
      '-   [Home](/)',
      '-   [News](/news)',
      '',
      '</div>',
      '',
      '<div role="main">',
      '',
      '# Big title',
      '',
      'By [Jane Roe](/a)',
      '',
      'Some text with a <span class="x">span</span>, and [a link](/b) or two.',
      '',
      '</div>',
      '',
      '<div class="section comments">',
      '',
      'c1',
      '',
      '</div>',
    ].join('\n');

    const page = readLayout(text);

    expect(page.layout).toBe('markdown');
    expect(page.blocks.map((block) => block.text)).toEqual([
      'Home',
      'News',
      'Big title',
      'By Jane Roe',
      'Some text with a span, and a link or two.',
      'c1',
    ]);
    expect(page.blocks[2]!.hints?.heading).toBe(1);
  });

  it('keeps an HTML fragment HTML, though its script is full of "](" and blank lines stand around its divs', () => {
    const script = `<script>self.__next_f.push([1,"${'[x](y) '.repeat(40)}"])</script>`;
    const fragment = [
      '<div id="__next">',
      '',
      '<div class="nav"><ul><li><a href="/">Home</a></li><li><a href="/n">News</a></li></ul></div>',
      '',
      '<div class="main">',
      '',
      '<h1>Big title</h1>',
      '<p>By <a href="/a">Jane Roe</a></p>',
      '<p>Some text of the article, long enough.</p>',
      '',
      '</div>',
      '',
      '</div>',
      script,
    ].join('\n');

    expect(readLayout(fragment).layout).toBe('html');
  });
});
