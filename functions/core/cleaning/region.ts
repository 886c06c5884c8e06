/**
 * The article region: the contiguous run of blocks with the largest total content value (maximum-sum
 * subarray, linear time). Prose paragraphs add their word count, chrome subtracts, so the region is the
 * densest stretch of prose; short lines inside it (headings, list items) are kept when prose surrounds them.
 */
import type { Unit } from './classify.ts';
import { opensThread } from './comments.ts';
import { HINT_SETTINGS } from './hint-settings.ts';
import type { Favoured } from './hints.ts';
import { SETTINGS } from './settings.ts';
import { OTHER_FULL_STOPS } from './text.ts';

export interface Region {
  start: number;
  /** Inclusive. -1 when there is no block. */
  end: number;
}

/**
 * `relaxedShare`: the share at which the wider run counts negative values (SETTINGS.relaxedPenaltyShare; the
 * block models' page context reads the region with MODEL_SETTINGS.featureRelaxedShare, the share they were
 * trained with).
 */
export function findRegion(units: Unit[], relaxedShare: number = SETTINGS.relaxedPenaltyShare): Region {
  return articleAboveThread(
    units,
    articleAboveDisclaimer(units, coveringRun(units, relaxedShare), relaxedShare),
    relaxedShare,
  );
}

/**
 * A region that starts right under a disclaimer heading is the legal notice, not the article: when the page
 * has prose above the heading, the article is the densest run there (a short post above a long "Haftung für
 * Links" notice).
 */
function articleAboveDisclaimer(units: Unit[], region: Region, relaxedShare: number): Region {
  for (let h = region.start - 1; h >= Math.max(0, region.start - 2); h--) {
    const verdict = units[h]!.verdict;
    if (verdict?.kind !== 'legal' || verdict.heading !== 'rest') continue;
    return articleAbove(units, h, region, relaxedShare);
  }
  return region;
}

/**
 * A comment thread's entries never start the article: a region that lies below the first block that opens a
 * thread (a comment heading or a "Jane says:" author line with two entry markers, author lines or comment
 * buttons, in the blocks under it) is the thread. When the page has prose above that block, the article is
 * the densest run there (a short post above a long discussion). The models' page context reads this region
 * too (findRegion at MODEL_SETTINGS.featureRelaxedShare), and it needs to: without it there the models read the
 * post as outside the article and the step finds no article above the thread. The shipped model.json and
 * model-stack.json were trained before this step: train-block-model.ts --write on this code gives models that
 * read DEV 0.9521, check 0.9410, multi 0.8996 against the shipped 0.9518 / 0.9417 / 0.9001 (a wash on DEV and
 * multi, the tuning sets), so they were not replaced; the next retrain replaces them.
 */
function articleAboveThread(units: Unit[], region: Region, relaxedShare: number): Region {
  let h = 0;
  while (h < region.start && !opensThread(units, h)) h++;
  return h < region.start ? articleAbove(units, h, region, relaxedShare) : region;
}

/** The article above block h (a disclaimer heading, a thread's start): the densest run there, when it has prose. */
function articleAbove(units: Unit[], h: number, region: Region, relaxedShare: number): Region {
  const above = units.slice(0, h);
  if (!above.some((unit) => unit.prose && !unit.verdict)) return region;
  const before = coveringRun(above, relaxedShare);
  return before.end >= 0 ? before : region;
}

/** The densest run, widened when it leaves most of the page's sentence-shaped prose outside. */
function coveringRun(units: Unit[], relaxedShare: number): Region {
  const region = densestRun(units, 1);
  if (region.end < 0) return region;
  // The whole page's prose in view: a region that leaves most of the page's sentence-shaped prose outside
  // is wrong whatever the page (an article cut at a list inside it). Then short lines cost less, so the
  // article can run through its lists; the wider run is taken when it covers clearly more prose.
  const total = sentenceProse(units, 0, units.length - 1);
  const covered = sentenceProse(units, region.start, region.end);
  if (covered >= total * SETTINGS.regionProseCoverage) return region;
  const wider = densestRun(units, relaxedShare);
  if (wider.end < 0) return region;
  const widerCovered = sentenceProse(units, wider.start, wider.end);
  return widerCovered >= covered * SETTINGS.relaxedGain ? wider : region;
}

/** Words of sentence-shaped prose (prose with function words, no rule, not a repeated copy) in [from, to]. */
function sentenceProse(units: Unit[], from: number, to: number): number {
  let words = 0;
  for (let i = from; i <= to; i++) {
    const unit = units[i]!;
    if (!unit.prose || unit.verdict || (unit.repeats > 1 && !unit.lastCopy)) continue;
    if (unit.feat.stopShare >= SETTINGS.sentenceStopShare) words += unit.feat.words;
  }
  return words;
}

/** The maximum-sum run of the values, negative values scaled by `penaltyShare`. */
function densestRun(units: Unit[], penaltyShare: number): Region {
  if (units.length === 0) return { start: 0, end: -1 };
  let best = Number.NEGATIVE_INFINITY;
  let bestStart = 0;
  let bestEnd = -1;
  let sum = 0;
  let runStart = 0;
  units.forEach((unit, i) => {
    if (sum <= 0) {
      sum = 0;
      runStart = i;
    }
    sum += unit.value < 0 ? unit.value * penaltyShare : unit.value;
    if (sum > best) {
      best = sum;
      bestStart = runStart;
      bestEnd = i;
    }
  });
  if (best <= 0) return fallbackRegion(units);
  // The article starts on a prose paragraph or a lead sentence: a short tagline before it is page chrome (or
  // the dek, which the title search then sees).
  let start = bestStart;
  while (start < bestEnd && !units[start]!.prose && !isLeadSentence(units[start]!)) start++;
  return { start, end: bestEnd };
}

/**
 * No block reads as prose (a very short page, a pure list): keep every block no rule removed, from the first
 * to the last one, except a leading title-like line.
 */
function fallbackRegion(units: Unit[]): Region {
  let start = -1;
  let end = -1;
  units.forEach((unit, i) => {
    if (unit.verdict) return;
    if (start < 0) start = i;
    end = i;
  });
  if (start < 0) return { start: 0, end: -1 };
  return { start, end };
}

/**
 * The region found by values alone, widened where it stops short of the article's own blocks. Plain text (no
 * element paths): only past a last paragraph that ends with a colon (listAfterColon).
 *
 * HTML: the region found by values alone stops short of the article's own blocks at both ends (its values are
 * hand-set; the HTML block model's log-odds are the second opinion used here).
 *
 * - Its start: the lede or standfirst right above it, cut off by the share buttons or byline between them (the
 *   standfirst sits outside the element that holds most of the prose, so its value was lowered). The region
 *   starts there when every block between is one a rule removes (and none of them takes a list or the rest
 *   with it) and the paragraph is prose, not a heading, with log-odds at least `headOdds`; repeated while it
 *   holds.
 * - Its end: the article's container goes on past it (a list, a table, a run of headings and short lines
 *   after the last paragraph: a list article, a table that closes the text). The region is carried forward
 *   over the blocks of the favoured container (hints.ts) that the model reads as article text (log-odds at
 *   least `tailOdds`, value above `tailValue`), across at most `tailGap` blocks in a row that are not; it
 *   stops where the container ends.
 *
 * Blocks a rule matched inside the new stretch are removed as inside any region.
 */
export function extendRegion(
  units: Unit[],
  region: Region,
  favoured: Favoured | null,
  isClosing: (unit: Unit) => boolean = closingSentenceTest(units),
): Region {
  if (region.end < 0) return region;
  if (units[region.start]?.block.hints?.path === undefined)
    return {
      start: region.start,
      end: closingSentences(units, listAfterColon(units, region.end), isClosing),
    };
  return { start: extendStart(units, region.start), end: extendEnd(units, region.end, favoured) };
}

/**
 * Plain text: a last paragraph that ends with a colon announces what follows it ("Some of the services we
 * offer include:", "Use this checklist:"): the list under it is the article's, though its short lines cost
 * the region more than they add. The region runs on over the blocks after it that no rule matched and that are
 * not copies of lines repeated later (menus), at most SETTINGS.colonListBlocks of them.
 */
function listAfterColon(units: Unit[], end: number): number {
  const last = units[end]!;
  const f = last.feat;
  if (last.verdict || !last.block.text.trimEnd().endsWith(':')) return end;
  // A sentence (function words, not title case), not a heading ("Quick Packing Tips:").
  if (f.words < 5 || f.stopShare < SETTINGS.sentenceStopShare || f.titleShare >= SETTINGS.titleCaseShare)
    return end;
  let j = end + 1;
  while (j < units.length && j - end <= SETTINGS.colonListBlocks) {
    const unit = units[j]!;
    if (unit.verdict || (unit.repeats > 1 && !unit.lastCopy) || unit.feat.words === 0) break;
    j++;
  }
  return j - 1;
}

/**
 * Plain text: the article's last short paragraphs ("The police reported no serious incidents.") add less to the
 * region than their length costs, and were cut as what follows the article. Statements right after the region (closed
 * by a full stop, function words, not title case) that no rule matched, up to the page's end or a block a rule
 * matched (a share bar, a "Related" heading), are the article's; a sentence with more text after it that no rule
 * matched is left out (a teaser's description, an author's bio).
 */
function closingSentences(units: Unit[], end: number, isClosing: (unit: Unit) => boolean): number {
  const after = statementsAfter(units, end, isClosing);
  if (after !== end) return after;
  // An inset right under the region (an ad slot's label, a picture credit) stands between the article's
  // paragraphs, not after its end: the statements under it are the article's too, the inset removed by its rule
  // inside the region. Not a newsletter box's line: the statement under it is the newsletter's blurb ("The monthly
  // newsletter analysing …", "Highly curated content, case studies, and more.": three bench pages).
  const inset = units[end + 1];
  if (inset === undefined || !INSET_RULES.has(inset.verdict?.rule ?? '')) return end;
  const past = statementsAfter(units, end + 1, isClosing);
  return past === end + 1 ? end : past;
}

/** Rules of the lines that stand between an article's paragraphs (closingSentences). */
const INSET_RULES: ReadonlySet<string> = new Set(['ads.label', 'caption.credit', 'caption.trailing-credit']);

/** closingSentences' statements right after `end`: the new end, or `end` when they are none or not the last. */
function statementsAfter(units: Unit[], end: number, isClosing: (unit: Unit) => boolean): number {
  let j = end + 1;
  while (j < units.length && j - end <= SETTINGS.closingSentences && isClosing(units[j]!)) j++;
  if (j === end + 1) return end;
  return j === units.length || units[j]!.verdict !== null ? j - 1 : end;
}

/**
 * The page's closing-sentence test (see closingSentences). A statement is told from a heading or a menu entry by
 * its function words; a page whose prose holds few of them is in a language the vocabulary's lists do not cover
 * (Russian, Turkish, Chinese…: under half the share a single sentence needs, where every page of a covered language
 * on the bench holds more), and its statements are told by their full stop and case alone, from three words (an
 * agglutinative or caseless language says in three what English says in four with its function words).
 */
export function closingSentenceTest(units: Unit[]): (unit: Unit) => boolean {
  let words = 0;
  let stops = 0;
  for (const unit of units) {
    if (!unit.prose) continue;
    words += unit.feat.words;
    stops += unit.feat.words * unit.feat.stopShare;
  }
  const known = stops >= words * (SETTINGS.sentenceStopShare / 2);
  return (unit) => isClosingSentence(unit, known);
}

/** A closing sentence's shape (see closingSentences); `knownWords`: the page's function words are known. */
function isClosingSentence(unit: Unit, knownWords: boolean): boolean {
  const f = unit.feat;
  return (
    unit.verdict === null &&
    unit.repeats <= 1 &&
    f.words >= (knownWords ? 4 : 3) &&
    (!knownWords || f.stopShare >= SETTINGS.sentenceStopShare) &&
    f.titleShare < SETTINGS.titleCaseShare &&
    // A statement: a question or an exclamation after the article is a call to action ("Ready to sleep again?").
    FULL_STOP_END.test(unit.block.text.trimEnd())
  );
}

/**
 * A full stop at the text's end, a closing quote or bracket after it: Latin's and its ellipsis, CJK's (。．), and
 * other scripts' (text.ts OTHER_FULL_STOPS: the danda, Urdu's, …).
 */
const FULL_STOP_END = new RegExp(`[.…。．${OTHER_FULL_STOPS}]["'”’»)」』]?$`, 'u');

function extendStart(units: Unit[], start: number): number {
  for (let i = start - 1; i >= 0; i--) {
    const unit = units[i]!;
    if (unit.verdict) {
      if (unit.verdict.heading) break;
      continue;
    }
    if (!unit.prose || unit.block.hints?.heading || unit.odds < HINT_SETTINGS.headOdds) break;
    start = i;
  }
  return start;
}

function extendEnd(units: Unit[], regionEnd: number, favoured: Favoured | null): number {
  if (favoured === null || HINT_SETTINGS.tailGap < 0) return regionEnd;
  const { id, depth } = favoured;
  let end = regionEnd;
  let gap = 0;
  for (let j = regionEnd + 1; j < units.length; j++) {
    const unit = units[j]!;
    if (unit.block.hints?.path?.[depth] !== id) break;
    if (!unit.verdict && unit.odds >= HINT_SETTINGS.tailOdds && unit.value > HINT_SETTINGS.tailValue) {
      end = j;
      gap = 0;
    } else if (++gap > HINT_SETTINGS.tailGap) break;
  }
  return end;
}

/**
 * A short sentence right above the first paragraph (the lede of a news story, "Looking for X? You're not
 * alone.") opens the article: valued as a sentence (a period at its end, 5+ words, function words, not
 * title-cased unless dense in function words: classify.ts values it at 0.3 per word; a question or an
 * exclamation may be the headline), it stays at the region's start. A headline or tagline
 * (no final punctuation, title case) is still left to the title search.
 */
function isLeadSentence(unit: Unit): boolean {
  const f = unit.feat;
  if (unit.verdict || unit.code || f.truncated || !f.terminal) return false;
  // German capitalises its nouns: a sentence dense in function words may have most of its content words
  // capitalised ("Die Oberbürgermeisterin von Leipzig, Katja Hoffmann, stellte am Dienstag … vor.": 0.78).
  const cased =
    f.titleShare < SETTINGS.titleCaseShare ||
    (f.stopShare >= SETTINGS.denseStopShare && f.titleShare < SETTINGS.denseTitleCaseShare);
  return f.words >= 5 && f.stopShare >= 0.15 && cased && endsWithPeriod(unit.block.text);
}

/** The text's last character, closing quotes and brackets aside, is a period (a headline may end with ? or !). */
function endsWithPeriod(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && /[\s"'”’»)\]]/.test(text[k]!)) k--;
  return k >= 0 && text[k] === '.';
}
