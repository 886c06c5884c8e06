/**
 * Which layout a file is in: HTML, markdown, blank-line blocks or one element per line. Decided from the text;
 * the file name's extension only settles what the text leaves open (a `.md` file with no markdown syntax is
 * still markdown, a `.html` file needs at least one tag). One pass over the lines for their shape; a text of many
 * gaps reads its first lines again up to its first paragraph, a text in the gap band its lines' widths (one more
 * pass); no regex over the whole text.
 */
import type { Layout } from '../types.ts';
import { isJsSpace } from '../whitespace.ts';
import { countWordsUpTo } from '../words-fast.ts';
import { lineShapeFast } from './line-shape-fast.ts';
import { passesHtml } from './markdown-extras.ts';

const HTML_NAME = /\.(?:html?|xhtml)$/i;
const MARKDOWN_NAME = /\.(?:md|markdown|mdown|mkd)$/i;

/** An HTML document opens so (after white space and comments): a doctype, <html>, or an XML prolog. */
const HTML_START = /^(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]{0,200}>\s*(?:<!doctype\s+html|<html[\s>]))/i;
/** Tags that only HTML has (a tutorial that mentions one <div> is not a page: see HTML_MIN_TAGS). */
const HTML_TAG =
  /<\/?(?:html|head|body|div|p|span|a|b|i|em|strong|u|small|code|pre|blockquote|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|th|td|meta|link|script|style|noscript|article|section|header|footer|nav|main|aside|h[1-6]|br|hr|img|picture|form|input|button|label|select|figure|figcaption|iframe)\b[^<>]{0,500}>/gi;
/** A line opening a block: in markdown a list item's bullet or a heading's hashes; in HTML (group 1) <p>, <li>, <h1>–<h6>. */
const BLOCK_OPENER = /^[ \t]*(?:[*+-][ \t]|\d{1,9}[.)][ \t]|#{1,6}[ \t]|(<(?:p|li|h[1-6])[\s>]))/gim;
/** A document's own elements, which a page's HTML has right after its doctype. */
const DOCUMENT_TAG = /<(?:html|head|body)[\s>]/i;
/** Characters of the text's start read to decide on HTML. */
const HTML_PROBE_CHARS = 8192;
/** A text that starts with "<" is HTML with this many tags in its first 8 KB (a fragment with no doctype). */
const HTML_MIN_TAGS = 8;

/** Markdown needs this much evidence (links + 2 × headings, fences, table rules)… */
const MD_MIN_EVIDENCE = 4;
/** …and at least this much per non-blank line: a text that quotes a heading or a link now and then is not markdown. */
const MD_EVIDENCE_PER_LINE = 0.1;

/**
 * Blank-line gaps per line break at or above which a text is in blocks (paragraphs between blank lines). A
 * scraper that writes blocks puts a blank line between every two elements and a single break only for a `<br>`
 * (the bench's text: 342 of DEV's 370 pages at 0.9 or more); a browser's `innerText` (Puppeteer's and
 * Playwright's `innerText('body')`) sets a blank line only around a `<p>` and one break between any other
 * elements, menus, headings and list items alike (DEV's pages rendered so: 0.1 to 0.6 mostly). Read as blocks,
 * such a text's menus, headline and byline were lines of one block: titles 0.143 on DEV. Below this share and
 * from SHORT_BLOCKS_GAP_SHARE (the only share before `CLEANER_VERSION` 0.2.39), a text is lines when it reads as
 * a DOM's elements (see SHORT_TEXT_LINES). The share was chosen on DEV and multi with no such guard and the renderer's
 * first version (bench:quality --layouts innertext,blocks): at 0.5 / 0.6 / 0.7 / 0.8, innerText's DEV titles 0.541 / 0.668 / 0.735 / 0.770,
 * the bench's own text's DEV shingle4 F1 0.945 / 0.945 / 0.943 / 0.942 (its pages of many `<br>` lines read as
 * lines: one lost most of its code listing at 0.63).
 */
const BLOCKS_GAP_SHARE = 0.6;
/**
 * The wider share holds for a text of this many lines or more, and with (almost) no hard wrapping; any other
 * text reads as blocks from SHORT_BLOCKS_GAP_SHARE, the share before 0.2.39. A short text's single breaks are
 * line breaks inside its elements (an address, a comment's name, date and text), while a page's DOM gives a
 * browser's innerText many lines (of DEV's and multi's innerText renders between a fifth and three fifths of gaps,
 * 5 of 491 have fewer; the median 158). A text browser's dump wraps some of its lines even where too few to read
 * as wrapped (WRAPPED_SHARE), innerText none: of those innerText renders 461 of 486 wrap under UNWRAPPED_SHARE of
 * their single breaks; in the same band, 21 of the 522 renders by lynx and elinks (DEV and multi) and w3m (DEV),
 * and 20 of html-to-text's 342 (read as lines, with no guard, two of w3m's DEV pages lost most of their text).
 */
const SHORT_TEXT_LINES = 30;
const UNWRAPPED_SHARE = 0.05;
/**
 * More of such "wraps" are an element's line breaks (`<br>` in a comment, lower-case list items, code, URLs) when
 * the text has no width: of its lines of WIDE_LINE characters or more, at least LONG_SHARE run past LONG_LINE (a
 * paragraph on one line), where a text browser or html-to-text wraps at 76-80 (a URL or a table row longer). Of the
 * renders in the band that wrap too much and indent under INDENTED_SHARE, innerText's 0.33-0.94 (DEV and multi),
 * the tools' at most 0.50 (html-to-text on multi; lynx, w3m, elinks, html2text, html-to-text on DEV, check and
 * multi). At 0.5: 11 of DEV's innerText renders and 7 of multi's read as lines, none of the tools' nor of the
 * bench's text.
 */
const WIDE_LINE = 60;
const LONG_LINE = 100;
const LONG_SHARE = 0.5;
/** …with MIN_LONG_LINES such lines at least: a text of short lines only (a poem, a list, CJK wrapped at 40) has none. */
const MIN_LONG_LINES = 5;
/**
 * A text browser's dump also sets lists and blocks off by margins ("          ☆ Bolts"), where CSS drops the white
 * space at a line's start: of the innerText renders above, 458 of 461 indent under INDENTED_SHARE of their lines;
 * of the tools' renders in the band that wrap too little (lynx, w3m, elinks, html2text, html-to-text; DEV and
 * multi), all 45 indent more (a w3m DEV catalogue among them lost most of its text read as lines: 0.895 → 0.162).
 */
const INDENTED_SHARE = 0.1;
const SHORT_BLOCKS_GAP_SHARE = 0.2;
/**
 * A page of many paragraphs gives innerText more gaps than BLOCKS_GAP_SHARE (a blank line around each `<p>`), but
 * its header is still one element per line: the menu, the headline, the byline and the date with one break each,
 * one "block" read as blocks (before `CLEANER_VERSION` 0.2.40). A scraper that writes blocks puts a blank line after
 * the header's elements too. So a text with more gaps is lines when at least HEAD_SINGLE_SHARE of the breaks
 * between its first HEAD_LINES non-blank lines are single and it reads as a DOM's elements (SHORT_TEXT_LINES and
 * the guards after it).
 * Of DEV's innerText renders that many gaps made blocks, 47 of 66 now read as lines (multi: 18 of 26); of the
 * bench's own text none of DEV, one page of check and three of multi (their removed lists' granularity, one
 * body's paragraph split); of the tool layouts' renders none (their guards fail). Chosen on DEV and multi
 * (`bench:quality --layouts blocks,innertext`): innerText's DEV titles at 15 / 20 / 30 / 50 lines (0.3) 0.743 /
 * 0.743 / 0.727 / 0.711 (0.641 before); from 20 lines one of multi's forum pages read as lines and lost its
 * date (multi dates 0.856 → 0.853), at 15 no figure of the bench's blocks moved.
 */
const HEAD_LINES = 15;
const HEAD_SINGLE_SHARE = 0.3;
/**
 * Where a menu of paragraphs (a mega-menu's `<p>` items, each with its blurb) fills the first lines, the header
 * shows right above the article: the block over the text's first paragraph (a line of PROSE_WORDS words or more,
 * as words.ts counts them, after a blank line) has HEADER_RUN_LINES lines or more, the headline, byline and date
 * one break apart; a scraper that writes blocks sets them apart by blank lines. Of DEV's innerText renders still blocks after the rules above,
 * 3 more read as lines (titles 0.765 → 0.773; check 0.677 → 0.684, multi unchanged); of the bench's text one DEV
 * page (a table of contents over the first paragraph, now cut as one: shingle4 F1 0.9450 → 0.9451) and one of
 * multi; no tool render. 3 and 4 lines gave the same.
 */
const HEADER_RUN_LINES = 3;
const PROSE_WORDS = 25;
/** Share of single line breaks inside a sentence (hard wrapping) that makes a text blocks, even with few gaps. */
const WRAPPED_SHARE = 0.3;
/** Fewer non-blank lines than this: blocks (nothing to recover). */
const MIN_LINES = 4;
/**
 * Share of the gaps that are long (three blank lines or more) at or above which a text is one element per line
 * whatever its gaps: an HTML source's white space copied as it stood (BeautifulSoup's `get_text()`, a browser's
 * "select all"), where blank lines fall between tags, not between paragraphs, and two paragraphs of one article
 * often share a "block". A scraper that writes blocks separates them by one blank line, or by the same number
 * each time, under three.
 */
const LONG_GAP_SHARE = 0.3;
/** Gaps a text needs before their lengths say anything. */
const MIN_GAPS = 10;

export function detectLayout(text: string, name?: string | null): Layout {
  const head = skipComments(text.slice(0, HTML_PROBE_CHARS));
  // A converter may copy the page's doctype above its markdown (node-html-markdown: "<!doctype html>" and then
  // markdown): a doctype with no <html>, <head> or <body> after it in the probe is a document only if no markdown follows.
  const htmlStart = HTML_START.test(head);
  const bareDoctype = htmlStart && !DOCUMENT_TAG.test(head);
  if (htmlStart && !bareDoctype) return 'html';
  const shape = lineShapeFast(text);
  const markdown = shape.markdown >= MD_MIN_EVIDENCE && shape.markdown >= MD_EVIDENCE_PER_LINE * shape.lines;
  if (bareDoctype) return markdown ? 'markdown' : 'html';
  // A markdown file may open with raw HTML (`pandoc -t gfm` wraps the page's divs so: "<div class="top">"): its
  // converter's way with tags says so (markdown's evidence per line alone would take a page whose scripts hold "](").
  if (head.startsWith('<') && countTags(head) >= HTML_MIN_TAGS)
    return isMarkdownWithHtml(text, shape.markdown) ? 'markdown' : 'html';
  if (name && MARKDOWN_NAME.test(name)) return 'markdown';
  if (name && HTML_NAME.test(name) && countTags(head) > 0) return 'html';
  if (markdown || isMarkdownWithHtml(text, shape.markdown)) return 'markdown';
  if (shape.lines < MIN_LINES) return 'blocks';
  const breaks = shape.lines - 1;
  const single = breaks - shape.gaps;
  // Hard-wrapped lines are a text browser's or a plain-text writer's paragraphs: blocks, whatever the gaps.
  if (shape.gaps > 0 && shape.wraps >= WRAPPED_SHARE * single) return 'blocks';
  if (shape.gaps >= MIN_GAPS && shape.longGaps >= LONG_GAP_SHARE * shape.gaps) return 'lines';
  if (shape.gaps < SHORT_BLOCKS_GAP_SHARE * breaks) return 'lines';
  // Many gaps: blocks, unless the header is one element per line (a page of many paragraphs as innerText).
  if (shape.gaps >= BLOCKS_GAP_SHARE * breaks && !headerOfElements(text)) return 'blocks';
  // A browser's innerText is long, unwrapped and unindented; any other text is blocks.
  if (shape.lines < SHORT_TEXT_LINES) return 'blocks';
  const widths = lineWidths(text);
  const noWidth = widths.long >= MIN_LONG_LINES && widths.long >= LONG_SHARE * widths.wide;
  const unwrapped = shape.wraps < UNWRAPPED_SHARE * single || noWidth;
  return unwrapped && widths.indented < INDENTED_SHARE * shape.lines ? 'lines' : 'blocks';
}

/**
 * Markdown whose converter wrote the page's containers as raw HTML (`pandoc -t gfm`: "<div class="top">" lines
 * between blank lines, wrapped prose between them, so markdown's evidence per line is low): MD_MIN_EVIDENCE at
 * least, lines of block tags alone as markdown-extras.ts reads them (`passesHtml`), and more lines opened by
 * markdown's blocks than by HTML's. Read only for a text with markdown evidence and an end tag in it.
 */
function isMarkdownWithHtml(text: string, evidence: number): boolean {
  if (evidence < MD_MIN_EVIDENCE || !text.includes('</') || !passesHtml(text)) return false;
  // Markdown's own blocks (list items, headings) open more lines than HTML's (<p>, <li>, <h2>) do.
  let markdownLines = 0;
  let htmlLines = 0;
  for (const match of text.matchAll(BLOCK_OPENER)) {
    if (match[1] === undefined) markdownLines++;
    else htmlLines++;
  }
  return markdownLines > htmlLines;
}

/**
 * The text's first lines, or the block over its first paragraph, are elements one break apart: of the breaks
 * between its first HEAD_LINES non-blank lines, HEAD_SINGLE_SHARE or more have no blank line between; or the block
 * right above its first paragraph (a line of PROSE_WORDS words or more that opens a block) has HEADER_RUN_LINES
 * lines or more. One pass from the text's start, stopping as soon as either answer is yes, or both are no.
 */
function headerOfElements(text: string): boolean {
  let seen = 0; // non-blank lines so far
  let single = 0; // breaks with no blank line between, among the first HEAD_LINES lines
  let blank = true; // the line before was blank, or this is the text's start
  let lines = 0; // lines of the block in progress
  let linesBefore = 0; // lines of the block before it
  let headDone = false;
  let paragraphDone = false;
  const headOfElements = () => seen > 1 && single >= HEAD_SINGLE_SHARE * (seen - 1);
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let k = start;
    while (k < end && isJsSpace(text.charCodeAt(k))) k++;
    if (k === end) {
      if (!blank) linesBefore = lines;
      blank = true;
      lines = 0;
    } else {
      if (!headDone) {
        if (seen > 0 && !blank) single++;
        if (++seen === HEAD_LINES) {
          if (headOfElements()) return true;
          headDone = true;
        }
      }
      if (!paragraphDone && blank && isProseLine(text, k, end)) {
        if (linesBefore >= HEADER_RUN_LINES) return true;
        paragraphDone = true;
      }
      if (headDone && paragraphDone) return false;
      blank = false;
      lines++;
    }
    start = end + 1;
  }
  return !headDone && headOfElements();
}

/** text[from, to) holds PROSE_WORDS words or more, as the core counts words (words.ts; a word needs a character). */
function isProseLine(text: string, from: number, to: number): boolean {
  return to - from >= PROSE_WORDS && countWordsUpTo(text.slice(from, to), PROSE_WORDS) >= PROSE_WORDS;
}

/**
 * Non-blank lines that start with white space, lines of WIDE_LINE characters or more, and of those the lines longer
 * than LONG_LINE (one pass, reading each line's first characters and its length).
 */
function lineWidths(text: string): { indented: number; wide: number; long: number } {
  const widths = { indented: 0, wide: 0, long: 0 };
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let k = start;
    while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (k < end && !(k + 1 === end && text.charCodeAt(k) === 13)) {
      if (k > start) widths.indented++;
      const length = end - start;
      if (length >= WIDE_LINE) widths.wide++;
      if (length > LONG_LINE) widths.long++;
    }
    start = end + 1;
  }
  return widths;
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
