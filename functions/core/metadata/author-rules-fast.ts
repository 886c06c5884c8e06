/**
 * author-rules.ts's block readers behind cheap gates, with the same output (tests/unit/metadata-author-rules-fast
 * .test.ts proves each equal to the plain reader with fast-check, and ruleCandidates with them equal to it with
 * the plain ones). ruleCandidates asks every block of the page each reader in turn; most blocks are paragraphs,
 * menu entries and headings that no reader takes, and each gate is a necessary condition of its reader that costs
 * a character or a lexicon look-up:
 *
 * - a label or byline opens with one of the first two characters of the vocabulary's labels (`labelPairCodes`);
 * - a bare name line has a known given name as its first word (the name it gives is the tidied line itself);
 * - a one-word name over a bio has that bio within three blocks, opening with the name's first word, or a
 *   first-person bio right under it;
 * - a byline line is at most 160 characters long;
 * - a glued post line holds "D, YYYY".
 */
import type { Block, CleanResult } from '../types.ts';
import { isJsSpace, wordEnd } from '../whitespace.ts';
import {
  type BlockReaders,
  bareNameLine,
  explicitByline,
  gluedPostMeta,
  joinedLines,
  LEADING_SEPARATOR,
  labelledNames,
  segmentNames,
  singleNameOverBio,
} from './author-rules.ts';
import type { LabelPatterns } from './labels.ts';
import { hasTrailingBylineFast } from './labels-fast.ts';
import { isGivenName, TRAILING_PUNCTUATION } from './names.ts';

/** Index of the first character of `text` that String.prototype.trim keeps (text.length when none). */
function firstKept(text: string, from = 0): number {
  let i = from;
  while (i < text.length && isJsSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The end of `text[from, to)` without the white space String.prototype.trim drops there. */
function lastKept(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isJsSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** explicitByline's longest line (its MAX_BYLINE): a longer one is prose. */
const MAX_BYLINE = 160;

/**
 * Could a label pattern (case-insensitive, Unicode) match at `i`: the two characters there, lower-cased, open a
 * label (`labelPairCodes`; ASCII white space read as one space, as the patterns take any white space between words), or
 * one of them is not ASCII (case folding maps some non-ASCII characters onto ASCII letters: "ſ", the Kelvin sign;
 * a label may open with a non-ASCII letter, "über", or white space, U+00A0). Every label is two characters at least.
 */
export function mayOpenLabel(text: string, i: number, labels: LabelPatterns): boolean {
  if (i + 1 >= text.length) return false;
  const first = text.charCodeAt(i);
  const second = text.charCodeAt(i + 1);
  if (first > 127 || second > 127) return true;
  return labels.labelPairCodes[128 * lowerAscii(first) + lowerAscii(second)] === 1;
}

/** An ASCII character lower-cased, ASCII white space (what `\s` matches below 128) as a space. */
function lowerAscii(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 32;
  return (code >= 0x09 && code <= 0x0d) || code === 0x20 ? 0x20 : code;
}

/** Whether joinedLines of the text's lines is at most MAX_BYLINE long, read without building it. */
function joinedFits(text: string): boolean {
  let length = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const from = firstKept(text, start);
    if (from < end) {
      length += (length > 0 ? 1 : 0) + lastKept(text, from, end) - from;
      if (length > MAX_BYLINE) return false;
    }
    start = end + 1;
  }
  return true;
}

/**
 * explicitByline behind a gate per line: a line neither opening with a label character nor holding a byline word
 * after a date matches none of its patterns.
 */
function explicitBylineFast(block: Block, blocks: Block[], labels: LabelPatterns): string[] {
  const text = block.text;
  let start = 0;
  let any = false;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const at = firstKept(text, start);
    if (at < end) {
      // The plain reader drops one leading separator ("| By Lisa Duffy"): look past it.
      const c = text.charCodeAt(at);
      const opener = c === 0x7c || c === 0x2022 || c === 0xb7 || c === 0x2014 || c === 0x2013;
      if (opener) {
        const line = text.slice(at, end).trim().replace(LEADING_SEPARATOR, '');
        if (
          line.length <= MAX_BYLINE &&
          (mayOpenLabel(line, 0, labels) || hasTrailingBylineFast(line, labels))
        ) {
          any = true;
          break;
        }
      } else if (
        lastKept(text, at, end) - at <= MAX_BYLINE &&
        (mayOpenLabel(text, at, labels) || hasTrailingBylineFast(text.slice(at, end).trim(), labels))
      ) {
        any = true;
        break;
      }
    }
    start = end + 1;
  }
  // A block that is a label alone opens with it, so its first line passed the gate; so does a joined block
  // that opens with a label. One joined with a byline word after a date is tested whole.
  if (!any && text.includes('\n') && joinedFits(text)) {
    any = hasTrailingBylineFast(joinedLines(text.split('\n')).replace(LEADING_SEPARATOR, ''), labels);
  }
  if (!any) return [];
  return explicitByline(block, blocks, labels);
}

/**
 * labelledNames when the block opens like a label, or can be a short name line over an "Author" label: one line of
 * 50 characters at most, the next block opening as ROLE_LABEL_UNDER's words do ("Author", "Writer", "Guest author",
 * "Staff writer", "Contributor": an ASCII a, w, g, s or c in either case; its `i` flag without `u` matches no other
 * character to them).
 */
function labelledNamesFast(block: Block, blocks: Block[], labels: LabelPatterns, foreign: boolean): string[] {
  const text = block.text;
  if (
    !mayOpenLabel(text, firstKept(text), labels) &&
    (text.length > 50 || text.includes('\n') || !mayOpenRoleLabel(blocks[block.index + 1]?.text ?? ''))
  )
    return [];
  return labelledNames(block, blocks, labels, foreign);
}

function mayOpenRoleLabel(text: string): boolean {
  const at = firstKept(text);
  if (at >= text.length) return false;
  const c = text.charCodeAt(at) | 0x20;
  return c === 0x61 || c === 0x77 || c === 0x67 || c === 0x73 || c === 0x63;
}

/** startsWithLabel with its two anchored patterns asked only of a line opening like a label. */
export function startsWithLabelFast(text: string, labels: LabelPatterns): boolean {
  return (
    (mayOpenLabel(text, 0, labels) && (labels.byline.test(text) || labels.authorLabel.test(text))) ||
    hasTrailingBylineFast(text, labels)
  );
}

/**
 * A segment without a label gives names of two words only (segmentNames), and every such name ends in a word opening
 * with a capital after a white space: "Jane Roe", "Sports Desk"; "News desk" ends in a small letter, and one name with
 * a credential ("Jane,MD" → "Jane, MD") has its comma, not a space, before the capital.
 */
const MAY_NAME = /[\s,].*\p{Lu}|\sdesk/su;

/**
 * segmentNames for a segment opening like a label or holding a white space (or a comma) with a capital after it:
 * most segments of the header and of the page's end are one word or a phrase in small letters, and give no name.
 */
export function segmentNamesFast(segment: string, labels: LabelPatterns, labelledAbove = false): string[] {
  if (!mayOpenLabel(segment, 0, labels) && !MAY_NAME.test(segment)) return [];
  return segmentNames(segment, labels, labelledAbove);
}

const HONORIFIC_WORD = /^(?:dr|mr|mrs|ms|mx|prof|sir|dame|rev|hon)\.?$/i;

/** Where the first word of a line starts: past the white space and the openers ("'“”‘’([@) tidyName strips. */
function leadingEnd(text: string): number {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (
      isJsSpace(c) ||
      c === 0x22 || // "
      c === 0x27 || // '
      c === 0x201c ||
      c === 0x201d ||
      c === 0x2018 ||
      c === 0x2019 ||
      c === 0x28 || // (
      c === 0x5b || // [
      c === 0x40 // @
    )
      i++;
    else break;
  }
  return i;
}

/** The first word of the name a line would give (null when an honorific comes first: no shortcut then). */
function firstWord(text: string): string | null {
  const from = leadingEnd(text);
  const word = text.slice(from, wordEnd(text, from));
  return HONORIFIC_WORD.test(word) ? null : word;
}

/**
 * A name's first word opens with a capital (personName's /^\p{Lu}/u): an ASCII character other than A-Z opens
 * none. (`word` is no honorific: tidyName drops "dr." before "Jane Roe".)
 */
function opensWithoutCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 && (c < 0x41 || c > 0x5a);
}

/**
 * bareNameLine when the line's first word opens with a capital, another word follows it (two words at least), and
 * it is a known given name (its name must pass looksLikeGivenNameFirst): most short blocks are one word ("Home",
 * "Share") and never reach the lexicon.
 */
function bareNameLineFast(text: string): string | null {
  if (text.length > 50 || text.includes('\n')) return null;
  const from = leadingEnd(text);
  const end = wordEnd(text, from);
  const word = text.slice(from, end);
  if (!HONORIFIC_WORD.test(word)) {
    if (word.length === 0 || opensWithoutCapital(word) || firstKept(text, end) >= text.length) return null;
    if (!isGivenName(word)) return null;
  }
  return bareNameLine(text);
}

const FIRST_PERSON = /^(?:(?:Hi|Hello|Hey)[,!.]?\s+)?(?:I['’]m|I\s+am)\s/u;

/** singleNameOverBio when a block of the next three opens with the name's first word, or the next is a first-person bio. */
function singleNameOverBioFast(block: Block, blocks: Block[]): string | null {
  const text = block.text;
  if (text.length > 30 || text.includes('\n')) return null;
  // Most short blocks ("Home", "Share") open with a capital no block of the next three opens with: no bio can
  // follow them, known before the first word is cut out. (An honorific's initial may open "Dr. Jane Roe", whose
  // bio opens with "Jane": those go the long way.)
  const c = text.charCodeAt(leadingEnd(text));
  if (c >= 0x41 && c <= 0x5a && !HONORIFIC_INITIAL.has(c) && !opensNext(blocks, block.index, c)) return null;
  const word = firstWord(text);
  if (word !== null) {
    if (word.length > 0 && opensWithoutCapital(word)) return null;
    // The name's first word is this word, less what tidyName strips from the end of a one-word line.
    const first = word.replace(TRAILING_PUNCTUATION, '');
    let possible = false;
    for (let offset = 1; offset <= 3 && !possible; offset++) {
      const next = blocks[block.index + offset];
      if (!next) break;
      possible = next.text.startsWith(first) || (offset === 1 && FIRST_PERSON.test(next.text));
    }
    if (!possible) return null;
  }
  return singleNameOverBio(block, blocks);
}

/** The initials of HONORIFIC_WORD's words in upper case (D, M, P, S, R, H). */
const HONORIFIC_INITIAL = new Set([0x44, 0x4d, 0x50, 0x53, 0x52, 0x48]);

/**
 * Whether one of the three blocks after `index` (up to the first missing one) opens with code unit `c`, or the next
 * opens as a first-person bio does ("I", "Hi", "Hello", "Hey").
 */
function opensNext(blocks: Block[], index: number, c: number): boolean {
  for (let offset = 1; offset <= 3; offset++) {
    const next = blocks[index + offset];
    if (!next) return false;
    const first = next.text.charCodeAt(0);
    if (first === c || (offset === 1 && (first === 0x49 || first === 0x48))) return true;
  }
  return false;
}

const DAY_COMMA_YEAR = /\d, \d{4}/;

/** gluedPostMeta over the blocks that hold "D, YYYY" (its pattern ends in "Month D, YYYY"). */
function gluedPostMetaFast(cleaned: CleanResult): ReturnType<typeof gluedPostMeta> {
  const blocks = cleaned.blocks.filter(
    (block) => block.text.length <= 400 && !block.text.includes('\n') && DAY_COMMA_YEAR.test(block.text),
  );
  return blocks.length === 0 ? null : gluedPostMeta({ ...cleaned, blocks });
}

export const FAST_READERS: BlockReaders = {
  labelledNames: labelledNamesFast,
  explicitByline: explicitBylineFast,
  bareNameLine: bareNameLineFast,
  singleNameOverBio: singleNameOverBioFast,
  gluedPostMeta: gluedPostMetaFast,
};
