/**
 * A tool's indentation: a text copied from an indented HTML source (a DOM's textContent, a naive tag stripper),
 * or dumped by a browser that sets its text off by a margin, starts its paragraphs with the white space of the
 * source's nesting ("          The city council voted…"). That white space is the tool's, not the page's: a
 * clean record's paragraphs start with their first word.
 *
 * A text is indented so when most of its prose lines (sentences of several words, not code) start with white
 * space: on the bench's 1,800 text and line-per-element pages, whose code blocks keep their indentation, at most
 * a quarter of a page's prose lines do. Each plain block then loses the indentation all its lines share, so a
 * code block keeps its lines' indentation relative to each other. Markdown's indentation is its syntax and stays.
 */
import type { Block } from '../types.ts';
import { newBlock } from './blocks.ts';

export const INDENT = {
  /** Prose lines needed to judge a page… */
  minProse: 3,
  /** …and the share of them that must be indented. */
  indentedShare: 0.6,
  /** A prose line: this long or longer, trimmed… */
  proseChars: 40,
  /** …with at least this many words… */
  proseWords: 6,
};

/** A prose line's ends: a letter, digit or opening quote first, a sentence's end last. */
const PROSE = /^["'“‘„«\p{L}\p{N}].*[.!?:;"'”’»)]$/u;

/** The blocks, each plain block without its lines' shared indentation when the text is indented by its tool. */
export function withoutToolIndent(blocks: Block[]): Block[] {
  return isToolIndented(blocks) ? blocks.map(dedentBlock) : blocks;
}

/** Most of the plain blocks' prose lines start with white space. */
export function isToolIndented(blocks: readonly Block[]): boolean {
  // Most texts indent no line: one character read per line settles them.
  let indentedLines = 0;
  for (const block of blocks) {
    if (block.markup !== undefined || block.hints?.code) continue;
    const text = block.text;
    for (let start = 0; start < text.length; ) {
      if (isIndent(text.charCodeAt(start))) indentedLines++;
      const end = text.indexOf('\n', start);
      start = end < 0 ? text.length : end + 1;
    }
  }
  if (indentedLines < INDENT.minProse * INDENT.indentedShare) return false;
  let prose = 0;
  let indented = 0;
  for (const block of blocks) {
    if (block.markup !== undefined || block.hints?.code) continue;
    for (const line of block.text.split('\n')) {
      const trimmed = line.trim();
      if (!isProse(trimmed)) continue;
      prose++;
      if (isIndent(line.charCodeAt(0))) indented++;
    }
  }
  return prose >= INDENT.minProse && indented >= INDENT.indentedShare * prose;
}

/** The block without the indentation its lines share (markdown and code blocks as they are). */
function dedentBlock(block: Block): Block {
  if (block.markup !== undefined || block.hints?.code || !isIndent(block.text.charCodeAt(0))) return block;
  const text = dedented(block.text.split('\n')).join('\n');
  return text === block.text ? block : newBlock(block.index, text, block.line, block.hints, block.markup);
}

/** The lines without the leading white space all of them (the blank ones aside) share. */
export function dedented(lines: string[]): string[] {
  let margin = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    if (indent < line.length) margin = Math.min(margin, indent);
  }
  return margin === 0 || margin === Number.POSITIVE_INFINITY
    ? lines
    : lines.map((line) => line.slice(margin));
}

function isProse(trimmed: string): boolean {
  if (trimmed.length < INDENT.proseChars) return false;
  let words = 1;
  for (let i = 0; i < trimmed.length && words < INDENT.proseWords; i++)
    if (trimmed.charCodeAt(i) === 32) words++;
  return words >= INDENT.proseWords && PROSE.test(trimmed);
}

/** A space or a tab (a line's indentation). */
const isIndent = (code: number) => code === 32 || code === 9;
