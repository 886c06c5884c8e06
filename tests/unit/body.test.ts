import { describe, expect, it } from 'vitest';
import { renderBody } from '../../functions/core/body.ts';
import type { Block } from '../../functions/core/types.ts';

const block = (text: string, extra: Partial<Block> = {}): Block => ({ index: 0, text, line: 1, ...extra });

describe('renderBody', () => {
  it('joins plain text blocks with one blank line', () => {
    expect(renderBody([block('One'), block('Two')], 'text')).toBe('One\n\nTwo');
  });

  it('keeps markdown markup, puts list items on consecutive lines and fences code', () => {
    const blocks = [
      block('Title', { markup: '## Title', hints: { heading: 2 } }),
      block('a', { markup: '* [a](/a)', hints: { listItem: true } }),
      block('b', { markup: '* b', hints: { listItem: true } }),
      block('x = 1', { markup: 'x = 1', hints: { code: true } }),
    ];

    expect(renderBody(blocks, 'markdown')).toBe('## Title\n\n* [a](/a)\n* b\n\n```\nx = 1\n```');
  });

  it('dedents a kept sub-list whose parent items were removed', () => {
    const blocks = [
      block('a', { markup: '    * a', hints: { listItem: true } }),
      block('b', { markup: '    * b', hints: { listItem: true } }),
    ];

    expect(renderBody(blocks, 'markdown')).toBe('* a\n* b');
  });

  it('reads HTML and plain blocks as text even when they carry markup', () => {
    expect(renderBody([block('One', { markup: '**One**' })], 'html')).toBe('One');
  });
});
