import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../functions/core/layout/detect.ts';

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

  it('reads a page with links and headings as markdown', () => {
    const text =
      '# Title\n\n* [Home](/)\n* [News](/news)\n\nA paragraph with [a link](https://example.com).\n\n## Section';

    expect(detectLayout(text)).toBe('markdown');
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
