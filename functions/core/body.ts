/**
 * The record's body from the kept blocks: paragraphs separated by one blank line. A markdown input keeps its
 * syntax: each block's markup, code inside fences, and the items of a list on consecutive lines (dedented
 * when the items above them were removed, so a kept sub-list does not read as code). In plain text a line of a
 * block that opens with closing punctuation carries on the line before it without a break (`gluedLines`).
 */
import type { Block, InputFormat } from './types.ts';

export function renderBody(blocks: readonly Block[], format: InputFormat): string {
  if (format !== 'markdown') return blocks.map(plainText).join('\n\n');
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

/** A block's text in a plain body: its lines as they stand (code), or with a dump's breaks before punctuation glued. */
export function plainText(block: Block): string {
  return block.hints?.code ? block.text : gluedLines(block.text);
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

/**
 * A line break before closing punctuation ("Stanford University" / ". Den Zuhörern …", "David Brier" / ",
 * international …"): a text dump that writes one text node a line (BeautifulSoup's `get_text("\n")`) breaks a
 * paragraph at every link, and a link's text ends before the punctuation after it. The paragraph reads on
 * without the break; the block's lines stay as they were for the cleaner and the audit's line numbers.
 */
export function gluedLines(text: string): string {
  return text.includes('\n') ? text.replace(BREAK_BEFORE_CLOSING, '') : text;
}

/**
 * A line break after a word and before a comma, a period, a colon or semicolon or a closing bracket that a space
 * and a word follow, or before a period that ends the line: the shape of a link's text and the sentence after it
 * (a dump's lines have no margin). Not before a quotation mark (German opens a quote with "»", Swedish with "”",
 * and "’Tis" opens with an apostrophe), nor a question or exclamation mark (a list's "? asking", a conditional's
 * "? \"…\""), nor in code: "todo" / ")" / ");" has no word after the bracket, ".map(…)" none after the period,
 * and code's continuation lines are indented ("\t\t\t: user.firstName").
 */
const BREAK_BEFORE_CLOSING = /(?<=[\p{L}\p{N}"”’»)])\n(?=[,.;:)][ \t]+[\p{L}\p{N}"“„«‘(]|\.[ \t]*(?:\n|$))/gu;
