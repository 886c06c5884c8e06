/**
 * Which layout a file is in: HTML, markdown, blank-line blocks or one element per line. Decided from the text;
 * the file name's extension only settles what the text leaves open (a `.md` file with no markdown syntax is
 * still markdown, a `.html` file needs at least one tag). One pass over the lines, no regex over the whole text.
 */
import type { Layout } from '../types.ts';
import { LANGUAGES } from '../vocabulary/index.ts';
import { lineShapeFast } from './detect-fast.ts';
import { isTableRule } from './markdown.ts';

const HTML_NAME = /\.(?:html?|xhtml)$/i;
const MARKDOWN_NAME = /\.(?:md|markdown|mdown|mkd)$/i;

/** An HTML document opens so (after white space and comments): a doctype, <html>, or an XML prolog. */
const HTML_START = /^(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]{0,200}>\s*(?:<!doctype\s+html|<html[\s>]))/i;
/** Tags that only HTML has (a tutorial that mentions one <div> is not a page: see HTML_MIN_TAGS). */
const HTML_TAG =
  /<\/?(?:html|head|body|div|p|span|a|b|i|em|strong|u|small|code|pre|blockquote|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|th|td|meta|link|script|style|noscript|article|section|header|footer|nav|main|aside|h[1-6]|br|hr|img|picture|form|input|button|label|select|figure|figcaption|iframe)\b[^<>]{0,500}>/gi;
/** Characters of the text's start read to decide on HTML. */
const HTML_PROBE_CHARS = 8192;
/** A text that starts with "<" is HTML with this many tags in its first 8 KB (a fragment with no doctype). */
const HTML_MIN_TAGS = 8;

/** A markdown link or image target: "](https://…)", "](/path)", "](#anchor)", "](mailto:…)". */
export const MD_LINK_TARGET = /\]\((?:[a-z][a-z0-9+.-]*:|\/|#|\.{1,2}\/|<)/gi;
/** Evidence of markdown per line: ATX heading, code fence, table rule. */
export const MD_HEADING = /^#{1,6}[ \t]+\S/;
export const MD_FENCE = /^ {0,3}(?:```|~~~)/;
/** Markdown needs this much evidence (links + 2 × headings, fences, table rules)… */
const MD_MIN_EVIDENCE = 4;
/** …and at least this much per non-blank line: a text that quotes a heading or a link now and then is not markdown. */
const MD_EVIDENCE_PER_LINE = 0.1;

/** Blank-line gaps per line break at or above which a text is in blocks (paragraphs between blank lines). */
const BLOCKS_GAP_SHARE = 0.2;
/** Share of single line breaks inside a sentence (hard wrapping) that makes a text blocks, even with few gaps. */
const WRAPPED_SHARE = 0.3;
/** Fewer non-blank lines than this: blocks (nothing to recover). */
const MIN_LINES = 4;

export function detectLayout(text: string, name?: string | null): Layout {
  const head = skipComments(text.slice(0, HTML_PROBE_CHARS));
  if (HTML_START.test(head)) return 'html';
  if (head.startsWith('<') && countTags(head) >= HTML_MIN_TAGS) return 'html';
  if (name && HTML_NAME.test(name) && countTags(head) > 0) return 'html';
  const shape = lineShapeFast(text);
  if (name && MARKDOWN_NAME.test(name)) return 'markdown';
  if (shape.markdown >= MD_MIN_EVIDENCE && shape.markdown >= MD_EVIDENCE_PER_LINE * shape.lines)
    return 'markdown';
  if (shape.lines < MIN_LINES) return 'blocks';
  const breaks = shape.lines - 1;
  if (shape.gaps >= BLOCKS_GAP_SHARE * breaks) return 'blocks';
  const single = breaks - shape.gaps;
  if (shape.gaps > 0 && shape.wraps >= WRAPPED_SHARE * single) return 'blocks';
  return 'lines';
}

/** The text from its first character that is neither white space nor inside a leading <!-- comment -->. */
function skipComments(text: string): string {
  let rest = text.trimStart();
  while (rest.startsWith('<!--')) {
    const end = rest.indexOf('-->');
    if (end < 0) return rest;
    rest = rest.slice(end + 3).trimStart();
  }
  return rest;
}

function countTags(head: string): number {
  let count = 0;
  for (const _ of head.matchAll(HTML_TAG)) count++;
  return count;
}

export interface LineShape {
  /** Non-blank lines. */
  lines: number;
  /** Runs of blank lines between two non-blank lines. */
  gaps: number;
  /** Single line breaks inside a sentence: the line runs on without end punctuation into a lower-case word. */
  wraps: number;
  /** Markdown evidence: link targets + 2 × (headings, fences, table rules). */
  markdown: number;
}

/** Characters that end a sentence or a clause: a line ending so is not wrapped into the next. */
const CLAUSE_END = new Set([...'.!?:;…"”’)]']);
const STARTS_LOWER = /^\s*\p{Ll}/u;
/** A line that starts so continues a sentence: a lower-case word, or punctuation that closes something. */
const STARTS_CONTINUATION = /^\s*(?:\p{Ll}|[,.;:!?)\]}»”’])/u;

/** Hard wrapping: a line of some length, not ending a clause, runs on into a next line in lower case. */
export function wrapsInto(line: string, next: string): boolean {
  if (line.length < 30) return false;
  return !endsClause(line) && STARTS_LOWER.test(next);
}

/**
 * The next line carries on the sentence of this one (a hard wrap, or an inline element that a text dump put on
 * its own line: "The best way is to" / "choose direct flights" / ". Most people…").
 */
export function continuesInto(line: string, next: string): boolean {
  if (endsClause(line) || !STARTS_CONTINUATION.test(next)) return false;
  // Closing punctuation always carries on ("Black Panther" / ", the film…": a link's text in a dump).
  if (!STARTS_LOWER.test(next)) return true;
  return !BYLINE_START.test(next) && !isTitleCased(line);
}

/**
 * A byline element: a byline word of any language, then a capitalised name ("by Jane Doe", "written by …",
 * "von Anna Berg"). Under a headline it starts in lower case, yet it is an element of its own; "by using" runs on.
 */
const BYLINE_START = new RegExp(
  `^\\s*(?:${[...new Set(LANGUAGES.flatMap((language) => language.metadata.bylineWords))].join('|')})\\s+\\p{Lu}`,
  'u',
);
/** Words of this many letters or more decide whether a line is title-cased (short function words do not). */
const TITLE_WORD = /^[\p{L}\p{M}]{4,}/u;

/**
 * A headline, a menu entry or a name: at least two words of four letters or more, every one of them
 * capitalised, and no comma at the end. A line of prose has lower-case words of that length (a German one too,
 * where the nouns are capitalised), so a title-cased line is a whole element, and the lower-case line under it
 * (a tag, a category, a teaser) is another.
 */
function isTitleCased(line: string): boolean {
  if (line.trimEnd().endsWith(',')) return false;
  let words = 0;
  let capitalised = 0;
  for (const word of line.split(/\s+/)) {
    if (!TITLE_WORD.test(word)) continue;
    words++;
    const first = word[0]!;
    if (first !== first.toLowerCase()) capitalised++;
  }
  return words >= 2 && capitalised === words;
}

function endsClause(line: string): boolean {
  const trimmed = line.trimEnd();
  return CLAUSE_END.has(trimmed[trimmed.length - 1] ?? '.');
}

/** The plain reference of detect-fast.ts's `lineShapeFast`, which detectLayout runs. */
export function lineShape(text: string): LineShape {
  const shape: LineShape = { lines: 0, gaps: 0, wraps: 0, markdown: 0 };
  let previous: string | null = null;
  let blankBefore = false;
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    const line = text.slice(pos, end);
    pos = end + 1;
    if (line.trim().length === 0) {
      blankBefore = previous !== null;
      continue;
    }
    shape.lines++;
    if (blankBefore) shape.gaps++;
    else if (previous !== null && wrapsInto(previous, line)) shape.wraps++;
    blankBefore = false;
    previous = line;
    if (line.includes('](')) for (const _ of line.matchAll(MD_LINK_TARGET)) shape.markdown++;
    const first = line.charCodeAt(0);
    if (
      (first === 35 && MD_HEADING.test(line)) ||
      MD_FENCE.test(line) ||
      (line.includes('|') && isTableRule(line))
    )
      shape.markdown += 2;
  }
  return shape;
}
