/**
 * Link numbers: a text browser's dump (`lynx -dump`, `elinks -dump`) writes each
 * link's number in brackets before its text ("a new [1]harbour wall", "[2]Home [3]News") and lists the targets
 * at the end, numbered from 1 ("1. https://…"). The numbers are the tool's, not the page's: a record's body reads
 * "a new harbour wall", and the navigation's words read as the words they are.
 *
 * Only a text that ends with such a list loses them, and only numbers the list has: "[3]" in a text without one
 * (a citation, a footnote) stays. The list itself is a run of link lines the cleaner removes as any other.
 */
import type { Block } from '../types.ts';
import { newBlock } from './blocks.ts';

/** A line of the list: its number, a URL with a scheme (http:, https:, file:, mailto:, …). */
const TARGET_LINE = /^\s*(\d+)\.\s+[a-z][a-z\d+.-]*:\S*\s*$/i;

/** A link number written before the link's text. */
const LINK_NUMBER = /\[(\d+)\](?=\S)/g;

/** The blocks without the link numbers of the list of targets the text ends with. */
export function withoutLinkNumbers(text: string, blocks: Block[]): Block[] {
  // Numbered from 1: a text without "[1]" has no link numbers (most texts stop here).
  if (!text.includes('[1]')) return blocks;
  const targets = targetCount(blocks);
  if (targets === 0) return blocks;
  const strip = (value: string) =>
    value.replace(LINK_NUMBER, (marker, number: string) => (Number(number) <= targets ? '' : marker));
  return blocks.map((block) => {
    if (block.hints?.code || !block.text.includes('[')) return block;
    const stripped = strip(block.text);
    const markup = block.markup === undefined ? undefined : strip(block.markup);
    return stripped === block.text && markup === block.markup
      ? block
      : newBlock(block.index, stripped, block.line, block.hints, markup);
  });
}

/** A label inside the list ("Hidden links:", "Visible links:"). */
const LIST_LABEL = /^\s*\p{L}[\p{L} ]{0,38}:\s*$/u;

/**
 * The number of targets the list the text ends with holds: its lines "1. URL", "2. URL", … numbered one after
 * another from 1 (labels between them aside); 0 when the text ends with no such list.
 */
function targetCount(blocks: readonly Block[]): number {
  // The text's last lines, back to the first that is neither a target nor a label.
  const tail: string[] = [];
  for (let b = blocks.length - 1; b >= 0; b--) {
    const lines = blocks[b]!.text.split('\n');
    let i = lines.length - 1;
    while (i >= 0 && (TARGET_LINE.test(lines[i]!) || LIST_LABEL.test(lines[i]!))) tail.push(lines[i--]!);
    if (i >= 0) break;
  }
  let expected = 1;
  for (let k = tail.length - 1; k >= 0; k--) {
    const match = TARGET_LINE.exec(tail[k]!);
    if (match === null) continue;
    if (Number(match[1]) !== expected) return 0;
    expected++;
  }
  return expected - 1;
}
