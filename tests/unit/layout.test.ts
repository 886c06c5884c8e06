/** The layout stage seen through the whole core: the same article in every layout gives the same record. */
import { describe, expect, it } from 'vitest';
import { processText } from '../../functions/core/pipeline.ts';

const PARAGRAPHS = [
  'The city council voted on Tuesday to close the old bridge over the river until the repairs are done, a decision that will reroute thousands of commuters.',
  'Engineers found cracks in two of the supporting piers during an inspection last month, and the council said it could not wait for the next budget.',
  'Local shops near the bridge say they expect fewer customers, but most agree that safety has to come first for everyone who crosses it.',
];

describe('the layout stage through the core', () => {
  it('reads the blocks, lines and markdown layouts of one page into the same body and title', () => {
    const blocks = ['Home', 'News', 'Bridge to close for repairs', ...PARAGRAPHS, 'Share on Facebook'].join(
      '\n\n',
    );
    const lines = ['Home', 'News', 'Bridge to close for repairs', ...PARAGRAPHS, 'Share on Facebook'].join(
      '\n',
    );
    const markdown = [
      '* [Home](/)',
      '* [News](/news)',
      '',
      '# Bridge to close for repairs',
      '',
      PARAGRAPHS.join('\n\n'),
      '',
      '[Share on Facebook](https://facebook.com/share)',
    ].join('\n');

    const records = [processText(blocks), processText(lines), processText(markdown, { name: 'story.md' })];

    expect(records.map((r) => r.format)).toEqual(['text', 'text', 'markdown']);
    expect(records.map((r) => r.title)).toEqual(Array(3).fill('Bridge to close for repairs'));
    expect(new Set(records.map((r) => r.body)).size).toBe(1);
    expect(records[0]!.body).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('keeps the markdown of the kept blocks in the body, and hashes the plain text', () => {
    const markdown = [
      '# Bridge to close',
      '',
      `${PARAGRAPHS[0]} See [the notice](https://city.example/notice).`,
      '',
      PARAGRAPHS[1],
    ].join('\n');
    const plain = ['Bridge to close', '', `${PARAGRAPHS[0]} See the notice.`, '', PARAGRAPHS[1]].join('\n');

    const record = processText(markdown, { name: 'story.md' });

    expect(record.body).toContain('[the notice](https://city.example/notice)');
    expect(record.contentHash).toBe(processText(plain).contentHash);
  });

  it('reads HTML and names the element of each removed block in the audit', () => {
    const html = `<!doctype html><html><body><nav><a href="/">Home</a> <a href="/n">News</a></nav><article><h1>Bridge to close</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article><footer><p>© 2024 City Times. All rights reserved.</p></footer></body></html>`;

    const record = processText(html);

    expect(record.format).toBe('html');
    expect(record.title).toBe('Bridge to close');
    expect(record.body).toBe(PARAGRAPHS.join('\n\n'));
    expect(record.removed.map((item) => [item.text, item.element])).toEqual([
      ['Home News', 'nav'],
      ['© 2024 City Times. All rights reserved.', 'footer > p'],
    ]);
  });

  it('gives audit line numbers of the uploaded file, blank lines included', () => {
    const text = ['', '', 'Share on Facebook', '', '', PARAGRAPHS[0], '', PARAGRAPHS[1]].join('\n');

    const record = processText(text);

    expect(record.removed.map((item) => [item.text, item.line])).toEqual([['Share on Facebook', 3]]);
  });
});

describe('re-cleaning a record body', () => {
  it('gives the body back when read in the layout a body is in (blocks, or markdown for markdown records)', () => {
    const lines = ['Home', 'Bridge to close for repairs', ...PARAGRAPHS, 'zb', 'gr'].join('\n');
    const markdown = [
      '# Bridge',
      '',
      `${PARAGRAPHS[0]} [Notice](/n).`,
      '',
      '* one item of the list',
      '* two',
      '',
      PARAGRAPHS[1],
    ].join('\n');

    const fromLines = processText(lines);
    const fromMarkdown = processText(markdown, { name: 'story.md' });

    expect(processText(fromLines.body, { layout: 'blocks' }).body).toBe(fromLines.body);
    expect(processText(fromMarkdown.body, { layout: 'markdown' }).body).toBe(fromMarkdown.body);
  });
});
