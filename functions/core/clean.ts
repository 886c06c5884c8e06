/**
 * Cleaning stage: blocks in; the title, the article body and an audit of every removed line out.
 *
 * 1. classify: each block gets features, the rule/detector verdict that matches it, and a content value;
 * 2. region: the densest contiguous run of prose (cleaning/region.ts);
 * 3. inside the region: rule-matched chrome goes, headings take their lists ("Related") or the rest of the
 *    page (comments) with them, short lines between removed ones go (context pass);
 * 4. title: the headline just before the region (cleaning/title.ts);
 * 5. everything outside the region goes, each with its most specific rule.
 *
 * The result is a fixed point: the kept blocks are cleaned again (same steps, no title search, each text's
 * analysis reused) until a pass changes nothing, so cleaning a clean body gives it back unchanged.
 */
import {
  type Analysis,
  applyModel,
  classify,
  classifyRows,
  detector,
  linesOf,
  lineVerdictsOf,
  rowLineVerdicts,
  type Unit,
  type UnitRows,
  type Verdict,
} from './cleaning/classify.ts';
import { hasThread, headlessThreadStart, readComments } from './cleaning/comments.ts';
import { isDateLine, isNameLine } from './cleaning/detectors.ts';
import { modelEvidenceFast } from './cleaning/evidence-fast.ts';
import { favourArticleContainer, inCommentSection } from './cleaning/hints.ts';
import { type PageContext, readsHtmlModel } from './cleaning/model.ts';
import { closingSentenceTest, extendRegion, findRegion } from './cleaning/region.ts';
import { Int32Scratch } from './cleaning/scratch.ts';
import { HTML_MODEL_SETTINGS, MODEL_SETTINGS, SETTINGS } from './cleaning/settings.ts';
import { features } from './cleaning/text-fast.ts';
import { findTitle } from './cleaning/title.ts';
import { isTocEntry, neutraliseTablesOfContents, tocEnd } from './cleaning/toc.ts';
import { arePiecesOfLines } from './layout/space-runs.ts';
import { LIST_ITEM } from './layout/unwrap.ts';
import { labelPatterns, reporterName } from './metadata/labels.ts';
import { isRoleLine, looksLikeGivenNameFirst } from './metadata/names.ts';
import type { Block, CleanResult, RemovedItem } from './types.ts';
import { countWordsFast } from './words-fast.ts';

/**
 * Upper bound on cleaning passes. Each pass that changes something removes a block or a line. Measured on
 * this code (a counter in the loop of `clean`): on the 370 DEV pages every page runs a second pass (none is
 * taken by `hasNoChrome`); it changes 105 bodies, the third pass 25, the fourth 6, the fifth none. On the
 * multi pages the cap is reached: two (trf_bike-magazin.de-strava, trf_dailymail.co.uk.food) still lose
 * blocks in the eighth pass, so their body is not a fixed point.
 *
 * Why a pass after the first is run in full, with no test to skip it and nothing reused but each text's
 * analysis: whether a pass keeps every block is decided by page-wide quantities that every removal changes.
 * - The block model's row of every block (model.ts, writeRow) reads the page as a whole: its position
 *   i / (n - 1), the share of the page's prose before it, its words against the page's longest block, the
 *   share of its words found in the rest of the page's prose (the topic table), the distance to the last long
 *   paragraph, the model region and its neighbours' prose and verdicts. Removing any one block (even one far
 *   away) changes n, and so the position feature of every block: any odds can cross a split of any tree.
 * - The article region is a maximum-sum run (region.ts) over values that carry those odds
 *   (valuePerOdds × odds), so either end can move when any value moves: the blocks that fall outside go.
 * - Copies (repeats, lastCopy) are counted among the kept blocks only, which changes hand values, the
 *   `page.repeated` rule and the table-of-contents runs; author bios depend on the position in the page
 *   (i ≥ 0.6 n, the second half for author boxes) and on the block above, which a removal changes.
 * So no test cheaper than the pass itself can prove that it keeps everything, and no part of it can be
 * recomputed for "what changed" alone: everything depends on n. The one sound shortcut is the trivial one: a
 * first pass that kept every block whole and took no title gives the next pass its own input (its result
 * again); no DEV page is such a page, so it is not taken either. The passes after the first cost ~14% of
 * the cleaning stage (node --cpu-prof over DEV): classify with reused analyses 4.5%, the block model 7.3%,
 * the rest of the pass 2.5%.
 */
const MAX_PASSES = 8;

/** Per key class: kept already (a reused table, see cleaning/scratch.ts). */
const KEPT_KEYS = new Int32Scratch();
/** Per block: words of prose in the region before it. */
const PROSE_BEFORE = new Int32Scratch();

export function clean(blocks: Block[]): CleanResult {
  // Content values (the block model) come after the verdicts: a page where no rule or detector finds chrome
  // needs them only for its title (allBody), and a million one-word blocks spent a third of the stage on them.
  // Read as rows: a page with no chrome is decided without unit objects (10 MB of one-word blocks: 1.16 million).
  const rows = classifyRows(blocks, undefined, { model: false });
  // Each unit's word count is the core's count of its block's text: the record's input words, not counted again.
  let inputWords = 0;
  for (let i = 0; i < rows.length; i++) inputWords += rows.words(i);
  // A page the layout cut from long lines is never clean by default: the rules read a block's shape, and a menu or
  // a teaser cut into sentences has none (soup-spaced DEV: 46 of 370 pages were kept whole, chrome and all).
  const { chrome, sectionStart } = chromeFound(rows, blocks);
  if (chrome !== 'chrome' && !arePiecesOfLines(blocks)) {
    // Only credit lines matched: a clean article when they are those under the headline it opens with.
    const credits = titleAbove(rows, blocks);
    if (chrome === 'none' || (credits ?? 0) > 0) {
      const whole = allBody(rows, blocks, inputWords, credits);
      return sectionStart < blocks.length ? withoutCommentSection(whole, rows, sectionStart) : whole;
    }
  }
  const units = rows.units;
  // Each pass's audit reads the page context its model values were computed with (modelEvidenceFast).
  const first = cleanPass(units, true, applyModel(units));
  let { body, prior } = first;
  let removed = first.removed;
  let removedWords = first.removedWords;
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const again = classify(body, prior, { model: false });
    const next = cleanPass(again, false, applyModel(again));
    if (sameTexts(next.body, body)) break;
    removed = removed.concat(next.removed);
    removedWords += next.removedWords;
    body = next.body;
    prior = next.prior;
  }
  if (removed !== first.removed) removed.sort((a, b) => a.line - b.line);
  const thread = first.thread;
  const { comments, truncated } = thread
    ? readComments(units.slice(thread.headless ? thread.start : thread.start + 1, thread.end + 1))
    : { comments: [], truncated: false };
  return {
    blocks,
    title: first.title,
    titleBlock: first.titleBlock,
    titleProbability: first.titleProbability,
    body,
    removed,
    comments,
    commentsTruncated: truncated,
    inputWords,
    removedWords,
  };
}

interface Pass extends Omit<CleanResult, 'blocks' | 'comments' | 'commentsTruncated' | 'inputWords'> {
  /** For each body block, its unit's analysis when the block is kept whole (reused by the next pass). */
  prior: (Analysis | null)[];
  /** The comment thread this pass removed, if any. */
  thread: Thread | null;
}

/**
 * What the rules and detectors matched: 'none' (no block or line), 'credits' (only bylines and datelines: on the
 * credit lines under the headline a page opens with, "Правительство одобрило …" / "5 марта 2024" / "Автор: Иван
 * Петров" / paragraphs is a clean article whose author label a byline rule reads) or 'chrome'. The comment section
 * that closes an HTML page is not read: `sectionStart` is its first block (the blocks' count when there is none).
 */
function chromeFound(
  rows: UnitRows,
  blocks: readonly Block[],
): { chrome: 'none' | 'credits' | 'chrome'; sectionStart: number } {
  let found: 'none' | 'credits' = 'none';
  // The comment section that closes the page (HTML: its blocks outside the article, after every other block) is
  // readers' text, whatever it says. One elsewhere is read as any block is (a page builder's wrapper named so).
  let sectionStart = blocks.length;
  while (sectionStart > 1 && inCommentSection(blocks[sectionStart - 1]!.hints)) sectionStart--;
  // The article stands before it: a prose block at least (a page builder's wrapper class, "j-m-comment-styles",
  // can put the whole page in a "comment" container).
  if (sectionStart < blocks.length && !hasProseBefore(rows, sectionStart)) sectionStart = blocks.length;
  // No array per row: 10 MB of one-word blocks is 1.4 million rows.
  const kindOf = (verdict: Verdict | null): 'none' | 'credits' | 'chrome' =>
    verdict === null
      ? 'none'
      : verdict.kind === 'byline' || verdict.kind === 'dateline'
        ? 'credits'
        : 'chrome';
  for (let i = 0; i < sectionStart; i++) {
    const verdict = rows.verdict(i);
    // A bare number in a table's cell (HTML, markdown) is the table's datum, not a share counter: the cleaning keeps
    // it too (keepTableNumbers).
    const tableDatum = verdict?.rule === 'counter.engagement' && blocks[i]!.hints?.tableCell === true;
    const block = tableDatum ? 'none' : kindOf(verdict);
    if (block === 'chrome') return { chrome: block, sectionStart };
    if (block === 'credits') found = block;
    const lines = rowLineVerdicts(rows, i);
    for (let k = 0; k < lines.length; k++) {
      const line = kindOf(lines[k]!);
      if (line === 'chrome') return { chrome: line, sectionStart };
      if (line === 'credits') found = line;
    }
  }
  return { chrome: found, sectionStart };
}

/** Some row before row `end` is prose. */
function hasProseBefore(rows: UnitRows, end: number): boolean {
  for (let i = 0; i < end; i++) if (rows.prose(i)) return true;
  return false;
}

/**
 * A page whose only chrome is its comment section (an extractor's XML with the readers' comments beside the
 * article, a clean HTML export): the article is kept whole as a clean page is, the section removed as the thread
 * it is and its entries read as the record's comments. (Cleaned as a page with chrome, the article lost its first
 * heading under the headline, as a dek is lost.)
 */
function withoutCommentSection(page: CleanResult, rows: UnitRows, sectionStart: number): CleanResult {
  // The body is the page's blocks from some block on (allBody): the section is its end.
  const first = rows.length - page.body.length;
  const kept = Math.max(0, sectionStart - first);
  const entry = detector('comments.thread');
  const removed = page.removed.slice();
  const thread: Unit[] = [];
  let removedWords = page.removedWords;
  const units = rows.units;
  for (let i = first + kept; i < rows.length; i++) {
    const block = page.body[i - first]!;
    removed.push(removedItem(block, block.text, entry, block.line));
    removedWords += rows.words(i);
    thread.push(units[i]!);
  }
  const { comments, truncated } = readComments(thread);
  const body = page.body.slice(0, kept);
  return { ...page, body, removed, removedWords, comments, commentsTruncated: truncated };
}

/**
 * A text in which no rule or detector finds any chrome is all article: every block is kept (a clean article,
 * or a body cleaned before). Only a headline-like first block right above a prose paragraph becomes the
 * title. (A cleaned body never starts that way: its first block is prose, or it has no prose at all.) `credits` is
 * titleAbove's answer for the page.
 */
function allBody(rows: UnitRows, blocks: Block[], inputWords: number, credits: number | null): CleanResult {
  const choice = credits !== null ? titleOfFirst(rows.units) : null;
  const titled = choice?.index === 0;
  // The writer's name and the date between the title and the first paragraph are its byline and dateline: removed,
  // so that the metadata stage reads them as such and the body opens with prose (kept, the name would be taken for
  // the title when the body is cleaned again).
  const creditBlocks = titled ? blocks.slice(1, 1 + (credits ?? 0)) : [];
  // A credit line a rule matched keeps that rule ("By Jane Doe on March 3, 2024": byline.meta-line).
  const removed = creditBlocks.map((block, k) =>
    removedItem(
      block,
      block.text,
      rows.verdict(k + 1) ?? (isCreditDate(block.text) ? CREDIT_DATE : WRITERS_NAME),
      block.line,
    ),
  );
  let removedWords = 0;
  for (let i = 1; i <= creditBlocks.length; i++) removedWords += rows.words(i);
  return {
    blocks,
    title: titled ? choice.text : null,
    titleBlock: titled ? blocks[0]!.index : null,
    titleProbability: titled ? choice.probability : undefined,
    body: titled ? blocks.slice(1 + creditBlocks.length) : blocks,
    removed,
    comments: [],
    commentsTruncated: false,
    inputWords,
    removedWords,
  };
}

/** The title among the blocks after the first, the model's values set first (findTitle reads them). */
function titleOfFirst(units: Unit[]) {
  applyModel(units);
  return findTitle(units, { start: 1, end: units.length - 1 });
}

/** A line that ends with a full stop or an ellipsis, as a sentence does (not "…?", "…!" or "No. 1"). */
const SENTENCE_END = /[^\s.]\s?[.…]["'”’)]?\s*$/u;

/** A chrome-free page's writer's name under its headline (allBody): removed as the byline it is. */
const WRITERS_NAME: Verdict = { rule: 'byline.name', kind: 'byline' };

/**
 * A page with no chrome has a title only in a first block that is no prose, right above prose, or above a few
 * lines over prose:
 * - one or two credit lines (`credits`): a line that is only a person's name ("Council approves park" / "Jane Doe"
 *   / paragraphs), a writer's line, an author's label ("Автор: Иван Петров", "本报记者 张伟"), a date ("5 марта
 *   2024, 10:32", "2024年03月05日 10:32 来源：新华网 作者：张伟");
 * - then up to two short lines (isHeaderLine): a standfirst ("A guide to common services and their price
 *   ranges"), the article's first section heading ("Introduction"), a short first sentence. An article saved
 *   with its title on top opens so: its body as an extractor gives it, after the title (DEV's gold texts as
 *   uploads, `tests/bench/clean-input.ts`: a title on 0.814 of them with credit lines alone).
 * Returns the number of credit lines (removed with the headline), null when the page has no such headline. The
 * first block is no headline when it ends as a sentence does.
 */
function titleAbove(rows: UnitRows, blocks: Block[]): number | null {
  if (rows.length < 2 || rows.prose(0) || isCreditDate(blocks[0]!.text)) return null;
  // A short sentence right above the prose is the article's first paragraph, not its headline: a body cleaned
  // before may open so ("Social shopping has become a major force in eCommerce." / paragraphs). Over a credit
  // line it is a headline still ("One year of indie game development." / "Jane Doe" / paragraphs).
  const sentence = SENTENCE_END.test(blocks[0]!.text);
  if (rows.prose(1) || isSentence(blocks[1]!.text)) return sentence ? null : 0;
  let credits = 0;
  let headerLines = 0;
  for (let k = 1; k + 1 < rows.length; k++) {
    const line = blocks[k]!.text;
    if (headerLines === 0 && credits < CREDIT_LINES && isCreditLine(line)) credits = k;
    else if (!sentence && headerLines < HEADER_LINES && isHeaderLine(line)) headerLines++;
    else return null;
    if (rows.prose(k + 1)) return credits;
  }
  return null;
}

/** At most this many short lines (isHeaderLine) stand between a chrome-free page's headline and its first paragraph. */
const HEADER_LINES = 2;

/**
 * A line under a headline, over the first paragraph: one line of at most HEADER_WORDS words, not a list item (a
 * standfirst, a section heading, a short first sentence). A longer block is prose or a list, no part of the
 * headline's header.
 */
function isHeaderLine(text: string): boolean {
  const line = text.trim();
  return !line.includes('\n') && !LIST_ITEM.test(line) && countWordsFast(line) <= HEADER_WORDS;
}
/** DEV's clean uploads (clean-input.ts): 14 words gave 0.930 of their titles, 20, 25 and 30 each 0.935. */
const HEADER_WORDS = 25;

/** A writer's line, an author's label with the name, a Korean or Chinese byline, or a date. */
function isCreditLine(line: string): boolean {
  return (
    isWritersLine(line) ||
    CREDIT_LABELS.authorLabel.test(line.trim()) ||
    reporterName(line) !== null ||
    isCreditDate(line)
  );
}

/** At most this many credit lines stand between a chrome-free page's headline and its first paragraph. */
const CREDIT_LINES = 2;

/** A chrome-free page's date under its headline (allBody): removed as the dateline it is. */
const CREDIT_DATE: Verdict = { rule: 'dateline.date', kind: 'dateline' };

/**
 * A date line in any language, by its shape: short, a year of this century or the last, digits in two tokens at
 * least, at most two words of letters ("5 марта 2024, 10:32", "2024年3月5日 10時32分", "12 Mart 2024 Salı"), or
 * a date line of the vocabulary's languages (isDateLine).
 */
function isCreditDate(text: string): boolean {
  return isDateShaped(text, CREDIT_DATE_CHARS, 2);
}
const CREDIT_DATE_CHARS = 60;

/**
 * A line that is a date and nothing else: as isCreditDate, shorter and with one word of letters at most, the
 * month's. A headline may hold two numbers and two words ("iPhone 15 review 2024").
 */
function isBareDate(text: string): boolean {
  return isDateShaped(text, BARE_DATE_CHARS, 1);
}
const BARE_DATE_CHARS = 40;

/** A date line of the vocabulary's languages, or a line of `maxChars` with a year, two numbers and `maxWords`. */
function isDateShaped(text: string, maxChars: number, maxWords: number): boolean {
  const line = text.trim();
  if (line.length > maxChars || !YEAR.test(line)) return false;
  if (isDateLine(line)) return true;
  const tokens = line.split(/[\s,|·•–—-]+/u).filter((token) => token.length > 0);
  const numbers = tokens.filter((token) => /\d/u.test(token)).length;
  return numbers >= 2 && tokens.length - numbers <= maxWords;
}
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/u;

/**
 * A sentence by its words alone: long enough for prose, closed like a sentence, with the function words of one
 * (`sentenceStopShare`), whatever its share of capitalised words. German capitalises its nouns, so that a plain
 * German sentence under a headline ("Der Bürgermeister der Stadt sprach am Dienstag im Rathaus über …") has seven
 * capitalised words of ten and is no prose to the block measures (`isProse`: fewer than `titleCaseShare`).
 */
function isSentence(text: string): boolean {
  const f = features(text);
  return f.words >= SETTINGS.proseWords && f.terminal && f.stopShare >= SETTINGS.sentenceStopShare;
}

/**
 * The line under a chrome-free page's headline that credits its writer: a writer's name (isWritersName), or such a
 * name first, a byline word before it or not, and after it a few words that close the line (an outlet, a place, a
 * date, a connector: "Jane Doe | CNN", "Camille Lefèvre, le 12 mars 2024", "María García | Madrid | 12 mar 2024 -
 * 10:15 CET", "Par Camille Lefèvre avec AFP"), at most two of them in lower case: no sentence about the writer.
 */
function isWritersLine(text: string): boolean {
  if (isWritersName(text)) return true;
  const line = text.trim();
  if (line.length > CREDIT_LINE_CHARS || SENTENCE_END.test(line)) return false;
  const label = CREDIT_LABELS.bylineLabel.exec(line);
  const words = (label ? line.slice(label[0].length) : line).split(/\s+/u);
  for (let k = 2; k <= 3 && k < words.length; k++) {
    const name = words
      .slice(0, k)
      .join(' ')
      .replace(/[,|–—·•:]+$/u, '');
    if (!isNameLine(name) || !looksLikeGivenNameFirst(name)) continue;
    // Separators standing alone ("|", "-") are no words.
    const rest = words.slice(k).filter((word) => /[\p{L}\p{N}]/u.test(word));
    if (rest.length > CREDIT_REST_WORDS) return false;
    let lower = 0;
    for (const word of rest) if (/^\p{Ll}/u.test(word)) lower++;
    return lower <= 2;
  }
  return false;
}

/** A credit line is short: the name and an outlet, a place and a date with its time. */
const CREDIT_LINE_CHARS = 100;
/** The words after the writer's name on a credit line ("| Madrid | 12 mar 2024 - 10:15 CET": eight). */
const CREDIT_REST_WORDS = 8;
/** The byline words of every vocabulary language ("By", "Par", "Von"), as the metadata stage reads them. */
const CREDIT_LABELS = labelPatterns(null);

/**
 * A line that is only a person's name, a known given name first ("Jane Doe"; not "Politics", "Breaking News"), or
 * such a name and the writer's role after a comma, a bar or a dash ("Jane Doe, Staff Writer", "Jane Doe | Senior
 * Reporter").
 */
function isWritersName(text: string): boolean {
  const line = text.trim();
  const parts = NAME_AND_ROLE.exec(line);
  const name = parts && isRoleLine(parts[2]!) ? parts[1]! : line;
  return isNameLine(name) && looksLikeGivenNameFirst(name);
}

/** A name, then a comma, a bar or a dash, then the rest (a role when isRoleLine says so). */
const NAME_AND_ROLE = /^([^,|–—]+?)\s*(?:,|\||–|—|\s-)\s+(.+)$/u;

function sameTexts(a: Block[], b: Block[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.text !== b[i]!.text) return false;
  return true;
}

/**
 * One cleaning pass over units whose model values `applyModel` set (`context`: the page context it returned).
 * The title is searched only on the first pass, and only among blocks before the article region: a region that
 * starts at the first block has no title above it. (Taking the first block of the article as the title would
 * strip the first line of a clean body each time it is cleaned again.)
 */
function cleanPass(units: Unit[], first: boolean, context: PageContext): Pass {
  // Every pass: a later pass without it judges the container's short blocks on their own again and drops them.
  const favoured = favourArticleContainer(units);
  neutraliseTablesOfContents(units);
  const found = findRegion(units);
  // Statements after the region are the article's last paragraphs (region.ts closingSentences).
  const isClosingSentence = closingSentenceTest(units);
  const region = extendRegion(units, found, favoured, isClosingSentence);
  const searched = first && region.start > 0 ? findTitle(units, region) : null;
  // A date is no headline, in any language ("5 марта 2024, 10:32" over the author's label and the article).
  const titleChoice = searched !== null && isBareDate(searched.text) ? null : searched;
  const titleIndex = titleChoice?.index ?? null;
  const drop: (Verdict | null)[] = units.map((u) => u.verdict);

  // Words of prose in the region before each block: a heading that would take "the rest" must not sit above
  // most of the article.
  const proseBefore = PROSE_BEFORE.take(units.length + 1);
  for (let i = 0; i < units.length; i++) {
    const inRegion = i >= region.start && i <= region.end;
    proseBefore[i + 1] = proseBefore[i]! + (inRegion && units[i]!.prose ? units[i]!.feat.words : 0);
  }
  const proseAfter = (i: number) => proseBefore[Math.max(i + 1, region.end + 1)]! - proseBefore[i + 1]!;

  // Inside the region: headings take their lists or the rest with them. `covered` keeps this linear when
  // headings follow each other: no block is walked twice.
  let covered = region.start;
  let thread: Thread | null = null;
  for (let i = region.start; i < units.length; i++) {
    const verdict = drop[i];
    if (!verdict?.heading) continue;
    // A comment section late in the article runs to the end of the page, even past the region.
    const late = i - region.start >= (region.end - region.start) * SETTINGS.tailShare;
    const mostAfter = proseAfter(i) > proseBefore[i]! * SETTINGS.restProseShare;
    if (verdict.heading === 'rest') {
      // A comment heading takes the thread under it only when entries follow (author lines, reply buttons);
      // above the article (little prose before it) it needs two such markers. Alone, it goes by itself.
      // With no entries under it, a heading after most of the article still ends it (a comment form, the
      // footer follow), but no comments are read from what it takes.
      if (verdict.kind === 'comments') {
        const aboveArticle = proseBefore[i]! < Math.min(SETTINGS.threadProseAbove, proseAfter(i));
        const entries = hasThread(units, i, aboveArticle);
        if (aboveArticle && !entries) continue;
        // A thread under the article runs to the end of the page; a widget above it, to the region's end.
        const end = late || i > region.end || (entries && !aboveArticle) ? units.length - 1 : region.end;
        const marked = markThread(drop, i, end, false);
        if (entries) thread = marked;
        break;
      }
      // A disclaimer heading early in the article (an affiliate note above it), or above most of its prose,
      // takes nothing with it.
      if ((!late && i <= region.end) || mostAfter) continue;
      const last = late || i > region.end ? units.length - 1 : region.end;
      const under = { rule: verdict.rule, kind: verdict.kind };
      for (let j = i + 1; j <= last; j++) drop[j] ??= under;
      break;
    }
    // A related-list heading late in the article starts the page's tail: teasers with blurbs follow it, unless
    // much of the article's prose is still to come (a section heading that reads like one). Past the region,
    // it still names the short titles under it.
    const inside = i <= region.end;
    const last = inside ? region.end : units.length - 1;
    const tail = late && inside && proseAfter(i) <= proseBefore[i]! * SETTINGS.tailProseShare;
    // HTML: the list ends with the element the heading and the block under it share (an <aside> of teasers inside
    // the article: its end is not the article's).
    const scope = sharedElement(units[i]!, units[i + 1]);
    let j = Math.max(i + 1, covered);
    while (j <= last && (tail || !units[j]!.prose) && within(units[j]!, scope)) {
      drop[j] ??= detector('related.list-item');
      j++;
    }
    covered = Math.max(covered, j);
  }
  markTablesOfContents(units, drop, region.start, region.end, titleIndex);
  // A thread with no heading: a run of "Jane says:" entries late in the page.
  if (thread === null) {
    const start = headlessThreadStart(units, region.start);
    if (
      start >= 0 &&
      !drop[start] &&
      hasThread(units, start, proseBefore[start]! < SETTINGS.threadProseAbove)
    ) {
      const late = start - region.start >= (region.end - region.start) * SETTINGS.tailShare;
      thread = markThread(drop, start, late || start > region.end ? units.length - 1 : region.end, true);
    }
  }
  // Context pass: a short line between two removed lines goes with them; a sentence between two removed
  // lines of the same kind (the middle of a newsletter box) goes too, with their kind.
  for (let i = region.start + 1; i < region.end; i++) {
    const before = drop[i - 1];
    const after = drop[i + 1];
    if (drop[i] || !before || !after || i === titleIndex) continue;
    // Lines that stand inside the article's text (ad slots' labels: "Advertisement", "Reklama") do not make a box:
    // a short line between two of them is the article's (a lead-in heading, "Osoby niewidome, słabowidzące:").
    if (before.inText && after.inText) continue;
    const words = units[i]!.feat.words;
    if (!units[i]!.prose && words <= 6) drop[i] = detector('context.between-chrome');
    else if (before.kind === after.kind && words <= SETTINGS.boxWords)
      drop[i] = { rule: 'context.between-chrome', kind: before.kind };
  }

  // The block model's verdict inside the region: a short block it is nearly sure is not article text goes.
  for (let i = region.start; i <= region.end; i++) {
    const unit = units[i]!;
    const settings = readsHtmlModel(unit) ? HTML_MODEL_SETTINGS : MODEL_SETTINGS;
    if (drop[i] || i === titleIndex || unit.feat.words > settings.removeMaxWords) continue;
    // The article's closing sentences (region.ts closingSentences) are short: their odds are no reason to cut them.
    // Past the densest run, not only past the closing colon's list: a statement among that list's items is kept too
    // (24 of the bench's records read so; a test of the closing statements alone moves them).
    if (i > found.end && !unit.block.hints && isClosingSentence(unit)) continue;
    if (unit.odds < settings.removeBelowOdds) drop[i] = detector('model.low-content');
  }

  keepTableNumbers(units, drop, region.start, region.end);
  keepListNumbers(units, drop, region.start, region.end);

  // A paragraph repeated inside the article (a pull quote, a widget shown twice) is kept once.
  // Equal keys share a key class (classify), so a flag per class says whether the key was kept already.
  const keptKeys = KEPT_KEYS.take(units.length);
  for (let i = region.start; i <= region.end; i++) {
    const unit = units[i]!;
    if (drop[i] || i === titleIndex || unit.feat.words < 8) continue;
    if (keptKeys[unit.keyClass] === 1) drop[i] = detector('page.repeated');
    else keptKeys[unit.keyClass] = 1;
  }
  const body: Block[] = [];
  const priorUnits: Unit[] = [];
  const removed: RemovedItem[] = [];
  // A removed block's words are its unit's count of its text (the core's count): not counted again.
  const words = { removed: 0 };
  const remove = (unit: Unit, verdict: Verdict, features?: string[]) => {
    const item = removedItem(unit.block, unit.block.text, verdict, unit.block.line);
    if (features) item.features = features;
    removed.push(item);
    words.removed += unit.feat.words;
  };
  // The audit of the model's removals names the features that decided them.
  const byModel: number[] = [];
  drop.forEach((verdict, i) => {
    if (verdict?.rule === 'model.low-content') byModel.push(i);
  });
  const evidence = new Map<number, string[]>();
  if (byModel.length > 0) {
    const names = modelEvidenceFast(units, byModel, context);
    for (let k = 0; k < byModel.length; k++) evidence.set(byModel[k]!, names[k]!);
  }
  units.forEach((unit, i) => {
    if (i === titleIndex) return;
    const inRegion = i >= region.start && i <= region.end;
    const verdict = drop[i];
    if (verdict) remove(unit, verdict, evidence.get(i));
    else if (inRegion && keepBlock(unit, body, removed, words)) priorUnits.push(unit);
    else if (unit.repeats > 1 && unit.feat.words <= 12) remove(unit, detector('page.repeated'));
    else remove(unit, detector(i < region.start ? 'page.before-article' : 'page.after-article'));
  });
  const title = titleChoice?.text ?? null;
  const prior = body.map((block, k) => (priorUnits[k]!.block === block ? priorUnits[k]! : null));
  return {
    title,
    titleBlock: titleIndex === null ? null : units[titleIndex]!.block.index,
    titleProbability: titleChoice?.probability ?? null,
    body,
    removed,
    removedWords: words.removed,
    prior,
    thread,
  };
}

/**
 * HTML: the innermost element two blocks both sit in (their element paths' last shared id); null for plain text
 * or without a second block.
 */
function sharedElement(a: Unit, b: Unit | undefined): number | null {
  const first = a.block.hints?.path;
  const second = b?.block.hints?.path;
  if (first === undefined || second === undefined) return null;
  let shared: number | null = null;
  for (let k = 0; k < first.length && k < second.length && first[k] === second[k]; k++) shared = first[k]!;
  return shared;
}

/** The block sits in the element `scope` (always, without one). */
function within(unit: Unit, scope: number | null): boolean {
  return scope === null || (unit.block.hints?.path?.includes(scope) ?? false);
}

/**
 * Tables of contents inside the region (rule nav.toc): the short lines under a "Table of contents" heading
 * (every vocabulary language) up to the next prose block, and runs of short lines whose text reappears later
 * in the page (each entry of a table of contents is the heading it points to). A table under a heading needs
 * SETTINGS.tocMinEntries entries, a run without one SETTINGS.tocRunEntries.
 */
function markTablesOfContents(
  units: Unit[],
  drop: (Verdict | null)[],
  start: number,
  end: number,
  titleIndex: number | null,
): void {
  const toc = detector('nav.toc');
  for (let i = start; i <= end; i++) {
    const j = tocEnd(units, i, end);
    if (j < 0) continue;
    drop[i] ??= toc;
    for (let k = i + 1; k < j; k++) if (k !== titleIndex) drop[k] ??= toc;
    i = j - 1;
  }
  let run = start;
  for (let i = start; i <= end + 1; i++) {
    const unit = units[i];
    const entry =
      i <= end && unit !== undefined && isTocEntry(unit) && unit.repeats > 1 && !unit.lastCopy && !drop[i];
    if (entry) continue;
    if (i - run >= SETTINGS.tocRunEntries) for (let k = run; k < i; k++) if (k !== titleIndex) drop[k] = toc;
    run = i + 1;
  }
}

/** A comment thread's blocks: `start` is its heading (or, headless, its first entry), `end` its last block. */
interface Thread {
  start: number;
  end: number;
  headless: boolean;
}

/**
 * Marks a comment thread for removal: every block after the heading (from the first entry when headless) to
 * `end` goes with kind `comments`. Lines another rule matched keep their rule, except bylines, date lines,
 * bios and credits: inside a thread they are the commenters', and the metadata stage must not read them.
 */
function markThread(drop: (Verdict | null)[], start: number, end: number, headless: boolean): Thread {
  const entry = detector('comments.thread');
  for (let j = headless ? start : start + 1; j <= end; j++) {
    const kind = drop[j]?.kind;
    if (!kind || kind === 'byline' || kind === 'dateline' || kind === 'author-bio' || kind === 'attribution')
      drop[j] = entry;
  }
  return { start, end, headless };
}

/**
 * Keep a block (false when nothing of it is left); in a multi-line block, lines matched by a rule are removed one
 * by one (their words added to `words.removed`).
 */
function keepBlock(unit: Unit, body: Block[], removed: RemovedItem[], words: { removed: number }): boolean {
  const lineVerdicts = lineVerdictsOf(unit);
  if (lineVerdicts.every((v) => v === null)) {
    body.push(unit.block);
    return true;
  }
  const kept: string[] = [];
  // A markdown block keeps the markup of its kept lines (one markup line per text line).
  const markup = unit.block.markup?.split('\n');
  const keptMarkup: string[] = [];
  let firstLine = -1;
  linesOf(unit).forEach((line, k) => {
    const verdict = lineVerdicts[k];
    if (verdict) {
      removed.push(removedItem(unit.block, line, verdict, unit.block.line + k));
      words.removed += countWordsFast(line);
    } else {
      if (firstLine < 0) firstLine = unit.block.line + k;
      kept.push(line);
      keptMarkup.push(markup?.[k] ?? line);
    }
  });
  if (kept.length === 0) return false;
  const edited: Block = { ...unit.block, text: kept.join('\n'), line: firstLine };
  if (markup) edited.markup = keptMarkup.join('\n');
  body.push(edited);
  return true;
}

/** The audit entry of a removed block or line; HTML input names the element it came from. */
function removedItem(block: Block, text: string, verdict: Verdict, line: number): RemovedItem {
  const item: RemovedItem = { text, rule: verdict.rule, kind: verdict.kind, block: block.index, line };
  if (block.hints?.element) item.element = block.hints.element;
  return item;
}

/**
 * Bare numbers between kept blocks of the region are table cells or list items' numbers ("1", "61.59%" beside
 * it; "Apples / 6 / 12 / 24" in a table's rows), not share counters: counters sit among the buttons they
 * count, which rules remove. A run of bare numbers and short lines the context pass removed between them, with a
 * kept block on each side, is kept.
 */
function keepTableNumbers(units: Unit[], drop: (Verdict | null)[], start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    if (!isBareNumber(units[i]!, drop[i]) || drop[i - 1]) continue;
    let j = i;
    while (j < end && (isBareNumber(units[j]!, drop[j]) || isTableLabel(units[j]!, drop[j]))) j++;
    // units[j] closes the run: kept, inside the region.
    if (!drop[j]) for (let k = i; k < j; k++) drop[k] = null;
    i = j;
  }
}

/** An ordered list's numbers, kept when at least this many count up one by one. */
const LIST_NUMBERS = 3;

/**
 * An ordered list's numbers on lines of their own ("1", then the item's title; "2", …): bare numbers in the
 * region, each right above a kept block, that count up one by one (1, 2, 3 …) are kept. Pagination ("1 2 … 10")
 * has numbers above numbers; a counter is not followed by the next count.
 */
function keepListNumbers(units: Unit[], drop: (Verdict | null)[], start: number, end: number): void {
  let run: number[] = [];
  const close = () => {
    if (run.length >= LIST_NUMBERS) for (const k of run) drop[k] = null;
    run = [];
  };
  for (let i = start; i < end; i++) {
    // The number's own verdict, not drop[i]: a number kept already (between two kept blocks) counts too.
    if (!isBareNumber(units[i]!, units[i]!.verdict) || drop[i + 1]) continue;
    const text = units[i]!.block.text.trim();
    if (!/^\d{1,3}$/.test(text)) continue;
    const value = Number(text);
    const last = run.length > 0 ? Number(units[run[run.length - 1]!]!.block.text.trim()) : -1;
    if (value !== last + 1) close();
    if (run.length > 0 || value <= 1) run.push(i);
  }
  close();
}

/** A bare number: digits with their separators, nothing else (no counter noun, no "k"). */
const BARE_NUMBER = /^\d[\d.,]{0,12}$/;

function isBareNumber(unit: Unit, verdict: Verdict | null | undefined): boolean {
  return verdict?.rule === 'counter.engagement' && BARE_NUMBER.test(unit.block.text.trim());
}

/** A row label of a table among bare numbers: a short line only the context pass removed. */
function isTableLabel(unit: Unit, verdict: Verdict | null | undefined): boolean {
  return verdict?.rule === 'context.between-chrome' && !unit.prose && unit.feat.words <= 6;
}
