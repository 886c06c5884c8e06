/**
 * The record's body from the kept blocks: paragraphs separated by one blank line. A markdown input keeps its
 * syntax: each block's markup, code inside fences, and the items of a list on consecutive lines (dedented
 * when the items above them were removed, so a kept sub-list does not read as code).
 */
import type { Block, InputFormat } from './types.ts';

export function renderBody(blocks: readonly Block[], format: InputFormat): string {
  if (format !== 'markdown') return blocks.map((block) => block.text).join('\n\n');
  let body = '';
  let listIndent = -1;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const item = block.hints?.listItem === true;
    if (i > 0) body += item && listIndent >= 0 ? '\n' : '\n\n';
    if (!item) listIndent = -1;
    else if (listIndent < 0) listIndent = leadingSpaces(block.markup ?? '');
    body += markdownOf(block, item ? listIndent : 0);
  }
  return body;
}

function markdownOf(block: Block, dedent: number): string {
  if (block.hints?.code) return `\`\`\`\n${block.text}\n\`\`\``;
  const markup = block.markup ?? block.text;
  if (dedent <= 0) return markup;
  return markup
    .split('\n')
    .map((line) => line.slice(Math.min(dedent, leadingSpaces(line))))
    .join('\n');
}

function leadingSpaces(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}
