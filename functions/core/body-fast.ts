/**
 * body.ts's plain `renderBody(blocks, 'text')` without a second copy of the text when it need not make one: when
 * the blocks stand in the layout's text one after another with exactly one blank line ("\n\n") between each two
 * (the blocks layout of a page the cleaner kept whole from some block on, such as 10 MB of one-word blocks), the
 * body is that stretch of the text, a slice of it. The stretch is checked character by character against the
 * blocks before it is taken (linear; the check stops at the first difference), so the result is the plain join's
 * string whatever the layout (tests/unit/body-fast.test.ts).
 *
 * Why: on 10 MB of one-word blocks the join made a 10 MB string, and an array of 1.16 million texts and the join's
 * own table on the way (~44 MiB of heap at the moment the core's memory peaks).
 */
import { plainText, renderBody } from './body.ts';
import type { Block } from './types.ts';

/** Kept blocks fewer than this are joined: the slice is worth it only for a large body. */
const SLICE_MIN_BLOCKS = 1024;

/** `renderBody(blocks, 'text')`, a slice of `source` (the text the layout read the blocks from) when it can be. */
export function renderPlainBodyFast(
  blocks: readonly Block[],
  source: string,
  minBlocks = SLICE_MIN_BLOCKS,
): string {
  if (blocks.length > 0 && blocks.length >= minBlocks) {
    const start = lineStart(source, blocks[0]!.line);
    const end = start < 0 ? -1 : contiguousEnd(blocks, source, start);
    if (end >= 0) return source.slice(start, end);
  }
  return renderBody(blocks, 'text');
}

/** Offset of 1-based line `line` in `text` (-1 when the text has fewer lines). */
function lineStart(text: string, line: number): number {
  let at = 0;
  for (let k = 1; k < line; k++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return -1;
    at = next + 1;
  }
  return at;
}

/**
 * Where the blocks' join ends in `text` when it starts at `start` and every block's text stands there in turn,
 * "\n\n" between each two; -1 at the first block or separator that does not, or at a block whose lines the body
 * glues (body.ts `gluedLines`: its body is not the text as it stands).
 */
function contiguousEnd(blocks: readonly Block[], text: string, start: number): number {
  let at = start;
  for (let i = 0; i < blocks.length; i++) {
    if (i > 0) {
      if (text.charCodeAt(at) !== 10 || text.charCodeAt(at + 1) !== 10) return -1;
      at += 2;
    }
    const part = blocks[i]!.text;
    if (!text.startsWith(part, at) || plainText(blocks[i]!) !== part) return -1;
    at += part.length;
  }
  return at;
}
