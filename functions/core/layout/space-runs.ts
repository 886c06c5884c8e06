/**
 * A page run into one line: a tag stripper over minified HTML (BeautifulSoup's `get_text()` with no separator,
 * a regex that deletes tags) keeps no line breaks, only the white space the source had between its elements
 * ("Kelia Losa Reinoso     August 25, 2025  15 min"). Such a line is the whole page, menus, headline and
 * paragraphs alike, and no reader can tell them apart. Where a long line is broken by many runs of three or more
 * spaces, each run is an element's end: the line's pieces become blocks, as the page's elements are in the blocks
 * layout (a sentence's words are one space apart; two after a full stop are no run). Where the source had no
 * white space between its elements at all, they are glued: "SearchComparing Different Types of Catering
 * ServicesLEONARDO GARCIASep 26, 20222 min readWhen you're planning …". A long line with many such glues (a lower-case
 * letter, then a capital and a lower-case letter; or a sentence's end right before a capital) is split at them
 * too. A camel-cased name ("YouTube", "NorthStar") is split as well, so only a line with many glues, and many per
 * word, is read so: a paragraph of prose has a brand name or two. Where the scraper joined the elements with one
 * space (`get_text(" ", strip=True)`, `" ".join(soup.stripped_strings)`), no mark is left between them but the
 * sentences' ends and the menus' runs of capitalised words: such a line is split into its sentences, and the run
 * of capitalised words before a sentence (a menu, a heading, a byline) from the sentence (flatPieces).
 */

import { type FoundDate, scanDates } from '../metadata/date-scan.ts';
import { alternation } from '../metadata/labels.ts';
import { isGivenName } from '../metadata/names.ts';
import { phrasesOf } from '../rules.ts';
import type { Block } from '../types.ts';
import { LANGUAGES } from '../vocabulary/index.ts';
import { escapePattern } from '../vocabulary/patterns.ts';
import { sentences } from '../words.ts';
import { countMatches, newBlock, renumbered } from './blocks.ts';

export const SPACE_RUNS = {
  /** A line this long or longer is read for runs… */
  minLineChars: 1000,
  /** …and split when it has this many of them. */
  minRuns: 5,
  /**
   * …or split at its glued elements when it has this many, and this many per 1,000 words (chosen on the DEV and
   * multi pages as `get_text()` writes them, bench:quality --layouts soup: 5, 10, 20, 40 per 1,000 words tried;
   * at 10 and 5 glues, 5 bench text pages' records change, their figures not).
   */
  minGlues: 5,
  minGluesPerThousandWords: 10,
  /**
   * …or split into its sentences and headings when it has this many runs of capitalised words (menus, a footer's
   * links) of this many words or more: one long paragraph of prose, a name or two of three words in it, has none.
   */
  minMenuRuns: 2,
  menuRunWords: 8,
  /**
   * …or one run this long: a menu of many entries, shown twice over at the page's top while its footer sits on a
   * line of its own (soup-spaced shingle4 F1 DEV / check / multi snippets 0.895 / 0.897 / 0.765 → 0.895 / 0.898 /
   * 0.767 at 16 and 24 alike; multi's date 0.433 → 0.439).
   */
  longMenuRunWords: 16,
};
/**
 * Where two elements were glued with nothing between them: after a lower-case letter or a digit ("…2024The city …"),
 * or a sentence's end right after a lower-case letter ("…min read.When"), before a capital and a lower-case letter.
 */
const GLUE = /(?<=[\p{Ll}\p{N}]|\p{Ll}[.!?])(?=\p{Lu}\p{Ll})/gu;
/** The glues counted: a lower-case letter, then a capital and a lower-case letter. */
const GLUE_COUNT = /\p{Ll}\p{Lu}\p{Ll}/gu;
const WORD = /\S+/gu;

/**
 * Most blocks share their input line with the block before them: this stage cut the page's long lines into
 * pieces (a page whose elements were joined by spaces). The cleaner then finds chrome by reading sentences and
 * menu runs instead of blocks (clean.ts), and the metadata readers' evidence is weaker (a headline, a byline or a
 * date line is a piece cut by a guess): their confidences are re-scaled (metadata/provenance.ts FLAT).
 */
export function arePiecesOfLines(blocks: readonly Block[]): boolean {
  let shared = 0;
  for (let i = 1; i < blocks.length; i++)
    if (blocks[i]!.line === blocks[i - 1]!.line && isPlain(blocks[i]!) && isPlain(blocks[i - 1]!)) shared++;
  return shared * 2 > blocks.length;
}

/**
 * A block of plain text, the only kind this stage cuts: an HTML page's blocks (which always carry hints) share
 * the line of a minified source without having been cut (134 of DEV's 370 HTML pages).
 */
const isPlain = (block: Block) => block.hints === undefined && block.markup === undefined;

/** A run of white space that ends an element: three or more spaces or tabs. */
const RUN = /[ \t\u00a0]{3,}/g;

/** The blocks, each long line of a plain block that runs elements together split at its runs of spaces or glues. */
export function withSpaceRunsSplit(blocks: Block[]): Block[] {
  // Most texts have no line this long: one length check per block settles them.
  if (!blocks.some((block) => block.markup === undefined && block.text.length >= SPACE_RUNS.minLineChars))
    return blocks;
  // A line joined by single spaces is read so only when the long lines are most of the text: the whole page on a
  // line or a few (a scraper that wrote each of the page's parts on a line: soup-spaced multi 0.767 -> 0.773).
  let chars = 0;
  let longChars = 0;
  for (const block of blocks) {
    chars += block.text.length;
    if (block.markup === undefined && block.text.length >= SPACE_RUNS.minLineChars)
      for (const line of block.text.split('\n'))
        if (line.length >= SPACE_RUNS.minLineChars) longChars += line.length;
  }
  const flatAllowed = 2 * longChars >= chars;
  const split = blocks.flatMap((block) =>
    block.markup === undefined && !block.hints?.code ? pieces(block, flatAllowed) : block,
  );
  if (split.length === blocks.length) return blocks;
  return renumbered(split);
}

/**
 * The block's lines, a long line with enough runs split into its pieces (a glued one at its glues too, a flat one
 * into its sentences and heads), each piece a block on that line.
 */
function pieces(block: Block, flatAllowed: boolean): Block | Block[] {
  // Most blocks are shorter than a page run into one line: read no further.
  if (block.text.length < SPACE_RUNS.minLineChars) return block;
  const lines = block.text.split('\n');
  const kinds = lines.map((line) => kindOf(line, flatAllowed));
  if (kinds.every((kind) => kind === null)) return block;
  const out: Block[] = [];
  let kept: string[] = [];
  let keptLine = block.line;
  const flush = () => {
    if (kept.length > 0) out.push(newBlock(block.index, kept.join('\n'), keptLine, block.hints));
    kept = [];
  };
  const pushFlat = (text: string, k: number) => {
    for (const piece of flatPieces(text)) out.push(newBlock(block.index, piece, block.line + k, block.hints));
  };
  lines.forEach((line, k) => {
    const kind = kinds[k];
    if (kind === null) {
      if (kept.length === 0) keptLine = block.line + k;
      kept.push(line);
      return;
    }
    flush();
    if (kind === 'flat') {
      pushFlat(line, k);
      return;
    }
    for (const run of line.split(RUN))
      for (const piece of kind === 'glued' ? run.split(GLUE) : [run]) {
        const text = piece.trim();
        // A long run between glues with menus in it is elements joined by single spaces (a page glued in some
        // places only: "GetYourGuide", or a menu of links with no space between them).
        if (kind === 'glued' && isFlatPage(text, false)) pushFlat(text, k);
        else if (text !== '') out.push(newBlock(block.index, text, block.line + k, block.hints));
      }
  });
  flush();
  return out;
}

/**
 * How a line's elements were run together: glued, apart by runs of spaces, or joined by single spaces (only a long
 * line when the long lines are half the text or more: the whole page on a line or a few; such a page's only glues
 * are words in camel case);
 * null for a line read as it stands.
 */
function kindOf(line: string, flatAllowed: boolean): 'glued' | 'runs' | 'flat' | null {
  // A short line is neither glued nor flat: isGluedTogether and isFlatPage read long lines only.
  if (isGluedTogether(line)) {
    const flat = flatAllowed && !isRunTogether(line) && isFlatPage(line, false);
    return flat && isCamelCaseOnly(line) ? 'flat' : 'glued';
  }
  if (isRunTogether(line)) return 'runs';
  if (flatAllowed && isFlatPage(line)) return 'flat';
  return null;
}

/**
 * The glues of a page joined by single spaces are words written in camel case ("LinkedIn", "YouTube",
 * "JavaScript"): each word holds one glue at most, and the words recur, where elements glued together make words
 * of several glues ("HomeAboutReviewsContact") and words seen once (as isGluedTogether counts glues).
 */
function isCamelCaseOnly(line: string): boolean {
  const seen = new Map<string, number>();
  let words = 0;
  for (const [word] of line.matchAll(WORD)) {
    words++;
    const glues = countMatches(word, GLUE_IN_WORD);
    if (glues > 1) return false;
    if (glues === 1) seen.set(word, (seen.get(word) ?? 0) + 1);
  }
  let once = 0;
  for (const count of seen.values()) if (count === 1) once++;
  return once < SPACE_RUNS.minGlues || once * 1000 < SPACE_RUNS.minGluesPerThousandWords * words;
}

/** GLUE_COUNT's glues, overlapping ones included ("aBcDe" holds two). */
const GLUE_IN_WORD = /(?<=\p{Ll})\p{Lu}(?=\p{Ll})/gu;

/** A long line with at least SPACE_RUNS.minRuns runs of three spaces or more. */
function isRunTogether(line: string): boolean {
  if (line.length < SPACE_RUNS.minLineChars) return false;
  let runs = 0;
  RUN.lastIndex = 0;
  while (RUN.exec(line) !== null) if (++runs >= SPACE_RUNS.minRuns) return true;
  return false;
}

/**
 * A long line whose elements were glued together with nothing between them, many times over: a line of words
 * (one at least every 20 characters), not a URL or a data blob, whose glues are its parameters' names ("…
 * appDefinitionIdToSiteRevision=…" in a text browser's list of link targets).
 */
function isGluedTogether(line: string): boolean {
  if (line.length < SPACE_RUNS.minLineChars) return false;
  const glues = countMatches(line, GLUE_COUNT);
  if (glues < SPACE_RUNS.minGlues) return false;
  const words = countMatches(line, WORD);
  return isLineOfWords(line, words) && glues * 1000 >= SPACE_RUNS.minGluesPerThousandWords * words;
}

/**
 * A long line of words, not split at runs or glues, with SPACE_RUNS.minMenuRuns runs of SPACE_RUNS.menuRunWords
 * words or more that open with no lower-case letter and end no sentence, or (`oneLongRun`) one run of
 * SPACE_RUNS.longMenuRunWords: a page whose elements were joined by single spaces, its menus such runs ("HOME
 * ABOUT US WORK WITH US …", "Facebook X Instagram Pinterest …"). A line glued together, or a run between its glues,
 * needs the two runs: there a long run is glued words as often (`get_text()` with no separator: one soup DEV page
 * lost its author to the one-run reading).
 */
function isFlatPage(line: string, oneLongRun = true): boolean {
  if (line.length < SPACE_RUNS.minLineChars) return false;
  let words = 0;
  let lower = 0;
  let runs = 0;
  let longRun = false;
  let run = 0;
  for (const [word] of line.matchAll(WORD)) {
    words++;
    const lowerStart = LOWER_START.test(word);
    if (lowerStart) lower++;
    if (lowerStart || SENTENCE_END.test(word)) run = 0;
    else if (++run === SPACE_RUNS.menuRunWords) runs++;
    else if (run === SPACE_RUNS.longMenuRunWords) longRun = true;
  }
  // One long run makes a page only beside prose (a quarter of the words in lower case or more): a line that is one
  // run of names is a list, and its cut into pieces cost five times the time of the list read whole.
  const menus = runs >= SPACE_RUNS.minMenuRuns || (oneLongRun && longRun && 4 * lower >= words);
  return menus && isLineOfWords(line, words);
}

/** A word that opens with a lower-case letter (after an opening quote or bracket). */
const LOWER_START = /^["“‘([]?\p{Ll}/u;
/** A word that ends a sentence. */
const SENTENCE_END = /[.!?…]["”’)\]]?$/u;

/**
 * The elements of a page joined by single spaces, as far as they show: its sentences (words.ts `sentences`, the
 * core's splitter: "Dr." or "U.S." ends none), each without the run of capitalised words before it (a menu, a
 * heading, a date, a byline: a sentence opens with a capitalised word and two lower-case ones, and what stands
 * before that is a head when few of its words open in lower case; a sentence that opens right after a date starts
 * there, whatever stands before the date: afterLastDate; a byline or a date that no prose stands around extends the
 * head over a sentence-case headline: headLength), the head cut around its dates (a date's label going with it, the
 * name before it a piece of its own), before its bylines, around each run of words it holds twice (a breadcrumb's
 * last entry and the headline), around the runs the rest of the page holds too (a menu repeated in the footer: the
 * headline after it stands alone) and where its words turn from capitals alone to mixed case or back ("… TRAVEL
 * CONSULTING BLOG" / "Facebook X (Twitter) Instagram …"); the sentence proper cut around the section headings that
 * run into it ("Das könnte Sie auch interessieren" / "KI-System …").
 */
export function flatPieces(line: string): string[] {
  // Each sentence as its head's pieces (cut at dates, bylines and the head's own repeats), each piece as its words
  // (split once: the cuts after it read words), and the sentence proper.
  const read = sentences(line).map((sentence) => {
    const at = headLength(sentence);
    if (at === 0) return { head: [] as string[][], rest: sentence };
    return {
      head: withoutDates(sentence.slice(0, at))
        .flatMap(beforeBylines)
        .flatMap((part) => aroundRepeats(part.split(/\s+/u))),
      rest: sentence.slice(at).trim(),
    };
  });
  const counts = pageCounts(
    read.flatMap((sentence) => sentence.head),
    read.map((sentence) => sentence.rest),
  );
  const out: string[] = [];
  for (const { head, rest } of read) {
    for (const piece of head)
      for (const part of aroundPageRepeats(piece, counts))
        for (const words of aroundHeadings(part)) out.push(...caseRuns(words));
    out.push(...sentencePieces(rest));
  }
  return out.filter((piece) => piece.length > 0);
}

/**
 * A sentence proper cut around the section headings in it (aroundHeadings, `inSentence`) and around a headline shown
 * twice at its start (aroundRepeats, `TWICE`); the words split once, the sentence returned as it stands when nothing
 * cuts it.
 *
 * The headings: those that open in a capital and stand before a word that does too ("Das könnte Sie auch
 * interessieren" / "KI-System AlphaCode schneidet …", "Lesen Sie auch" / "Gezielte Untersuchung …"): a heading with
 * no full stop after it runs on into the list under it, so that the head reader takes it for a sentence's words,
 * and the cleaning rules never see it. Prose writes such words in lower case inside a sentence ("… and other related
 * articles"), or goes on in lower case after them ("Keep reading for our step by step process …"). soup-spaced
 * shingle4 F1 DEV / check / multi snippets 0.9010 / 0.9023 / 0.779 → 0.9016 / 0.907 / 0.789 (precision up, recall
 * down by 0.001–0.005: "We recommend" / "IPS screens because …" is cut too, 9 DEV pages down, 23 up); with headings
 * of three words or more only: 0.9013 / 0.905 / 0.784.
 *
 * The headline shown twice: the first run of TWICE.runWords words or more that the first TWICE.within words hold
 * twice, the headline over its own copy or a breadcrumb's last entry and the headline ("Top 10 Live Streaming
 * Platforms (+ How to Choose the Right One)" twice, then "Looking for the best …"). A headline in sentence case opens
 * as a sentence does, so the head reader took both copies and the article's first sentence for one sentence. Runs of
 * four words: prose repeats three-word runs of function words ("in der Stadt"). soup-spaced DEV / check / multi,
 * titles 0.151 / 0.117 / 0.112 and shingle4 0.9018 / 0.9079 / 0.790: in the first 60 words 0.160 / 0.124 / 0.117
 * and 0.9034 / 0.9093 / 0.791; 120 words 0.170 / 0.131 / 0.121 and 0.9034 / 0.9090 / 0.792; 240 words 0.173 / 0.134
 * / 0.121 and 0.9044 / 0.9091 / 0.791; runs of three words, 60: multi's recall 0.829 → 0.822; of five, 60: titles
 * 0.160 / 0.120 / 0.117.
 */
function sentencePieces(sentence: string): string[] {
  const words = sentence.split(/\s+/u);
  const parts = aroundHeadings(words, true);
  const pieces = parts.flatMap((part) => aroundRepeats(part, TWICE));
  return pieces.length === 1 ? [sentence] : pieces.map((piece) => piece.join(' '));
}

/** aroundRepeats inside a sentence proper: the first repeat of four words or more in its first 120 words only. */
const TWICE = { runWords: 4, within: 120, firstOnly: true };

/**
 * The section headings of every vocabulary language that open a list or a thread ("Related Articles", "Mehr zum
 * Thema", "Leave a Reply"), two words or more, by their first word: a head cut around one gives the heading a
 * piece of its own, which the cleaning rules read as they read the heading's line in the blocks layout (and take
 * the list or the thread under it). One-word headings ("Related", "Kommentare") are menu entries as often.
 */
const SECTION_HEADINGS = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const phrase of phrasesOf(['relatedHeading', 'commentsHeading']).lines ?? []) {
    const words = phrase.split(' ');
    if (words.length < 2) continue;
    const list = byFirst.get(words[0]!) ?? [];
    list.push(words);
    byFirst.set(words[0]!, list);
  }
  // Longest first: "you may also be interested in" before "you may also be interested".
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
})();

/**
 * A word as a rule's key reads it: lower case, straight apostrophes, without the punctuation around it (the
 * cleaner's lineKey keeps an opening quote or bracket and reads whole lines; this reads one word of a head).
 */
function headingWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/[’‘]/gu, "'")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** A head piece cut around each section heading in it ("… Home Contact" / "Related Articles" / "Ten Ways …"). */
function aroundHeadings(words: string[], inSentence = false): string[][] {
  if (words.length < 2) return [words];
  const pieces: string[][] = [];
  let from = 0;
  for (let i = 0; i + 1 < words.length; i++) {
    const phrases = SECTION_HEADINGS.get(headingWord(words[i]!));
    if (phrases === undefined || (inSentence && !UPPER_START.test(words[i]!))) continue;
    const phrase = phrases.find(
      (candidate) =>
        i + candidate.length <= words.length &&
        candidate.every((word, k) => headingWord(words[i + k]!) === word),
    );
    if (phrase === undefined) continue;
    // Inside a sentence, a heading is followed by the list's first entry, not by the sentence's next word.
    const next = words[i + phrase.length];
    if (inSentence && (next === undefined || LOWER_START.test(next))) continue;
    if (i > from) pieces.push(words.slice(from, i));
    pieces.push(words.slice(i, i + phrase.length));
    from = i + phrase.length;
    i = from - 1;
  }
  if (from === 0) return [words];
  if (from < words.length) pieces.push(words.slice(from));
  return pieces;
}

/** The key of the `length` words from `at` on (three: the runs pageCounts and aroundPageRepeats read). */
function runKey(words: readonly string[], at: number, length = REPEAT_WORDS): string {
  let key = words[at]!;
  for (let k = 1; k < length; k++) key += ` ${words[at + k]}`;
  return key;
}

/**
 * How many times the page holds each run of three words of its heads (their words): in the heads themselves and in
 * the rest of the page, its sentences proper (a run that starts in a head and ends in the sentence after it is not
 * counted).
 */
function pageCounts(heads: readonly (readonly string[])[], rests: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const firstWords = new Set<string>();
  for (const words of heads) {
    for (let i = 0; i + REPEAT_WORDS <= words.length; i++) {
      const key = runKey(words, i);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      firstWords.add(words[i]!);
    }
  }
  if (counts.size === 0) return counts;
  for (const rest of rests) {
    const words = rest.split(/\s+/u);
    for (let i = 0; i + REPEAT_WORDS <= words.length; i++) {
      if (!firstWords.has(words[i]!)) continue;
      const key = runKey(words, i);
      const count = counts.get(key);
      if (count !== undefined) counts.set(key, count + 1);
    }
  }
  return counts;
}

/**
 * A head piece cut around its runs of three words or more that the page holds elsewhere too: a menu over its
 * copy in the footer, the headline beside its copy in a breadcrumb or a share line. What stands between them is
 * a piece of its own: the headline after a menu, the menu before it.
 */
function aroundPageRepeats(words: string[], counts: ReadonlyMap<string, number>): string[][] {
  if (words.length <= REPEAT_WORDS) return [words];
  const repeated = new Uint8Array(words.length);
  for (let i = 0; i + REPEAT_WORDS <= words.length; i++)
    if ((counts.get(runKey(words, i)) ?? 0) >= 2) repeated.fill(1, i, i + REPEAT_WORDS);
  const pieces: string[][] = [];
  let from = 0;
  for (let i = 1; i <= words.length; i++)
    if (i === words.length || repeated[i] !== repeated[i - 1]) {
      pieces.push(words.slice(from, i));
      from = i;
    }
  return pieces;
}

/** Where a sentence proper starts: a capitalised word, then two lower-case ones ("This article contains …"). */
const OPENING = String.raw`["“‘(]?\p{Lu}[\p{Ll}'’-]*,?\s+\p{Ll}[\p{Ll}'’-]*\s+\p{Ll}`;
/** Every opening of a text, after white space or at its start. */
const SENTENCE_OPENINGS = new RegExp(`(?<=^|\\s)${OPENING}`, 'gu');
/** White space, then an opening, read where `lastIndex` stands and nowhere else. */
const OPENING_RIGHT_AFTER = new RegExp(`\\s+${OPENING}`, 'uy');
/** The words of a sentence as headEnd counts them (one pattern for every call, its `lastIndex` reset). */
const HEAD_WORD = /\S+/gu;
/**
 * A head's share of words opening in lower case at most ("How To Book a Flight For Beginners"; a sentence-case
 * headline among a menu's words: "Subscribe Sign in 10 software essays that changed how I think Dr Jane Roe").
 * soup-spaced shingle4 F1 DEV / check / multi snippets at 0.25: 0.882 / 0.885 / 0.743, at 0.35: 0.885 / 0.887 /
 * 0.744 (titles, authors and dates up on all three), at 0.5: 0.886 / 0.888 / 0.738 (German prose, its nouns
 * capitalised, is cut as heads: multi's recall 0.862 -> 0.823); a share relative to the page's own (half to 0.6 of
 * its words' lower-case share) did no better. With every sentence opening tried (headEnd) and the changes after it:
 * 0.25: 0.891 / 0.894 / 0.759, 0.35: 0.895 / 0.897 / 0.765, 0.45: 0.898 / 0.896 / 0.764.
 */
const HEAD_LOWER_SHARE = 0.35;
/**
 * A head also ends where its last TAIL_WORDS words hold one in lower case at most (a headline, a byline and a date
 * in capitals) though the words before them are a menu of sentence-case entries ("Please enter a search term Find a
 * doctor View all doctors …"), up to TAIL_PREFIX_LOWER_SHARE of them in lower case (prose has more). Before, such a
 * head ran into the article's first sentence with its byline and date, and the whole piece stayed in the body.
 * soup-spaced shingle4 F1 DEV / check / multi snippets F1 0.8969 / 0.9004 / 0.772 → 0.8988 / 0.8997 / 0.774 at 8
 * words (6: 0.899 / 0.900 / 0.775, DEV titles 0.12 → 0.11; 10: 0.898 / 0.900 / 0.773); dates DEV 0.412 → 0.416,
 * check 0.409 → 0.433; authors check 0.214 → 0.218, multi 0.189 → 0.193.
 */
const TAIL_WORDS = 8;
const TAIL_PREFIX_LOWER_SHARE = 0.5;

/**
 * The offset where the sentence proper starts after a head of capitalised words: the first sentence opening whose
 * words before it are a head (two or more, few in lower case, or the last TAIL_WORDS of them), so that a menu entry
 * that opens as a sentence does ("Skip to main content …", "Go to the shop …") is read into the head; the whole
 * text when no opening ends a head and the text is one (the page's last lists and menus, after its last full
 * stop); 0 when there is no head. The words are counted once, as the scan moves from one opening to the next.
 */
function headEnd(sentence: string): number {
  let words = 0;
  let lower = 0;
  // The last TAIL_WORDS words' lower-case marks, and how many of them are set.
  const tail = new Uint8Array(TAIL_WORDS);
  let tailLower = 0;
  HEAD_WORD.lastIndex = 0;
  let next = HEAD_WORD.exec(sentence);
  const countTo = (at: number) => {
    while (next !== null && next.index < at) {
      const isLower = LOWER_START.test(next[0]) ? 1 : 0;
      const slot = words % TAIL_WORDS;
      tailLower += isLower - tail[slot]!;
      tail[slot] = isLower;
      words++;
      lower += isLower;
      next = HEAD_WORD.exec(sentence);
    }
  };
  const isHead = () =>
    (words >= 2 && lower <= HEAD_LOWER_SHARE * words) ||
    (words >= TAIL_WORDS && tailLower <= 1 && lower <= TAIL_PREFIX_LOWER_SHARE * words);
  SENTENCE_OPENINGS.lastIndex = 0;
  for (
    let match = SENTENCE_OPENINGS.exec(sentence);
    match !== null;
    match = SENTENCE_OPENINGS.exec(sentence)
  ) {
    countTo(match.index);
    if (isHead()) return match.index;
    SENTENCE_OPENINGS.lastIndex = match.index + 1;
  }
  countTo(sentence.length);
  return isHead() ? sentence.length : 0;
}

/**
 * Where the sentence proper starts: after its head (headEnd), after the last date that a sentence's opening
 * follows (afterLastDate), and after the first mark of a head in what follows (headMarks: a byline, a date that no
 * prose stands around) and the marks right after it. A sentence-case headline opens as a sentence does ("How to
 * tell your story without sounding like every other company Jane Roe Jun 19, 2025 4 Share Welcome to …"), so the
 * head ended before it, and its byline and date stayed in the body. The head runs on from a mark to the next
 * sentence opening when few words stand between them (openingAfterMark), else it ends with the mark. Swept on the
 * pages as get_text(" ", strip=True) writes them (DEV / multi): the first mark within 20, 30, 45, 60, 90, 150
 * words of the head or anywhere, anywhere read best on both (authors 0.34 / 0.223 at 20 words → 0.38 / 0.277).
 */
function headLength(sentence: string): number {
  const { dates } = scanDates(sentence, DATE_CONTEXT);
  const headAt = headEnd(sentence);
  let at = headAt + afterLastDate(sentence, headAt, dates);
  let marks = 0;
  for (const mark of headMarks(sentence, dates)) {
    if (mark.index <= at) continue;
    // After a mark, the next one extends the head only right after it ("By Jane Roe | Published: 23. Juli
    // 2017"), and a few at most: a list of headlines and their dates (a sidebar) is no head, mark after mark.
    if (marks > 0 && !isWithinWords(sentence, at, mark.index, MARK_GAP_WORDS)) break;
    const opening = openingAfterMark(sentence, mark.index);
    if (opening > 0) return Math.max(mark.end, mark.index + opening);
    at = mark.end;
    if (++marks === MAX_MARKS) break;
  }
  return at;
}

/** How many words may stand between one mark and the next for both to be one head's. */
const MARK_GAP_WORDS = 6;
/** The most marks one head holds (a byline, a date, the date it was updated, …). */
const MAX_MARKS = 4;
/** How much of the text after a mark is read for the sentence opening after it. */
const MARK_WINDOW_CHARS = 600;

/**
 * The offset from a mark of the first sentence opening in the MARK_WINDOW_CHARS characters after it, when the words
 * before the opening hold one in lower case at most (the byline, the date, "Updated", a share count: "Jun 19, 2025
 * 4 Share"); 0 otherwise. headEnd's share of lower-case words would read on into German prose, its nouns
 * capitalised ("23. Juli 2017 | Kommentare geschlossen In diesem Sommer war Michael" / "Preetz ganz vorne …").
 */
function openingAfterMark(sentence: string, from: number): number {
  const window = sentence.slice(from, from + MARK_WINDOW_CHARS);
  SENTENCE_OPENINGS.lastIndex = 1;
  const opening = SENTENCE_OPENINGS.exec(window);
  if (opening === null) return 0;
  let lower = 0;
  for (const [word] of window.slice(0, opening.index).matchAll(WORD)) if (LOWER_START.test(word)) lower++;
  return lower <= 1 ? opening.index : 0;
}

/** Whether the text between `from` and `to` holds `words` words at most (read no further than that many can be). */
function isWithinWords(text: string, from: number, to: number, words: number): boolean {
  if (to - from > words * MAX_CHARS_PER_WORD) return false;
  return (text.slice(from, to).match(WORD)?.length ?? 0) <= words;
}

/**
 * The marks of a head inside a sentence, in order: a date that no prose stands around (the word before it is not
 * in lower case unless it ends a date label, "Last updated on", nor the word after it, a comma and a time of day
 * aside, unless that word opens a byline: "… Jane Roe Jun 19, 2025 4 Share", not "… published on March 4, 2025,
 * the …"), and a byline word in capitals inside the sentence before a given name ("… never going back By Jane Roe
 * Published …": prose writes "by" in lower case). A date label in lower case before the date: soup-spaced DEV /
 * check / multi dates 0.506 / 0.510 / 0.639 → 0.523 / 0.518 / 0.650, shingle4 0.9016 / 0.9072 / 0.789 → 0.9018 /
 * 0.9079 / 0.790.
 */
function headMarks(sentence: string, dates: readonly FoundDate[]): { index: number; end: number }[] {
  const marks: { index: number; end: number }[] = [];
  for (const date of dates) {
    const before = sentence
      .slice(Math.max(0, date.index - DATE_LABEL_CHARS), date.index)
      .match(LAST_WORD)?.[0];
    if (before === undefined || (LOWER_START.test(before) && dateLabelBefore(sentence, date.index) < 0))
      continue;
    AFTER_DATE.lastIndex = date.end;
    const after = AFTER_DATE.exec(sentence);
    if (after !== null && LOWER_START.test(after[1]!)) {
      BYLINE_AT.lastIndex = after.index + after[0].length - after[1]!.length;
      const byline = BYLINE_AT.exec(sentence);
      if (byline === null || !isGivenName(byline[1]!)) continue;
    }
    marks.push({ index: date.index, end: date.end });
  }
  if (BYLINE_TAIL.test(sentence))
    for (const match of sentence.matchAll(BYLINE_IN_HEAD))
      if (match.index > 0 && UPPER_START.test(match[0]) && isGivenName(match[1]!)) {
        marks.push({ index: match.index, end: nameEnd(sentence, match.index + match[0].length) });
      }
  return marks.sort((a, b) => a.index - b.index);
}

/** The last word of a text. */
const LAST_WORD = /\S+(?=\s*$)/u;
/** The word after a date, past a comma and a time of day ("30 Sep 2022, 11:07am Add …"). */
const AFTER_DATE = /,?\s+(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*)?(\S+)/iuy;
/**
 * Where a name that a byline's given name opens ends: after the word after it (the surname: "By Jane" → "By Jane
 * Roe"), and after a word more while the word before it is an initial ("By Jane Q. Roe"); a word that opens a
 * sentence ("Prefer to watch?") or a date label of any vocabulary language ("Published", "Updated") is no name's.
 * Most names are two words (419 of the 601 names of DEV's and multi's gold, 52 of three): a third capitalised word
 * after a byline is as often the next element's ("Written By Jane Roe Prefer to watch?", "Por Ana Costa Brasília").
 */
function nameEnd(sentence: string, from: number): number {
  let end = from;
  let initial = false;
  for (let k = 1; k < NAME_WORDS && (k === 1 || initial); k++) {
    NEXT_WORD.lastIndex = end;
    const next = NEXT_WORD.exec(sentence);
    if (next === null || !NAME_WORD.test(next[1]!) || DATE_LABEL_WORDS.has(next[1]!.toLowerCase())) break;
    OPENING_RIGHT_AFTER.lastIndex = end;
    if (OPENING_RIGHT_AFTER.test(sentence)) break;
    initial = INITIAL.test(next[1]!);
    end = NEXT_WORD.lastIndex;
  }
  return end;
}

/** An initial of a name ("Q."). */
const INITIAL = /^\p{Lu}\.$/u;
/** White space and the word after it, read where `lastIndex` stands. */
const NEXT_WORD = /\s+(\S+)/uy;
/** The first words of the date labels of every vocabulary language ("published", "updated", "veröffentlicht"). */
const DATE_LABEL_WORDS: ReadonlySet<string> = new Set(dateLabels().map((label) => label.split(' ')[0]!));
/** A word that opens with a capital letter. */
const UPPER_START = /^\p{Lu}/u;

/**
 * Where a sentence proper starts right after a date, in the sentence from `from` on (`dates` its dates), as an offset
 * from `from`: in a sentence that opens as one ("Find your school By Jane Roe
 * Published on July 18, 2025 Online classes have …": a menu entry in sentence case, a byline, a date, then the
 * article's first sentence); 0 when no date stands right before a sentence's opening. In prose a date is followed by
 * a comma or a lower-case word, and a sentence that follows one starts after a full stop.
 */
function afterLastDate(sentence: string, from: number, dates: readonly FoundDate[]): number {
  for (let k = dates.length - 1; k >= 0 && dates[k]!.index >= from; k--) {
    // Read at the date's end only (a sticky pattern): searching the rest of the text after each date was quadratic
    // in a long sentence of dates with no opening after them (72 s at 2 MB).
    OPENING_RIGHT_AFTER.lastIndex = dates[k]!.end;
    if (OPENING_RIGHT_AFTER.test(sentence)) return dates[k]!.end - from;
  }
  return 0;
}

/**
 * A head cut around its dates ("… For Beginners" / "March 26, 2023"): the date reader's spans, with the dates it
 * refuses (too old) as well; no "today" is given, so that no cut depends on the day the page is read.
 */
function withoutDates(head: string): string[] {
  const { dates, refused } = scanDates(head, DATE_CONTEXT);
  if (dates.length + refused.length === 0) return [head.trim()];
  const spans = [...dates, ...refused].sort((a, b) => a.index - b.index);
  const parts: string[] = [];
  let from = 0;
  for (const span of spans) {
    if (span.index < from) continue;
    // A date label right before the date is the date's ("… Everything Else" / "Published: May 3, 2024").
    const labelAt = dateLabelBefore(head, span.index, from);
    const label = labelAt < 0 ? span.index : labelAt;
    parts.push(...beforeName(head.slice(from, label)), head.slice(label, span.end));
    from = span.end;
  }
  parts.push(head.slice(from));
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

/** The labels of a publication or update date of every vocabulary language ("published on", "zuletzt aktualisiert"). */
function dateLabels(): string[] {
  return LANGUAGES.flatMap((language) => [
    ...language.metadata.publishedLabels,
    ...language.metadata.updatedLabels,
  ]);
}

/**
 * Where a date label of any vocabulary language that ends right before `to` starts (a colon and "on" after it
 * aside), looked for no further back than `from` and DATE_LABEL_CHARS: the pattern, anchored at the end, is tried at
 * every position it is given. -1 when none does.
 */
function dateLabelBefore(text: string, to: number, from = 0): number {
  const start = Math.max(from, to - DATE_LABEL_CHARS);
  const found = text.slice(start, to).match(DATE_LABEL_AT_END);
  return found ? start + found.index! : -1;
}

/** How far back from a date its label is looked for (the longest label, a colon and "on" fit). */
const DATE_LABEL_CHARS = 48;
/** A date label of any vocabulary language at the end of a text, a colon and "on" after it aside ("Last Updated on"). */
const DATE_LABEL_AT_END = new RegExp(`(?<=^|\\s)(?:${alternation(dateLabels())})\\s*:?\\s*$`, 'iu');

/**
 * A part of a head that stands before a date, cut before the name it ends with ("… Every Other Climate Company" /
 * "Jane Roe", then the date): a given name the lexicon knows, then one to three capitalised words or initials, a
 * separator ("|", "·") after them aside. A byline with no byline word, as the lines layout gives it a line.
 */
function beforeName(part: string): string[] {
  const words = part.trim().split(/\s+/u);
  let last = words.length;
  while (last > 0 && SEPARATOR.test(words[last - 1]!)) last--;
  for (let k = Math.max(1, last - NAME_WORDS); k <= last - 2; k++)
    if (isGivenName(words[k]!) && words.slice(k, last).every((word) => NAME_WORD.test(word))) {
      // A byline word before the name: beforeBylines cuts before that word.
      if (BYLINE_LAST_WORDS.has(words[k - 1]!.toLowerCase().replace(/:$/u, ''))) return [part];
      return [words.slice(0, k).join(' '), words.slice(k).join(' ')];
    }
  return [part];
}

/** The most words of a name beforeName cuts off. */
const NAME_WORDS = 4;
/** A word of a name: capitalised ("Roe", "O’Neil", "Smith-Jones") or an initial ("S."). */
const NAME_WORD = /^\p{Lu}(?:[\p{Ll}'’-]+|\.)$/u;
/** A separator standing alone between a byline and a date. */
const SEPARATOR = /^[|·•–—-]$/u;

/**
 * A head cut before each byline in it ("… Abundant Blooms All Season" / "By Randy Thompson • "): a byline word of
 * any vocabulary language, its words' first letters in either case, then a given name the lexicon knows ("by
 * Jim", not "Step by Step").
 */
function beforeBylines(head: string): string[] {
  // Most heads hold no byline word before a capital: one small pattern settles them.
  if (!BYLINE_TAIL.test(head)) return [head];
  const parts: string[] = [];
  let from = 0;
  for (const match of head.matchAll(BYLINE_IN_HEAD)) {
    if (match.index <= from || !isGivenName(match[1]!)) continue;
    parts.push(head.slice(from, match.index).trim());
    from = match.index;
  }
  if (from === 0) return [head];
  parts.push(head.slice(from).trim());
  return parts;
}

/** A phrase's words with their first letters in either case ("[Ww]ritten\\s+[Bb]y"). */
function eitherCase(phrase: string): string {
  return phrase
    .split(/\s+/u)
    .map((word) => {
      const first = word[0]!;
      const rest = escapePattern(word.slice(1));
      return first.toLowerCase() === first.toUpperCase()
        ? escapePattern(word)
        : `[${first.toLowerCase()}${first.toUpperCase()}]${rest}`;
    })
    .join('\\s+');
}

const BYLINE_IN_HEAD = new RegExp(
  `(?<=^|\\s)(?:${alternation(
    LANGUAGES.flatMap((language) => language.metadata.bylineWords),
    eitherCase,
  )})\\s*:?\\s+(\\p{Lu}\\p{Ll}+)`,
  'gu',
);

/** The last words of the byline words of every vocabulary language, in lower case ("by", "von"). */
const BYLINE_LAST_WORDS: ReadonlySet<string> = new Set(
  LANGUAGES.flatMap((language) => language.metadata.bylineWords.map((phrase) => phrase.split(' ').at(-1)!)),
);

/** BYLINE_IN_HEAD read where `lastIndex` stands and nowhere else. */
const BYLINE_AT = new RegExp(BYLINE_IN_HEAD.source, 'uy');

/** The last word of a byline word of any vocabulary language ("by", "von"), then a capital: BYLINE_IN_HEAD's gate. */
const BYLINE_TAIL = new RegExp(
  `(?:^|\\s)(?:${alternation(BYLINE_LAST_WORDS, eitherCase)})\\s*:?\\s+\\p{Lu}`,
  'u',
);

/** Dates of every vocabulary language, with no "today" that would refuse some as in the future. */
const DATE_CONTEXT = { now: new Date('9999-12-31T00:00:00Z'), language: null };

/**
 * A head cut around each run of three words or more that it holds twice ("Home Blog Top 10 Health Trends Business
 * Top 10 Health Trends"): a breadcrumb's last entry and the headline, a headline over its own copy, a menu over
 * its copy for small screens. Both copies become pieces, and what stands between and around them. One pass: a
 * repeat found is read to its end and the scan goes on after it, so each word is read once or twice. Options:
 * longer runs, repeats whose second copy starts in the first `within` words, the first repeat only (sentencePieces).
 */
function aroundRepeats(
  words: string[],
  { runWords = REPEAT_WORDS, within = words.length, firstOnly = false } = {},
): string[][] {
  const firstAt = new Map<string, number>();
  const cuts = new Set<number>([0, words.length]);
  const read = Math.min(within, words.length);
  let i = 0;
  while (i + runWords <= read) {
    const gram = runKey(words, i, runWords);
    const j = firstAt.get(gram);
    if (j === undefined || i - j < runWords) {
      if (j === undefined) firstAt.set(gram, i);
      i++;
      continue;
    }
    // The copies as long as they go on alike, the first one no further than the second's start.
    let length = runWords;
    while (j + length < i && i + length < words.length && words[j + length] === words[i + length]) length++;
    for (const cut of [j, j + length, i, i + length]) cuts.add(cut);
    if (firstOnly) break;
    i += length;
  }
  if (cuts.size === 2) return [words];
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: string[][] = [];
  for (let k = 0; k + 1 < sorted.length; k++) pieces.push(words.slice(sorted[k], sorted[k + 1]));
  return pieces;
}

/** The shortest repeat aroundRepeats cuts at, in words. */
const REPEAT_WORDS = 3;

/** A head's words in runs: words in capitals alone ("ABOUT US") apart from the others ("Travel Tips"). */
function caseRuns(words: readonly string[]): string[] {
  const runs: string[] = [];
  let current: string[] = [];
  let capitals: boolean | null = null;
  for (const word of words) {
    const upper = ALL_CAPITALS.test(word);
    if (capitals !== null && upper !== capitals) {
      runs.push(current.join(' '));
      current = [];
    }
    capitals = upper;
    current.push(word);
  }
  if (current.length > 0) runs.push(current.join(' '));
  return runs;
}

/** Two capitals or more and no lower-case letter: a word of a menu in capitals ("ABOUT", "CONTACT"). */
const ALL_CAPITALS = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[^\p{Ll}]+$/u;

/** A line of words has one at least every this many characters (prose: one every 6 or so). */
const MAX_CHARS_PER_WORD = 20;

/** The line is words, not a URL or a data blob: `words` of them, one at least every MAX_CHARS_PER_WORD characters. */
function isLineOfWords(line: string, words: number): boolean {
  return words * MAX_CHARS_PER_WORD >= line.length;
}
