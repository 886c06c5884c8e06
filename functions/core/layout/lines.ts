/**
 * The lines layout: one page element per line and few or no blank lines (BeautifulSoup's get_text("\n"),
 * Selenium's .text, innerText dumps). Each line is a block, as each element is in the blocks layout; a line
 * that runs on into the next (a hard-wrapped sentence, or one a dump split at an inline element: no end
 * punctuation, and the next line starts in lower case or with closing punctuation) keeps the next line in its
 * block, and a blank line always ends a block. A block that ends on a short lower-case line and no sentence's end
 * gives that line back as a block of its own (`isDanglingTag`).
 */
import type { Block } from '../types.ts';
import { newBlock } from './blocks.ts';
import { continuesInto, isDanglingTag } from './line-shape.ts';

export function readLines(text: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let firstLine = 0;
  const flush = () => {
    // A block whose sentence never ended, closed by a short lower-case line, is a headline (or a menu entry)
    // and the tag line under it ("… tips for zero waste living" / "starting zero waste"): two elements. A hard
    // wrap's last line ends its sentence; a dump's sentence split at a link goes on after it.
    if (lines.length >= 2) {
      const tail = lines[lines.length - 1]!;
      if (isDanglingTag(lines[lines.length - 2]!, tail)) {
        blocks.push(newBlock(blocks.length, lines.slice(0, -1).join('\n'), firstLine));
        blocks.push(newBlock(blocks.length, tail, firstLine + lines.length - 1));
        lines = [];
        return;
      }
    }
    if (lines.length > 0) blocks.push(newBlock(blocks.length, lines.join('\n'), firstLine));
    lines = [];
  };
  let lineNo = 0;
  let pos = 0;
  // The line after the one being read (pos is already past it when continuesInto asks): one closure per text.
  const afterNext = () => lineAfter(text, pos);
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
    if (last === undefined || !continuesInto(last, line, afterNext, lines.length > 1)) {
      flush();
      firstLine = lineNo;
    }
    lines.push(line);
  }
  flush();
  return blocks;
}

/** The line that starts at `pos` (empty at the text's end): continuesInto looks one line past the next. */
function lineAfter(text: string, pos: number): string {
  if (pos >= text.length) return '';
  const end = text.indexOf('\n', pos);
  return text.slice(pos, end < 0 ? text.length : end);
}
