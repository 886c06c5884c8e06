/**
 * Hard-wrapped text: what html2text, `lynx -dump`, `w3m -dump`, a mail client or a PDF's text layer writes, each
 * paragraph broken into lines of at most a fixed width (72, 78, 80 characters). The breaks are the tool's, not
 * the page's: a paragraph's lines are joined back into one line, so the record's body holds paragraphs as the
 * page did, a headline wrapped over two lines reads as one, and a quote broken across a line is read whole.
 *
 * A text is wrapped when the lines its paragraphs go on after are at most a width between `minWidth` and
 * `maxWidth`, most line breaks inside its paragraphs were forced (the next line's first word would not have
 * fitted on the line: a wrapper breaks only then), and few of its longer lines are wider (the headings and list
 * items some wrappers leave alone). Only forced breaks are joined: a short line before a break ends where the page
 * ended it ("Mon–Fri: 7am–5pm" over "Sat–Sun: closed"). A text whose paragraphs are one line each is not wrapped,
 * whatever its short lines are.
 */
import { tagsOf } from '../metadata/lexicon.ts';
import type { Block } from '../types.ts';
import { LANGUAGES } from '../vocabulary/index.ts';
import { isJsSpace } from '../whitespace.ts';
import { newBlock, renumbered } from './blocks.ts';
import { dedented } from './indent.ts';
import { QUOTED } from './line-shape.ts';

export const WRAP = {
  /** Wrappers break at 60 to 100 characters; below this width a text of short lines is a list, not a wrap. */
  minWidth: 55,
  maxWidth: 100,
  /** Forced breaks needed, in all and as a share of the line breaks inside blocks. */
  minForced: 5,
  forcedShare: 0.6,
  /**
   * When the longest line is not the wrap, the width this share of the longer lines before a break keep to is
   * tried: lynx sets a heading at the margin and its paragraphs three columns in, and wraps the paragraphs short
   * of the heading's width (or counts a curly quote as three columns).
   */
  typicalShare: 0.9,
  /**
   * Of the lines a paragraph goes on after, this share at most may be wider than any wrap: a plain dump's code
   * (a `<pre>`), which it does not wrap. Past `widerLines` such lines over that share the scan stops.
   */
  codeShare: 0.2,
  widerLines: 8,
  /** Lines this long or longer are read for their width… */
  minLine: 40,
  /** …and at most this share of them may be wider than the wrap (headings and list items a wrapper leaves). */
  widerShare: 0.2,
};

/**
 * The width the text was wrapped at (the longest line a paragraph goes on after, else the width most such lines
 * keep to), or null when it was not wrapped. `blocks` are the layout's blocks of `text`.
 */
export function wrapWidth(text: string, blocks: readonly Block[]): number | null {
  // The lines a paragraph goes on after, in the source (a markdown block's markup is its source line for line).
  const pairs: LinePair[] = [];
  let width = 0;
  let wider = 0;
  for (const block of blocks) {
    const source = asWritten(block);
    // Most blocks are one line: nothing to split. A markdown list item is no evidence either way: html2text leaves
    // items unwrapped (a 300-character item over a line its <br> began), pandoc wraps them as paragraphs.
    if (block.hints?.code || block.hints?.linkTargets || block.hints?.listItem || !source.includes('\n'))
      continue;
    const lines = source.split('\n');
    const marks = quoteMarksOf(block);
    for (let i = 0; i + 1 < lines.length; i++) {
      const length = measure(lines[i]!, 0, lines[i]!.length);
      // A list item's bullet starts an element: its break is the page's, not a wrap's candidate.
      if (!opensListItem(lines[i + 1]!))
        pairs.push([
          lines[i]!,
          unmarked(lines[i + 1]!, marks),
          length,
          block.markup !== undefined && HARD_BREAK.test(lines[i]!),
        ]);
      if (length <= WRAP.maxWidth) width = Math.max(width, length);
      // Markdown's code is marked as code: a wider line is a paragraph's, and the text is not wrapped.
      else if (block.markup !== undefined) return null;
      else wider++;
    }
    // Paragraphs that go on after lines wider than any wrap: the text is not wrapped (most texts stop here). A plain
    // dump's few such lines are its code, which it does not wrap.
    if (wider > WRAP.widerLines && wider > WRAP.codeShare * pairs.length) return null;
  }
  if (width < WRAP.minWidth || wider > WRAP.codeShare * pairs.length) return null;
  if (isWrappedAt(text, pairs, width)) return width;
  // A few lines wider than the rest (headings at the margin) may hide the width the paragraphs were wrapped at.
  const typical = typicalWidth(pairs);
  return typical < width && typical >= WRAP.minWidth && isWrappedAt(text, pairs, typical) ? typical : null;
}

/** A line a paragraph goes on after, the line after it, its width, and whether it ends with a markdown hard break. */
type LinePair = [string, string, number, boolean];

/** The width that `WRAP.typicalShare` of the longer lines a paragraph goes on after keep to. */
function typicalWidth(pairs: readonly LinePair[]): number {
  const widths = pairs.map((pair) => pair[2]).filter((width) => width >= WRAP.minLine);
  if (widths.length === 0) return 0;
  widths.sort((a, b) => a - b);
  return widths[Math.floor(widths.length * WRAP.typicalShare)]!;
}

/**
 * The text was wrapped at `width`: most breaks after its lines of half the width or more were forced, and few of
 * its longer lines are wider. Lines wider than `width` (headings at the margin) tell nothing of it.
 */
function isWrappedAt(text: string, pairs: readonly LinePair[], width: number): boolean {
  // The breaks after lines of half the width or more tell: a wrapper forced them; a short line's break is an
  // element's end (a menu entry, an address line) in a wrapped text and an unwrapped one alike.
  let forced = 0;
  let long = 0;
  for (const [line, next, length, hardBreak] of pairs) {
    if (length * 2 < width || length > width) continue;
    const isWrap = isForced(line, next, width);
    // A markdown hard break (html2text's <br>: a list of names and addresses line by line) is the page's unless
    // it falls where a wrapper's would (a page that broke its own paragraphs with <br> at 78): no evidence against.
    if (hardBreak && !isWrap) continue;
    long++;
    if (isWrap) forced++;
  }
  if (forced < WRAP.minForced || forced < WRAP.forcedShare * long) return false;
  return widerShare(text, width) <= WRAP.widerShare;
}

/**
 * The blocks with each forced break joined: a space between the lines, or a word hyphenated at the break made
 * whole. A markdown block's text and markup are joined alike, at the breaks its markup's lines show (code is
 * left as it is).
 */
export function unwrapBlocks(wrappedBlocks: readonly Block[], width: number): Block[] {
  const blocks = withHeadingsWhole(wrappedBlocks, width);
  let pageWords: Set<string> | null = null;
  // The page's own words, read once and only when a word is broken at a hyphen.
  const onPage = (word: string) => {
    pageWords ??= wordsOf(blocks);
    return pageWords.has(word);
  };
  const unwrapped = blocks.flatMap((block): Block | Block[] => {
    // Code, and a text browser's list of link targets (layout/link-numbers.ts), keep their lines.
    if (block.hints?.code || block.hints?.linkTargets) return block;
    // A plain text's margin is the wrapper's too (lynx indents every line by three spaces): each block loses
    // the indentation all its lines share; markdown's indentation is its syntax and stays.
    const plain = block.markup === undefined;
    if (!block.text.includes('\n')) {
      const text = plain ? block.text.trimStart() : block.text;
      return text === block.text ? block : newBlock(block.index, text, block.line, block.hints, block.markup);
    }
    const lines = plain ? dedented(block.text.split('\n')) : block.text.split('\n');
    const source = block.markup === undefined ? lines : block.markup.split('\n');
    if (source.length !== lines.length) return block;
    // The breaks are judged on the lines as the wrapper saw them (a reference link not yet written inline).
    const wrapped = block.wrapSource?.split('\n') ?? source;
    const measured = wrapped.length === source.length ? wrapped : source;
    // A quote's markup marks every line ("> "): the marks are no word, and a line joined to the one before
    // loses them.
    const marks = quoteMarksOf(block);
    const forced = measured.map(
      (line, i) => i > 0 && isJoined(measured[i - 1]!, unmarked(line, marks), width, !plain),
    );
    // A plain block's break the wrapper did not force is an element's end (a dump sets the page's divs, list items
    // and table cells on lines of their own, blank lines only around paragraphs): each element is a block, as
    // in the blocks layout; but the lines of a quoted e-mail message ("> re" / "> care to share …") are one
    // element, as the message was (a quoted line alone read as a heading: "> what do you think?" as the
    // comments'), each on its line. Markdown's blocks are its syntax's.
    if (plain) {
      const quoted = lines.map((line) => QUOTED.test(line));
      const sameElement = forced.map((joined, i) => joined || (i > 0 && quoted[i - 1]! && quoted[i]!));
      if (sameElement.some((same, i) => i > 0 && !same))
        return elements(lines, sameElement).map(({ from, to }) =>
          newBlock(
            block.index,
            joinLines(lines.slice(from, to), forced.slice(from, to), onPage),
            block.line + from,
            block.hints,
          ),
        );
    }
    const text = joinLines(lines, forced, onPage);
    const markup = block.markup === undefined ? undefined : joinLines(source, forced, onPage, marks);
    return text === block.text && markup === block.markup
      ? block
      : newBlock(block.index, text, block.line, block.hints, markup);
  });
  // Numbered again where elements were split apart.
  return unwrapped.length === blocks.length ? unwrapped : renumbered(unwrapped);
}

/**
 * A markdown heading the wrapper broke (html2text wraps "# …" lines as it wraps paragraphs): the line under it,
 * with no blank line between, is a paragraph to a markdown reader, yet its first word did not fit after the
 * heading. Such a paragraph, when every break in it was forced too, goes back into the heading ("# Jugada del
 * oficialismo para evitar que JxC avance con la boleta única en" / "Diputados"); the joins are unwrapBlocks'.
 * A paragraph right under a short heading ("# Title" / "Text…") keeps its place.
 */
function withHeadingsWhole(blocks: readonly Block[], width: number): readonly Block[] {
  let merged: Block[] | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const heading = blocks[i]!;
    const next = blocks[i + 1];
    if (
      next !== undefined &&
      heading.hints?.heading !== undefined &&
      heading.markup !== undefined &&
      next.markup !== undefined &&
      !heading.markup.includes('\n') &&
      next.line === heading.line + 1 &&
      isParagraph(next) &&
      isWrappedOn(asWritten(heading), asWritten(next), width)
    ) {
      merged ??= blocks.slice(0, i);
      const whole = newBlock(
        heading.index,
        `${heading.text}\n${next.text}`,
        heading.line,
        heading.hints,
        `${heading.markup}\n${next.markup}`,
      );
      if (heading.wrapSource !== undefined || next.wrapSource !== undefined)
        whole.wrapSource = `${asWritten(heading)}\n${asWritten(next)}`;
      merged.push(whole);
      i++;
      continue;
    }
    merged?.push(heading);
  }
  return merged === null ? blocks : renumbered(merged);
}

/** A block's lines as the wrapper wrote them: markdown's source where its markup differs, else markup or text. */
function asWritten(block: Block): string {
  return block.wrapSource ?? block.markup ?? block.text;
}

/** A markdown paragraph: no heading, list item, quote, code or table cell. */
function isParagraph(block: Block): boolean {
  const hints = block.hints;
  return !(hints?.heading || hints?.listItem || hints?.quote || hints?.code || hints?.tableCell);
}

/** Every break from `line` on through the lines of `rest` was forced at `width`. */
function isWrappedOn(line: string, rest: string, width: number): boolean {
  const lines = rest.split('\n');
  let previous = line;
  for (const next of lines) {
    if (!isForced(previous, next, width)) return false;
    previous = next;
  }
  return true;
}

/** The runs of lines [from, to) between the breaks that end an element. */
function elements(
  lines: readonly string[],
  sameElement: readonly boolean[],
): Array<{ from: number; to: number }> {
  const runs: Array<{ from: number; to: number }> = [];
  let from = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && sameElement[i]) continue;
    // A blank line inside a block (none in the layouts' blocks) is no element.
    if (lines.slice(from, i).some((line) => line.trim() !== '')) runs.push({ from, to: i });
    from = i;
  }
  return runs;
}

/**
 * The lines, each one whose break before it was forced joined to the one before: a space between them, or, after
 * a word broken at a hyphen ("end-" / "ing"), the word made whole when the page writes it so elsewhere or the
 * lexicon knows it ("ending"), else kept hyphenated ("well-" / "known": a wrapper also breaks after a hyphen the
 * word has). The parts are joined once at the end: a string grown line by line and read at each join was
 * flattened again every time (a 2 MB paragraph took 14 s).
 */
function joinLines(
  lines: readonly string[],
  forced: readonly boolean[],
  onPage: (word: string) => boolean,
  marks: RegExp | null = null,
): string {
  const parts: string[] = [lines[0]!.trimEnd()];
  for (let i = 1; i < lines.length; i++) {
    if (!forced[i]) {
      parts.push('\n', lines[i]!.trimEnd());
      continue;
    }
    const next = unmarked(lines[i]!, marks).trim();
    const previous = parts[parts.length - 1]!;
    const broken = previous.endsWith('-') ? /(\p{L}+)-$/u.exec(previous.slice(-BROKEN_WORD_CHARS)) : null;
    if (broken && SUSPENDED_BEFORE.test(next)) {
      // A word left open for the next one to finish, the break at the space after it ("Ein-" / "und Ausgang",
      // "pre-" / "and post-war"): the space stays.
      parts.push(' ', next);
    } else if (broken && /^\p{Ll}/u.test(next)) {
      const whole = `${broken[1]}${/^\p{L}+/u.exec(next)?.[0] ?? ''}`.toLowerCase();
      if (onPage(whole) || tagsOf(whole).length > 0) parts[parts.length - 1] = previous.slice(0, -1);
      parts.push(next);
    } else if ((broken && /^[\p{Lu}\p{N}]/u.test(next)) || /^[.,;:!?)]+(?!\S)/u.test(next)) {
      // A compound a wrapper broke after its own hyphen ("Church-" / "Appropriate", "COVID-" / "19"), or the
      // punctuation after a link whose target and title took the line before it ("[Jane Doe](/a/ \"Posts by" /
      // "Jane Doe\")." reads "Jane Doe.").
      parts.push(next);
    } else parts.push(' ', next);
  }
  return parts.join('');
}

/**
 * The break after `line` is joined in a text wrapped at `width`: it was forced, or the next line carries on a
 * sentence the line left open (it starts in lower case after a line of half the width or more that ends with no
 * sentence's end): a headline or a pull quote wrapped narrower than the paragraphs ("… after two years of" /
 * "debate"). Short lines and lines that open with a capital keep their breaks ("Mon–Fri: 7am–5pm" / "Sat–Sun:
 * closed").
 */
function isJoined(line: string, next: string, width: number, markdown: boolean): boolean {
  // A plain line wider than any wrap is no wrapper's (a dump's code line): its break is the page's. A line with a
  // token no wrapper breaks (a URL: html-to-text's link targets) is measured as no width and may be one. A line
  // no longer than the widest wrap cannot measure wider: most lines are not measured.
  if (!markdown && line.length > WRAP.maxWidth && measure(line, 0, line.length) > WRAP.maxWidth) return false;
  if (isForced(line, next, width)) return true;
  if (markdown && HARD_BREAK.test(line)) return false;
  const end = line.trimEnd();
  return end.length * 2 >= width && !/[.!?:;]$/u.test(end) && /^\s*\p{Ll}/u.test(next);
}

/**
 * The break after `line` was the wrapper's: the next line's first word would not have fitted after it, or a
 * word was broken at a hyphen ("end-" over "ing": a typesetter's break, wherever the margin was).
 */
function isForced(line: string, next: string, width: number): boolean {
  const head = next.trimStart();
  if (head === '' || opensListItem(head)) return false;
  const end = line.trimEnd();
  if (/\p{L}-$/u.test(end) && /^\p{Ll}/u.test(head)) return true;
  const space = head.search(/\s/u);
  const firstWord = space < 0 ? head.length : space;
  return end.length + 1 + firstWord > width;
}

/**
 * A markdown hard break at a line's end: two spaces or more, or a backslash (in plain text two spaces end a line
 * anywhere: w3m leaves them before a link it moved to the next line).
 */
const HARD_BREAK = /(?:\S {2,}|\\)$/u;

/**
 * A list item's bullet or number at a line's start, as text dumps write them: "*", "-", "+", "•", lynx's "o", "#"
 * and "@" for nested lists, w3m's "□" and "☆" for nested lists and "■", "○" for square and circle bullets, "1." or
 * "1)" (metadata/title.ts reads a headline's copy after one too).
 */
export const LIST_ITEM = /^\s*(?:[-*+•·‣◦o#@□☆■○]|\d{1,3}[.)])\s/u;

function opensListItem(line: string): boolean {
  return LIST_ITEM.test(line);
}

/** A markdown quote's marks at a line's start ("> ", "> > "). */
const QUOTE_MARKS = /^\s*(?:>\s?)+/u;

/** A markdown quote's marks, which its markup repeats on every line; null for any other block. */
function quoteMarksOf(block: Block): RegExp | null {
  return block.markup !== undefined && block.hints?.quote ? QUOTE_MARKS : null;
}

/** The line without the marks at its start, if any. */
function unmarked(line: string, marks: RegExp | null): string {
  return marks === null ? line : line.replace(marks, '');
}

/**
 * The conjunctions after a word left open by its hyphen ("Ein- und Ausgang", "Nord- oder Südamerika", "pre- and
 * post-war"), every vocabulary language's (`hyphenJoiners`: the text's language is not known yet); not a compound's
 * own ("rock-" / "and-roll", "up-" / "to-date": no space after the word).
 */
const SUSPENDED_BEFORE = new RegExp(
  `^(?:${[...new Set(LANGUAGES.flatMap((language) => language.hyphenJoiners))].join('|')})\\s`,
  'u',
);

/** A word broken at a hyphen is read from this many characters before the break. */
const BROKEN_WORD_CHARS = 64;

/** The lower-cased words of the blocks. */
function wordsOf(blocks: readonly Block[]): Set<string> {
  const words = new Set<string>();
  for (const block of blocks)
    for (const word of block.text.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(word);
  return words;
}

/** A token this long no wrapper breaks (a URL, a markdown link with its target): a line holding one may pass the width. */
const LONG_TOKEN = 40;

/**
 * The width of text[from, to) as a wrapper counts it: trimmed, its runs of white space counted as one (a PDF's
 * running header spreads its parts across the line); -1 when it holds a token of LONG_TOKEN characters or more,
 * or no space between words. One pass, no copy: it is asked of every line of the text.
 */
function measure(text: string, from: number, to: number): number {
  let length = 0;
  let token = 0;
  let spaces = 0;
  let pendingSpace = false;
  for (let i = from; i < to; i++) {
    if (isJsSpace(text.charCodeAt(i))) {
      if (token > 0) pendingSpace = true;
      token = 0;
      continue;
    }
    if (pendingSpace) {
      length++;
      spaces++;
      pendingSpace = false;
    }
    length++;
    if (++token >= LONG_TOKEN) return -1;
  }
  return spaces === 0 ? -1 : length;
}

/**
 * Of the text's lines of `WRAP.minLine` characters or more (words, no token too long to break), the share longer
 * than `width`: in a wrapped text only the lines a wrapper leaves alone (headings, list items), in a text of
 * one line a paragraph most of them.
 */
function widerShare(text: string, width: number): number {
  let lines = 0;
  let wider = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // A list item's line is left out: html2text leaves items unwrapped (a page of long bullets is wrapped all the
    // same), and a wrapper that breaks them keeps them within its width.
    // Nor is a fenced div's line (":::" and the div's classes): pandoc writes it whole, however long.
    if (
      end - start >= WRAP.minLine &&
      !opensListItem(text.slice(start, Math.min(end, start + 40))) &&
      !text.startsWith(':::', start)
    ) {
      const length = measure(text, start, end);
      if (length >= WRAP.minLine) {
        lines++;
        if (length > width) wider++;
      }
    }
    start = end + 1;
  }
  return lines === 0 ? 1 : wider / lines;
}
