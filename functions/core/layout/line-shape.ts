/**
 * How a text's lines run: the line shape detect.ts decides a layout by (blank-line gaps, hard wraps, markdown
 * evidence), and whether a line carries on into the next, which the lines layout reads its blocks by. The shape's
 * plain reference is here; detectLayout runs `lineShapeFast` (line-shape-fast.ts), equal on any text.
 */
import { isDateLine } from '../cleaning/detectors.ts';
import { STOP_WORDS } from '../cleaning/text.ts';
import { LANGUAGES } from '../vocabulary/index.ts';
import { isJsSpace } from '../whitespace.ts';
import { isTableRule } from './markdown.ts';

/**
 * A markdown link or image target: "](https://…)", "](/path)", "](#anchor)", "](mailto:…)", or a relative path as
 * the page's href wrote it ("](fileadmin/logo.jpg)", "](aktuelles/)", "](index.php?id=4)": html2text copies hrefs
 * as they are), one token up to the closing bracket.
 */
export const MD_LINK_TARGET =
  /\]\((?:[a-z][a-z0-9+.-]*:|\/|#|\.{1,2}\/|<|[\p{L}\p{N}_~%-]+(?:[/?=]|\.\p{L})[^\s()]*\))/giu;
/**
 * A link reference definition to a target: "[1]: https://…", "[2]: fileadmin/logo.jpg" (html2text, pandoc), or a
 * numbered one whose target a wrapper moved to the next line ("[5]:" over a long URL: html2text wraps at 78).
 */
export const MD_DEFINITION =
  /^ {0,3}(?:\[[^\]]+\]:[ \t]*<?(?:[a-z][a-z0-9+.-]*:|\/|#|\.{1,2}\/|[\p{L}\p{N}_~%-]+(?:[/?=]|\.\p{L})[^\s<>]*>?(?:\s|$))|\[\d{1,5}\]:[ \t]*$)/iu;
/** Evidence of markdown per line: ATX heading, code fence, table rule. */
export const MD_HEADING = /^#{1,6}[ \t]+\S/;
export const MD_FENCE = /^ {0,3}(?:```|~~~)/;
export interface LineShape {
  /** Non-blank lines. */
  lines: number;
  /** Runs of blank lines between two non-blank lines. */
  gaps: number;
  /** Those runs of LONG_GAP_LINES blank lines or more: the white space of an HTML source, not paragraph breaks. */
  longGaps: number;
  /** Single line breaks inside a sentence: the line runs on without end punctuation into a lower-case word. */
  wraps: number;
  /** Markdown evidence: link targets + 2 × (headings, fences, table rules). */
  markdown: number;
}

/** Blank lines in a row that make a long gap (LineShape.longGaps). */
export const LONG_GAP_LINES = 3;

/** Characters that end a sentence or a clause: a line ending so is not wrapped into the next. */
const CLAUSE_END = new Set([...'.!?:;…"”’)]']);
const STARTS_LOWER = /^\s*\p{Ll}/u;
/**
 * A line that starts so continues a sentence: a lower-case word, punctuation that closes something, or a hyphen
 * glued to a word, a compound's rest after a link or an abbreviation that a dump put on the line above ("KI" /
 * "-Systeme in Autos").
 */
const STARTS_CONTINUATION = /^\s*(?:\p{Ll}|[,.;:!?)\]}»”’]|-\p{L})/u;

/** Hard wrapping: a line of some length, not ending a clause, runs on into a next line in lower case. */
export function wrapsInto(line: string, next: string): boolean {
  if (line.length < 30) return false;
  return !endsClause(line) && STARTS_LOWER.test(next);
}

/**
 * The next line carries on the sentence of this one (a hard wrap, or an inline element that a text dump put on
 * its own line: "The best way is to" / "choose direct flights" / ". Most people…").
 */
export function continuesInto(
  line: string,
  next: string,
  lineAfterNext: () => string = () => '',
  midParagraph = false,
): boolean {
  // Lines of a quoted message, each behind an e-mail quote marker ("> just in case …" / "> what do you think?"),
  // are one element, as the message was: a quoted line alone reads as a heading ("what do you think?").
  if (QUOTED.test(line) && QUOTED.test(next)) return true;
  // A line can end in a closing bracket or quote and its sentence go on: "LVMH (LVMHF)" / ", the luxury group".
  // Its last characters are read directly: an end-anchored pattern would scan the whole line.
  const trimmed = line.trimEnd();
  const last = trimmed[trimmed.length - 1] ?? '.';
  if (CLAUSE_END.has(last) && !opensQuote(trimmed, last))
    return !CLAUSE_END_STRICT.has(last) && STARTS_WITH_CLAUSE_PUNCTUATION.test(next);
  if (!STARTS_CONTINUATION.test(next)) return isLinkMidSentence(trimmed, next, lineAfterNext, midParagraph);
  // A date line under a headline ("vor 4 Monaten", "updated 3 hours ago") is an element of its own, and so is a
  // byline word alone, the label of a name that a dump put on the line after it ("by" / "Jane Doe").
  if (isDateLine(next) || BYLINE_ALONE.test(next) || BYLINE_HANDLE.test(next)) return false;
  // Closing punctuation always carries on ("Black Panther" / ", the film…": a link's text in a dump).
  if (!STARTS_LOWER.test(next)) return true;
  // A title-cased line is a headline over its tag line, unless it already carries on a sentence of the lines
  // before it: then it is a link's or a title's words inside prose ("… verweigern" / "Die Anleitungen der
  // Vorfahren" / "eine klare …"; German capitalises every noun).
  return !BYLINE_START.test(next) && (midParagraph || !isTitleCased(line));
}

/** A line of a quoted e-mail message: "> " at its start (">>" for a quote inside a quote). */
export const QUOTED = /^\s*>+\s/u;

/** Quotation marks that open a quotation (a straight one opens one after a white space). */
const OPENING_QUOTES = new Set([...'"“„«‘']);
/** Punctuation that cannot open an element: a comma, a semicolon, a colon, a sentence's end. */
const STARTS_WITH_CLAUSE_PUNCTUATION = /^\s*(?:[,;:]|[.!?](?:\s|$))/u;
/** A line ending a sentence or a clause by its own punctuation, not by a closing bracket or quote. */
const CLAUSE_END_STRICT = new Set([...'.!?:;…']);
/** A word in lower case: a small letter, then small letters, marks, apostrophes, hyphens. */
const LOWER_WORD = /^\p{Ll}[\p{Ll}\p{M}'’-]*$/u;
/**
 * Prose, not a headline in sentence case: a line already joined to the one before it, or a line of
 * MIN_BROKEN_LINE characters at least that is MIN_PROSE_LINE long, ends a sentence inside it, or breaks off on a
 * function word ("… rund um unser", "… dane zebrane przez": no sentence, and no headline, ends so). A shorter
 * line must break off on a function word.
 */
const MIN_PROSE_LINE = 100;
const MIN_BROKEN_LINE = 30;
const INNER_SENTENCE_END = /[.!?]\s+\p{Lu}/u;
/** Punctuation that carries a sentence on, and its words after it (", over 72% of …", ". SEO takes …"). */
const CLAUSE_GOES_ON = /^\s*[,;:.!?]\s+\p{L}/u;
/** A line that ends on a letter or a digit: no punctuation closed it. */
const WORD_END = /[\p{L}\p{N}]$/u;
/** A link's text inside a sentence: a few words. */
const MAX_LINK_WORDS = 6;
const SENTENCE_END = /[.!?…]["”’»)]?$/u;

/** A quotation mark opened at a line's end ("… gute Chancen, \"" / "wieder zum Aushängeschild"): nothing ended. */
function opensQuote(trimmed: string, last: string): boolean {
  return (
    OPENING_QUOTES.has(last) && (trimmed.length === 1 || isJsSpace(trimmed.charCodeAt(trimmed.length - 2)))
  );
}

/**
 * A capitalised line inside a sentence: a dump put a link's text on a line of its own, between prose broken off
 * mid-sentence on a lower-case word and the sentence's rest ("… 15 million euros from" / "LVMH (LVMHF)" /
 * ", the luxury conglomerate"), or the sentence's end ("in an interview with" / "Le Figaro."). A headline in
 * sentence case over a byline or a date is no such line: neither carries a sentence on.
 */
function isLinkMidSentence(
  trimmed: string,
  next: string,
  lineAfterNext: () => string,
  midParagraph: boolean,
): boolean {
  const link = next.trim();
  const start = lastWordStart(trimmed);
  const lastWord = trimmed.slice(start);
  // The line after the link opens with a comma or a period: the link stood inside a sentence that broke off on
  // a lower-case word however short the line ("typically requires" / "$500–$5,000 monthly" / ". SEO takes …",
  // "or" / "Floorplanner" / ", or even …"), or inside a long line of prose ("… In the Innovative" / "Healthy
  // Snack Market Survey" / ", consumers …"). A headline or a name over a link does not run on into it (a
  // byline's "Sarah Hinger" / ", Staff Attorney"; a post's author over its tags, "Netzwerk" / ","), nor does a
  // line over a list whose items a comma alone separates ("… each day" / "Decluttering" / "," / "Simple Living").
  if (
    (LOWER_WORD.test(lastWord) || (trimmed.length >= MIN_PROSE_LINE && WORD_END.test(trimmed))) &&
    CLAUSE_GOES_ON.test(lineAfterNext()) &&
    !wordsMoreThan(link, MAX_LINK_WORDS) &&
    !isDateLine(link) &&
    !BYLINE_START.test(link)
  )
    return true;
  if (start === 0 || !LOWER_WORD.test(lastWord)) return false;
  // A short line is a menu entry or a headline's start unless it breaks off on a function word and the sentence
  // goes on after the link ("Auch auf dem" / "KnowledgeCamp 2019" / ", das in Berlin …"): a link that ends a
  // sentence ("Follow us on" / "Twitter.") is not enough for it.
  const short = trimmed.length < MIN_BROKEN_LINE && !midParagraph;
  const prose = short
    ? STOP_WORDS.has(lastWord)
    : midParagraph ||
      trimmed.length >= MIN_PROSE_LINE ||
      STOP_WORDS.has(lastWord) ||
      INNER_SENTENCE_END.test(trimmed);
  if (!prose) return false;
  if (wordsMoreThan(link, MAX_LINK_WORDS) || isDateLine(link) || BYLINE_START.test(link)) return false;
  if (!short && SENTENCE_END.test(link)) return true;
  const after = lineAfterNext();
  return STARTS_CONTINUATION.test(after) && !isDateLine(after) && !BYLINE_START.test(after);
}

/**
 * Where the line's last word starts (0: the line is one word), read from the end: an end-anchored pattern
 * would try every white space of a long line.
 */
function lastWordStart(trimmed: string): number {
  let start = trimmed.length;
  while (start > 0 && !isJsSpace(trimmed.charCodeAt(start - 1))) start--;
  return start;
}

/** Whether the text has more than `max` words (runs between white space), counted up to max + 1. */
function wordsMoreThan(text: string, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isJsSpace(text.charCodeAt(i));
    if (!space && !inWord && ++words > max) return true;
    inWord = !space;
  }
  return false;
}

/**
 * A byline element: a byline word of any language, then a capitalised name ("by Jane Doe", "written by …",
 * "von Anna Berg"). Under a headline it starts in lower case, yet it is an element of its own; "by using" runs on.
 */
const BYLINE_WORDS = [...new Set(LANGUAGES.flatMap((language) => language.metadata.bylineWords))].join('|');
const BYLINE_START = new RegExp(`^\\s*(?:${BYLINE_WORDS})\\s+\\p{Lu}`, 'u');
/**
 * A byline word, then a user name in lower case and the separator of a post's meta line ("von eseppelt · 31.
 * Oktober 2023", "by whova | Apr 21, 2025"): blogs sign with the account's handle. Prose does not put a
 * middle dot or a bar after its second word.
 */
const BYLINE_HANDLE = new RegExp(
  `^\\s*(?:${BYLINE_WORDS})\\s+[\\p{Ll}\\p{N}][\\p{L}\\p{N}._@-]*\\s+[·|•]`,
  'u',
);
/** A byline word of any language alone on its line ("by", "von", "par", "por"). */
const BYLINE_ALONE = new RegExp(`^\\s*(?:${BYLINE_WORDS})\\s*$`, 'u');
/** Words of this many letters or more decide whether a line is title-cased (short function words do not). */
const TITLE_WORD = /^[\p{L}\p{M}]{4,}/u;

/**
 * A headline, a menu entry or a name: at least two words of four letters or more, every one of them
 * capitalised, and no comma at the end. A line of prose has lower-case words of that length (a German one too,
 * where the nouns are capitalised), so a title-cased line is a whole element, and the lower-case line under it
 * (a tag, a category, a teaser) is another.
 */
function isTitleCased(line: string): boolean {
  if (line.trimEnd().endsWith(',')) return false;
  let words = 0;
  let capitalised = 0;
  for (const word of line.split(/\s+/)) {
    if (!TITLE_WORD.test(word)) continue;
    words++;
    const first = word[0]!;
    if (first !== first.toLowerCase()) capitalised++;
  }
  return words >= 2 && capitalised === words;
}

function endsClause(line: string): boolean {
  const trimmed = line.trimEnd();
  return CLAUSE_END.has(trimmed[trimmed.length - 1] ?? '.');
}

/** The plain reference of line-shape-fast.ts's `lineShapeFast`, which detectLayout runs. */
export function lineShape(text: string): LineShape {
  const shape: LineShape = { lines: 0, gaps: 0, longGaps: 0, wraps: 0, markdown: 0 };
  let previous: string | null = null;
  let blankBefore = false;
  let blankRun = 0;
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    const line = text.slice(pos, end);
    pos = end + 1;
    if (line.trim().length === 0) {
      blankBefore = previous !== null;
      blankRun++;
      continue;
    }
    shape.lines++;
    if (blankBefore) {
      shape.gaps++;
      if (blankRun >= LONG_GAP_LINES) shape.longGaps++;
    } else if (previous !== null && wrapsInto(previous, line)) shape.wraps++;
    blankBefore = false;
    blankRun = 0;
    previous = line;
    if (line.includes('](')) for (const _ of line.matchAll(MD_LINK_TARGET)) shape.markdown++;
    if (MD_DEFINITION.test(line)) shape.markdown++;
    const first = line.charCodeAt(0);
    if (
      (first === 35 && MD_HEADING.test(line)) ||
      MD_FENCE.test(line) ||
      (line.includes('|') && isTableRule(line))
    )
      shape.markdown += 2;
  }
  return shape;
}

/** The longest tag line under a headline, in words. */
const TAG_WORDS = 4;

/**
 * `line`, the last line of a block after `before`, is a tag line: at most four words, in lower case, ending no
 * clause, so that the block never ended a sentence. Not after a byline word alone ("by" / "marc": the name of a
 * blog's account).
 */
export function isDanglingTag(before: string, line: string): boolean {
  if (BYLINE_ALONE.test(before)) return false;
  const trimmed = line.trim();
  return STARTS_LOWER.test(trimmed) && !endsClause(trimmed) && trimmed.split(/\s+/).length <= TAG_WORDS;
}
