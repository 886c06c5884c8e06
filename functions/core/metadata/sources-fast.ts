/**
 * sources.ts's `extractSources` with a test of a line's first characters before each pattern: the same sources
 * in the same order (the properties of tests/unit/sources-fast.test.ts).
 *
 * The plain version numbers every text of the page to read each once, then runs six patterns on every line:
 * 10 MB of one-word blocks (1.16 million lines) spent 0.44 s there (node --cpu-prof), a third of it numbering
 * the texts. Each pattern needs a character the line mostly lacks: a "(" in its first 61 characters (dateline),
 * a dash (sign-off), an opening letter (credit line, "Source:", copyright, byline: labels.ts's `labelStarts`).
 * A text read twice only finds sources found already (the list keeps the first of each), so texts are read
 * as they come, without numbering them.
 */
import type { CleanResult } from '../types.ts';
import { labelPatterns } from './labels.ts';
import {
  agenciesOfCreditLine,
  agencyName,
  bylineAgencies,
  COPYRIGHT_CREDIT,
  CREDIT_LINE,
  datelineAgency,
  MAX_BYLINE,
  MAX_CREDIT_CHARS,
  SOURCE_CREDIT_FIRST,
  signoffAgency,
  splitCredits,
  WEAK_CREDIT,
} from './sources.ts';
import { withinRanges } from './zones.ts';

const BYLINE = labelPatterns(null);
/** What CREDIT_LINE needs first: an optional "(" and white space, then the first letter of "this", "with" or "information". */
const CREDIT_START = /^\(?\s*[twi]/i;

/**
 * See `extractSources` (sources.ts). With `ranges` (zones.ts `readerRanges`, a page of more than 2 × READ_REACH + 1
 * blocks), only the blocks in those ranges and the removed lines of those blocks are read: a dateline, a sign-off or
 * a credit stands at the article's start or end or in the page's header or footer, and 10 MB of one-word blocks
 * (1.16 million) spent ~0.13 s reading every line. The largest page of dev/, multi/ and check/ has 2,269 blocks:
 * every real page is read whole.
 */
export function extractSourcesFast(
  cleaned: CleanResult,
  fromCredits: readonly string[] = [],
  ranges: readonly [number, number][] | null = null,
): string[] {
  const found: string[] = [];
  const add = (name: string | null) => {
    if (name && !found.includes(name)) found.push(name);
  };
  const read = (text: string) => {
    if (text.indexOf('\n') < 0) readLine(text, add);
    else for (const line of text.split('\n')) readLine(line, add);
  };
  // By index: a for-of over a page of a million blocks makes an iteration result per block (~44 MiB).
  const blocks = cleaned.blocks;
  const removed =
    ranges === null ? cleaned.removed : withinRanges(cleaned.removed, ranges, (item) => item.block);
  for (const [from, to] of ranges ?? [[0, blocks.length] as const])
    for (let i = from; i < to; i++) read(blocks[i]!.text);
  for (let i = 0; i < removed.length; i++) read(removed[i]!.text);
  for (const agency of fromCredits) add(agency);
  return found;
}

function readLine(line: string, add: (name: string | null) => void): void {
  const trimmed = line.trim();
  const length = trimmed.length;
  if (length === 0) return;
  // The dateline's "(" is the line's first, within its first 61 characters.
  const paren = trimmed.indexOf('(');
  if (paren >= 0 && paren <= 60) {
    const dateline = datelineAgency(trimmed);
    if (dateline) add(agencyName(dateline));
  }
  if (length > MAX_CREDIT_CHARS) {
    if (maySignOff(trimmed, length - 40)) {
      const tail = signoffAgency(trimmed.slice(-40));
      if (tail) add(agencyName(tail));
    }
    return;
  }
  const first = trimmed.charCodeAt(0);
  if (CREDIT_START.test(trimmed)) {
    const credit = trimmed.match(CREDIT_LINE);
    if (credit) for (const name of splitCredits(credit[1] ?? '')) add(name);
  }
  // Every language's source-credit phrases ("Quelle: dpa", "(avec AFP)"), tested where the line opens as one can.
  if (
    SOURCE_CREDIT_FIRST.has(
      first < 128
        ? String.fromCharCode(first | (first >= 65 && first <= 90 ? 32 : 0))
        : trimmed.charAt(0).toLowerCase(),
    )
  )
    for (const name of agenciesOfCreditLine(trimmed)) add(name);
  // "Source", "Courtesy", "Via" (ASCII letters: the pattern ignores case without Unicode folding).
  const lower = first | 32;
  if (lower === 115 || lower === 99 || lower === 118) {
    const weak = trimmed.match(WEAK_CREDIT);
    if (weak) for (const part of (weak[1] ?? '').split(/\s*(?:,|;|\band\b|&|\/)\s*/i)) add(agencyName(part));
  }
  if (maySignOff(trimmed, 0)) {
    const signoff = signoffAgency(trimmed);
    if (signoff) add(agencyName(signoff));
  }
  // "©", "(c)", "Copyright"; any other non-ASCII opening is left to the pattern.
  if (first === 40 || lower === 99 || first >= 128) {
    const copyright = trimmed.match(COPYRIGHT_CREDIT);
    if (copyright) add(agencyName(copyright[1] ?? ''));
  }
  // "By Lena Fischer, Reuters", "Von Max Muster, dpa", "Par Claire Monnier (avec AFP)": agencies on the byline.
  if (length <= MAX_BYLINE && (first >= 128 || BYLINE.labelStarts.has(trimmed.charAt(0)))) {
    const byline = trimmed.match(BYLINE.byline);
    if (byline) for (const name of bylineAgencies(byline[1] ?? byline[2] ?? '')) add(name);
  }
}

/** sources.ts's SIGNOFF_CREDIT can match in `text` from `from` on: a dash there, or the text closes on ")" or ")." (the
 * parenthesised agency). */
function maySignOff(text: string, from: number): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 41 || (last === 46 && text.charCodeAt(text.length - 2) === 41) || hasDash(text, from);
}

/** A hyphen, en dash or em dash at or after `from`. */
function hasDash(text: string, from: number): boolean {
  for (let k = Math.max(0, from); k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 45 || c === 0x2013 || c === 0x2014) return true;
  }
  return false;
}
