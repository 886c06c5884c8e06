/**
 * Bracketed link targets: a converter that writes a page as plain text with its links kept (html-to-text, the
 * most used one on npm, with its defaults) puts each link's href in brackets after the link's text and each
 * image's src after its alt text: "Plumbing engineers [https://example.com/plumbing/] design…", "Home [/] News
 * [/news]", "logo [data:image/svg+xml;…]". The targets are the tool's, not the page's words: a record's body
 * reads "Plumbing engineers design…", a menu of such links reads as the menu it is (its blocks get a link
 * share, as markdown's and HTML's links give one), and an image's alt text goes with its source. Such a tool writes
 * its headings in capitals ("HOW TO NAVIGATE HOME SOLAR INSTALLATION"): in a text with its targets, a line in
 * capitals under a blank line is a heading (the hint a markdown heading gives), so a headline there is no
 * stranger to the title search than a section label.
 *
 * Only a text with several such targets loses them (MIN_TARGETS): a writer's one "[https://…]" stays. A target
 * is an absolute URL of a web scheme (or mailto:, tel:, data:), or a path from the site's root or the page: a
 * citation ("[1]"), an editor's note ("[sic]") or a bracketed word is no target.
 */
import type { Block } from '../types.ts';
import { newBlock, renumbered } from './blocks.ts';
import { IMAGE_EXTENSIONS } from './drawn-marks.ts';

/**
 * A target in brackets; and a link's bare href glued after it, as the tool writes a link whose only content is an
 * image ("[data:image/gif;…]https://example.com/"). The white space before it goes too (withoutSpaceBefore).
 */
const TARGET =
  /\[(?:(?:https?|ftp|file):\/\/|mailto:|tel:|data:|\.{0,2}\/)[^\s[\]]*\](?:(?:https?:\/\/|\/)\S*)?(?!\()/giu;
/**
 * An image's source: a data: image or a path ending in an image's extension. The text before it is the image's alt
 * text, which a page shows no more than markdown's "![alt](src)" does.
 */
const IMAGE_SOURCE = new RegExp(
  `^\\[(?:data:image\\/|[^\\s\\]]*\\.(?:${IMAGE_EXTENSIONS})(?:[?#][^\\s\\]]*)?\\])`,
  'iu',
);
/** A line that is one URL or root path and nothing else: a link the tool wrote bare. */
const BARE_TARGET_LINE = /^[ \t]*(?:https?:\/\/|\/)[^\s[\]]*[ \t]*(?:\n|$)/gmu;
/** Targets a text must hold before its brackets are read as a converter's. */
export const MIN_TARGETS = 3;
/**
 * Where a link's text starts at the latest, read back from its target: a sentence's or a clause's mark, a
 * separator between menu entries, a bracket, a line's start.
 */
const TEXT_START = /[.!?;:|•·()[\]\n]/u;
/** The words a link's text is taken to have at most, read back from its target. */
const MAX_LINK_WORDS = 6;

/** The blocks without a converter's bracketed targets, each block that had some with its link share. */
export function withoutBracketedLinks(blocks: Block[], text: string): Block[] {
  if (!holdsTargets(blocks)) return blocks;
  const lines = text.split('\n');
  const out: Block[] = [];
  for (const block of blocks) {
    const read =
      block.hints?.code || (!block.text.includes('[') && !block.text.includes('/'))
        ? null
        : readLinks(block.text);
    if (read === null)
      out.push(
        isCapitalHeading(block, lines)
          ? newBlock(
              block.index,
              block.text,
              block.line,
              { ...block.hints, heading: CAPITAL_HEADING_LEVEL },
              block.markup,
            )
          : block,
      );
    // A block that was targets alone (a bare link, an image without alt text) is gone.
    else if (read.text !== '')
      out.push(
        newBlock(
          block.index,
          read.text,
          block.line,
          { ...block.hints, linkShare: Math.max(block.hints?.linkShare ?? 0, read.linkShare) },
          block.markup,
        ),
      );
  }
  return out.length === blocks.length ? out : renumbered(out);
}

/**
 * The level a heading in capitals is given. The tool writes h1 to h6 alike; read as the first level, the headline
 * among them is found by the title search's other evidence (html-to-text titles: DEV 0.797 → 0.816, check 0.725
 * → 0.746, multi 0.674 → 0.736 against the second level).
 */
const CAPITAL_HEADING_LEVEL = 1;
/** A heading is a line: longer, it is a paragraph in capitals. */
const MAX_HEADING_CHARS = 200;

/**
 * A heading as the tool writes it (h1 to h6 in capitals, a blank line above): a block of one line (a wrapped
 * heading joined), no letter in lower case and two in upper case at least, under a blank line.
 */
function isCapitalHeading(block: Block, lines: readonly string[]): boolean {
  const text = block.text;
  if (text.length > MAX_HEADING_CHARS || text.includes('\n') || /\p{Ll}/u.test(text)) return false;
  if (!/\p{Lu}[^\p{Lu}]*\p{Lu}/u.test(text)) return false;
  return (lines[block.line - 2] ?? '').trim() === '';
}

/** At least MIN_TARGETS targets in the blocks (most texts hold no "[" with a URL after it: one test each). */
function holdsTargets(blocks: readonly Block[]): boolean {
  let count = 0;
  for (const block of blocks) {
    if (!block.text.includes('[')) continue;
    TARGET.lastIndex = 0;
    while (TARGET.exec(block.text) !== null) if (++count >= MIN_TARGETS) return true;
  }
  return false;
}

/**
 * The text before a target without the white space that ends it, a line end included (the tool wraps a long
 * target onto the next line). Read back by hand: a pattern for the spaces would try a match at each of them.
 */
function withoutSpaceBefore(before: string): string {
  let end = before.length;
  while (end > 0 && (before[end - 1] === ' ' || before[end - 1] === '\t')) end--;
  if (before[end - 1] === '\n') end--;
  while (end > 0 && (before[end - 1] === ' ' || before[end - 1] === '\t')) end--;
  return before.slice(0, end);
}

/**
 * Where the link's text before a target starts: back to the nearest TEXT_START, and MAX_LINK_WORDS words at most
 * (a link inside a sentence is a few of its words, not the sentence).
 */
function linkTextStart(before: string): number {
  let start = before.trimEnd().length;
  let words = 0;
  while (start > 0 && !TEXT_START.test(before[start - 1]!)) {
    if (/\s/u.test(before[start - 1]!) && !/\s/u.test(before[start]!) && ++words >= MAX_LINK_WORDS) break;
    start--;
  }
  return start;
}

/**
 * The text without its targets and the share of its characters that were link text (each link's text taken
 * back from its target to the nearest TEXT_START or the target before it), or null when it holds none.
 */
function readLinks(block: string): { text: string; linkShare: number } | null {
  // A link's bare href on a line of its own (a link whose content is an image or a card of blocks): the tool's too.
  BARE_TARGET_LINE.lastIndex = 0;
  const text = block.replace(BARE_TARGET_LINE, '');
  let kept = '';
  let linkChars = 0;
  let from = 0;
  TARGET.lastIndex = 0;
  for (let match = TARGET.exec(text); match !== null; match = TARGET.exec(text)) {
    const before = withoutSpaceBefore(text.slice(from, match.index));
    const start = linkTextStart(before);
    if (IMAGE_SOURCE.test(match[0])) kept += before.slice(0, start);
    else {
      linkChars += before.slice(start).trim().length;
      kept += before;
    }
    from = match.index + match[0].length;
  }
  if (from === 0 && text === block) return null;
  // A target that stood alone on its line leaves no empty line or stray space behind (lines trimmed one by one: a
  // pattern for the spaces before a line end would try a match at each space of a long run).
  kept = (kept + text.slice(from))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
  const visible = kept.replace(/\s+/gu, ' ').trim().length;
  return { text: kept, linkShare: visible === 0 ? 1 : Math.min(1, linkChars / visible) };
}
