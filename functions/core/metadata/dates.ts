import { featureIndex, linearScore, mostProbableGroup, weightsInOrder } from '../linear-model.ts';
import type { CleanResult } from '../types.ts';
import { LANGUAGES, type MetadataWords } from '../vocabulary/index.ts';
import { WITHOUT_MODULE } from '../vocabulary/without-module.ts';
import MODEL from './date-model.json' with { type: 'json' };
import {
  type DateContext,
  type FoundDate,
  languageOrder,
  mayHoldDate,
  namedOrderOf,
  numericOrderOf,
  type RefusedReason,
  scanDates,
} from './date-scan.ts';
import { alternation } from './labels.ts';
import { blockZones, type Zones } from './zones.ts';

export type { DateContext, FoundDate } from './date-scan.ts';

/** A line longer than this is prose: dates in it are events, not the article's own date. */
const MAX_DATE_LINE = 200;
/** A date opening a long line or a sentence starts within this many characters of it ("Red. / 31.10.2023 Die …"). */
const LEAD_AT = 16;
/** The head of a long line read for its opening date. */
const LEAD_HEAD = 56;
/** How far (in blocks) from the title or byline a date still belongs to the article header. */
const HEADER_REACH = 8;
/** A headline this long, repeated word for word, is the same headline (a short one may be a section name). */
const MIN_REPEATED_HEADLINE = 20;

/** A byline more than this many blocks from the headline is not the article header's. */
const FAR_BYLINE = 20;

export interface DateResult {
  publishedAt: string | null;
  updatedAt: string | null;
  /** Block the published date came from. */
  block: number | null;
  /** Block the update date came from. */
  updatedBlock: number | null;
  /** What the published date rested on (provenance evidence), null without one. */
  evidence: DateEvidence | null;
  /** Why a date line gave no date, per block (for the audit of removed datelines). */
  refused: Map<number, DateRefusal>;
}

/** Why a line with a date-like run gives no date: the scanner's reasons, or a date inside a sentence. */
export type DateRefusal = RefusedReason | 'in-prose';

/** What a publication date rested on. */
export type DateEvidence =
  | 'dateline-labelled'
  | 'dateline-original'
  | 'dateline-header'
  | 'dateline-byline'
  | 'dateline-template'
  | 'dateline-updated'
  | 'dateline';

/** Every date in `text` whose day, month and year are all stated, between 1995-01-01 and now. */
export function datesIn(text: string, context: DateContext): FoundDate[] {
  return scanDates(text, context).dates;
}

/** True when a short line is mostly a date ("August 25, 2025", "Updated Dec 19, 2025 · 5 min read"). */
export function isDateLine(text: string, context: DateContext): boolean {
  if (text.length > 80 || text.includes('\n')) return false;
  return datesIn(text, context).length > 0;
}

/** The labels of every language (a date label is no common word, so all languages count on every page). */
const everyLanguage = (pick: (words: MetadataWords) => readonly string[], extra: readonly string[] = []) =>
  alternation([...LANGUAGES.flatMap((language) => pick(language.metadata)), ...extra]);

// With the labels of the languages without a module.
const UPDATED_WORDS = everyLanguage((words) => words.updatedLabels, WITHOUT_MODULE.updatedLabels);
const PUBLISHED_WORDS = everyLanguage((words) => words.publishedLabels, WITHOUT_MODULE.publishedLabels);
const HISTORY_WORDS = everyLanguage((words) => words.historyLabels);
/**
 * A sentence about the page itself before its date ("This entry was posted on …", "Dieser Beitrag wurde am …
 * veröffentlicht", "This page was last modified on …"): the date in it is the page's own, not an event.
 */
const OWN_SENTENCE = new RegExp(
  `(?:^|[^\\p{L}])(?:(${everyLanguage((words) => words.updatedSentences)})|${everyLanguage((words) => words.publishedSentences)})(?=[^\\p{L}])`,
  'giu',
);
/** How far after the sentence's start its date may stand ("This entry was posted in News on …"). */
const OWN_SENTENCE_REACH = 80;
/** A label right before the date: "Updated:", "Aktualisiert am", "Mis à jour le". */
const UPDATED_LABEL = new RegExp(`(?:^|[^\\p{L}])(?:${UPDATED_WORDS})[^\\p{L}\\d]*$`, 'iu');
const PUBLISHED_LABEL = new RegExp(`(?:^|[^\\p{L}])(?:${PUBLISHED_WORDS})[^\\p{L}\\d]*$`, 'iu');
/** A paper's manuscript history ("Received 2022 Oct 12; Accepted 2023 Jan 7"): not the publication. */
const HISTORY_LABEL = new RegExp(`(?:^|[^\\p{L}])(?:${HISTORY_WORDS})(?:\\s+on)?[^\\p{L}\\d]*$`, 'iu');
/** A label alone on its line, with the date in the next block ("Last updated on:" / "October 1, 2025"). */
const LABEL_ONLY = new RegExp(`^(?:${UPDATED_WORDS}|${PUBLISHED_WORDS})\\s*:?$`, 'iu');
/** An update log's link after the date ("Mar 9, 2026 See Updates"): the date of the latest update. */
const UPDATES_AFTER = /^[^\p{L}]*(?:see\s+(?:all\s+)?|view\s+(?:all\s+)?)?updates?\b/iu;

const EMAIL_HEADER = /^(?:From|To|Subject):\s/m;
/** An embedded post's signature before its date ("— Jane Roe (@janeroe) May 5, 2022", "… (@jane) am Apr 21, 2019"). */
const EMBED_HANDLE = /\(@[\p{L}\d_.]+\)[^()\d]{0,12}$/u;
/** A web archive's toolbar ("3 captures" over "10 Nov 2013" or "29 Jan 2014 - 17 Jul 2019"): the captures' dates. */
const CAPTURES = /^\d[\d,.]* captures?$/i;
const ORIGINALLY = /\boriginally\s+published\b/i;
const ORIGINALLY_LABEL = /\boriginally\s+published(?:\s+on)?\s*:?\s*$/i;

/** A lower-case word of three letters or more: the start of a sentence, not a dateline's place or desk. */
const SENTENCE_WORD = /(?:^|[^\p{L}])\p{Ll}{3,}/u;

/** A machine timestamp: an ISO day with its time to the second ("2024-04-18T13:00:39", "2018-08-29 14:15:57"). */
const TIME_AFTER = /^(?:T|\s+)\d\d?:\d\d:\d\d/;
function isTimestamp(line: string, date: FoundDate): boolean {
  return date.numeric === null && date.named === null && TIME_AFTER.test(line.slice(date.end, date.end + 12));
}

/**
 * The kind a sentence about the page gives each date of the line ("This entry was posted on May 5, 2009 at …"):
 * the date must follow the sentence's start closely, in the same sentence; undefined for any other date. One
 * pass over the line's sentence starts and its dates (both in order).
 */
function ownSentenceKinds(
  line: string,
  found: readonly FoundDate[],
): ('published' | 'updated' | undefined)[] {
  const kinds: ('published' | 'updated' | undefined)[] = found.map(() => undefined);
  if (found.length === 0) return kinds;
  OWN_SENTENCE.lastIndex = 0;
  let m = OWN_SENTENCE.exec(line);
  /** The last sentence start before the current date. */
  let start: { end: number; kind: 'published' | 'updated' } | null = null;
  for (const [i, date] of found.entries()) {
    while (m !== null && m.index + m[0].length <= date.index) {
      start = { end: m.index + m[0].length, kind: m[1] ? 'updated' : 'published' };
      m = OWN_SENTENCE.exec(line);
    }
    if (start === null || date.index - start.end > OWN_SENTENCE_REACH) continue;
    if (!/[.!?]\s/.test(line.slice(start.end, date.index))) kinds[i] = start.kind;
  }
  return kinds;
}

/** Whether `dates` holds a date other than `iso`. */
function holdsOther(dates: ReadonlySet<string>, iso: string): boolean {
  return dates.size > (dates.has(iso) ? 1 : 0);
}

/** A line with a sentence about the page itself (its dates are read whole, not only its head). */
function ownSentence(line: string): boolean {
  OWN_SENTENCE.lastIndex = 0;
  return OWN_SENTENCE.test(line);
}

/** A sentence of prose: a dozen words or more besides the date, ending like a sentence. */
function isProse(line: string): boolean {
  const words = line
    .replace(/\d+/g, ' ')
    .split(/\s+/)
    .filter((word) => /\p{L}{2}/u.test(word));
  return words.length >= 12 && /[.!?]["”’)]?\s+\p{Lu}|[.!?]["”’)]?$/u.test(line.trim());
}

interface Candidate {
  iso: string;
  block: number;
  /** 1-based line number in the uploaded file. */
  line: number;
  /**
   * `history`: a manuscript's "Received"/"Accepted" date, a date introducing a quote ("… on May 3, 2024:"), an
   * embedded post's date or a web archive's capture date: never the publication.
   */
  kind: 'published' | 'updated' | 'plain' | 'history';
  /** "This article was originally published on …": the publication date, stated outright. */
  original: boolean;
  /** The label sits alone on the line above ("Last updated:" / "October 1, 2025"): a template field. */
  labelAbove: boolean;
  nearTitle: number;
  nearByline: number;
  /** Hand-set evidence score: orders the update dates and gives the rival's margin. */
  score: number;
  /** Characters of the line besides the date ("Updated 5 min ago · March 3, 2025": 19). */
  residual: number;
  /** The model's features (DATE_FEATURES), filled once every candidate of the page is known. */
  features: Float64Array;
}

/** A line of a block with the dates read in it. */
interface DateLine {
  block: number;
  line: number;
  text: string;
  labelAbove: string;
  /** Under a web archive's "N captures": the dates of the captures. */
  captured: boolean;
  found: FoundDate[];
  /** The line had an all-numeric date whose day and month could swap. */
  ambiguous: boolean;
}

/** What the date stage found, beyond the two dates: for provenance and calibration. */
export interface DateSignals {
  /** Line of the published date. */
  publishedLine: number | null;
  updatedLine: number | null;
  /** The published candidate's score, and the best score of a candidate with another date. */
  score: number;
  rivalScore: number;
  /** Distinct dates among the candidates. */
  distinct: number;
  /** Blocks stating the published date (a page repeats its own date: header and footer). */
  repeats: number;
  /** Published candidate: labelled, near the headline, near the byline (0–1). */
  labelled: boolean;
  nearTitle: number;
  nearByline: number;
  /** The date model's probability of the published date (0 without one). */
  probability: number;
}

const NO_SIGNALS: DateSignals = {
  publishedLine: null,
  updatedLine: null,
  score: 0,
  rivalScore: 0,
  distinct: 0,
  repeats: 0,
  labelled: false,
  nearTitle: 0,
  nearByline: 0,
  probability: 0,
};

/** The lines of the page that may hold its date, with the dates read (and the reasons others were refused). */
function readDateLines(
  cleaned: CleanResult,
  zones: Zones,
  context: DateContext,
  refused: Map<number, DateRefusal>,
): DateLine[] {
  const lines: DateLine[] = [];
  const blocks = cleaned.blocks;
  let skipped = false;
  for (const block of blocks) {
    // "Dieser Beitrag wurde am 04/02/2020 … veröffentlicht", "This page was originally published on …": a
    // sentence about the page itself states its date even where the theme sets it among the comments or the
    // related posts; only such lines of a left-out block are read.
    const leftOut = zones.excluded.has(block.index);
    if (leftOut) {
      skipped = true;
      // Most left-out blocks hold no year: the sentence tests are not run on them.
      if (!mayHoldDate(block.text) || (!ownSentence(block.text) && !ORIGINALLY.test(block.text))) continue;
    }
    // A quoted e-mail's "Date:" header is the e-mail's date, not the article's.
    if (EMAIL_HEADER.test(block.text)) continue;
    const previous = blocks[block.index - 1]?.text.trim() ?? '';
    const labelAbove = previous.length <= 60 && LABEL_ONLY.test(previous) ? previous.toLowerCase() : '';
    const captured = CAPTURES.test(previous);
    let offset = 0;
    for (const line of block.text.split('\n')) {
      const lineNo = block.line + offset++;
      // Most lines hold no year: scanDates would read nothing, so the sentence tests are not run on them.
      if (!mayHoldDate(line)) continue;
      // A sentence about the page: read in a left-out block, and read whole however long (asked only then).
      const long = line.length > MAX_DATE_LINE;
      const aboutPage = (leftOut || long) && (ORIGINALLY.test(line) || ownSentence(line));
      if (leftOut && !aboutPage) continue;
      const headOnly = long && !aboutPage;
      // "29.11.2022 – Mehrfach und vehement …": a long paragraph may open with its dateline; only its head is read.
      const scan = scanDates(headOnly ? line.slice(0, LEAD_HEAD) : line, context);
      if (headOnly) scan.dates = scan.dates.filter((date) => date.index <= LEAD_AT).slice(0, 1);
      for (const refusal of scan.refused)
        if (!refused.has(block.index)) refused.set(block.index, refusal.reason);
      const ambiguous = scan.refused.some((refusal) => refusal.reason === 'ambiguous-order');
      if (scan.dates.length === 0 && !ambiguous) continue;
      lines.push({
        block: block.index,
        line: lineNo,
        text: line,
        labelAbove,
        captured,
        found: scan.dates,
        ambiguous,
      });
    }
  }
  // "8/27/2025" on the page fixes the order of its "8/1/2025" when the language does not.
  if (languageOrder(context.language) === null && lines.some((line) => line.ambiguous)) {
    const found = lines.flatMap((line) => line.found);
    // The order shows in the page's comments and lists too ("16/04/2020 at 12:35 am" under "12/04/2020 by Kay"),
    // and in how its month names are written ("3 October 2023": day first).
    // The page's own dates first, then the left-out blocks', numeric before named; the left-out blocks are
    // scanned only when the page's own numeric dates leave the order open, and once.
    let excluded: FoundDate[] | undefined;
    const leftOut = () => (excluded ??= skipped ? excludedDates(cleaned, zones, context) : []);
    const order =
      numericOrderOf(found) ?? numericOrderOf(leftOut()) ?? namedOrderOf(found) ?? namedOrderOf(leftOut());
    if (order !== null)
      for (const line of lines)
        if (line.ambiguous) line.found = scanDates(line.text, { ...context, numericOrder: order }).dates;
  }
  return lines;
}

/** The dates of the blocks readDateLines leaves out (comments, lists): only to learn the page's numeric order. */
function excludedDates(cleaned: CleanResult, zones: Zones, context: DateContext): FoundDate[] {
  const found: FoundDate[] = [];
  for (const block of cleaned.blocks) {
    if (!zones.excluded.has(block.index)) continue;
    for (const line of block.text.split('\n'))
      if (line.length <= MAX_DATE_LINE) found.push(...scanDates(line, context).dates);
  }
  return found;
}

/**
 * The features of a date candidate, read by the date model (date-model.json, trained by
 * tests/training/train-dates.ts on the gold of dev and multi with cross-validation).
 */
export const DATE_FEATURES = [
  'bias',
  'labelledPublished',
  'original',
  'labelledUpdated',
  'labelAbove',
  'plain',
  'nearTitle',
  'nearTitleAny',
  'nearByline',
  'nearBylineAny',
  'sameBlockAsByline',
  'listed',
  'crowd',
  'late',
  'inBody',
  'beforeBody',
  'afterBody',
  'aboveTitle',
  'noTitle',
  'dateOnly',
  'shortLine',
  'longLine',
  'numeric',
  'repeated',
  'severalDates',
  'manyDates',
  'earliest',
  'latest',
  'firstOnPage',
  'secondOnLine',
  'handScore',
  'pagePosition',
  'onlyDate',
  'inHeader',
  'leadOfProse',
  'updateIsOnlyDate',
  'weekdayAboveTitle',
  'closestToTitle',
  'otherPublished',
  'updatedNearTitle',
  'headerRivals',
  'updatedByByline',
  'updatedInEnglish',
] as const;

type DateFeature = (typeof DATE_FEATURES)[number];
const D = featureIndex<DateFeature>(DATE_FEATURES);
const WEIGHTS = weightsInOrder(DATE_FEATURES, MODEL.weights);
/** Below this probability the best date is no publication date (chosen by cross-validation for precision). */
export const DATE_THRESHOLD: number = MODEL.threshold;
/**
 * The same on a page read from HTML (chosen by the same rule on the HTML pages): a date held back there leaves
 * the date the page declares.
 */
export const DATE_THRESHOLD_HTML: number = MODEL.htmlThreshold;

/** The date candidates of a page with their features (also read by the training script). */
export interface DateCandidates {
  candidates: Candidate[];
  refused: Map<number, DateRefusal>;
  /** Distinct dates among the candidates. */
  distinct: number;
}

export type DateCandidate = Candidate;

export function dateCandidates(
  cleaned: CleanResult,
  anchor: number | null,
  bylineBlock: number | null,
  context: DateContext,
  zones: Zones = blockZones(cleaned),
): DateCandidates {
  const candidates: Candidate[] = [];
  const blocks = cleaned.blocks;
  const dateBlocks = new Set<number>();
  const refused = new Map<number, DateRefusal>();
  // Position of each date on its line (0 = the line's first date), for the features.
  const onLine: number[] = [];
  const numericOf: boolean[] = [];
  const leadOf: boolean[] = [];
  const weekdayOf: boolean[] = [];
  for (const dateLine of readDateLines(cleaned, zones, context, refused)) {
    const { block, line: lineNo, text: line, labelAbove, captured } = dateLine;
    let found = dateLine.found;
    if (found.length === 0) continue;
    // "The season ends on April 15, 2025. If you …": a date inside a sentence is an event; a date opening
    // the paragraph ("27.1.2022 - Bei der Erinnerung …") is its dateline.
    // "This entry was posted on May 5, 2009 at 10:00 am and is filed under …": the sentence states the page's date.
    const own = ownSentenceKinds(line, found);
    if (own.some((kind) => kind !== undefined)) found = found.filter((_, i) => own[i] !== undefined);
    const ownKinds = own.filter((kind) => kind !== undefined);
    const lead =
      ownKinds.length === 0 && (line.length > MAX_DATE_LINE || (isProse(line) && !ORIGINALLY.test(line)));
    if (lead) {
      // "Wir suchen zum 1. April 2016 …": words of a sentence before the date make it an event too.
      if (found[0]!.index > LEAD_AT || SENTENCE_WORD.test(found[0]!.prefix)) {
        if (!refused.has(block)) refused.set(block, 'in-prose');
        continue;
      }
      found = found.slice(0, 1);
    }
    // "Originally published in March 2022. Last updated on …": the publication day is not given.
    if (ORIGINALLY.test(line) && !found.some((date) => ORIGINALLY_LABEL.test(date.prefix))) continue;
    const kinds: Candidate['kind'][] = found.map((date, i): Candidate['kind'] => {
      if (captured || EMBED_HANDLE.test(date.prefix)) return 'history';
      if (ownKinds[i] !== undefined) return ownKinds[i];
      const prefix = date.prefix || (i === 0 ? labelAbove : '');
      if (UPDATED_LABEL.test(prefix)) return 'updated';
      if (PUBLISHED_LABEL.test(prefix)) return 'published';
      if (HISTORY_LABEL.test(prefix)) return 'history';
      const suffix = line.slice(date.end, found[i + 1]?.index ?? line.length);
      // "Posted on the forum on 2025-07-09:" introduces a quoted post or an entry, not the article.
      if (i === found.length - 1 && /^\s*:\s*$/.test(suffix)) return 'history';
      return UPDATES_AFTER.test(suffix) ? 'updated' : 'plain';
    });
    // "Tom2024-04-18T13:00:39+00:00March 22nd, 2024": a machine timestamp beside a date written for readers is a
    // theme's hidden "updated" stamp; the written date is the one shown.
    if (found.some((date) => !isTimestamp(line, date)))
      for (const [i, date] of found.entries())
        if (kinds[i] === 'plain' && isTimestamp(line, date)) kinds[i] = 'updated';
    // "July 13, 2024October 10, 2020": two bare dates glued are published and modified; the
    // earlier one is the publication.
    const plain = found.filter((_, i) => kinds[i] === 'plain');
    if (plain.length >= 2) {
      const earliest = plain.reduce((a, b) => (b.iso < a.iso ? b : a)).iso;
      for (const [i, date] of found.entries())
        if (kinds[i] === 'plain' && date.iso > earliest) kinds[i] = 'updated';
    }
    let dateChars = 0;
    for (const date of found) dateChars += date.end - date.index;
    for (const [i, date] of found.entries()) {
      dateBlocks.add(block);
      if (kinds[i] === 'history') continue;
      // "December 3, 2025. Updated: December 7, 2025": the date before an update is the publication.
      const kind =
        kinds[i] === 'plain' && kinds.slice(i + 1).includes('updated') ? 'published' : (kinds[i] ?? 'plain');
      const original = ORIGINALLY_LABEL.test(date.prefix);
      onLine.push(i);
      numericOf.push(date.numeric !== null);
      leadOf.push(lead);
      weekdayOf.push(date.weekday);
      candidates.push({
        iso: date.iso,
        block,
        line: lineNo,
        kind: original ? 'published' : kind,
        original,
        labelAbove: i === 0 && date.prefix.trim() === '' && labelAbove !== '',
        nearTitle: 0,
        nearByline: 0,
        score: 0,
        residual: line.trim().length - dateChars,
        features: new Float64Array(DATE_FEATURES.length),
      });
    }
  }
  if (candidates.length === 0) return { candidates, refused, distinct: 0 };

  const firstBody = cleaned.body[0]?.index ?? null;
  const lastBody = cleaned.body[cleaned.body.length - 1]?.index ?? null;
  const inBody = new Set(cleaned.body.map((block) => block.index));
  // A byline far from the headline (a sidebar's or a teaser's) does not vouch for a date beside it
  // when a date sits in the headline's own header.
  const headerDate =
    anchor !== null && candidates.some((c) => c.kind !== 'history' && Math.abs(c.block - anchor) <= 3);
  const bylineFar = bylineBlock !== null && anchor !== null && Math.abs(bylineBlock - anchor) > FAR_BYLINE;
  const byline = headerDate && bylineFar ? null : bylineBlock;
  // A page that shows its headline twice (a hero, then the article header) has a header under each copy.
  const anchorText = anchor !== null ? (blocks[anchor]?.text.trim() ?? '') : '';
  const headlines: number[] = [];
  if (anchor !== null && anchorText.length >= MIN_REPEATED_HEADLINE) {
    for (const block of blocks) if (block.text.trim() === anchorText) headlines.push(block.index);
  } else if (anchor !== null) headlines.push(anchor);
  // How often each date appears (a page repeats its own date: header and footer), the earliest and latest.
  const seen = new Map<string, number>();
  let earliest = candidates[0]!.iso;
  let latest = earliest;
  for (const c of candidates) {
    seen.set(c.iso, (seen.get(c.iso) ?? 0) + 1);
    if (c.iso < earliest) earliest = c.iso;
    if (c.iso > latest) latest = c.iso;
  }
  const distinct = seen.size;
  const english = context.language === 'en';
  // The date nearest the headline (the header's own date), a date labelled as the publication, and the
  // distinct dates of the header.
  let closest = Number.POSITIVE_INFINITY;
  const publishedDates = new Set<string>();
  const headerDates = new Set<string>();
  for (const c of candidates) {
    if (anchor !== null) closest = Math.min(closest, Math.abs(c.block - anchor));
    if (c.kind === 'published') publishedDates.add(c.iso);
    if (
      anchor !== null &&
      c.block >= anchor - 3 &&
      (firstBody === null || c.block <= Math.max(firstBody, anchor + 3))
    )
      headerDates.add(c.iso);
  }
  candidates.forEach((candidate, k) => {
    // The header sits between the headline and the first kept body block.
    let nearHeadline = 0;
    for (const headline of headlines)
      nearHeadline = Math.max(nearHeadline, distance(candidate.block, headline, HEADER_REACH));
    const nearTitle = Math.max(
      nearHeadline,
      firstBody !== null && candidate.block <= firstBody ? distance(candidate.block, firstBody, 4) : 0,
    );
    const nearByline = byline !== null ? distance(candidate.block, byline, 3) : 0;
    let crowd = 0;
    for (let i = candidate.block - 4; i <= candidate.block + 4; i++)
      if (i !== candidate.block && dateBlocks.has(i)) crowd++;
    // Lists of posts carry a date per entry: a date among many is an entry's, not the article's. So is a date
    // under a post's title with another title and date above it ("Recent Posts" / "Why my tomatoes split" /
    // "November 28" / "Five bulbs to plant" / "November 20" / the headline): two entries are a list too, when a
    // third follows or the pair stands above the headline.
    const alternating =
      dateBlocks.has(candidate.block - 2) &&
      !dateBlocks.has(candidate.block - 1) &&
      (dateBlocks.has(candidate.block + 2) || (anchor !== null && candidate.block < anchor));
    const listed = (crowd >= 3 || alternating) && nearByline === 0;
    const late = zones.late.has(candidate.block);
    candidate.nearTitle = nearTitle;
    candidate.nearByline = nearByline;
    // Each piece of evidence is worth 2; closeness only breaks ties between equal evidence.
    candidate.score =
      (candidate.kind === 'plain' ? 0 : 2) +
      (nearByline > 0 ? 2 + nearByline / 2 : 0) +
      (nearTitle > 0 ? 2 + nearTitle / 2 : 0) +
      (candidate.original ? 6 : 0) -
      (listed ? 3 : 0) -
      (late ? 1 : 0);
    const x = candidate.features;
    x[D.bias] = 1;
    x[D.labelledPublished] = candidate.kind === 'published' && !candidate.original ? 1 : 0;
    x[D.original] = candidate.original ? 1 : 0;
    x[D.labelledUpdated] = candidate.kind === 'updated' ? 1 : 0;
    x[D.labelAbove] = candidate.labelAbove ? 1 : 0;
    x[D.plain] = candidate.kind === 'plain' ? 1 : 0;
    x[D.nearTitle] = nearTitle;
    x[D.nearTitleAny] = nearTitle > 0 ? 1 : 0;
    x[D.nearByline] = nearByline;
    x[D.nearBylineAny] = nearByline > 0 ? 1 : 0;
    x[D.sameBlockAsByline] = byline !== null && candidate.block === byline ? 1 : 0;
    x[D.listed] = listed ? 1 : 0;
    x[D.crowd] = Math.min(crowd, 8) / 8;
    x[D.late] = late ? 1 : 0;
    x[D.inBody] = inBody.has(candidate.block) ? 1 : 0;
    x[D.beforeBody] = firstBody !== null && candidate.block < firstBody ? 1 : 0;
    x[D.afterBody] = lastBody !== null && candidate.block > lastBody ? 1 : 0;
    x[D.aboveTitle] = anchor !== null && candidate.block < anchor ? 1 : 0;
    x[D.noTitle] = anchor === null ? 1 : 0;
    x[D.dateOnly] = candidate.residual <= 3 ? 1 : 0;
    x[D.shortLine] = candidate.residual <= 40 ? 1 : 0;
    x[D.longLine] = candidate.residual > 100 ? 1 : 0;
    x[D.numeric] = numericOf[k] ? 1 : 0;
    x[D.repeated] = (seen.get(candidate.iso) ?? 0) > 1 ? 1 : 0;
    x[D.severalDates] = distinct === 2 ? 1 : 0;
    x[D.manyDates] = distinct > 2 ? 1 : 0;
    x[D.earliest] = distinct > 1 && candidate.iso === earliest ? 1 : 0;
    x[D.latest] = distinct > 1 && candidate.iso === latest ? 1 : 0;
    x[D.firstOnPage] = k === 0 ? 1 : 0;
    x[D.secondOnLine] = (onLine[k] ?? 0) > 0 ? 1 : 0;
    x[D.handScore] = Math.max(-4, Math.min(8, candidate.score)) / 4;
    x[D.pagePosition] = candidate.block / Math.max(1, blocks.length);
    x[D.onlyDate] = distinct === 1 ? 1 : 0;
    x[D.leadOfProse] = leadOf[k] ? 1 : 0;
    // "Mittwoch, 8. Juli 2020" above the headline: a news site's masthead shows the day of the visit.
    x[D.weekdayAboveTitle] = weekdayOf[k] && anchor !== null && candidate.block < anchor ? 1 : 0;
    // "Last updated: May 28th, 2024" as the page's one date, apart from update dates beside other dates (a
    // changelog, an "Updated" after the publication): the gold is that day on 30 of 48 such DEV and multi pages (text).
    x[D.updateIsOnlyDate] = candidate.kind === 'updated' && distinct === 1 ? 1 : 0;
    // The page's date nearest the headline (either side; every date at that distance).
    x[D.closestToTitle] = anchor !== null && Math.abs(candidate.block - anchor) === closest ? 1 : 0;
    // Another date of the page is labelled as the publication ("Published: …" beside this one).
    x[D.otherPublished] = holdsOther(publishedDates, candidate.iso) ? 1 : 0;
    // An update date in the article's header (the gold there is its day on most WCXB pages, not on all).
    x[D.updatedNearTitle] = candidate.kind === 'updated' && nearTitle > 0 ? 1 : 0;
    // The header (three blocks over the headline to the body's start) states another date too.
    x[D.headerRivals] = holdsOther(headerDates, candidate.iso) ? 1 : 0;
    // "By Jane Roe | Last Updated on March 26, 2025": a theme's refreshed stamp on the byline's line.
    x[D.updatedByByline] =
      candidate.kind === 'updated' && byline !== null && candidate.block === byline ? 1 : 0;
    // An update label on an English page (an evergreen page's refresh: the gold there is the first publication
    // as often as not), against "Stand:", "Aktualisiert am", "Atualizado em" on the news pages of other languages.
    x[D.updatedInEnglish] = candidate.kind === 'updated' && english ? 1 : 0;
    x[D.inHeader] =
      anchor !== null && firstBody !== null && candidate.block >= anchor && candidate.block <= firstBody
        ? 1
        : 0;
  });
  return { candidates, refused, distinct };
}

/** The model's score of a candidate's features (also replayed by the training script with other weights). */
export function scoreDate(x: Float64Array, weights: Float64Array = WEIGHTS): number {
  return linearScore(weights, x);
}

export interface DatePick {
  iso: string;
  /** The most probable candidate stating that date. */
  best: Candidate;
  /** The date's probability: the softmax share of every candidate stating it. */
  probability: number;
}

/**
 * The model is a choice among the page's date candidates and "no date" (score 0); a date's probability is the
 * share of every place the page states it. Null without candidates.
 */
export function pickDate(candidates: readonly Candidate[], scores: readonly number[]): DatePick | null {
  const chosen = mostProbableGroup(candidates, scores, (candidate) => candidate.iso);
  return chosen && { iso: chosen.best.iso, best: chosen.best, probability: chosen.probability };
}

/**
 * The article's publication (and update) date: the date candidate the model finds most probable, when its
 * probability clears the threshold; the update date is the best labelled "Updated …" date after it. Null
 * when no line supports a date: a date is never guessed.
 */
export function extractDates(
  cleaned: CleanResult,
  anchor: number | null,
  bylineBlock: number | null,
  context: DateContext,
  zones: Zones = blockZones(cleaned),
  threshold: number = DATE_THRESHOLD,
): DateResult & { signals: DateSignals; candidates: Candidate[] } {
  const { candidates, refused, distinct } = dateCandidates(cleaned, anchor, bylineBlock, context, zones);
  const none = {
    publishedAt: null,
    updatedAt: null,
    block: null,
    updatedBlock: null,
    evidence: null,
    refused,
  };
  if (candidates.length === 0) return { ...none, signals: NO_SIGNALS, candidates };
  let updated: Candidate | null = null;
  for (const c of candidates)
    if (c.kind === 'updated' && (updated === null || c.score > updated.score)) updated = c;
  const updatedIso = updated && updated.score >= 2 ? updated.iso : null;
  // A page that labels its publication date ("Published: …") and its update ("Updated: …") has told which is which:
  // the update's date is no candidate for the publication (with both in the pick, the two dates shared the model's
  // probability and neither cleared the threshold when the update stood first).
  const labelled = candidates.some((c) => c.kind === 'published' && !c.original);
  const rivals = labelled ? candidates.filter((c) => c.kind !== 'updated') : candidates;
  const pick = pickDate(
    rivals,
    rivals.map((c) => scoreDate(c.features)),
  );
  if (pick === null || pick.probability < threshold)
    return {
      ...none,
      updatedAt: updatedIso,
      updatedBlock: updatedIso ? (updated?.block ?? null) : null,
      signals: { ...NO_SIGNALS, updatedLine: updatedIso ? (updated?.line ?? null) : null },
      candidates,
    };
  const published = pick.best;
  const publishedAt = published.iso;
  const keepUpdated = updatedIso !== null && updatedIso > publishedAt;
  return {
    publishedAt,
    updatedAt: keepUpdated ? updatedIso : null,
    block: published.block,
    updatedBlock: keepUpdated ? (updated?.block ?? null) : null,
    evidence: published.original
      ? 'dateline-original'
      : published.kind === 'published'
        ? 'dateline-labelled'
        : published.kind === 'updated'
          ? published.labelAbove
            ? 'dateline-template'
            : 'dateline-updated'
          : published.nearByline > 0
            ? 'dateline-byline'
            : published.nearTitle > 0
              ? 'dateline-header'
              : 'dateline',
    refused,
    signals: {
      ...signalsOf(published, candidates, distinct, keepUpdated ? (updated?.line ?? null) : null),
      probability: pick.probability,
    },
    candidates,
  };
}

function signalsOf(
  chosen: Candidate,
  candidates: Candidate[],
  distinct: number,
  updatedLine: number | null,
): Omit<DateSignals, 'probability'> {
  let rivalScore = Number.NEGATIVE_INFINITY;
  const blocks = new Set<number>();
  for (const c of candidates) {
    if (c.iso !== chosen.iso && c.kind !== 'history' && c.score > rivalScore) rivalScore = c.score;
    if (c.iso === chosen.iso) blocks.add(c.block);
  }
  return {
    publishedLine: chosen.line,
    updatedLine,
    score: chosen.score,
    rivalScore: Number.isFinite(rivalScore) ? rivalScore : 0,
    distinct,
    repeats: blocks.size,
    labelled: chosen.kind === 'published' || chosen.labelAbove,
    nearTitle: chosen.nearTitle,
    nearByline: chosen.nearByline,
  };
}

/** 1 when `block` is within `reach` of `target`, falling to 0 with distance. */
function distance(block: number, target: number, reach: number): number {
  const gap = Math.abs(block - target);
  return gap > reach ? 0 : 1 - gap / (reach + 1);
}
