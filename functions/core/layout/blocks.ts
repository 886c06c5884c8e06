import type { Block, BlockHints } from '../types.ts';
import { isJsSpace } from '../whitespace.ts';

/**
 * Every layout's blocks are made here, with all five fields in one order, absent ones undefined: one object
 * shape for every reader of blocks (a second shape, from one markdown page among text pages, cost V8 dozens of
 * rebuilds of the cleaner's and metadata's functions in a CLI run).
 */
export function newBlock(
  index: number,
  text: string,
  line: number,
  hints: BlockHints | undefined = undefined,
  markup: string | undefined = undefined,
): Block {
  return { index, text, line, hints, markup };
}

/** The blocks numbered 0, 1, 2, … again (a step that split blocks apart), each renumbered one made anew. */
export function renumbered(blocks: readonly Block[]): Block[] {
  return blocks.map((block, index) =>
    block.index === index ? block : newBlock(index, block.text, block.line, block.hints, block.markup),
  );
}

/** How often the global pattern matches `text` from `from` on (no copy of the text). */
export function countMatches(text: string, pattern: RegExp, from = 0): number {
  let count = 0;
  pattern.lastIndex = from;
  while (pattern.exec(text) !== null) count++;
  return count;
}

/** The line text[from, to) is empty or only white space. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isJsSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The blocks layout (blank lines between paragraphs: what most scrapers write): the normalised text split into
 * blocks at blank lines. Lines are found with indexOf and
 * a block is one slice of the text (its lines joined by their own "\n"): no array of lines, no join.
 */
export function segment(text: string): Block[] {
  const blocks: Block[] = [];
  const n = text.length;
  let pos = 0;
  let lineNo = 0;
  let blockStart = -1;
  let blockEnd = 0;
  let startLine = 0;
  while (true) {
    if (text.charCodeAt(pos) === 10) {
      // A run of empty lines: each "\n" from here starts the next one.
      if (blockStart >= 0) {
        blocks.push(newBlock(blocks.length, text.slice(blockStart, blockEnd), startLine + 1));
        blockStart = -1;
      }
      let next = pos + 1;
      while (next < n && text.charCodeAt(next) === 10) next++;
      lineNo += next - pos;
      pos = next;
      continue;
    }
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    if (isBlank(text, pos, end)) {
      if (blockStart >= 0) {
        blocks.push(newBlock(blocks.length, text.slice(blockStart, blockEnd), startLine + 1));
        blockStart = -1;
      }
    } else {
      if (blockStart < 0) {
        blockStart = pos;
        startLine = lineNo;
      }
      blockEnd = end;
    }
    if (end >= n) break;
    pos = end + 1;
    lineNo++;
  }
  if (blockStart >= 0) blocks.push(newBlock(blocks.length, text.slice(blockStart, blockEnd), startLine + 1));
  return blocks;
}
