/**
 * What a text dump draws that is no text, dropped from plain text before its blocks are read (layout.ts; markdown
 * keeps its rules and setext underlines, its syntax): rules drawn across the page, which separate as a blank line
 * does, and a text browser's marks for images without alt text. Both keep the text's line numbers.
 */

/**
 * A horizontal rule in plain text: one mark three times or more, alone on its line, spaced or not ("_____",
 * "-----", "=====", "* * *", "───").
 */
const RULE_LINE = /^[ \t]*([-_=*~─━═—–])(?: ?\1){2,}[ \t]*$/gmu;
/** Three marks in a row, spaced or not: what every rule line holds (a page without any is not read line by line). */
const RULE_SEED = /([-_=*~─━═—–]) ?\1 ?\1/u;

/** The text with its rule lines left empty, their line ends kept (the lines after keep their numbers). */
export function withoutRuleLines(text: string): string {
  return RULE_SEED.test(text) ? text.replace(RULE_LINE, '') : text;
}

/** The file extensions of images, as a pattern's alternatives (a converter's image sources read them too). */
export const IMAGE_EXTENSIONS = 'png|jpe?g|gif|svg|webp|avif|bmp|ico';

/**
 * A text browser's mark for an image without alt text: lynx's file name ("[blog.png]", "[logo.svg?1766]",
 * "[svg%3E]" for an inline SVG), w3m's format ("[svg]", "[gif]"), elinks' "[IMG]", lynx's "[USEMAP]".
 */
const IMAGE_MARK = new RegExp(
  `\\[(?:img|usemap|svg|gif|png|jpe?g|[^[\\]\\s]{0,200}\\.(?:${IMAGE_EXTENSIONS})(?:[?#][^[\\]\\s]*)?|[^[\\]\\s]{0,200}svg%3e)\\]`,
  'giu',
);

/**
 * The text without its image marks and the spaces beside them: a line's margin kept before one, one space kept
 * between two words, none at a line's end (a line of nothing else is left blank: an element's end). Built from
 * the marks found, not by a pattern that also reads the spaces (which tried a match at every space: 8 times the
 * cost).
 */
export function withoutImageMarks(text: string): string {
  IMAGE_MARK.lastIndex = 0;
  let match = IMAGE_MARK.exec(text);
  if (match === null) return text;
  const parts: string[] = [];
  let from = 0;
  while (match !== null) {
    const start = match.index;
    const markEnd = IMAGE_MARK.lastIndex;
    let end = markEnd;
    while (end < text.length && isBlank(text.charCodeAt(end))) end++;
    let before = start;
    while (before > from && isBlank(text.charCodeAt(before - 1))) before--;
    const lineStart = before === 0 || text.charCodeAt(before - 1) === 10;
    const lineEnd = end === text.length || text.charCodeAt(end) === 10;
    parts.push(text.slice(from, lineStart ? start : before));
    if (!lineStart && !lineEnd && before < start && end > markEnd) parts.push(' ');
    from = end;
    IMAGE_MARK.lastIndex = end;
    match = IMAGE_MARK.exec(text);
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** A space or a tab. */
const isBlank = (code: number) => code === 32 || code === 9;
