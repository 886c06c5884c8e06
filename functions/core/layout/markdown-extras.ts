import { isJsSpace } from '../whitespace.ts';
import { BLOCK_ELEMENTS } from './html.ts';

/**
 * What markdown converters write beside CommonMark, masked before the markdown reader reads the text: pandoc's
 * extensions (`pandoc -t markdown`) and the raw HTML that CommonMark and GFM let through (`pandoc -t gfm`,
 * `-t commonmark`, converters that keep the tags they cannot map):
 *   - fenced divs, one line each ("::: {.site-nav .site-nav-outer}", "::: comments", ":::");
 *   - attributes after a link, an image, a code span or a heading ("[FAQ](/faq){.button}", "# Title {#top}"),
 *     over several lines when the converter wrapped them;
 *   - bracketed spans ("[text]{.underline}", an empty anchor "[]{#top}"), and a code span marked as raw
 *     output ("`<br>`{=html}");
 *   - HTML tags and comments ("<div class="x">", "<span>…</span>", "<!-- -->"), with a script's or a style's
 *     content.
 * A reader sees none of them: a fenced div or a line of tags alone is a boundary between blocks, as an element
 * is in HTML (its line becomes blank), and anything else is masked (MASK, dropped when a block is rendered), so
 * the text keeps its length and every line its number. Outside code blocks and code spans; one pass over the
 * text, each character looked at a bounded number of times.
 */

/** Stands for a masked character: a noncharacter, never in interchanged text (a text holding one is not masked). */
export const MASK = '\ufdd0';

const KEEP = 0;
const HIDE = 1;
const BLANK = 2;

/** Attributes are read this far from their "{" (a wrapped list of classes runs over a few lines, a style over more). */
const MAX_ATTRIBUTES = 8000;
/** A tag is read this far from its "<"; a comment, a script or a style this far from its start. */
const MAX_TAG = 2000;
const MAX_RAW = 100_000;

/** Elements of HTML's body (a tag of another name, "<T>" in a generic type or "<name@example.com>", stays text). */
const TAG_NAMES = new Set(
  (
    'a abbr address article aside audio b bdi bdo big blockquote body br button caption center cite code col ' +
    'colgroup data dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 ' +
    'h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main mark menu meta ' +
    'meter nav noscript object ol optgroup option output p picture pre progress q rp rt ruby s samp script ' +
    'section select small source span strike strong style sub summary sup svg table tbody td template textarea ' +
    'tfoot th thead time title tr track tt u ul var video wbr'
  ).split(' '),
);
/**
 * A line of block-level tags alone ("<div class="top">", "</div>", "</section><section>"), as a converter passes
 * the page's containers through: tags of the HTML reader's block elements (html.ts BLOCK_ELEMENTS) and white space.
 * Literal tags in text ("# 30 Years of <br> Tags", "<title> and <content>", JSX in a tutorial) are the page's words:
 * tags are masked only in a text with MIN_RAW_BLOCKS such lines that stand between blank lines, or in pandoc's
 * markdown (fenced divs).
 */
const LINE_TAG = /<\/?([a-z][a-z0-9]*)\b(?:[^<>"']|"[^"]*"|'[^']*')*>/iy;
const MIN_RAW_BLOCKS = 3;
/** A doctype (node-html-markdown copies the page's above its markdown). */
const DOCTYPE = /^<!doctype\s/i;
/** Elements whose content is no text either. */
const RAW_CONTENT = new Set(['script', 'style', 'template', 'svg']);

/** A code fence's opening line: its marker is group 2 (a run of one character). */
export const FENCE = /^([ \t]*)(`{3,}|~{3,})/;

/** The line closes the code fence opened by `marker` (the same run, at most one character of trailing space). */
export function closesFence(line: string, marker: string): boolean {
  return line.trimStart().startsWith(marker) && line.trim().length <= marker.length + 1;
}
const ATX = /^ {0,3}#{1,6}[ \t]/;
/** A fenced div's line, maybe a list item's first (pandoc writes "-   ::: {.x}" for a div inside an item). */
const DIV_FENCE = /^[ \t]*(?:(?:[*+-]|\d{1,9}[.)])[ \t]+)?:{3,}/;
/** One attribute: "#id", ".class", "key=value" (value bare or quoted), "=format" (raw output), "-" (unnumbered). */
const ATTRIBUTE_TOKEN =
  /^(?:[#.][^\s{}#.=][^\s{}]*|[A-Za-z_][\w:.-]*=(?:"(?:[^"\\]|\\.)*"|'[^']*'|[^\s"'{}]+)|=[\w-]+|-)$/;

/**
 * Where pandoc's marks can be: a fenced div, attributes after a link, an image, a span or a code span, or
 * attributes that open with an id, a class, a raw format, "-" or a key (a heading's). Without one, the text has none.
 */
const PANDOC_HINT = /:::|[)\]`]\{|\{[#.=-]|\{[A-Za-z_][\w:.-]*=/;

/** A word among attributes, as a broken id leaves one. */
const BARE_WORD = /^[^\s{}"'=<>]+$/;

/**
 * A text with what a reader does not see masked. `pandoc`: it holds pandoc's own marks (fenced divs, attributes);
 * `rawHtml`: its tags are raw HTML a converter passed through. Either way a converter wrote it, to the letter of
 * markdown: a line break inside a paragraph is a space unless a hard break marks it.
 */
export interface MaskedMarkdown {
  text: string;
  pandoc: boolean;
  rawHtml: boolean;
}

/** A converter wrote the text to the letter of markdown: pandoc's marks or raw HTML were masked in it. */
export function writtenToTheLetter(masked: MaskedMarkdown | null): boolean {
  return masked !== null && (masked.pandoc || masked.rawHtml);
}

/**
 * The text with pandoc's extensions and raw HTML masked (same length, same line breaks), or null when it holds
 * none of their marks (most texts: three searches settle them).
 */
export function maskMarkdownExtras(text: string): MaskedMarkdown | null {
  if (text.includes(MASK)) return null;
  // Most markdown holds none of the marks: one search for pandoc's and one for a tag settle it, with no scan.
  const rawHtml = text.includes('<') && passesHtml(text);
  const doctype = leadingDoctype(text);
  if (!rawHtml && doctype === null && !PANDOC_HINT.test(text)) return null;
  const mode = new Uint8Array(text.length);
  const scan = new Scan(text, mode, rawHtml);
  // A doctype a converter copied above its markdown (node-html-markdown) is no text, raw HTML or not.
  if (doctype !== null) scan.hide(doctype.from, doctype.to);
  scan.run();
  if (!scan.masked) return null;
  // A line (or a tag's lines) of hidden marks alone is a boundary, as a block element is.
  blankHiddenLines(text, mode);
  return { text: apply(text, mode), pandoc: scan.pandoc, rawHtml };
}

/** One pass over the text: code blocks skipped, fenced divs blanked, everything else masked where it stands. */
class Scan {
  masked = false;
  /** Pandoc's own marks were found (not only tags). */
  pandoc = false;
  /** Brackets open in the paragraph so far, and the last pair closed: "[text]{…}" is a span. */
  private opens: number[] = [];
  private lastOpen = -1;
  private lastClose = -1;
  /** The current line's start, and whether it is an ATX heading (its attributes end it). */
  private lineStart = 0;
  private heading = false;
  /** The current line's code spans: [open, close) pairs of backtick runs, found once per line. */
  private spans: number[] = [];
  private spanIndex = 0;
  private readonly ticks: NextTick;
  /** Where the last search for a comment's or a raw element's end found it (or found none: -1 from there on). */
  private readonly ends = new Map<string, { from: number; at: number }>();

  constructor(
    private readonly text: string,
    private readonly mode: Uint8Array,
    /** Tags are the converter's (raw HTML passed through), not the page's text. */
    private readonly rawHtml: boolean,
  ) {
    this.ticks = new NextTick(text);
  }

  run(): void {
    const text = this.text;
    let i = this.startLine(0);
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        i = this.startLine(i + 1);
        continue;
      }
      // An escaped character is text; a backslash ending a line (a hard break) leaves the line's end to be read.
      if (c === 92 /* \ */) i += text.charCodeAt(i + 1) === 10 ? 1 : 2;
      else if (c === 96 /* ` */) i = this.codeSpan(i);
      else if (c === 91 /* [ */) {
        this.opens.push(i);
        i++;
      } else if (c === 93 /* ] */) {
        this.lastOpen = this.opens.pop() ?? -1;
        this.lastClose = this.lastOpen < 0 ? -1 : i;
        i++;
      } else if (c === 123 /* { */) i = this.attributes(i);
      else if (c === 60 /* < */) i = this.tag(i);
      else i++;
    }
  }

  /**
   * Hides [from, to) but its line breaks and the indentation of the lines it runs over: a line that goes on with
   * hidden attributes keeps its margin, so the reader still sees it inside its list item.
   */
  hide(from: number, to: number): void {
    const text = this.text;
    let leading = isIndentAt(text, from);
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === 10) leading = true;
      else if (!(leading && (c === 32 || c === 9))) {
        leading = false;
        this.mode[k] = HIDE;
      }
    }
    this.masked = true;
  }

  /**
   * At a line's start: a code block is skipped whole, a fenced div's line (its attributes maybe wrapped onto the
   * next lines) blanked, a blank line ends the paragraph. Returns where reading goes on.
   */
  private startLine(from: number): number {
    const text = this.text;
    let start = from;
    for (;;) {
      if (start >= text.length) return text.length;
      const end = lineEndAt(text, start);
      const line = text.slice(start, end);
      const fence = FENCE.exec(line);
      if (fence) {
        const marker = fence[2]!;
        let k = end + 1;
        while (k < text.length) {
          const innerEnd = lineEndAt(text, k);
          const inner = text.slice(k, innerEnd);
          k = innerEnd + 1;
          if (closesFence(inner, marker)) break;
        }
        this.opens = [];
        start = k;
        continue;
      }
      if (line.trim() === '') {
        this.opens = [];
        start = end + 1;
        continue;
      }
      if (DIV_FENCE.test(line)) {
        const brace = line.indexOf('{');
        const close = brace < 0 ? -1 : attributesEnd(text, start + brace);
        if (brace < 0 || close >= 0) {
          const to = close < 0 ? end : lineEndAt(text, close);
          // A list item's marker stays: the item is there, and what the div held goes on under it.
          const fenceAt = start + line.indexOf(':');
          for (let k = fenceAt; k < to; k++) if (text.charCodeAt(k) !== 10) this.mode[k] = BLANK;
          this.masked = true;
          this.pandoc = true;
          this.opens = [];
          start = to + 1;
          continue;
        }
      }
      this.lineStart = start;
      this.heading = ATX.test(line);
      this.spans = codeSpans(text, start, end, this.ticks);
      this.spanIndex = 0;
      return start;
    }
  }

  /** At a backtick: past the code span it opens (masked with "{=html}" after it: raw output), or past the run. */
  private codeSpan(i: number): number {
    const spans = this.spans;
    while (this.spanIndex < spans.length && spans[this.spanIndex]! < i) this.spanIndex += 2;
    if (spans[this.spanIndex] !== i) return i + runLength(this.text, i, 96);
    const after = spans[this.spanIndex + 1]!;
    this.spanIndex += 2;
    if (this.text.charCodeAt(after) !== 123) return after;
    const close = attributesEnd(this.text, after);
    if (close < 0) return after;
    this.hide(this.text.charCodeAt(after + 1) === 61 /* = */ ? i : after, close + 1);
    this.pandoc = true;
    return close + 1;
  }

  /** At a "{": past the attributes it opens after a link, an image, a span, or at a heading's end; else past it. */
  private attributes(i: number): number {
    const text = this.text;
    const previous = text.charCodeAt(i - 1);
    const attached = i > this.lineStart && (previous === 41 /* ) */ || previous === 93) /* ] */;
    if (!attached && !this.heading) return i + 1;
    const close = attributesEnd(text, i);
    if (close < 0) return i + 1;
    if (!attached && !isTail(text, close, lineEndAt(text, i))) return i + 1;
    // A span's brackets go with its attributes; a link's or an image's stay for the reader.
    if (previous === 93 && this.lastClose === i - 1) {
      this.hide(this.lastOpen, this.lastOpen + 1);
      this.hide(this.lastClose, this.lastClose + 1);
    }
    this.hide(i, close + 1);
    this.pandoc = true;
    return this.continueAt(i, close + 1);
  }

  /** At a "<": past the tag or comment it opens (masked), or past it. */
  private tag(i: number): number {
    if (!this.rawHtml) return i + 1;
    const end = tagEnd(this.text, i, this.ends);
    if (end < 0) return i + 1;
    this.hide(i, end);
    return this.continueAt(i, end);
  }

  /** After a masked run from `from` to `to`: a run that went over lines reads the line it ends on as its own. */
  private continueAt(from: number, to: number): number {
    const lineEnd = lineEndAt(this.text, from);
    if (to <= lineEnd) return to;
    const lastLineStart = this.text.lastIndexOf('\n', to - 1) + 1;
    this.lineStart = lastLineStart;
    this.heading = false;
    this.spans = codeSpans(this.text, to, lineEndAt(this.text, to), this.ticks);
    this.spanIndex = 0;
    return to;
  }
}

/**
 * Whether the text's tags are raw HTML a converter passed through: it has fenced divs (pandoc's markdown), or
 * MIN_RAW_BLOCKS lines of block-level tags alone between blank lines (or beside other such lines). One pass over
 * the lines outside fenced code.
 */
export function passesHtml(text: string): boolean {
  let found = 0;
  let fence: string | null = null;
  let previousBlank = true; // the line before was blank, or a line of tags alone, or this is the text's start
  let pending = false; // the line before was a line of tags alone, after a blank one: it counts if a blank follows
  for (let start = 0; start <= text.length; ) {
    const end = lineEndAt(text, start);
    const line = text.slice(start, end);
    start = end + 1;
    if (fence !== null) {
      if (closesFence(line, fence)) fence = null;
      continue;
    }
    const opener = FENCE.exec(line);
    if (opener) {
      fence = opener[2]!;
      previousBlank = pending = false;
      continue;
    }
    if (DIV_FENCE.test(line) && /^[ \t]*:{3,}[ \t]*(?:\{|[\w-]+[ \t]*$|$)/.test(line)) return true;
    const blank = line.trim() === '';
    if (blank) {
      if (pending && ++found >= MIN_RAW_BLOCKS) return true;
      previousBlank = true;
      pending = false;
      continue;
    }
    const tags = line.includes('<') && isBlockTagLine(line);
    if (tags && (previousBlank || pending)) {
      if (pending && ++found >= MIN_RAW_BLOCKS) return true;
      pending = true;
    } else pending = false;
    previousBlank = false;
  }
  return pending && found + 1 >= MIN_RAW_BLOCKS;
}

/** The line holds block elements' tags (html.ts BLOCK_ELEMENTS) and white space only, one tag at least. */
function isBlockTagLine(line: string): boolean {
  let tags = 0;
  for (let k = 0; ; ) {
    while (k < line.length && isJsSpace(line.charCodeAt(k))) k++;
    if (k === line.length) return tags > 0;
    LINE_TAG.lastIndex = k;
    const tag = LINE_TAG.exec(line);
    if (tag === null || !BLOCK_ELEMENTS.has(tag[1]!.toLowerCase())) return false;
    tags++;
    k = LINE_TAG.lastIndex;
  }
}

/**
 * The first backtick at or after a position, the last answer kept: lines are read in order, so a text with few
 * backticks is searched once, not once per line.
 */
class NextTick {
  private at = -2;
  private searchedFrom = -1;
  constructor(private readonly text: string) {}

  from(start: number): number {
    if (start >= this.searchedFrom && (this.at < 0 ? this.at === -1 : start <= this.at)) return this.at;
    this.searchedFrom = start;
    this.at = this.text.indexOf('`', start);
    return this.at;
  }
}

/**
 * The code spans of the line [start, end): each backtick run pairs with the next run of the same length (an
 * unpaired run is text), as [open, after-close) pairs in order. Linear in the line: runs grouped by length, each
 * group read once.
 */
function codeSpans(text: string, start: number, end: number, ticks: NextTick): number[] {
  let tick = ticks.from(start);
  if (tick < 0 || tick >= end) return [];
  const runs: number[] = [];
  while (tick >= 0 && tick < end) {
    const length = runLength(text, tick, 96);
    runs.push(tick, length);
    tick = ticks.from(tick + length);
  }
  // For each run, the next run of its length (-1: none): one backward pass.
  const nextOfLength = new Int32Array(runs.length / 2).fill(-1);
  const seen = new Map<number, number>();
  for (let r = runs.length / 2 - 1; r >= 0; r--) {
    const length = runs[r * 2 + 1]!;
    nextOfLength[r] = seen.get(length) ?? -1;
    seen.set(length, r);
  }
  const spans: number[] = [];
  for (let r = 0; r < runs.length / 2; ) {
    const close = nextOfLength[r]!;
    if (close < 0) {
      r++;
      continue;
    }
    spans.push(runs[r * 2]!, runs[close * 2]! + runs[close * 2 + 1]!);
    r = close + 1;
  }
  return spans;
}

/**
 * Each line whose every character but spaces is hidden (and one at least) made blank: a line of tags alone, an
 * empty anchor alone, is a boundary, as the element was. A line that goes on with what the line before hid (the
 * middle of an attribute list pandoc wrapped, a tag's attributes over lines) stays hidden: the paragraph it
 * stands in goes on.
 */
function blankHiddenLines(text: string, mode: Uint8Array): void {
  for (let lineStart = 0; lineStart < text.length; ) {
    const lineEnd = lineEndAt(text, lineStart);
    let first = lineStart;
    while (first < lineEnd && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    const goesOn = lineStart >= 2 && mode[lineStart - 2] === HIDE && mode[first] === HIDE;
    let hidden = false;
    let visible = goesOn;
    for (let k = lineStart; k < lineEnd && !visible; k++) {
      if (mode[k] === HIDE) hidden = true;
      else if (mode[k] === KEEP) {
        const c = text.charCodeAt(k);
        if (c !== 32 && c !== 9 && c !== 13) visible = true;
      }
    }
    if (hidden && !visible) for (let k = lineStart; k < lineEnd; k++) mode[k] = BLANK;
    lineStart = lineEnd + 1;
  }
}

/** The text with hidden characters as MASK and blanked ones as spaces. */
function apply(text: string, mode: Uint8Array): string {
  const parts: string[] = [];
  for (let k = 0; k < text.length; ) {
    const m = mode[k]!;
    let j = k + 1;
    while (j < text.length && mode[j] === m) j++;
    // Line breaks inside a masked run stay line breaks.
    parts.push(m === KEEP ? text.slice(k, j) : text.slice(k, j).replace(/[^\n]/g, m === HIDE ? MASK : ' '));
    k = j;
  }
  return parts.join('');
}

/** Nothing but spaces and tabs between the start of the line holding `pos` and `pos`. */
function isIndentAt(text: string, pos: number): boolean {
  for (let k = pos - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The doctype the text opens with (after white space), or null. */
function leadingDoctype(text: string): { from: number; to: number } | null {
  let from = 0;
  while (from < text.length && isJsSpace(text.charCodeAt(from))) from++;
  if (!DOCTYPE.test(text.slice(from, from + 10))) return null;
  const close = text.slice(from, from + MAX_TAG).indexOf('>');
  return close < 0 ? null : { from, to: from + close + 1 };
}

function runLength(text: string, at: number, code: number): number {
  let k = at;
  while (text.charCodeAt(k) === code) k++;
  return k - at;
}

/** The end of the line holding `pos` (its "\n", or the text's length). */
function lineEndAt(text: string, pos: number): number {
  const end = text.indexOf('\n', Math.max(0, pos));
  return end < 0 ? text.length : end;
}

/** Nothing but spaces after `pos` up to the line's end `end`. */
function isTail(text: string, pos: number, end: number): boolean {
  for (let k = pos + 1; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * The "}" closing attributes that open with "{" at `open`, or -1 when what follows is no list of attributes. Quoted
 * values may hold braces ("hx-vals="{\"a\":1}""); the list may run over lines, not over a blank one.
 */
function attributesEnd(text: string, open: number): number {
  const limit = Math.min(text.length, open + MAX_ATTRIBUTES);
  let quote = 0;
  for (let k = open + 1; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (quote !== 0) {
      if (c === 92 && quote === 34) k++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 34 || c === 39) quote = c;
    else if (c === 123) return -1;
    else if (c === 10 && text.charCodeAt(k + 1) === 10) return -1;
    else if (c === 125) return validAttributes(text.slice(open + 1, k)) ? k : -1;
  }
  return -1;
}

function validAttributes(inner: string): boolean {
  const tokens = splitAttributes(inner);
  // A bare word may stand among them (pandoc writes an id that held spaces as it was: "{#Fitness Protocol .h1}").
  return (
    tokens.some((token) => ATTRIBUTE_TOKEN.test(token)) &&
    tokens.every((token) => ATTRIBUTE_TOKEN.test(token) || BARE_WORD.test(token))
  );
}

/** Attributes split at white space outside quotes. */
function splitAttributes(inner: string): string[] {
  const tokens: string[] = [];
  let token = '';
  let quote = '';
  for (let k = 0; k < inner.length; k++) {
    const c = inner[k]!;
    if (quote !== '') {
      token += c;
      if (c === '\\' && quote === '"' && k + 1 < inner.length) token += inner[++k];
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      token += c;
      quote = c;
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (token !== '') tokens.push(token);
      token = '';
    } else token += c;
  }
  if (quote !== '') return [];
  if (token !== '') tokens.push(token);
  return tokens;
}

/**
 * Past the tag or comment at `open` ("<div class="x">", "</span>", "<br />", "<!-- … -->"; a script's or style's
 * content with it), or -1 when "<" opens none (a comparison, an autolink, a tag of no HTML element). `ends` keeps
 * where the last search for a comment's or an element's end found it, so no stretch is searched twice.
 */
function tagEnd(text: string, open: number, ends: Map<string, { from: number; at: number }>): number {
  if (text.startsWith('<!--', open)) {
    const close = searchFrom(text, '-->', open + 4, ends);
    return close < 0 || close - open > MAX_RAW ? -1 : close + 3;
  }
  let k = open + 1;
  const closing = text.charCodeAt(k) === 47; /* / */
  if (closing) k++;
  const nameStart = k;
  while (k < text.length && isNameChar(text.charCodeAt(k))) k++;
  const name = text.slice(nameStart, k).toLowerCase();
  if (!TAG_NAMES.has(name)) return -1;
  const next = text.charCodeAt(k);
  if (!(next === 62 || next === 47 || next === 32 || next === 9 || next === 10 || next === 13)) return -1;
  const limit = Math.min(text.length, open + MAX_TAG);
  let quote = 0;
  for (; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (quote !== 0) {
      if (c === quote) quote = 0;
      continue;
    }
    if (c === 34 || c === 39) quote = c;
    else if (c === 60) return -1;
    else if (c === 10 && text.charCodeAt(k + 1) === 10) return -1;
    else if (c === 62) {
      if (closing || !RAW_CONTENT.has(name) || text.charCodeAt(k - 1) === 47) return k + 1;
      // A script's or a style's content goes with it, up to its end tag (as written, or in capitals).
      const lower = searchFrom(text, `</${name}`, k + 1, ends);
      const upper = searchFrom(text, `</${name.toUpperCase()}`, k + 1, ends);
      const close = lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
      if (close < 0 || close - open > MAX_RAW) return k + 1;
      const closeEnd = text.indexOf('>', close);
      return closeEnd < 0 ? k + 1 : closeEnd + 1;
    }
  }
  return -1;
}

/**
 * `text.indexOf(needle, from)`, remembering the answer: a later search from before the match found gives it again,
 * and a search past a failed one fails at once (many unclosed "<!--" read the text once, not once each).
 */
function searchFrom(
  text: string,
  needle: string,
  from: number,
  ends: Map<string, { from: number; at: number }>,
): number {
  const known = ends.get(needle);
  if (known && from >= known.from && (known.at < 0 || from <= known.at)) return known.at;
  const at = text.indexOf(needle, from);
  ends.set(needle, { from, at });
  return at;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}
