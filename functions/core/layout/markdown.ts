/**
 * The markdown layout (LLM-oriented crawlers, turndown and the like): headings, paragraphs, list items, quotes,
 * fenced code and table cells become blocks, as the page's elements are blocks in the blocks layout. Each block
 * has two faces, line for line:
 *   - `text`: what a reader sees (link targets, images, markers and emphasis dropped): the cleaner reads it;
 *   - `markup`: the block in markdown (links kept, images dropped): the record's body is made of it.
 * Hints: heading level, list item, quote, code, table cell, and the share of the text that is link text.
 *
 * Links may span blank lines (turndown writes an anchor around block content so: "[Solutions\n\n](#)"). One
 * scan over the whole text pairs brackets first, so each block knows which of its characters are link text; a
 * link cut by a block boundary keeps its text and loses its syntax. Everything is linear: one pass over the
 * lines for structure, one over the characters for brackets, one over each block for rendering.
 */
import type { Block, BlockHints } from '../types.ts';
import { newBlock } from './blocks.ts';
import {
  closesFence,
  FENCE,
  MASK,
  type MaskedMarkdown,
  maskMarkdownExtras,
  writtenToTheLetter,
} from './markdown-extras.ts';

/** A link longer than this is not a link (an unmatched "[" far above a stray "]("). */
const MAX_LINK_CHARS = 4000;
/** An image's alt text split across blocks is dropped when it is no longer than this (a wrapped line's worth). */
const MAX_SPLIT_ALT = 300;

type Kind = 'paragraph' | 'item' | 'heading' | 'quote' | 'code' | 'cell';

/** A block before inline rendering: where its content lies in the text, line by line. */
interface RawBlock {
  kind: Kind;
  /** Heading level. */
  level: number;
  /** 1-based line of the first line. */
  line: number;
  /** [start, end) of each line's content (markers and indentation excluded). */
  spans: number[];
  /** Markup before the content of each line ("## ", "* ", "> "), or the fence lines of a code block. */
  prefixes: string[];
  /** A paragraph indented as code is (blockStructure's `preformatted`): its lines are never joined. */
  indented?: boolean;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const BULLET = /^([ \t]*)([*+-]|\d{1,9}[.)])([ \t]+|$)/;
const QUOTE = /^ {0,3}>[ \t]?/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;

export function readMarkdown(source: string): Block[] {
  // Pandoc's extensions and raw HTML masked, every offset kept (markdown-extras.ts); the mask goes when rendered.
  const masked = maskMarkdownExtras(source);
  const text = masked?.text ?? source;
  const strict = writtenToTheLetter(masked);
  const raw = blockStructure(text, strict);
  // Code blocks' brackets are code: neither links nor definitions are read there.
  const code = codeRanges(raw);
  const definitions = referenceDefinitions(text, code);
  const links = pairBrackets(text, code, definitions.targets);
  const specials = new Specials(text);
  const blocks: Block[] = [];
  let previous: RawBlock | null = null;
  for (const block of raw) {
    // A block right under a heading may be the heading's wrapped rest (unwrap.ts): its source is kept too.
    const underHeading = previous?.kind === 'heading' && previous.line + 1 === block.line;
    const rendered = render(
      text,
      block,
      links,
      specials,
      blocks.length,
      definitions.lines,
      underHeading,
      masked,
      source,
      strict,
    );
    if (rendered) blocks.push(rendered);
    previous = block;
  }
  return blocks;
}

/** Line starts and ends of the text. */
function lineBounds(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    starts.push(pos);
    ends.push(end);
    pos = end + 1;
  }
  return { starts, ends };
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Leading spaces and tabs of a line (a tab counts 4). */
function indentOf(line: string): number {
  let width = 0;
  for (const c of line) {
    if (c === ' ') width++;
    else if (c === '\t') width += 4;
    else break;
  }
  return width;
}

/**
 * Block structure: one pass over the lines. `preformatted`: a paragraph indented four spaces or more outside a list
 * is marked `indented` (a converter's indented code; other texts' such lines are paragraphs as any, as scrapers
 * indent text that is no code).
 */
function blockStructure(text: string, preformatted = false): RawBlock[] {
  const { starts, ends } = lineBounds(text);
  const blocks: RawBlock[] = [];
  let open: RawBlock | null = null;
  let openIndent = 0;
  // Inside a list: an item opened and no line since has stood at the margin (blank lines do not end a list).
  let inList = false;
  const close = () => {
    open = null;
  };
  const start = (kind: Kind, lineIndex: number, level = 0): RawBlock => {
    const block: RawBlock = { kind, level, line: lineIndex + 1, spans: [], prefixes: [] };
    blocks.push(block);
    open = block;
    return block;
  };
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i]!;
    const e = ends[i]!;
    if (isBlank(text, s, e)) {
      close();
      continue;
    }
    const line = text.slice(s, e);
    const indent = indentOf(line);
    if (indent === 0 && !BULLET.test(line)) inList = false;
    const fence = FENCE.exec(line);
    if (fence) {
      // Fenced code: everything up to the closing fence (or the end), one block, lines as they are.
      const marker = fence[2]!;
      const block = start('code', i);
      let j = i + 1;
      for (; j < starts.length; j++) {
        const inner = text.slice(starts[j]!, ends[j]!);
        if (closesFence(inner, marker)) break;
        block.spans.push(starts[j]!, ends[j]!);
      }
      i = j;
      close();
      continue;
    }
    // A heading indented under a list item is the item's ("*   [Services](…)" / "" / "    ###### Services", as
    // turndown nests an item's blocks); four spaces would make it code outside a list.
    const atxAt = inList && indent >= 4 ? line.length - line.trimStart().length : 0;
    const atx = ATX.exec(atxAt === 0 ? line : line.slice(atxAt));
    if (atx) {
      pushHeading(text, start('heading', i, atx[1]!.length), s + atxAt + atx[0].length, e, `${atx[1]} `);
      close();
      continue;
    }
    const current = open as RawBlock | null;
    const setext = SETEXT.exec(line);
    if (setext && current && current.kind === 'paragraph' && current.spans.length === 2) {
      // "Title\n=====": the one-line paragraph above was a heading.
      current.kind = 'heading';
      current.level = setext[1]!.startsWith('=') ? 1 : 2;
      current.prefixes[0] = current.level === 1 ? '# ' : '## ';
      close();
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      close();
      continue;
    }
    if (isTableRule(line)) {
      if (current?.kind === 'cell') continue;
      // The header row above became a paragraph: its cells are cells.
      if (current && current.kind === 'paragraph' && current.spans.length === 2 && line.includes('|')) {
        blocks.pop();
        pushCells(text, blocks, current.spans[0]!, current.spans[1]!, current.line - 1);
        open = blocks[blocks.length - 1] ?? null;
        if (open) open.kind = 'cell';
        continue;
      }
    }
    const trimmedStart = line.trimStart();
    if (trimmedStart.startsWith('|') && trimmedStart.trimEnd().endsWith('|') && trimmedStart.length > 2) {
      pushCells(text, blocks, s, e, i);
      open = blocks[blocks.length - 1] ?? null;
      continue;
    }
    const quote = QUOTE.exec(line);
    if (quote) {
      const block = current?.kind === 'quote' ? current : start('quote', i);
      block.spans.push(s + quote[0].length, e);
      block.prefixes.push('> ');
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet && !(bullet[3] === '' && e - s === bullet[0].length)) {
      inList = true;
      const block = start('item', i);
      openIndent = indentOf(bullet[1]!) + bullet[2]!.length + 1;
      const ordered = /\d/.test(bullet[2]!);
      const marker = `${bullet[1]}${ordered ? bullet[2] : '*'} `;
      // A heading as a list item's content ("* ## Title", a teaser list's or a blog's post in <li><h2>): a heading
      // in the item, its marks no text, as the HTML reader gives an <h2> inside an <li>.
      const content = s + bullet[0].length;
      const heading = ATX.exec(line.slice(bullet[0].length));
      if (heading) {
        block.level = heading[1]!.length;
        pushHeading(text, block, content + heading[0].length, e, `${marker}${heading[1]} `);
        close();
        continue;
      }
      block.spans.push(content, e);
      block.prefixes.push(marker);
      continue;
    }
    // A continuation line of the open paragraph or list item (a lazy or indented line), else a new paragraph.
    if (current && (current.kind === 'paragraph' || current.kind === 'item' || current.kind === 'quote')) {
      current.spans.push(s + lineContentStart(line), e);
      current.prefixes.push(
        current.kind === 'item' ? ' '.repeat(openIndent) : current.kind === 'quote' ? '> ' : '',
      );
      continue;
    }
    const block = start('paragraph', i);
    // Indented past a list's reach: a <pre> as pandoc writes one (CommonMark's indented code), whose lines stay.
    if (preformatted && !inList && indent >= 4) block.indented = true;
    block.spans.push(s + Math.min(indent, lineContentStart(line)), e);
    block.prefixes.push('');
  }
  return blocks;
}

/** A heading's one line: its content from `from` to the line's end `end` without closing hashes, its marks. */
function pushHeading(text: string, block: RawBlock, from: number, end: number, prefix: string): void {
  block.spans.push(from, from + withoutClosingHashes(text.slice(from, end)).length);
  block.prefixes.push(prefix);
}

/** An ATX heading's text without its optional closing hashes ("## Title ##"). */
function withoutClosingHashes(text: string): string {
  const trimmed = text.trimEnd();
  let i = trimmed.length;
  while (i > 0 && trimmed[i - 1] === '#') i--;
  if (i === trimmed.length || (i > 0 && trimmed[i - 1] !== ' ' && trimmed[i - 1] !== '\t')) return trimmed;
  return trimmed.slice(0, i).trimEnd();
}

/** "|---|:--:|" or "--- | ---": only pipes, colons, dashes and spaces, with a run of three dashes. */
export function isTableRule(line: string): boolean {
  let dashes = 0;
  let longest = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 45) longest = Math.max(longest, ++dashes);
    else if (c === 124 || c === 58 || c === 32 || c === 9) dashes = 0;
    else return false;
  }
  return longest >= 3;
}

function lineContentStart(line: string): number {
  return line.length - line.trimStart().length;
}

/** "| a | b |": each cell its own block (as each <td> is a block in the blocks layout). */
function pushCells(text: string, blocks: RawBlock[], s: number, e: number, lineIndex: number): void {
  let pos = s;
  while (pos < e && (text[pos] === ' ' || text[pos] === '\t')) pos++;
  if (text[pos] === '|') pos++;
  let cellStart = pos;
  for (; pos <= e; pos++) {
    const atEnd = pos === e;
    if (!atEnd && text[pos] === '\\') {
      pos++;
      continue;
    }
    if (atEnd || text[pos] === '|') {
      let a = cellStart;
      let b = pos;
      while (a < b && (text[a] === ' ' || text[a] === '\t')) a++;
      while (b > a && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
      if (b > a) blocks.push({ kind: 'cell', level: 0, line: lineIndex + 1, spans: [a, b], prefixes: [''] });
      cellStart = pos + 1;
    }
  }
}

/**
 * A paired link or image: "[" at `open`, "](" at `close`, target up to `end` (after ")"). A reference link
 * ("[text][1]", "[text]") closes at its text's "]", ends after its label, and carries the target its definition
 * gives.
 */
interface Link {
  open: number;
  close: number;
  end: number;
  image: boolean;
  target?: string;
}

/**
 * A link reference definition: "[1]: https://example.com/ "Title"", as html2text, pandoc and turndown write
 * reference-style links (the links "[text][1]", "[text][]" and "[text]" point to it). A definition is no page
 * text: its lines are no block's, and its links read as inline links. A wrapped text breaks a definition over
 * lines as CommonMark allows (the target on the line after the label, the title over several lines: html2text
 * wraps at 78), and a long target at a hyphen ("…/share-" / "offsite/?url=…"), which is made whole.
 */
const DEFINITION_LABEL = String.raw`^ {0,3}\[([^\]\n]{1,999})\]:`;
const DEFINITION_START = new RegExp(DEFINITION_LABEL, 'gm');
/** A line that opens a definition (a wrapped one's lines end before it). */
const DEFINITION_LINE = new RegExp(DEFINITION_LABEL);
/** How far a definition may run over lines (its label's, its target's, its title's). */
const MAX_DEFINITION_LINES = 6;

/** A label as references match it: case and runs of white space aside. */
const labelKey = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The text's link reference definitions outside code: target by label (the first one wins), and where the
 * content of each line they take starts (the blocks' spans there are skipped).
 */
function referenceDefinitions(
  text: string,
  code: readonly number[],
): { targets: Map<string, string>; lines: Set<number> } {
  const targets = new Map<string, string>();
  const lines = new Set<number>();
  // Most texts define nothing: one search settles them.
  if (!text.includes(']:')) return { targets, lines };
  let k = 0;
  for (const match of text.matchAll(DEFINITION_START)) {
    while (k < code.length && code[k + 1]! <= match.index) k += 2;
    if (k < code.length && code[k]! <= match.index) continue;
    const definition = definitionAt(text, match.index + match[0].length, NUMBERED_LABEL.test(match[1]!));
    if (definition === null) continue;
    const key = labelKey(match[1]!);
    if (key !== '' && !targets.has(key)) targets.set(key, definition.target);
    // Each line it takes, by where its content starts (as a paragraph's spans start).
    for (let line = match.index; line < definition.end; ) {
      let content = line;
      while (text[content] === ' ' || text[content] === '\t') content++;
      lines.add(content);
      const next = text.indexOf('\n', line);
      if (next < 0) break;
      line = next + 1;
    }
  }
  return { targets, lines };
}

/** html2text numbers its definitions: "[12]:". */
const NUMBERED_LABEL = /^\d{1,5}$/;

/**
 * After a definition's "[label]:" at `from`: its target and where the definition ends (its last line's end), or
 * null when what follows is no definition (a target, then at most a title, then the line's end). A `numbered`
 * label's definition is read as html2text writes it, which CommonMark would not always take (`spacedTargetDefinition`).
 */
function definitionAt(text: string, from: number, numbered: boolean): { target: string; end: number } | null {
  const limit = Math.min(text.length, lineEndAfter(text, from, MAX_DEFINITION_LINES));
  let i = skipSpace(text, from, limit, 1);
  const angled = text[i] === '<';
  if (angled) i++;
  let target = '';
  for (;;) {
    const start = i;
    while (i < limit && !/\s/u.test(text[i]!) && !(angled && text[i] === '>')) i++;
    target += text.slice(start, i);
    // A target a wrapper broke after its hyphen goes on at the next line's start.
    if (!target.endsWith('-') || text[i] !== '\n' || /^[\s"'(<[]/u.test(text[i + 1] ?? ' ')) break;
    i++;
  }
  // An empty href: html2text writes "[39]:" and nothing (the link's text stays, with no target).
  if (target === '' && numbered && !angled) {
    const lineEnd = text.indexOf('\n', from);
    return { target: '', end: lineEnd < 0 ? text.length : lineEnd };
  }
  if (target === '' || target === '>') return null;
  if (angled && text[i] === '>') i++;
  // The title, if any, after a white space, on this line or the next.
  const afterTarget = i;
  i = skipSpace(text, i, limit, 1);
  const opener = text[i];
  const closer = opener === '"' ? '"' : opener === "'" ? "'" : opener === '(' ? ')' : null;
  if (closer !== null && i > afterTarget) {
    const close = text.indexOf(closer, i + 1);
    if (close < 0 || close >= limit || text.slice(i + 1, close).includes('\n\n'))
      return spacedTargetDefinition(text, target, afterTarget, limit, numbered);
    i = close + 1;
  } else i = afterTarget;
  // Nothing else on the line.
  const end = skipSpace(text, i, limit, 0);
  if (end < text.length && text[end] !== '\n')
    return spacedTargetDefinition(text, target, afterTarget, limit, numbered);
  return { target, end };
}

/**
 * A target html2text copied with its spaces as the page's href had them, or with a title CommonMark does not
 * allow: a data: URI (an inline SVG placeholder's 'data:image/svg+xml,%3Csvg xmlns="http://…"'), a URL whose
 * query goes on in words (a share link's "…sharer.php?u=…&t=Ammoniak-Spaltung durch LEDs statt Hitze",
 * "mailto:?subject=Osprey Atmos 65L"), and, under a numbered label, any URL or path ("../media/Banner_
 * 2021_DE.jpg", "https://twitter.com/NSF (X (formerly known as Twitter))"), wrapped onto the next lines: a
 * definition all the same, up to a blank line or the next definition. Any other target with words after it is
 * no definition (a footnote, "[1]: Smith, J. (2020)" or "[a]: https://example.com, accessed 2020", stays text).
 */
function spacedTargetDefinition(
  text: string,
  target: string,
  from: number,
  limit: number,
  numbered: boolean,
): { target: string; end: number } | null {
  let end = text.indexOf('\n', from);
  while (end >= 0 && end < limit) {
    const next = text.indexOf('\n', end + 1);
    const line = text.slice(end + 1, next < 0 ? text.length : next);
    if (line.trim() === '' || DEFINITION_LINE.test(line)) break;
    end = next;
  }
  end = end < 0 || end > limit ? Math.min(limit, text.length) : end;
  // What follows the target: under a numbered label, html2text's title in parentheses (nested ones in it) or the
  // rest of a path that had a space; words are a footnote's.
  const rest = text.slice(from, end).trim();
  const spaced =
    /^data:/iu.test(target) ||
    (/^[a-z][a-z0-9+.-]*:/iu.test(target) && target.includes('?')) ||
    (numbered && /[/:#]/u.test(target) && (/^\([\s\S]*\)$/u.test(rest) || !/\s/u.test(rest)));
  return spaced ? { target, end } : null;
}

/** Past the spaces and tabs at `i`, and at most `newlines` line ends among them. */
function skipSpace(text: string, i: number, limit: number, newlines: number): number {
  let left = newlines;
  while (i < limit) {
    const c = text[i];
    if (c === '\n') {
      if (left-- === 0) break;
    } else if (c !== ' ' && c !== '\t') break;
    i++;
  }
  return i;
}

/** Where the `count`th line end after `from` is (the text's end when there are fewer). */
function lineEndAfter(text: string, from: number, count: number): number {
  let i = from;
  for (let n = 0; n < count; n++) {
    const next = text.indexOf('\n', i);
    if (next < 0) return text.length;
    i = next + 1;
  }
  return i - 1;
}

/**
 * A reference link whose text's "]" is at `close`: "[text][label]", "[text][]" (the text is the label) or
 * "[text]" alone, when the label is defined; its end (after the last "]") and target, else null.
 */
function referenceAt(
  text: string,
  open: number,
  close: number,
  targets: ReadonlyMap<string, string>,
): { end: number; target: string } | null {
  if (close - open > MAX_LABEL_CHARS) return null;
  const next = text.charCodeAt(close + 1);
  // "[label]:" is a definition, not a link.
  if (next === 58 /* : */) return null;
  if (next === 91 /* [ */) {
    const labelEnd = text.indexOf(']', close + 2);
    if (labelEnd < 0 || labelEnd - close > MAX_LABEL_CHARS) return null;
    const label = text.slice(close + 2, labelEnd);
    if (label.includes('\n') || label.includes('[')) return null;
    const target = targets.get(labelKey(label === '' ? text.slice(open + 1, close) : label));
    return target === undefined ? null : { end: labelEnd + 1, target };
  }
  const target = targets.get(labelKey(text.slice(open + 1, close)));
  return target === undefined ? null : { end: close + 1, target };
}

/** A reference's label is at most this long (CommonMark: 999 characters). */
const MAX_LABEL_CHARS = 1000;

/**
 * The links in order of their "[" and in order of their "](": rendering walks the text forward, so a cursor in
 * each list finds the link at a position (no map per link).
 */
class Links {
  private openAt = 0;
  private closeAt = 0;
  constructor(
    private readonly byOpen: Link[],
    private readonly byClose: Link[],
  ) {}

  /** The link whose "[" (or "![") is at `position`, if any; positions asked must not go back. */
  opening(position: number): Link | undefined {
    while (this.openAt < this.byOpen.length && this.byOpen[this.openAt]!.open < position) this.openAt++;
    const link = this.byOpen[this.openAt];
    return link?.open === position ? link : undefined;
  }

  /** The link whose "](" is at `position`, if any; positions asked must not go back. */
  closing(position: number): Link | undefined {
    while (this.closeAt < this.byClose.length && this.byClose[this.closeAt]!.close < position) this.closeAt++;
    const link = this.byClose[this.closeAt];
    return link?.close === position ? link : undefined;
  }

  /**
   * Where the target of a link that closed before `position` ends, when it runs on past it (a wrapped heading's
   * link, its title on the line after the heading), else `position`; positions asked must not go back.
   */
  pastTarget(position: number): number {
    while (this.closeAt < this.byClose.length && this.byClose[this.closeAt]!.close < position) this.closeAt++;
    const before = this.byClose[this.closeAt - 1];
    return before !== undefined && before.end > position ? before.end : position;
  }
}

/**
 * Pair "[" with "](target)", or with a defined reference ("][1]", "][]", "]" alone: `targets`), over the whole
 * text but the code blocks' [start, end) ranges (`skip`), with a stack: any other "]" closes the innermost "[" as
 * plain brackets ("[1]"). Linear: each bracket is pushed and popped at most once.
 */
function pairBrackets(text: string, skip: readonly number[], targets: ReadonlyMap<string, string>): Links {
  const found: Link[] = [];
  /** Open "[" positions, and for each the characters of the links already matched inside it. */
  const stack: number[] = [];
  const inner: number[] = [];
  let table: Int32Array | null = null;
  const nextClose = () => {
    table ??= nextCloseTable(text);
    return table;
  };
  let k = 0;
  let eol = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (k < skip.length && i >= skip[k]!) {
      i = skip[k + 1]!;
      k += 2;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      i++;
      continue;
    }
    if (c === 96 /* ` */) {
      // An inline code span on this line: skip to its closing backtick.
      if (i > eol) {
        eol = text.indexOf('\n', i);
        if (eol < 0) eol = n;
      }
      const close = text.indexOf('`', i + 1);
      if (close > 0 && close < eol) i = close;
      continue;
    }
    if (c === 91 /* [ */) {
      stack.push(i);
      inner.push(0);
      continue;
    }
    if (c !== 93 /* ] */ || stack.length === 0) continue;
    const open = stack.pop()!;
    // An image inside a link ("[![logo](data:…)](/)") does not count towards the link's length.
    const nested = inner.pop()!;
    if (i - open - nested > MAX_LINK_CHARS) continue;
    let end: number;
    let target: string | undefined;
    if (text.charCodeAt(i + 1) === 40 /* ( */) end = targetEnd(text, i + 2, nextClose);
    else {
      const reference = targets.size === 0 ? null : referenceAt(text, open, i, targets);
      if (reference === null) continue;
      ({ end, target } = reference);
    }
    if (end < 0) continue;
    const image = open > 0 && text.charCodeAt(open - 1) === 33; /* ! */
    const link: Link = { open: image ? open - 1 : open, close: i, end, image, target };
    found.push(link);
    if (inner.length > 0) inner[inner.length - 1]! += end - link.open;
    i = end - 1;
  }
  // Found in the order of their "](": sorted once more by their "[" (nested links close in reverse order).
  return new Links(
    [...found].sort((a, b) => a.open - b.open),
    found,
  );
}

/** [start, end) of each code block, in order. */
function codeRanges(blocks: readonly RawBlock[]): number[] {
  const ranges: number[] = [];
  for (const block of blocks)
    if (block.kind === 'code' && block.spans.length > 0)
      ranges.push(block.spans[0]!, block.spans[block.spans.length - 1]!);
  return ranges;
}

/** A line end inside a target, with the spaces around it. */
const TARGET_LINE_END = /[ \t]*\n[ \t]*/g;

/**
 * The target of an inline link on one line: a line end before the destination or the ")", or where a wrapper
 * broke the destination after a hyphen, goes; one inside the title, or between the destination and the title,
 * is a space.
 */
function targetOnOneLine(target: string): string {
  return target.replace(TARGET_LINE_END, (lineEnd, at: number) => {
    const before = target[at - 1];
    const after = target[at + lineEnd.length];
    if (before === '(' || after === ')') return '';
    return before === '-' && after !== '"' && after !== "'" ? '' : ' ';
  });
}

/** Targets are read up to this many characters with nested parentheses counted ("wiki/Foo_(bar)"). */
const MAX_TARGET_CHARS = 2048;

/**
 * After "](": the index just past the target's ")", or -1. Within MAX_TARGET_CHARS nested parentheses count;
 * a longer target (a data: URI carrying a whole image) ends at the line's next ")", found through a table
 * built once per text, so no line is scanned twice.
 *
 * A target may hold line ends where CommonMark allows them and where a wrapper puts them: one before the
 * destination, one between it and its title or its ")" ("](\nhttps://…)", "](/a.jpg\n)": turndown writes an
 * attribute's line break so), any inside a title that leaves no line blank ("…/author/daniel/ \"Posts by
 * Daniel" / "Gibson\")"), and, where a wrapper breaks words after their hyphens (html2text wraps inline links at
 * 78 by default), after a hyphen inside the destination ("…/mary-marlowe-" / "leverette-8691230)").
 */
function targetEnd(text: string, from: number, nextClose: () => Int32Array): number {
  let depth = 0;
  let started = false;
  /** White space after the destination began: a quotation mark there opens the title. */
  let spaced = false;
  /** The title's closing quotation mark while inside it (0: not in a title), and whether it was read. */
  let quote = 0;
  let titled = false;
  let lineEnds = 0;
  let hyphenBreaks = 0;
  const limit = Math.min(text.length, from + MAX_TARGET_CHARS);
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      // html2text leaves the quotation marks inside a title as they are ("<a rel="_blank" href=…>© …</a>"): the
      // title ends at its mark before the ")".
      if (c === quote && closesTarget(text, i + 1, limit)) quote = 0;
      else if (c === 10 && (++lineEnds > MAX_TITLE_LINES || isBlankAfter(text, i + 1, limit))) return -1;
      continue;
    }
    if (c === 10) {
      if (
        started &&
        !spaced &&
        text.charCodeAt(i - 1) === 45 /* - */ &&
        isDestinationChar(text.charCodeAt(i + 1))
      ) {
        if (++hyphenBreaks > MAX_HYPHEN_BREAKS) return -1;
        continue;
      }
      if (++lineEnds > 1) return -1;
      if (!started) continue;
      const j = skipSpace(text, i + 1, limit, 0);
      const next = text.charCodeAt(j);
      if (depth === 0 && next === 41) return j + 1;
      if (next !== 34 && next !== 39) return -1;
      // The title, on the line after the destination.
      spaced = true;
      titled = true;
      quote = next;
      i = j;
      continue;
    }
    if (c === 32 || c === 9) {
      if (started) spaced = true;
      continue;
    }
    if (!started && c === 60 /* < */) {
      // A destination in angle brackets may hold spaces, quotes and parentheses ("<javascript:zE('a', 'b');>").
      let close = i + 1;
      while (close < limit && text.charCodeAt(close) !== 62 /* > */ && text.charCodeAt(close) !== 10) close++;
      if (close < limit && text.charCodeAt(close) === 62) {
        started = true;
        i = close;
        continue;
      }
    }
    if (c === 92 /* \ */) {
      // An escaped character is the destination's own ("a\(b\)"; a title's marks are read above).
      started = true;
      i++;
      continue;
    }
    if (spaced && !titled && (c === 34 /* " */ || c === 39) /* ' */ && isSpaceCode(text.charCodeAt(i - 1))) {
      quote = c;
      titled = true;
      continue;
    }
    started = true;
    if (c === 40) depth++;
    else if (c === 41) {
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  if (limit >= text.length || quote !== 0) return -1;
  const close = nextClose()[limit]!;
  return close < 0 ? -1 : close + 1;
}

/** A space, a tab or a line end: what a title's opening mark follows. */
const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 10;

/** A link's title may run over this many line ends (with the one before it). */
const MAX_TITLE_LINES = 8;

/** After a title's closing mark at `from`: nothing but white space (one line end at most) before the ")". */
function closesTarget(text: string, from: number, limit: number): boolean {
  const j = skipSpace(text, from, limit, 1);
  return j < limit && text.charCodeAt(j) === 41;
}

/** The line starting at `from` holds nothing but white space (a title never runs over a blank line). */
function isBlankAfter(text: string, from: number, limit: number): boolean {
  const j = skipSpace(text, from, limit, 0);
  return j >= limit || text.charCodeAt(j) === 10;
}

/** A destination a wrapper broke at its hyphens spans at most this many lines more. */
const MAX_HYPHEN_BREAKS = 4;

/** A character a destination goes on with after a wrapper's break: no white space, no bracket or quote. */
function isDestinationChar(c: number): boolean {
  return (
    c > 32 && c !== 34 /* " */ && c !== 39 /* ' */ && c !== 40 /* ( */ && c !== 60 /* < */ && c !== 91 /* [ */
  );
}

/** For each position, the next ")" on its line (-1: none): one backward pass. */
function nextCloseTable(text: string): Int32Array {
  const table = new Int32Array(text.length + 1);
  let next = -1;
  table[text.length] = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) next = -1;
    else if (c === 41) next = i;
    table[i] = next;
  }
  return table;
}

/**
 * Emphasis markers: "**", "__", and a single * or _ that opens or closes a run. One between two letters or digits
 * is the text's: snake_case, "5*3", and German's gender star ("Expert*innen", "Bürger*innen und Wähler*innen",
 * which a strict reader would pair into emphasis; html2text writes it unescaped).
 */
function isEmphasis(text: string, i: number, lineStart: number, lineEnd: number): boolean {
  const before = i > lineStart ? text[i - 1]! : ' ';
  const after = i + 1 < lineEnd ? text[i + 1]! : ' ';
  const wordBefore = /[\p{L}\p{N}]/u.test(before);
  const wordAfter = /[\p{L}\p{N}]/u.test(after);
  if (wordBefore && wordAfter) return false;
  const spaceBefore = before === ' ' || before === '\t';
  const spaceAfter = after === ' ' || after === '\t';
  return (
    (!wordBefore && !spaceAfter) ||
    (!spaceBefore && !wordAfter) ||
    (text[i] === '*' && !spaceBefore && !spaceAfter)
  );
}

/**
 * A line's content that would open a block of its own if the body were read again ("> x", "# x", "- x",
 * "1. x", a fence, a table row): its first mark escaped, so the record's markdown reads back the same.
 */
function escapeBlockStart(content: string): string {
  const c = content[0];
  if (c === '>' || c === '#' || c === '|' || content.startsWith('```') || content.startsWith('~~~'))
    return `\\${content}`;
  if (
    (c === '*' || c === '+' || c === '-' || c === '=') &&
    (content.length === 1 || /^[*+=-]+\s*$|^[*+-]\s/.test(content))
  )
    return `\\${content}`;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(content);
  if (ordered) return `${ordered[1]}\\${content.slice(ordered[1]!.length)}`;
  return content;
}

/** The characters that may mean something in markdown's inline syntax (everything else is copied as is). */
const SPECIAL = /[[!\]\\*_`]/g;

/**
 * Where the next special character is. A search runs to the end of the text when a span has none, so the
 * position found is kept: the spans after it up to that position reuse it instead of scanning the same stretch
 * again (one search per special character, not per span: a list of 50,000 plain items took 82 s without it).
 */
export class Specials {
  private searchedFrom = -1;
  private found = -1;
  constructor(private readonly text: string) {}

  /** The position of the first special character at or after `from` (the text's length when there is none). */
  next(from: number): number {
    if (from >= this.searchedFrom && from <= this.found) return this.found;
    SPECIAL.lastIndex = from;
    const match = SPECIAL.exec(this.text);
    this.searchedFrom = from;
    this.found = match === null ? this.text.length : match.index;
    return this.found;
  }
}

function withoutHardBreak(line: string): string {
  return line.endsWith('\\') ? line.slice(0, -1).trimEnd() : line;
}

/**
 * One block rendered: plain text and markdown line for line, link share, hints. Null when it has no text.
 * `masked`: what markdown-extras.ts masked in `source`, the text as written (`text` is `masked.text` then);
 * `strict`: a converter wrote it to the letter of markdown (`writtenToTheLetter`): soft breaks are spaces.
 */
function render(
  text: string,
  block: RawBlock,
  links: Links,
  specials: Specials,
  index: number,
  definitionLines: ReadonlySet<number>,
  underHeading: boolean,
  masked: MaskedMarkdown | null,
  source: string,
  strict: boolean,
): Block | null {
  const pandoc = masked?.pandoc ?? false;
  const blockStart = block.spans[0] ?? 0;
  const blockEnd = block.spans[block.spans.length - 1] ?? 0;
  const inBlock = (pos: number) => pos >= blockStart && pos < blockEnd;
  const plainLines: string[] = [];
  const markupLines: string[] = [];
  // The spans of the lines kept (a line with no text, an image alone, is no line of the block).
  const keptSpans: number[] = [];
  let firstLine = -1;
  let linkChars = 0;
  let chars = 0;
  let linkDepth = 0;
  let altToBlockEnd = false;
  // The rest of a link's target that began in the block before is no text of this one.
  let skipTo = block.kind === 'code' ? 0 : links.pastTarget(blockStart);
  let previousHardBreak = false;
  for (let s = 0; s < block.spans.length && !altToBlockEnd; s += 2) {
    const start = block.spans[s]!;
    const end = block.spans[s + 1]!;
    if (block.kind !== 'code' && definitionLines.has(start)) continue;
    let plain = '';
    let markup = '';
    if (block.kind === 'code') {
      plain = text.slice(start, end);
      markup = plain;
    } else {
      // A link's or image's target that went on past the line before ends on this line: its rest is no text.
      let i = Math.max(start, Math.min(skipTo, end));
      while (i < end) {
        // Copy the run of ordinary characters up to the next one with a meaning in markdown in one slice.
        const next = Math.min(specials.next(i), end);
        if (next > i) {
          const run = text.slice(i, next);
          plain += run;
          markup += run;
          if (linkDepth > 0) linkChars += next - i;
          i = next;
          continue;
        }
        const c = text[i]!;
        const link = c === '[' || c === '!' ? links.opening(i) : undefined;
        if (link) {
          if (link.image) {
            // Images are dropped: their alt text is not page text, their targets are often whole files.
            if (inBlock(link.end - 1)) {
              skipTo = link.end;
              i = Math.min(link.end, end);
            } else if (link.close - link.open <= MAX_SPLIT_ALT) {
              // One whose alt text a wrapper broke into the next block (a heading's line: "### Von [Jane
              // Doe][4][![Articles by Jane" / "Doe][5]][6]"): the rest of this block is its alt text.
              i = end;
              altToBlockEnd = true;
            } else i += 2; // a "]" far away may pair with a stray "![": the text stays
            continue;
          }
          // A link that closes in a later block keeps its text here, without the syntax.
          if (inBlock(link.close)) markup += '[';
          linkDepth++;
          i++;
          continue;
        }
        const closing = c === ']' ? links.closing(i) : undefined;
        if (closing) {
          if (
            closing.image &&
            !inBlock(closing.open) &&
            closing.close - closing.open <= MAX_SPLIT_ALT &&
            plainLines.length === 0
          ) {
            // The end of such an image's alt text, which opened in the block before: no text so far was the page's.
            plain = '';
            markup = '';
          }
          if (!closing.image && inBlock(closing.open)) {
            // A reference link is written inline: the body needs no definitions.
            markup +=
              closing.target === undefined
                ? targetOnOneLine(text.slice(i, closing.end))
                : `](${closing.target})`;
            linkDepth = Math.max(0, linkDepth - 1);
          } else if (!closing.image) {
            // The end of a link that opened in an earlier block: all the text so far was its text.
            linkChars = chars + plain.length;
          }
          skipTo = closing.end;
          i = Math.min(closing.end, end);
          continue;
        }
        if (c === '\\' && i + 1 < end && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) {
          plain += text[i + 1];
          markup += text.slice(i, i + 2);
          if (linkDepth > 0) linkChars++;
          i += 2;
          continue;
        }
        if ((c === '*' || c === '_') && isEmphasis(text, i, start, end)) {
          markup += c;
          i++;
          continue;
        }
        if (c === '`') {
          markup += c;
          i++;
          continue;
        }
        plain += c;
        markup += c;
        if (linkDepth > 0) linkChars++;
        i++;
      }
    }
    if (masked !== null && block.kind !== 'code') {
      plain = plain.replaceAll(MASK, '');
      markup = markup.replaceAll(MASK, '');
      // Pandoc's markdown writes dashes as its reader reads them back ("job---but", "9--5"): the text a reader sees
      // has the dashes (the markup keeps pandoc's spelling, which a markdown reader renders so).
      if (pandoc && plain.includes('--'))
        plain = plain.replaceAll('---', '\u2014').replaceAll('--', '\u2013');
    }
    // A hard break ("  " or "\" at the end of the line) is only a line break; a dropped image leaves no space.
    const hardBreak = block.kind !== 'code' && markup.trimEnd().endsWith('\\');
    if (block.kind === 'code') {
      plain = plain.trimEnd();
      markup = plain;
    } else {
      plain = withoutHardBreak(plain.trim());
      markup = withoutHardBreak(markup.trim());
    }
    if (plain.trim().length === 0) continue;
    if (firstLine < 0) firstLine = block.line + s / 2;
    // Pandoc breaks a paragraph only where it wraps, or with "\" where the page had a <br>: its markdown's other
    // line breaks are spaces, as a markdown reader reads them (its wrap is not measured: a link's title or an
    // attribute list it does not break makes a wrapped line look short).
    if (strict && joinsLines(block.kind) && !block.indented && keptSpans.length > 0 && !previousHardBreak) {
      plainLines[plainLines.length - 1] += ` ${plain}`;
      markupLines[markupLines.length - 1] += ` ${markup}`;
    } else {
      plainLines.push(plain);
      markupLines.push(
        `${block.prefixes[s / 2] ?? ''}${block.kind === 'code' ? markup : escapeBlockStart(markup)}`,
      );
    }
    chars += plain.length;
    previousHardBreak = hardBreak;
    keptSpans.push(s);
  }
  if (plainLines.length === 0) return null;
  const hints: BlockHints = {};
  if (block.kind === 'heading' || (block.kind === 'item' && block.level > 0)) hints.heading = block.level;
  if (block.kind === 'item') hints.listItem = true;
  if (block.kind === 'quote') hints.quote = true;
  if (block.kind === 'code') hints.code = true;
  if (block.kind === 'cell') hints.tableCell = true;
  hints.linkShare = chars === 0 ? 0 : Math.min(1, linkChars / chars);
  // Code keeps its lines as they are; the body puts the fences back around it (body.ts).
  const rendered = newBlock(index, plainLines.join('\n'), firstLine, hints, markupLines.join('\n'));
  // Kept where a wrapper's breaks are judged: a block of several lines, a heading and the block right under one
  // (unwrap.ts joins the line under a wrapped heading to it).
  if (
    block.kind !== 'code' &&
    markupLines.length === keptSpans.length &&
    (markupLines.length > 1 || block.kind === 'heading' || underHeading)
  ) {
    // As written: where pandoc's marks or tags were masked, the wrapper counted them too.
    const lines = keptSpans.map((s) => source.slice(lineStart(source, block.spans[s]!), block.spans[s + 1]!));
    if (lines.some((line, i) => line !== markupLines[i])) rendered.wrapSource = lines.join('\n');
  }
  return rendered;
}

/** Blocks whose lines a markdown reader joins with spaces (a soft break), where no hard break ends a line. */
function joinsLines(kind: Kind): boolean {
  return kind === 'paragraph' || kind === 'item' || kind === 'quote';
}

/** Where the line holding `pos` starts (its markers and indentation are before `pos`: a few characters back). */
function lineStart(text: string, pos: number): number {
  return pos === 0 ? 0 : text.lastIndexOf('\n', pos - 1) + 1;
}
