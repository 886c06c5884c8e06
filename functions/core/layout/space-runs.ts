/**
 * A page run into one line: a tag stripper over minified HTML (BeautifulSoup's `get_text()` with no separator,
 * a regex that deletes tags) keeps no line breaks, only the white space the source had between its elements
 * ("Kelia Losa Reinoso     August 25, 2025  15 min"). Such a line is the whole page, menus, headline and
 * paragraphs alike, and no reader can tell them apart. Where a long line is broken by many runs of three or more
 * spaces, each run is an element's end: the line's pieces become blocks, as the page's elements are in the blocks
 * layout (a sentence's words are one space apart; two after a full stop are no run).
 */
import type { Block } from '../types.ts';
import { newBlock, renumbered } from './blocks.ts';

export const SPACE_RUNS = {
  /** A line this long or longer is read for runs… */
  minLineChars: 1000,
  /** …and split when it has this many of them. */
  minRuns: 5,
};

/** A run of white space that ends an element: three or more spaces or tabs. */
const RUN = /[ \t\u00a0]{3,}/g;
const RUN_START = /[ \t\u00a0]{3}/;

/** The blocks, each long line of a plain block that runs elements together split at its runs of spaces. */
export function withSpaceRunsSplit(blocks: Block[]): Block[] {
  // Most texts have no line this long: one length check per block settles them.
  if (!blocks.some((block) => block.markup === undefined && block.text.length >= SPACE_RUNS.minLineChars))
    return blocks;
  const split = blocks.flatMap((block) =>
    block.markup === undefined && !block.hints?.code ? pieces(block) : block,
  );
  if (split.length === blocks.length) return blocks;
  return renumbered(split);
}

/** The block's lines, a long line with enough runs split into its pieces, each piece a block on that line. */
function pieces(block: Block): Block | Block[] {
  // A block with no run at all (most long paragraphs) is read no further.
  if (block.text.length < SPACE_RUNS.minLineChars || !RUN_START.test(block.text)) return block;
  const lines = block.text.split('\n');
  if (!lines.some(isRunTogether)) return block;
  const out: Block[] = [];
  let kept: string[] = [];
  let keptLine = block.line;
  const flush = () => {
    if (kept.length > 0) out.push(newBlock(block.index, kept.join('\n'), keptLine, block.hints));
    kept = [];
  };
  lines.forEach((line, k) => {
    if (!isRunTogether(line)) {
      if (kept.length === 0) keptLine = block.line + k;
      kept.push(line);
      return;
    }
    flush();
    for (const piece of line.split(RUN)) {
      const text = piece.trim();
      if (text !== '') out.push(newBlock(block.index, text, block.line + k, block.hints));
    }
  });
  flush();
  return out;
}

/** A long line with at least SPACE_RUNS.minRuns runs of three spaces or more. */
function isRunTogether(line: string): boolean {
  if (line.length < SPACE_RUNS.minLineChars) return false;
  let runs = 0;
  RUN.lastIndex = 0;
  while (RUN.exec(line) !== null) if (++runs >= SPACE_RUNS.minRuns) return true;
  return false;
}
