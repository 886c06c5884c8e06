import { headlinePart } from '../cleaning/title.ts';
import { LIST_ITEM } from '../layout/unwrap.ts';
import type { CleanResult, PageEvidence } from '../types.ts';
import { phrasePattern } from '../vocabulary/patterns.ts';
import { htmlTitles, siteNames } from './evidence.ts';
import { statesTitle } from './provenance.ts';

/** Longer than this, a "title" is a paragraph the cleaner mistook for one. */
const MAX_TITLE_CHARS = 300;

/**
 * " - " between a headline and its tagline or site ("Setting up an aquarium - A step by step guide"), on
 * English pages. German, Finnish, Italian … headlines type their dash as a spaced hyphen ("Luftfahrtbranche
 * hebt nach Corona ab - und FACC profitiert"): there the hyphen is part of the headline. Measured on DEV and
 * multi: cutting only on English (or unknown-language) pages kept DEV's titles and made multi's 0.648 -> 0.664.
 */
const HYPHEN = ' - ';
const HYPHEN_CUT_LANGUAGES: ReadonlySet<string | null> = new Set([null, 'en']);
/** " – " / " — " before a site name ("Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst"). */
const DASH = /\s[–—]\s([^–—]{2,40})$/;

/**
 * The headline as the cleaning stage detected it (it owns title detection), checked: one line,
 * trimmed, not a paragraph, without the site or tagline the page's <title> habit appends
 * ("Headline | Site", "Headline - Tagline" on an English page, "Headline – Site" when the site names itself so
 * elsewhere). `language`: the page's (null when unknown).
 * Null when the cleaner found none or the value fails the check.
 */
export function extractTitle(cleaned: CleanResult, language: string | null = null): string | null {
  let title = cleaned.title?.replace(/\s+/g, ' ').trim() ?? '';
  if (title.length === 0 || title.length > MAX_TITLE_CHARS) return null;
  title = headlinePart(title);
  title = withoutListNumber(title, cleaned);
  const hyphen = title.indexOf(HYPHEN);
  if (
    hyphen > 0 &&
    HYPHEN_CUT_LANGUAGES.has(language) &&
    title.slice(0, hyphen).trim().split(' ').length >= 2
  )
    title = title.slice(0, hyphen).trim();
  const dash = DASH.exec(title);
  if (dash && isSiteName(dash[1]!.trim(), cleaned)) title = title.slice(0, dash.index).trim();
  return inPageCase(title, cleaned);
}

/** A letter in lower case, a letter, a letter or a digit. */
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Words of letters a headline in capitals needs before its case is looked for (an acronym keeps its capitals). */
const CAPITALS_MIN_WORDS = 2;
/** Blocks longer than this are paragraphs: a headline's copy is in a short block (a breadcrumb, a list item, a caption). */
const TWIN_BLOCK_CHARS = 2000;

/**
 * A headline the page wrote in capitals alone, in the case the page writes it elsewhere: a converter that sets
 * headings in capitals (html-to-text's default: "HOW TO BOOK A FLIGHT FOR BEGINNERS") loses the headline's case,
 * and its copy in the breadcrumb, a related list or a share link keeps it ("* How to Book a Flight for Beginners").
 * The copy is the same words at word boundaries, its first letter a capital and some letter in lower case (not a
 * sentence that says the words in passing: "… go back to how to book a flight for beginners."); a copy that fills
 * its line (after a list's mark) is taken before one inside a longer line. Without a copy the capitals stay: a case
 * guessed word by word would be text the page never wrote.
 */
function inPageCase(title: string, cleaned: CleanResult): string {
  if (LOWER.test(title)) return title;
  const words = title.split(' ').filter((word) => LETTER.test(word));
  if (words.length < CAPITALS_MIN_WORDS) return title;
  const pattern = new RegExp(phrasePattern(title), 'giu');
  let inside: string | null = null;
  for (const block of cleaned.blocks) {
    const text = block.text;
    if (text.length > TWIN_BLOCK_CHARS) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const copy = match[0];
      const end = match.index + copy.length;
      if (!LOWER.test(copy) || !startsWithCapital(copy)) continue;
      if (WORD_CHAR.test(text.charAt(match.index - 1)) || WORD_CHAR.test(text.charAt(end))) continue;
      const twin = copy.replace(/\s+/g, ' ');
      if (fillsLine(text, match.index, end)) return twin;
      inside ??= twin;
    }
  }
  return inside ?? title;
}

/** The first letter of the text is a capital. */
function startsWithCapital(text: string): boolean {
  for (const char of text) if (LETTER.test(char)) return char !== char.toLowerCase();
  return false;
}

/** Nothing but a list item's mark (unwrap.ts LIST_ITEM) or white space stands beside [start, end) in its line. */
function fillsLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const before = text.slice(lineStart, start);
  const mark = LIST_ITEM.exec(before);
  return (
    before.slice(mark?.[0].length ?? 0).trim() === '' &&
    text.slice(end, lineEnd < 0 ? text.length : lineEnd).trim() === ''
  );
}

/** An ordered list's number before an item's text ("3. Klatch Coffee", "5) Erinnerung an …"). */
const LIST_NUMBER = /^(\d{1,3})[.)]\s+(?=\S)/;

/**
 * The headline without the number a text dump gave it as an item of an ordered list (a breadcrumb rendered by
 * lynx or elinks: "1. Home" / "2. Politik" / "3. Erinnerung an …"), when the page shows the list's item before
 * it (after it, for the first) and the headline without the number on a line of its own (a kicker before it). A number that is the
 * headline's own stays: "15. Zukunftsforum Ländliche Entwicklung" (an ordinal) and "1. FC Köln gewinnt" stand in
 * no such list.
 */
function withoutListNumber(title: string, cleaned: CleanResult): string {
  const number = LIST_NUMBER.exec(title);
  if (number === null) return title;
  const rest = title.slice(number[0].length);
  const n = Number(number[1]);
  const neighbour = new RegExp(`^${n > 1 ? n - 1 : 2}[.)]\\s+\\S`);
  let shown = false;
  let listed = false;
  const read = (text: string) => {
    if (text.length > 5000) return;
    for (const raw of text.split('\n')) {
      const line = raw.replace(/\s+/g, ' ').trim();
      // Alone, or after a kicker the headline's element glues to it ("Holocaust-Gedenktag Erinnerung an …").
      if (line === rest || (line.endsWith(rest) && line.charCodeAt(line.length - rest.length - 1) === 32))
        shown = true;
      else if (neighbour.test(line)) listed = true;
    }
  };
  // Every block of the page, removed or kept (a removed item is a block's text or a line of one).
  for (const block of cleaned.blocks) read(block.text);
  return shown && listed ? rest : title;
}

/** Letters and digits only, lower-cased: "Bridgestone Tires" and "bridgestonetires" meet. */
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The page calls itself so: the name is a copyright holder ("© Artlyst 2025") or a line of its own
 * (the logo text), and short (a site name, not a subtitle); never a hashtag.
 */
function isSiteName(name: string, cleaned: CleanResult): boolean {
  // A hashtag ("Interview mit Rainer Teuber – #OutInChurch") is the story's tag, shown as a line of its own too.
  if (name.startsWith('#') || name.split(' ').length > 4) return false;
  const key = squash(name);
  if (key.length < 3) return false;
  const texts = [...cleaned.removed.map((item) => item.text), ...cleaned.blocks.map((block) => block.text)];
  for (const text of texts) {
    if (text.length > 200) continue;
    if (squash(text) === key) return true;
    const copyright = /(?:©|\(c\)|copyright)\s*(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?([^.,|]{2,60})/i.exec(text);
    if (copyright && squash(copyright[1]!.replace(/\b\d{4}\b|all rights reserved/gi, '')).startsWith(key))
      return true;
  }
  return false;
}

/**
 * An extractor's text with the title stated beside it (a JSON item's field, front matter, a reader's header, a feed
 * item's, an extractor's XML): the extractor took the headline out of its text, so a section heading the cleaner
 * took for the headline (an <h2>, "## …") is the article's first heading. When the stated title is the record's
 * (neither it nor any title the page declares holds that heading or is held by it: provenance.ts rankTitle takes
 * the stated one then), the heading stays in the body at its place; an <h1> or a line that is no heading stays the
 * replaced headline (audit.ts withReplacedHeadline). Reader renders of DEV: 51 of the 56 headings so replaced are in
 * the gold's body, 28 of the 50 other lines.
 */
export function withStatedTitle(
  cleaned: CleanResult,
  evidence: PageEvidence | null,
  url: string | null | undefined,
): CleanResult {
  const block = cleaned.titleBlock === null ? undefined : cleaned.blocks[cleaned.titleBlock];
  if (block === undefined || (block.hints?.heading ?? 1) < 2 || !statesFields(evidence)) return cleaned;
  // The titles as the metadata stage reads them (index.ts analyseMetadata: the site's names cut).
  const titles = htmlTitles(evidence, siteNames(evidence, url));
  if (titles.length === 0 || !statesTitle(titles[0]!.source)) return cleaned;
  const line = squash(block.text);
  if (line === '' || titles.some(({ value }) => squash(value).includes(line) || line.includes(squash(value))))
    return cleaned;
  const body = cleaned.body.slice();
  let at = body.length;
  while (at > 0 && body[at - 1]!.index > block.index) at--;
  body.splice(at, 0, block);
  return { ...cleaned, title: null, titleBlock: null, titleProbability: undefined, body };
}

/**
 * The evidence holds a field a file states beside its text (front matter, or a JSON, feed or extractor entry): an
 * HTML head alone states none, and its titles need not be read here (analyseMetadata reads them).
 */
function statesFields(evidence: PageEvidence | null): evidence is PageEvidence {
  return (
    evidence !== null &&
    (evidence.declaredIn !== undefined || evidence.meta.some((entry) => entry.declaredIn !== undefined))
  );
}
