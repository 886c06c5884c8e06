/**
 * line-shape.ts's `lineShape` with no string made for a blank line and no regex run on a line that cannot open a
 * code fence: the same shape of every text (tests/unit/line-shape-fast.test.ts: fast-check).
 *
 * Why: the layout is decided on the whole text before it is read, one line at a time. 10 MB of one-word blocks
 * has 2.3 million lines, half of them blank: the reference sliced and trimmed each and ran the fence regex on
 * each of the others (~130-190 ms CPU of that input's layout stage). A blank line is found by reading its
 * characters in place; the fence regex runs only on a line whose first character after up to three spaces is
 * "`" or "~".
 */
import { isJsSpace } from '../whitespace.ts';
import {
  type LineShape,
  LONG_GAP_LINES,
  MD_DEFINITION,
  MD_FENCE,
  MD_HEADING,
  MD_LINK_TARGET,
  wrapsInto,
} from './line-shape.ts';
import { isTableRule } from './markdown.ts';

/** `lineShape` of line-shape.ts. */
export function lineShapeFast(text: string): LineShape {
  const shape: LineShape = { lines: 0, gaps: 0, longGaps: 0, wraps: 0, markdown: 0 };
  let previous: string | null = null;
  let blankBefore = false;
  let blankRun = 0;
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    // Blank: nothing but white space (what trim() removes) up to the line's end.
    let k = pos;
    while (k < end && isJsSpace(text.charCodeAt(k))) k++;
    if (k === end) {
      pos = end + 1;
      blankBefore = previous !== null;
      blankRun++;
      continue;
    }
    const line = text.slice(pos, end);
    pos = end + 1;
    shape.lines++;
    if (blankBefore) {
      shape.gaps++;
      if (blankRun >= LONG_GAP_LINES) shape.longGaps++;
    } else if (previous !== null && wrapsInto(previous, line)) shape.wraps++;
    blankBefore = false;
    blankRun = 0;
    previous = line;
    if (line.includes('](')) for (const _ of line.matchAll(MD_LINK_TARGET)) shape.markdown++;
    if (line.includes(']:') && MD_DEFINITION.test(line)) shape.markdown++;
    const first = line.charCodeAt(0);
    if (
      (first === 35 && MD_HEADING.test(line)) ||
      (mayOpenFence(line) && MD_FENCE.test(line)) ||
      (line.includes('|') && isTableRule(line))
    )
      shape.markdown += 2;
  }
  return shape;
}

/** False when MD_FENCE (up to three spaces, then ``` or ~~~) cannot match: no "`" or "~" after those spaces. */
function mayOpenFence(line: string): boolean {
  let j = 0;
  while (j < 3 && line.charCodeAt(j) === 32) j++;
  const c = line.charCodeAt(j);
  return c === 96 || c === 126;
}
