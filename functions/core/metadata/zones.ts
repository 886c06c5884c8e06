import { isAsciiLetter } from '../ascii.ts';
import type { Block, CleanResult } from '../types.ts';
import { LANGUAGES } from '../vocabulary/index.ts';
import { isJsSpace } from '../whitespace.ts';
import { simpleHeadingKey } from './zones-fast.ts';

/**
 * Parts of the page where metadata must not be read: comment threads (every commenter has a name
 * and a date) and related-article lists (every entry has a byline and a date).
 */
export interface Zones {
  /** Blocks inside a comment thread or a related-articles list. */
  excluded: BlockSet;
  /** Blocks after the last kept body block: footer territory, weaker evidence. */
  late: BlockSet;
}

/** Block indexes (a Set satisfies it: tests build zones from Sets). */
export interface BlockSet {
  has(block: number): boolean;
}

/**
 * Block indexes as the zones make them: single blocks, and the rest of the page from some block on, held as
 * one bound instead of an entry per block (a comment thread or a footer that runs to the end of a 10 MB page
 * has a hundred thousand blocks).
 */
class Blocks implements BlockSet {
  /** 1 for each block added one by one (a byte per block of the page, not a Set entry per block added). */
  private readonly single: Uint8Array;
  /** Every block from `restFrom` to `total` - 1 is in. */
  private restFrom: number;

  constructor(private readonly total: number) {
    this.restFrom = total;
    this.single = new Uint8Array(total);
  }

  /** Block `block` (0 ≤ block < total). */
  add(block: number): void {
    this.single[block] = 1;
  }

  /** Every block from `block` to the end of the page. */
  addRest(block: number): void {
    this.restFrom = Math.min(this.restFrom, block);
  }

  has(block: number): boolean {
    return (block >= this.restFrom && block < this.total) || this.single[block] === 1;
  }
}

// The English patterns below, plus every vocabulary language's comment and related-list headings
// (vocabulary/*.ts `chrome.commentsHeading`, `chrome.relatedHeading`, `countNouns`): "Kommentare",
// "Das könnte Sie auch interessieren", "12 réponses", "Articles similaires".
export const COMMENTS_HEADING =
  /^(?:\d+\s+)?(?:comments?|responses?|replies|discussion|reader\s+comments|leave\s+a\s+(?:reply|comment)|join\s+the\s+(?:discussion|conversation)|what\s+do\s+you\s+think\??|(?:\d+\s+)?thoughts\s+on\b.*)\s*:?(?:\s*\(\d+\))?$/i;
export const RELATED_HEADING =
  /^(?:related(?:\s+(?:articles?|posts?|stories|content|reading|news))?|you\s+(?:may|might)\s+also\s+(?:like|enjoy)|more\s+(?:from|like\s+this|stories|articles|posts|news)\b.*|recent\s+(?:posts|articles|stories)|latest\s+(?:posts|articles|stories|news)|popular\s+(?:posts|articles|stories)|read\s+(?:next|more)|recommended(?:\s+for\s+you)?|trending(?:\s+now)?|further\s+reading|keep\s+reading|up\s+next|see\s+also)\s*:?$/i;

/**
 * The first two letters (lower case) COMMENTS_HEADING and RELATED_HEADING can open with; a count opens with a digit.
 * Both ignore case without Unicode folding, so no other character matches these letters.
 */
const ZONE_HEADING_OPENINGS = new Uint8Array(26 * 26);
for (const opening of [
  ...['co', 're', 'di', 'le', 'jo', 'wh', 'th'],
  ...['re', 'yo', 'mo', 'la', 'po', 'tr', 'fu', 'ke', 'up', 'se'],
])
  ZONE_HEADING_OPENINGS[(opening.charCodeAt(0) - 97) * 26 + opening.charCodeAt(1) - 97] = 1;

/**
 * False when neither COMMENTS_HEADING nor RELATED_HEADING can match `text`: it opens with neither a digit nor two
 * letters one of them opens with (tests/unit/metadata-zones.test.ts). 10 MB of one-word blocks: two regex calls
 * for each of 1.16 million blocks.
 */
export function mayBeZoneHeading(text: string): boolean {
  if (text.length < 2) return true;
  const a = text.charCodeAt(0);
  if (a >= 48 && a <= 57) return true;
  const b = text.charCodeAt(1);
  if (!isAsciiLetter(a) || !isAsciiLetter(b)) return false;
  return ZONE_HEADING_OPENINGS[((a | 32) - 97) * 26 + (b | 32) - 97] === 1;
}

const COMMENT_LINES = new Set(LANGUAGES.flatMap((l) => l.chrome.commentsHeading?.lines ?? []));
const COMMENT_PREFIXES = LANGUAGES.flatMap((l) => l.chrome.commentsHeading?.prefixes ?? []);
const COMMENT_NOUNS = new Set(LANGUAGES.flatMap((l) => l.countNouns.comments));
const COMMENTS_ON = LANGUAGES.flatMap((l) => l.countNouns.commentsOn);
const RELATED_LINES = new Set(LANGUAGES.flatMap((l) => l.chrome.relatedHeading?.lines ?? []));

/**
 * The first two characters of every vocabulary heading's key ("ko" of "kommentare", "le" of "lesen sie auch"),
 * a one-character heading whole; a count opens with a digit ("12 Kommentare").
 */
const HEADING_OPENINGS = new Set<string>();
for (const entry of [...COMMENT_LINES, ...COMMENT_PREFIXES, ...RELATED_LINES])
  HEADING_OPENINGS.add(entry.slice(0, 2));

/**
 * False when no vocabulary heading can match `text` (trimmed, as blockZones reads it): its key (headingKey) would
 * open with two characters no heading opens with. The key opens with the text's first two characters, lower-cased,
 * a curly single quote straight and white space one space; a text of under three characters, a first or second
 * character that lower-cases into two or with the context (Σ), or outside the BMP, is taken as maybe. Most short
 * blocks after the article are menu entries and teasers: their key is not made (10 MB of DEV pages: a hundred
 * thousand of them).
 */
export function mayBeVocabularyHeading(text: string): boolean {
  if (HEADING_OPENINGS.has('') || text.length < 3) return true;
  const a = text.charCodeAt(0);
  if (a >= 48 && a <= 57) return true;
  const first = keyChar(a, text.charAt(0));
  const second = keyChar(text.charCodeAt(1), text.charAt(1));
  if (first === null || second === null) return true;
  return HEADING_OPENINGS.has(first + second);
}

/** A character of a text as its heading key has it; null when that depends on more than the character. */
function keyChar(code: number, char: string): string | null {
  if (code === 0x2018 || code === 0x2019) return "'";
  if (code === 0x03a3 || (code >= 0xd800 && code <= 0xdfff)) return null;
  if (isJsSpace(code)) return ' ';
  const lower = char.toLowerCase();
  return lower.length === 1 ? lower : null;
}

/** A heading's key: lower case, straight quotes, one space, no trailing colon, count or arrow. */
export function headingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/\s*(?:\(\d+\)|[:›»→]|\.{3}|…)\s*$/u, '')
    .trim();
}

/** A comment-thread heading of any vocabulary language (the English pattern aside), by its heading key. */
export function vocabularyCommentsHeading(key: string): boolean {
  if (COMMENT_LINES.has(key)) return true;
  if (COMMENT_PREFIXES.some((prefix) => key.startsWith(prefix))) return true;
  // "12 Kommentare", "3 réponses", "12 Gedanken zu „…“".
  const count = /^\d+ (.+)$/u.exec(key);
  if (!count) return false;
  return COMMENT_NOUNS.has(count[1]!) || COMMENTS_ON.some((on) => count[1]!.startsWith(`${on} `));
}

/** A related-list heading of any vocabulary language (the English pattern aside), by its heading key. */
export function vocabularyRelatedHeading(key: string): boolean {
  return RELATED_LINES.has(key);
}

/** A related list runs this many blocks past its heading. */
const RELATED_SPAN = 20;
/** A comment thread is only believed in the last part of the page. */
const COMMENTS_FROM_SHARE = 0.35;

export function blockZones(cleaned: CleanResult, anchor: number | null = null): Zones {
  const total = cleaned.blocks.length;
  const excluded = new Blocks(total);
  const bios = new Set(
    cleaned.removed.filter((item) => item.kind === 'author-bio').map((item) => item.block),
  );
  // Index loops: a for-of over an array made an iteration result per element here (a million on 10 MB of tiny
  // blocks).
  const { removed, blocks } = cleaned;
  for (let k = 0; k < removed.length; k++) {
    const item = removed[k]!;
    if (item.kind === 'comments' || item.kind === 'related') excluded.add(item.block);
  }
  // The vocabulary's headings are believed after the article's last kept block only: inside the article or
  // its header, "Kommentar" is a section (an opinion piece), "Leserkommentare" a link, "Lesen Sie auch" a box.
  const lastBody = cleaned.body.at(-1)?.index ?? total;
  const firstBody = cleaned.body[0]?.index ?? -1;
  // A comment thread follows the article: a "Comments" heading before the headline or the article's first kept
  // block is a menu entry or a jump link ("Feed on · Posts · Comments", "Share · Print · Comment"), and taking it
  // for a thread excluded the headline's byline and dateline with the rest of the page.
  const threadAfter = Math.max(anchor ?? -1, firstBody);
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    const text = block.text.trim();
    if (text.length > 60) continue;
    // The heading key, made once for both vocabulary tests, for a text that may be a vocabulary heading (by a
    // scan of its lower case when it needs none of headingKey's replaces: zones-fast.ts).
    const after = block.index > lastBody && mayBeVocabularyHeading(text);
    const key = after ? (simpleHeadingKey(text) ?? headingKey(text)) : '';
    const english = mayBeZoneHeading(text);
    if (
      ((english && COMMENTS_HEADING.test(text)) || (after && vocabularyCommentsHeading(key))) &&
      block.index >= total * COMMENTS_FROM_SHARE &&
      block.index > threadAfter
    ) {
      excluded.addRest(block.index);
    } else if (
      ((english && RELATED_HEADING.test(text)) || (after && vocabularyRelatedHeading(key))) &&
      (anchor === null || block.index > anchor)
    ) {
      // Menus above the headline also say "Latest News": only lists after the headline count.
      // The list ends where an author box starts: a name line over the bio the cleaner removed; one between the
      // headline and the article ends where the article starts (a teaser's "Read More", a "Related Posts" box).
      for (let i = block.index; i < Math.min(total, block.index + RELATED_SPAN); i++) {
        if (i > block.index && (bios.has(i) || bios.has(i + 1) || i === firstBody)) break;
        excluded.add(i);
      }
    }
  }
  // After the article, a byline or dateline between two excluded blocks is one of their list's entries: the date
  // or the author of a related teaser the cleaner did not mark as the list's ("Teaser · Learn more · December 16,
  // 2025 · Teaser"), which otherwise stood out as the page's one date.
  for (let k = 0; k < removed.length; k++) {
    const item = removed[k]!;
    const i = item.block;
    if ((item.kind === 'byline' || item.kind === 'dateline') && i > lastBody && i + 1 < total)
      if (excluded.has(i - 1) && excluded.has(i + 1)) excluded.add(i);
  }
  const late = new Blocks(total);
  if (cleaned.body.length > 0) late.addRest(lastBody + 1);
  return { excluded, late };
}

/**
 * The reach of the readers that look for the article's own byline and dateline (extractAuthors, extractDates):
 * this many blocks on each side of the page's start and end, the headline and the body's first and last block.
 * A byline or a dateline stands in the article's header, at its end or in the page's header and footer: on a
 * 10 MB input (a million blocks) the readers need not ask every block, and their cost stops growing with it.
 * The largest page of dev/, multi/ and check/ has 2,269 blocks: every page of up to 2 × READ_REACH + 1 blocks is
 * read whole (the windows around its start and its end meet), so real pages are read exactly as before.
 */
export const READ_REACH = 2500;

/**
 * The page as the byline and dateline readers see it. A page of up to 2 × READ_REACH + 1 blocks is `cleaned`
 * itself. A larger one is a copy whose `blocks` still hold every block at its index (neighbours, `length` and
 * look-ups by index are unchanged) but whose iteration (`for … of`, spread) visits only the blocks within
 * READ_REACH of the page's start, its end, the headline and the body's first and last block; its `body` and
 * `removed` hold the kept blocks and the removed lines among those. Readers loop `for (const block of cleaned.blocks)`: this is the one place their
 * reach is bounded.
 */
export function readerView(cleaned: CleanResult, anchor: number | null): CleanResult {
  const ranges = readerRanges(cleaned, anchor);
  if (ranges === null) return cleaned;
  const all = cleaned.blocks;
  const blocks = all.slice();
  Object.defineProperty(blocks, Symbol.iterator, {
    value: function* windowed(): Generator<Block> {
      for (const [from, to] of ranges) for (let i = from; i < to; i++) yield all[i]!;
    },
  });
  return {
    ...cleaned,
    blocks,
    body: withinRanges(cleaned.body, ranges, (block) => block.index),
    removed: withinRanges(cleaned.removed, ranges, (item) => item.block),
  };
}

/**
 * The block ranges [from, to) `readerView` shows of a page larger than 2 × READ_REACH + 1 blocks: within READ_REACH
 * of its start, its end, the headline and the body's first and last block. Null for a page read whole.
 */
export function readerRanges(cleaned: CleanResult, anchor: number | null): [number, number][] | null {
  const total = cleaned.blocks.length;
  if (total <= 2 * READ_REACH + 1) return null;
  return readRanges(total, [
    0,
    total - 1,
    anchor,
    cleaned.body[0]?.index ?? null,
    cleaned.body.at(-1)?.index ?? null,
  ]);
}

/** The items of `list` whose block is in one of `ranges` (a removed list is not always in block order). */
export function withinRanges<T>(
  list: readonly T[],
  ranges: readonly [number, number][],
  blockOf: (item: T) => number,
): T[] {
  const kept: T[] = [];
  for (let k = 0; k < list.length; k++) {
    const block = blockOf(list[k]!);
    for (let r = 0; r < ranges.length; r++) {
      const [from, to] = ranges[r]!;
      if (block >= from && block < to) {
        kept.push(list[k]!);
        break;
      }
    }
  }
  return kept;
}

/** The disjoint, ordered ranges [from, to) within READ_REACH of the centres (null: none), clipped to the page. */
export function readRanges(total: number, centres: readonly (number | null)[]): [number, number][] {
  const spans = centres
    .filter((centre): centre is number => centre !== null)
    .map((centre): [number, number] => [
      Math.max(0, centre - READ_REACH),
      Math.min(total, centre + READ_REACH + 1),
    ])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}
