/**
 * The HTML layout: the page itself. A streaming parse (htmlparser2: small, fast, forgiving) turns the text
 * inside <body> into blocks the way a naive scraper's text dump does (each block element one paragraph,
 * <br> a line break, white space collapsed but inside <pre>, inline elements glued as rendered), so the cleaner
 * sees what it sees in the blocks layout, plus what only the markup knows, as hints:
 *   - the containers around the block: nav, header, footer, aside, form, figure, caption, main, article,
 *     comment sections, hidden elements, and elements whose class or id names page chrome;
 *   - heading level, list item, table cell, code, quote, and the share of the text inside links;
 *   - the element it came from ("footer > p"), for the audit.
 * The head's <title>, meta tags and JSON-LD become the page's evidence for the metadata stage (html-evidence.ts).
 * Script, style, template and the other non-text elements are dropped. Linear in the input.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { normalise } from '../normalise.ts';
import type { Block, BlockHints, Container, PageEvidence } from '../types.ts';
import { newBlock } from './blocks.ts';
import { EvidenceCollector } from './html-evidence.ts';

/** Elements whose content is never page text (tests/support/inner-text.ts renders a browser's innerText without them too). */
export const SKIPPED: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'audio',
  'video',
  'map',
  'datalist',
  'title',
  'head',
]);

/** The skipped elements whose content HTML's tokenizer reads as raw text, up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'iframe']);

/** Elements that start and end a paragraph (everything else is glued inline, as rendered). */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'frameset',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
  'select',
  'optgroup',
  'option',
  'textarea',
]);

/** Landmark elements and the container they name. */
const LANDMARKS: Record<string, Container> = {
  nav: 'nav',
  header: 'header',
  footer: 'footer',
  aside: 'aside',
  form: 'form',
  figure: 'figure',
  figcaption: 'caption',
  main: 'main',
  article: 'article',
};

/** ARIA roles and the container they name. */
const ROLES: Record<string, Container> = {
  navigation: 'nav',
  banner: 'header',
  contentinfo: 'footer',
  complementary: 'aside',
  search: 'form',
  main: 'main',
  article: 'article',
  menu: 'nav',
  menubar: 'nav',
  dialog: 'chrome-class',
  alertdialog: 'chrome-class',
};

/**
 * Class and id words that name page chrome across sites (the vocabulary readers and extractors share:
 * Readability's "unlikely candidates", trafilatura's boilerplate classes). Matched as whole words of a class
 * or id split at non-letters, so "comment" does not match "commentary-body" but does match "comments-list".
 */
const CHROME_WORDS = new Set([
  'nav',
  'navbar',
  'navigation',
  'menu',
  'menubar',
  'breadcrumb',
  'breadcrumbs',
  'sidebar',
  'footer',
  'masthead',
  'share',
  'sharing',
  'social',
  'related',
  'recommended',
  'newsletter',
  'subscribe',
  'subscription',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'banner',
  'promo',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'sponsor',
  'sponsored',
  'popup',
  'modal',
  'widget',
  'skip',
  'pagination',
  'pager',
  'tags',
  'toolbar',
]);
const COMMENT_WORDS = new Set(['comment', 'comments', 'disqus', 'respond', 'replies', 'discussion']);

/** Elements nested deeper than this are read as text of the deepest one (a cap on pathological markup). */
const MAX_TAG_DEPTH = 256;

export interface HtmlDocument {
  blocks: Block[];
  evidence: PageEvidence;
}

interface OpenElement {
  name: string;
  /** Number of the element in document order. */
  id: number;
  /** The container this element adds (null: none). */
  container: Container | null;
}

/** Placeholder for <br> while white space is collapsed (a private-use character). */
const BREAK = '\ue000';
/** Attributes longer than this are cut, and an element keeps at most MAX_ATTRIBUTES of them. */
const MAX_ATTRIBUTE_CHARS = 2000;
const MAX_ATTRIBUTES = 64;

/**
 * Opening one of these elements closes the open element named on the right when it is the innermost one,
 * as browsers do with "<p>one<p>two" or "<li>a<li>b" (the common cases of the HTML spec's implied end tags).
 */
const OPEN_CLOSES: Record<string, ReadonlySet<string>> = {
  li: new Set(['li']),
  dt: new Set(['dd', 'dt']),
  dd: new Set(['dd', 'dt']),
  tr: new Set(['tr', 'td', 'th']),
  td: new Set(['td', 'th']),
  th: new Set(['td', 'th']),
  option: new Set(['option']),
  optgroup: new Set(['optgroup', 'option']),
  tbody: new Set(['thead', 'tbody']),
  tfoot: new Set(['thead', 'tbody']),
};
/** Block elements close an open <p> (its end tag is optional). */
const CLOSES_P = new Set(
  [...BLOCK_ELEMENTS].filter((name) => !['li', 'dd', 'dt', 'td', 'th', 'tr', 'option'].includes(name)),
);

export function readHtml(html: string): HtmlDocument {
  const reader = new HtmlReader(html);
  const tokenizer = new Tokenizer({ decodeEntities: true }, reader);
  tokenizer.write(html);
  tokenizer.end();
  return { blocks: reader.blocks, evidence: reader.evidence.result() };
}

/**
 * Builds blocks from htmlparser2's tokenizer events. The element stack is its own (push and pop at the end, a
 * count per open name, a depth cap): every token costs O(1) amortised, so the reading is linear even for
 * pathological nesting (the library's Parser keeps its stack with unshift/indexOf, quadratic in the depth).
 */
class HtmlReader implements TokenizerCallbacks {
  readonly blocks: Block[] = [];
  readonly evidence = new EvidenceCollector();
  private readonly stack: OpenElement[] = [];
  /** How many elements of each name are open (O(1) "is it open?" for end tags). */
  private readonly openCount = new Map<string, number>();
  // The containers and ids of the open elements, taken from the stack when a block needs them after it changed
  // (blocks in one element share the arrays: no copy per element, no copy per block).
  private containers: readonly Container[] = [];
  private path: readonly number[] = [];
  private stackChanged = false;
  private elements = 0;
  /** Inside an element whose content is not page text (script, svg, the head …): its name and nesting. */
  private skipName: string | null = null;
  private skipLevel = 0;
  private preDepth = 0;
  private linkDepth = 0;
  private quoteDepth = 0;
  private listDepth = 0;
  private cellDepth = 0;
  private headingLevel = 0;

  // The tag being read.
  private tagName = '';
  private attributes: Record<string, string> = {};
  private attributeCount = 0;
  private attributeName = '';
  private attributeValue = '';

  // The paragraph being read.
  private buffer = '';
  private linkChars = 0;
  private blockLine = 0;
  private blockElement = '';
  private blockHeading = 0;

  // Line numbers: newlines counted up to each event's start (positions only grow). The next newline not yet
  // counted is kept (-1: not looked for yet): looked for again at every event, the search ran to the end of a
  // page with no newline left (minified HTML) each time, quadratic in its length.
  private nextNewline = -1;
  private line = 1;

  constructor(private readonly html: string) {}

  // ── tokenizer events ──────────────────────────────────────────────────────────────────────────────────────
  onopentagname(start: number, end: number): void {
    this.tagName = this.html.slice(start, end).toLowerCase();
    this.attributes = {};
    this.attributeCount = 0;
  }

  onattribname(start: number, end: number): void {
    this.attributeName = this.html.slice(start, end).toLowerCase();
    this.attributeValue = '';
  }

  onattribdata(start: number, end: number): void {
    if (this.attributeValue.length < MAX_ATTRIBUTE_CHARS)
      this.attributeValue += this.html.slice(start, Math.min(end, start + MAX_ATTRIBUTE_CHARS));
  }

  onattribentity(codepoint: number): void {
    if (this.attributeValue.length < MAX_ATTRIBUTE_CHARS)
      this.attributeValue += String.fromCodePoint(codepoint);
  }

  onattribend(): void {
    if (this.attributeCount >= MAX_ATTRIBUTES || this.attributeName in this.attributes) return;
    this.attributes[this.attributeName] = this.attributeValue;
    this.attributeCount++;
  }

  onopentagend(): void {
    this.openElement(this.tagName, this.attributes);
  }

  onselfclosingtag(): void {
    // HTML ignores the slash ("<div/>" opens a div), except on foreign (svg, math) content, which is skipped.
    // A raw text element ("<script/>") stays open outside it: the tokenizer reads its text up to the end tag.
    const rawText = RAW_TEXT.has(this.tagName) && !this.isInForeignContext();
    this.openElement(this.tagName, this.attributes);
    if (this.skipName !== null && this.tagName === this.skipName && !rawText) this.closeElement(this.tagName);
  }

  /**
   * Inside inline SVG or MathML the tokenizer must not read "<title/>" or "<style/>" as the start of HTML's raw
   * text elements: it would then take the rest of the page as that element's text, looking for an end tag that
   * never comes (browsers parse these as foreign elements, where the slash closes them).
   */
  isInForeignContext(): boolean {
    return this.skipName === 'svg' || this.skipName === 'math';
  }

  onclosetag(start: number, end: number): void {
    this.closeElement(this.html.slice(start, end).toLowerCase());
  }

  ontext(start: number, end: number): void {
    this.text(this.html.slice(start, end), start);
  }

  ontextentity(codepoint: number, end: number): void {
    this.text(String.fromCodePoint(codepoint), end);
  }

  oncomment(): void {}
  oncdata(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}

  onend(): void {
    this.flush();
  }

  // ── structure ─────────────────────────────────────────────────────────────────────────────────────────────
  private openElement(name: string, attributes: Record<string, string>): void {
    this.evidence.openTag(name, attributes);
    if (name === 'body') {
      // A <head> left open ends here.
      if (this.skipName === 'head') this.skipName = null;
    }
    if (this.skipName !== null) {
      if (name === this.skipName) this.skipLevel++;
      return;
    }
    if (SKIPPED.has(name)) {
      if (!VOID.has(name)) {
        this.skipName = name;
        this.skipLevel = 1;
      }
      return;
    }
    if (name === 'br') {
      this.buffer += BREAK;
      return;
    }
    const block = BLOCK_ELEMENTS.has(name);
    if (block) this.flush();
    const top = this.stack[this.stack.length - 1]?.name;
    if (top !== undefined && (OPEN_CLOSES[name]?.has(top) || (top === 'p' && CLOSES_P.has(name)))) this.pop();
    if (VOID.has(name)) return;
    if (this.stack.length < MAX_TAG_DEPTH) {
      this.stack.push({ name, id: this.elements++, container: containerOf(name, attributes) });
      this.openCount.set(name, (this.openCount.get(name) ?? 0) + 1);
      this.stackChanged = true;
      this.enter(name);
    }
    if (block) {
      this.blockElement = this.elementPath(name);
      this.blockHeading = this.headingLevel;
    }
  }

  private closeElement(name: string): void {
    this.evidence.closeTag(name);
    if (this.skipName !== null) {
      if (name === this.skipName && --this.skipLevel === 0) this.skipName = null;
      return;
    }
    if (VOID.has(name)) return;
    const block = BLOCK_ELEMENTS.has(name);
    if (block) this.flush();
    // An end tag with nothing open by its name is ignored; otherwise everything inside it closes too.
    if ((this.openCount.get(name) ?? 0) > 0) {
      while (this.stack.length > 0 && this.pop() !== name) {}
    }
    if (block) {
      this.blockElement = '';
      this.blockHeading = this.headingLevel;
    }
  }

  /** Close the innermost element; its name. */
  private pop(): string {
    const open = this.stack.pop()!;
    this.openCount.set(open.name, this.openCount.get(open.name)! - 1);
    this.stackChanged = true;
    this.leave(open.name);
    return open.name;
  }

  private enter(name: string): void {
    if (name === 'a') this.linkDepth++;
    else if (name === 'pre') this.preDepth++;
    else if (name === 'blockquote') this.quoteDepth++;
    else if (name === 'li' || name === 'dd' || name === 'dt') this.listDepth++;
    else if (name === 'td' || name === 'th') this.cellDepth++;
    else if (headingLevelOf(name) > 0) this.headingLevel = headingLevelOf(name);
  }

  private leave(name: string): void {
    if (name === 'a') this.linkDepth--;
    else if (name === 'pre') this.preDepth--;
    else if (name === 'blockquote') this.quoteDepth--;
    else if (name === 'li' || name === 'dd' || name === 'dt') this.listDepth--;
    else if (name === 'td' || name === 'th') this.cellDepth--;
    else if (headingLevelOf(name) > 0) this.headingLevel = 0;
  }

  /** The element with its two nearest containers ("footer > p"). */
  private elementPath(name: string): string {
    const near: string[] = [];
    for (let i = this.stack.length - 2; i >= 0 && near.length < 2; i--) {
      const open = this.stack[i]!;
      if (open.container) near.unshift(open.name);
    }
    return [...near, name].join(' > ');
  }

  // ── text ──────────────────────────────────────────────────────────────────────────────────────────────────
  private text(data: string, position: number): void {
    this.evidence.text(data);
    if (this.skipName !== null) return;
    if (this.buffer.length === 0) {
      if (data.trim().length === 0) return;
      this.blockLine = this.lineAt(position);
      if (!this.blockElement)
        this.blockElement = this.elementPath(this.stack[this.stack.length - 1]?.name ?? 'body');
    }
    this.buffer += data;
    if (this.linkDepth > 0) this.linkChars += countVisible(data);
  }

  private lineAt(index: number): number {
    if (this.nextNewline < 0) this.nextNewline = this.newlineFrom(0);
    while (this.nextNewline < index && this.nextNewline < this.html.length) {
      this.line++;
      this.nextNewline = this.newlineFrom(this.nextNewline + 1);
    }
    return this.line;
  }

  /** The first newline at or after `from`, or the page's length when there is none. */
  private newlineFrom(from: number): number {
    const found = this.html.indexOf('\n', from);
    return found < 0 ? this.html.length : found;
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const text = collapse(this.buffer, this.preDepth > 0);
    this.buffer = '';
    const linkChars = this.linkChars;
    this.linkChars = 0;
    if (text.length === 0) return;
    if (this.stackChanged) {
      this.containers = containersOf(this.stack);
      this.path = this.stack.map((open) => open.id);
      this.stackChanged = false;
    }
    const hints: BlockHints = { containers: this.containers, element: this.blockElement, path: this.path };
    if (this.blockHeading > 0) hints.heading = this.blockHeading;
    if (this.listDepth > 0) hints.listItem = true;
    if (this.cellDepth > 0) hints.tableCell = true;
    if (this.preDepth > 0) hints.code = true;
    if (this.quoteDepth > 0) hints.quote = true;
    const visible = countVisible(text);
    hints.linkShare = visible === 0 ? 0 : Math.min(1, linkChars / visible);
    this.blocks.push(newBlock(this.blocks.length, text, this.blockLine, hints));
  }
}

function headingLevelOf(name: string): number {
  return name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '6' ? Number(name[1]) : 0;
}

/** Elements that have no content and no closing tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

function containerOf(name: string, attributes: Record<string, string>): Container | null {
  const landmark = LANDMARKS[name];
  if (landmark) return landmark;
  if ('hidden' in attributes || attributes['aria-hidden'] === 'true') return 'hidden';
  const style = attributes.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return 'hidden';
  const role = attributes.role;
  if (role && ROLES[role]) return ROLES[role]!;
  const names = `${attributes.class ?? ''} ${attributes.id ?? ''}`;
  if (names.length <= 1) return null;
  let chrome = false;
  for (const word of names.toLowerCase().split(/[^a-z]+/)) {
    if (COMMENT_WORDS.has(word)) return 'comments';
    if (CHROME_WORDS.has(word)) chrome = true;
  }
  return chrome ? 'chrome-class' : null;
}

function containersOf(stack: readonly OpenElement[]): Container[] {
  const containers: Container[] = [];
  for (const open of stack)
    if (open.container && !containers.includes(open.container)) containers.push(open.container);
  return containers;
}

/**
 * The paragraph's text: normalised, white space runs collapsed to one space (inside <pre> only trailing space
 * goes), <br> a line break, each line trimmed, empty lines dropped.
 */
function collapse(raw: string, pre: boolean): string {
  const text = normalise(raw);
  const lines = pre
    ? text.replaceAll(BREAK, '\n').split('\n')
    : text.replace(/[ \t\n\r\f]+/g, ' ').split(BREAK);
  const kept: string[] = [];
  for (const line of lines) {
    const trimmed = pre ? line.trimEnd() : line.trim();
    if (trimmed.trim().length > 0) kept.push(trimmed);
  }
  return kept.join('\n');
}

function countVisible(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 0xe000) count++;
  }
  return count;
}
