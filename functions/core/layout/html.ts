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
import { Parser } from 'htmlparser2';
import { normalise } from '../normalise.ts';
import type { Block, BlockHints, Container, PageEvidence } from '../types.ts';
import { EvidenceCollector } from './html-evidence.ts';

/** Elements whose content is never page text. */
const SKIPPED = new Set([
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

/** Elements that start and end a paragraph (everything else is glued inline, as rendered). */
const BLOCK_ELEMENTS = new Set([
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

/** A block's text longer than this many characters is cut (a cap on pathological markup, not on articles). */
const MAX_TAG_DEPTH = 512;

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

export function readHtml(html: string): HtmlDocument {
  const blocks: Block[] = [];
  const evidence = new EvidenceCollector();
  const stack: OpenElement[] = [];
  /** Containers of the open elements, outermost first; a new array only when it changes (blocks share it). */
  let containers: readonly Container[] = [];
  /** Ids of the open elements (a new array when the stack changes, so blocks can share it). */
  let path: readonly number[] = [];
  let elements = 0;
  let skipDepth = 0;
  let inBody = false;
  let preDepth = 0;
  let linkDepth = 0;
  let quoteDepth = 0;
  let listDepth = 0;
  let cellDepth = 0;
  let headingLevel = 0;

  // The paragraph being read.
  let buffer = '';
  let linkChars = 0;
  let blockLine = 0;
  let blockElement = '';
  let blockHeading = 0;

  // Line numbers: newlines counted up to each event's start (positions only grow).
  let countedTo = 0;
  let line = 1;
  const lineAt = (index: number) => {
    for (let i = html.indexOf('\n', countedTo); i >= 0 && i < index; i = html.indexOf('\n', i + 1)) line++;
    countedTo = Math.max(countedTo, index);
    return line;
  };

  const elementPath = (name: string) => {
    const near: string[] = [];
    for (let i = stack.length - 1; i >= 0 && near.length < 2; i--) {
      const open = stack[i]!;
      if (open.container && open.name !== name) near.unshift(open.name);
    }
    return [...near, name].join(' > ');
  };

  const flush = () => {
    if (buffer.length === 0) return;
    const text = collapse(buffer, preDepth > 0);
    buffer = '';
    if (text.length === 0) {
      linkChars = 0;
      return;
    }
    const hints: BlockHints = { containers, element: blockElement, path };
    if (blockHeading > 0) hints.heading = blockHeading;
    if (listDepth > 0) hints.listItem = true;
    if (cellDepth > 0) hints.tableCell = true;
    if (preDepth > 0) hints.code = true;
    if (quoteDepth > 0) hints.quote = true;
    const visible = countVisible(text);
    hints.linkShare = visible === 0 ? 0 : Math.min(1, linkChars / visible);
    linkChars = 0;
    blocks.push({ index: blocks.length, text, line: blockLine, hints });
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        evidence.openTag(name, attributes);
        if (name === 'body') {
          // A <head> left open ends here.
          inBody = true;
          skipDepth = 0;
        }
        if (skipDepth > 0 || SKIPPED.has(name)) {
          if (!VOID.has(name)) skipDepth++;
          return;
        }
        if (name === 'br') {
          buffer += BREAK;
          return;
        }
        if (BLOCK_ELEMENTS.has(name)) flush();
        if (VOID.has(name)) return;
        const container = containerOf(name, attributes);
        if (stack.length < MAX_TAG_DEPTH) {
          const id = elements++;
          stack.push({ name, id, container });
          path = [...path, id];
          if (container && !containers.includes(container)) containers = [...containers, container];
        }
        if (name === 'a') linkDepth++;
        else if (name === 'pre') preDepth++;
        else if (name === 'blockquote') quoteDepth++;
        else if (name === 'li' || name === 'dd' || name === 'dt') listDepth++;
        else if (name === 'td' || name === 'th') cellDepth++;
        else if (name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '6')
          headingLevel = Number(name[1]);
        if (BLOCK_ELEMENTS.has(name)) {
          blockElement = elementPath(name);
          blockHeading = headingLevel;
        }
      },
      ontext(data) {
        evidence.text(data);
        if (skipDepth > 0) return;
        if (!inBody && buffer.length === 0 && data.trim().length === 0) return;
        if (buffer.length === 0) {
          blockLine = lineAt(parser.startIndex);
          if (!blockElement) blockElement = elementPath(stack[stack.length - 1]?.name ?? 'body');
        }
        buffer += data;
        if (linkDepth > 0) linkChars += countVisible(data);
      },
      onclosetag(name) {
        evidence.closeTag(name);
        if (skipDepth > 0) {
          // htmlparser2 reports every close, implied and self-closing ones included: the count balances.
          if (!VOID.has(name)) skipDepth--;
          return;
        }
        if (VOID.has(name)) return;
        if (BLOCK_ELEMENTS.has(name)) flush();
        // Close up to the matching open element (htmlparser2 reports implied closes too).
        let index = stack.length - 1;
        while (index >= 0 && stack[index]!.name !== name) index--;
        if (index < 0) return;
        for (let i = stack.length - 1; i >= index; i--) close(stack[i]!.name);
        stack.length = index;
        containers = containersOf(stack);
        path = stack.map((open) => open.id);
        if (BLOCK_ELEMENTS.has(name)) {
          blockElement = '';
          blockHeading = headingLevel;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  const close = (name: string) => {
    if (name === 'a') linkDepth = Math.max(0, linkDepth - 1);
    else if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
    else if (name === 'blockquote') quoteDepth = Math.max(0, quoteDepth - 1);
    else if (name === 'li' || name === 'dd' || name === 'dt') listDepth = Math.max(0, listDepth - 1);
    else if (name === 'td' || name === 'th') cellDepth = Math.max(0, cellDepth - 1);
    else if (name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '6') headingLevel = 0;
  };
  parser.write(html);
  parser.end();
  flush();
  return { blocks, evidence: evidence.result() };
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
