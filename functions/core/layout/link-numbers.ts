/**
 * Link numbers: a text browser's dump (`lynx -dump`, `elinks -dump`) writes each link's number in brackets before
 * its text ("a new [1]harbour wall", "[2]Home [3]News") and lists the targets at the end, numbered from 1
 * ("1. https://…") under a heading ("References"). The numbers and the list are the tool's, not the page's: a
 * record's body reads "a new harbour wall", the navigation's words read as the words they are, and the list's
 * blocks are marked (`linkTargets`) for the cleaner to remove with the rule `layout.link-targets`.
 *
 * Only a text that ends with such a list loses them, and only numbers the list has: "[3]" in a text without one
 * (a citation, a footnote) stays.
 */
import type { Block } from '../types.ts';
import { newBlock, renumbered } from './blocks.ts';

/**
 * A line of the list: its number, a URL with a scheme (http:, https:, file:, mailto:, …) (lynx), and for a frame's
 * target its name after it ("1. https://…/frame.html ASU Online": the entry of an "IFRAME: [1]…" line).
 */
const TARGET_LINE = /^\s*(\d+)\.\s+[a-z][a-z\d+.-]*:\S+(?:\s.*)?$/i;
/** Or its number and the link's text, the URL alone on the next line (elinks). */
const NUMBERED_LINE = /^\s*(\d+)\.\s+\S/;
const URL_LINE = /^\s*[a-z][a-z\d+.-]*:\S+\s*$/i;
/** A label inside the list or its heading: a few words ("Hidden links:", "Visible links", "References"). */
const LIST_LABEL = /^\s*\p{L}[\p{L} ]{0,38}:?\s*$/u;

/** Lines inside the list that are no entry (a URL a dump broke over lines) before the list is taken to end. */
const MAX_STRAY_LINES = 8;

/** A link number written before the link's text. */
const LINK_NUMBER = /\[(\d+)\](?=\S)/g;

/**
 * The blocks with the list of targets the text ends with (and its heading) marked as the tool's, and the list's
 * highest number (0 when the text ends with no such list). Read before a wrapped text's lines are joined: the
 * joins would run an entry's text into its URL.
 */
export function markLinkTargets(text: string, blocks: Block[]): { blocks: Block[]; last: number } {
  // Numbered from 1: a text without "[1]" has no link numbers (most texts stop here).
  if (!text.includes('[1]')) return { blocks, last: 0 };
  const list = targetList(blocks);
  if (list === null) return { blocks, last: 0 };
  const marked = blocks.map((block, b) =>
    b < list.firstBlock
      ? block
      : newBlock(block.index, block.text, block.line, { ...block.hints, linkTargets: true }, block.markup),
  );
  return { blocks: marked, last: list.last };
}

/**
 * The blocks without the link numbers up to `last` before a link's text (the list's own blocks as they are), and
 * without a plain text's lines that are such a number alone: a link with no text, an image without alt text,
 * which lynx writes as "[4]" on its line (on DEV's pages as lynx dumps them, half have such lines: 1,843 in all).
 * A block of such lines alone is no block.
 */
export function withoutLinkNumbers(blocks: Block[], listed: number): Block[] {
  if (listed === 0) return blocks;
  // A dump numbers its links in the order they come: where the text's numbers all run so, past the list's last
  // too, they are all the dump's (elinks lists a page's first links only on some pages: "[218]15 Indoor Plants …").
  const last = numbersInOrder(blocks) ? Number.POSITIVE_INFINITY : listed;
  const strip = (value: string) =>
    value.replace(LINK_NUMBER, (marker, number: string) => (Number(number) <= last ? '' : marker));
  const isNumberAlone = (line: string) => {
    const alone = NUMBER_ALONE.exec(line);
    return alone !== null && Number(alone[1]) <= last;
  };
  let dropped = false;
  const kept = blocks.flatMap((block): Block[] => {
    if (!mayHoldNumbers(block)) return [block];
    if (block.markup !== undefined) {
      const text = strip(block.text);
      const markup = strip(block.markup);
      return [
        text === block.text && markup === block.markup
          ? block
          : newBlock(block.index, text, block.line, block.hints, markup),
      ];
    }
    // A plain block starts at its first line kept; a number alone inside it leaves no line.
    const lines = block.text.split('\n');
    const firstKept = lines.findIndex((line) => !isNumberAlone(line));
    if (firstKept < 0) {
      dropped = true;
      return [];
    }
    const text = strip(
      lines
        .slice(firstKept)
        .filter((line) => !isNumberAlone(line))
        .join('\n'),
    );
    return [text === block.text ? block : newBlock(block.index, text, block.line + firstKept, block.hints)];
  });
  return dropped ? renumbered(kept) : kept;
}

/** A block whose text may hold the dump's link numbers: not code, not the list of targets, a "[" in it. */
function mayHoldNumbers(block: Block): boolean {
  return !block.hints?.code && !block.hints?.linkTargets && block.text.includes('[');
}

/** A link number alone on its line: a link with no text. */
const NUMBER_ALONE = /^\s*\[(\d+)\]\s*$/;

/** A bracketed number anywhere in a text. */
const BRACKETED_NUMBER = /\[(\d+)\]/g;

/** Every bracketed number of the text (its list of targets and code left out) is greater than the one before. */
function numbersInOrder(blocks: readonly Block[]): boolean {
  let previous = 0;
  for (const block of blocks) {
    if (!mayHoldNumbers(block)) continue;
    for (const match of block.text.matchAll(BRACKETED_NUMBER)) {
      const number = Number(match[1]);
      if (number <= previous) return false;
      previous = number;
    }
  }
  return true;
}

/**
 * The list of targets the text ends with: its lines "1. URL", "2. URL", … (or "1. text" over the URL) numbered in
 * order from 1, with the labels inside it and the heading over it; its highest number and the first block that
 * is all list. Null when the text ends with no such list.
 */
function targetList(blocks: readonly Block[]): { last: number; firstBlock: number } | null {
  // The numbers of the text's last lines, read back to the list's first entry, then its heading and label; a few
  // lines that are none of these inside the list are an entry's URL that a dump broke (a mailto: with a body).
  // Above a list's first entry an image map's URL (lynx's "[USEMAP]" section after the references) means another
  // list, numbered from 1 again, stands above: each run is read on its own.
  const numbers: number[] = [];
  const runStarts: number[] = [0];
  let firstBlock = blocks.length;
  let urlBelow = false;
  let headings = -1;
  let stray = 0;
  const read = (line: string): boolean => {
    if (headings >= 0) {
      if (URL_LINE.test(line) && numbers.length > runStarts[runStarts.length - 1]!) {
        runStarts.push(numbers.length);
        headings = -1;
        return true;
      }
      return headings-- > 0 && LIST_LABEL.test(line);
    }
    const target = TARGET_LINE.exec(line) ?? (urlBelow ? NUMBERED_LINE.exec(line) : null);
    urlBelow = target === null && URL_LINE.test(line);
    if (target === null) return urlBelow || LIST_LABEL.test(line);
    numbers.push(Number(target[1]));
    // The first entry: above it, at most a label ("Visible links") and the heading ("References").
    if (target[1] === '1') headings = 2;
    return true;
  };
  scan: for (let b = blocks.length - 1; b >= 0; b--) {
    const lines = blocks[b]!.text.split('\n');
    for (let i = lines.length - 1; i >= 0; i--) {
      if (read(lines[i]!)) {
        stray = 0;
        if (i === 0) firstBlock = b;
      } else if (headings >= 0 || numbers.length === 0 || ++stray > MAX_STRAY_LINES) break scan;
    }
  }
  // Each run numbered from 1 and in order; a number may be missing (lynx leaves out a link it hides). The text's
  // numbers are the highest run's.
  let last = 0;
  runStarts.push(numbers.length);
  for (let r = 0; r + 1 < runStarts.length; r++) {
    let runLast = 0;
    for (let k = runStarts[r + 1]! - 1; k >= runStarts[r]!; k--) {
      const number = numbers[k]!;
      if (runLast === 0 ? number !== 1 : number <= runLast) return null;
      runLast = number;
    }
    if (runLast === 0) return null;
    last = Math.max(last, runLast);
  }
  return last === 0 ? null : { last, firstBlock };
}
