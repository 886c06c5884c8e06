/**
 * author-rules.ts's block readers behind cheap gates, with the same output (tests/unit/metadata-author-rules-fast
 * .test.ts proves each equal to the plain reader with fast-check, and ruleCandidates with them equal to it with
 * the plain ones). ruleCandidates asks every block of the page each reader in turn; most blocks are paragraphs,
 * menu entries and headings that no reader takes, and each gate is a necessary condition of its reader that costs
 * a character or a lexicon look-up:
 *
 * - a label or byline opens with one of the first characters of the vocabulary's labels (labels.ts's
 *   `mayOpenLabel`), and a byline after a date holds a byline word (`hasTrailingByline`): these per-line facts are
 *   found once per page (author-lines.ts) and shared with authors.ts's readers;
 * - a bare name line has a known given name as its first word (the name it gives is the tidied line itself);
 * - a one-word name over a bio has that bio within three blocks, opening with the name's first word, or a
 *   first-person bio right under it;
 * - a byline line is at most 160 characters long;
 * - a glued post line holds "D, YYYY".
 */
import type { Block, CleanResult } from '../types.ts';
import { isJsSpace } from '../whitespace.ts';
import type { LineFacts, PageLines } from './author-lines.ts';
import {
  type BlockReaders,
  BYLINE_SEPARATOR,
  bareNameLine,
  bylineOnLine,
  gluedPostMeta,
  labelledNames,
  namesAfterLabel,
  singleNameOverBio,
  unlabelledNames,
} from './author-rules.ts';
import type { LabelPatterns } from './labels.ts';
import { isGivenName } from './names.ts';

/** Index of the first character of `text` that String.prototype.trim keeps (text.length when none). */
function firstKept(text: string, from = 0): number {
  let i = from;
  while (i < text.length && isJsSpace(text.charCodeAt(i))) i++;
  return i;
}

/** explicitByline's longest line (its MAX_BYLINE): a longer one is prose. */
const MAX_BYLINE = 160;

/**
 * Could bylineOnLine find a byline on the line: a label may open it (past one leading separator, which the plain
 * reader drops), or a byline follows a date on it. Its patterns match nowhere else.
 */
function mayHoldByline(line: LineFacts, lines: PageLines): boolean {
  const c = line.text.charCodeAt(0);
  if (c === 0x7c || c === 0x2022 || c === 0xb7 || c === 0x2014 || c === 0x2013) {
    const rest = line.text.replace(BYLINE_SEPARATOR, '');
    const labels = lines.labels;
    return rest.length <= MAX_BYLINE && (labels.mayOpenLabel(rest) || labels.hasTrailingByline(rest));
  }
  return (
    line.text.length > 0 && line.text.length <= MAX_BYLINE && (lines.mayLabel(line) || lines.trailing(line))
  );
}

/** explicitByline reading only the lines that may hold a byline, and a label-alone block only when one opens it. */
function explicitBylineFast(block: Block, blocks: Block[], lines: PageLines): string[] {
  const labels = lines.labels;
  for (const line of lines.of(block.index)) {
    if (!mayHoldByline(line, lines)) continue;
    const names = bylineOnLine(line.text, labels);
    if (names.length > 0) return names;
  }
  // labelOnly reads the trimmed block, which opens where its first line with text does.
  if (!labels.mayOpenLabel(block.text, firstKept(block.text))) return [];
  return namesAfterLabel(block, blocks, labels);
}

/** labelledNames when the block opens like a label, or can be a short name line over an "Author" label. */
function labelledNamesFast(block: Block, blocks: Block[], labels: LabelPatterns, foreign: boolean): string[] {
  const text = block.text;
  if ((text.length > 50 || text.includes('\n')) && !labels.mayOpenLabel(text, firstKept(text))) return [];
  return labelledNames(block, blocks, labels, foreign);
}

const HONORIFIC_WORD = /^(?:dr|mr|mrs|ms|mx|prof|sir|dame|rev|hon)\.?$/i;
const LEADING = /^[\s"'“”‘’([@]*/u;

/** The first word of the name a line would give (null when an honorific comes first: no shortcut then). */
function firstWord(text: string): string | null {
  const from = LEADING.exec(text)?.[0].length ?? 0;
  let end = from;
  while (end < text.length && !isJsSpace(text.charCodeAt(end))) end++;
  const word = text.slice(from, end);
  return HONORIFIC_WORD.test(word) ? null : word;
}

/** bareNameLine when the line's first word is a known given name (its name must pass looksLikeGivenNameFirst). */
function bareNameLineFast(text: string): string | null {
  if (text.length > 50 || text.includes('\n')) return null;
  const word = firstWord(text);
  if (word !== null && !isGivenName(word)) return null;
  return bareNameLine(text);
}

/**
 * unlabelledNames when the piece has a capital letter, and white space or a comma. Every name namesFromByline
 * gives holds a capital of the piece (a name's words open with one; a newsroom's last word does); a name of
 * two words holds a space, which only white space of the piece gives, or a comma before a credential
 * ("Jane,MD" → "Jane, MD"). About a third of the header's and the page end's pieces are one word or lower case.
 */
function unlabelledNamesFast(segment: string, labels: LabelPatterns): string[] {
  if (!CAPITAL.test(segment) || !SPACE_OR_COMMA.test(segment)) return [];
  return unlabelledNames(segment, labels);
}

const CAPITAL = /\p{Lu}/u;
const SPACE_OR_COMMA = /[\s,]/u;

const TRAILING = /[\s"'“”‘’)\],.;:|•·@-]+$/u;
const FIRST_PERSON = /^(?:(?:Hi|Hello|Hey)[,!.]?\s+)?(?:I['’]m|I\s+am)\s/u;

/** singleNameOverBio when a block of the next three opens with the name's first word, or the next is a first-person bio. */
function singleNameOverBioFast(block: Block, blocks: Block[]): string | null {
  const text = block.text;
  if (text.length > 30 || text.includes('\n')) return null;
  const word = firstWord(text);
  if (word !== null) {
    // The name's first word is this word, less what tidyName strips from the end of a one-word line.
    const first = word.replace(TRAILING, '');
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

const DAY_COMMA_YEAR = /\d, \d{4}/;

/** gluedPostMeta over the blocks that hold "D, YYYY" (its pattern ends in "Month D, YYYY"). */
function gluedPostMetaFast(cleaned: CleanResult): ReturnType<typeof gluedPostMeta> {
  const blocks = cleaned.blocks.filter(
    (block) => block.text.length <= 400 && !block.text.includes('\n') && DAY_COMMA_YEAR.test(block.text),
  );
  return blocks.length === 0 ? null : gluedPostMeta({ ...cleaned, blocks });
}

/** The fast readers of a page: `lines` are the page's blocks with its label patterns (what ruleCandidates passes). */
export function fastReaders(lines: PageLines): BlockReaders {
  return {
    labelledNames: labelledNamesFast,
    explicitByline: (block, blocks) => explicitBylineFast(block, blocks, lines),
    bareNameLine: bareNameLineFast,
    singleNameOverBio: singleNameOverBioFast,
    gluedPostMeta: gluedPostMetaFast,
    unlabelledNames: unlabelledNamesFast,
  };
}
