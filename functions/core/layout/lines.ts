/**
 * The lines layout: one page element per line and few or no blank lines (BeautifulSoup's get_text("\n"),
 * Selenium's .text, innerText dumps). Each line is a block, as each element is in the blocks layout; a line
 * that runs on into the next (a hard-wrapped sentence, or one a dump split at an inline element: no end
 * punctuation, and the next line starts in lower case or with closing punctuation) keeps the next line in its
 * block, and a blank line always ends a block.
 */
import type { Block } from '../types.ts';
import { newBlock } from './blocks.ts';
import { continuesInto } from './line-shape.ts';

export function readLines(text: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let firstLine = 0;
  const flush = () => {
    if (lines.length > 0) blocks.push(newBlock(blocks.length, lines.join('\n'), firstLine));
    lines = [];
  };
  let lineNo = 0;
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    const line = text.slice(pos, end);
    pos = end + 1;
    lineNo++;
    if (line.trim().length === 0) {
      flush();
      continue;
    }
    const last = lines[lines.length - 1];
    if (last === undefined || !continuesInto(last, line)) {
      flush();
      firstLine = lineNo;
    }
    lines.push(line);
  }
  flush();
  return blocks;
}
