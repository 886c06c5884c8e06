import { strict as chronoStrict } from 'chrono-node/en';
import type { CleanResult } from '../types.ts';
import { blockZones, type Zones } from './zones.ts';

/** Dates before this are not web publication dates (and are mostly historical mentions). */
const EARLIEST = '1995-01-01';
/** A line longer than this is prose: dates in it are events, not the article's own date. */
const MAX_DATE_LINE = 200;
/** How far (in blocks) from the title or byline a date still belongs to the article header. */
const HEADER_REACH = 8;
/** A headline this long, repeated word for word, is the same headline (a short one may be a section name). */
const MIN_REPEATED_HEADLINE = 20;

/** A byline more than this many blocks from the headline is not the article header's. */
const FAR_BYLINE = 20;

export interface FoundDate {
  iso: string;
  /** Offset of the date in the text it was found in. */
  index: number;
  /** Offset just after the date. */
  end: number;
  /** The text between the previous date (or line start) and this one: where labels sit. */
  prefix: string;
}

export interface DateResult {
  publishedAt: string | null;
  updatedAt: string | null;
  /** Block the published date came from. */
  block: number | null;
}

/** URLs, file names and paths: their digits are not dates ("IMG_2024-05-06.jpg", "/2023/04/"). */
const NOT_DATE_TOKENS =
  /\b(?:https?:\/\/|www\.)\S+|\S*\.(?:jpe?g|png|gif|webp|svg|pdf|html?|php|aspx?|mp[34]|zip|docx?)\b\S*|\S*[\p{L}_]\S*\/\S*|\S*\/\S*[\p{L}_]\S*|\S*_\S*/giu;
/** Numeric dates with two numbers ≤ 12 could be either day-month order, so the day is uncertain. */
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/;

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** "KeeganAugust 5", "HealthDECEMBER 22": a month glued to the word before it. */
const GLUED_BEFORE = new RegExp(`(?<=\\p{Ll})(?=(?:${MONTH}|${MONTH.toUpperCase()})\\.?\\s+\\d)`, 'gu');
/** "June 29, 2020November 12", "Mar 27, 20255 mins", "28 Nov 2025Admin": a year glued to what follows. */
const GLUED_AFTER = new RegExp(
  `((?:${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?)\\s+(?:19|20)\\d\\d)(?=[\\p{L}\\d/])`,
  'giu',
);

/**
 * Inline elements glued by the scraper ("Stef KeeganAugust 5, 2024", "June 29, 2020November 12,
 * 2021", "November 28, 2025/Living Healthy") spaced apart so the parser sees each date. Indexes of
 * `datesIn` refer to this text.
 */
export function unglue(text: string): string {
  if (!/(?:19|20)\d\d/.test(text)) return text;
  return text.replace(GLUED_BEFORE, ' ').replace(GLUED_AFTER, (date) => `${date} | `);
}

/** Every date in `text` whose day, month and year are all stated, between 1995-01-01 and `now`. */
export function datesIn(raw: string, now: Date): FoundDate[] {
  // A certain date states its year; without one, skip the (comparatively slow) parser.
  if (!/(?:19|20)\d\d/.test(raw)) return [];
  const text = unglue(raw);
  const masked = text.replace(NOT_DATE_TOKENS, (token) => ' '.repeat(token.length));
  const latest = isoDay(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
  const found: FoundDate[] = [];
  let previousEnd = 0;
  for (const result of chronoStrict.parse(masked, now)) {
    const start = result.start;
    if (!(start.isCertain('day') && start.isCertain('month') && start.isCertain('year'))) continue;
    const numeric = result.text.trim().match(NUMERIC_DATE);
    if (numeric) {
      const [first, second, year] = [Number(numeric[1]), Number(numeric[2]), numeric[3] ?? ''];
      if (year.length !== 4 || (first <= 12 && second <= 12 && first !== second)) continue;
    }
    const iso = isoDay(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
    if (iso < EARLIEST || iso > latest) continue;
    previousEnd = result.index + result.text.length;
    found.push({
      iso,
      index: result.index,
      end: previousEnd,
      prefix: masked.slice(found.at(-1)?.end ?? 0, result.index),
    });
  }
  return found;
}

/** True when a short line is mostly a date ("August 25, 2025", "Updated Dec 19, 2025 · 5 min read"). */
export function isDateLine(text: string, now: Date): boolean {
  if (text.length > 80 || text.includes('\n')) return false;
  return datesIn(text, now).length > 0;
}

const UPDATED_LABEL =
  /\b(?:updated|modified|revised|edited|refreshed|last\s+update)\b[^\p{L}]*(?:on|at)?\s*[:\-–]?\s*$/iu;
const PUBLISHED_LABEL =
  /\b(?:published|posted|released|date|written|created|first\s+published|originally\s+published)\b[^\p{L}]*(?:on|at)?\s*[:\-–]?\s*$/iu;
/** A label alone on its line, with the date in the next block ("Last updated on:" / "October 1, 2025"). */
const LABEL_ONLY =
  /^(?:(?:last\s+)?(?:updated|modified|published|posted)(?:\s+(?:on|at))?|last\s+update|date(?:\s+published)?|publish(?:ed)?\s+date|publication\s+date|content\s+current\s+as\s+of)\s*:?$/i;

/** A paper's manuscript history ("Received 2022 Oct 12; Accepted 2023 Jan 7"): not the publication. */
const HISTORY_LABEL =
  /\b(?:received|submitted|accepted|revised\s+version\s+received)\b[^\p{L}]*(?:on)?\s*:?\s*$/iu;
/** An update log's link after the date ("Mar 9, 2026 See Updates"): the date of the latest update. */
const UPDATES_AFTER = /^[^\p{L}]*(?:see\s+(?:all\s+)?|view\s+(?:all\s+)?)?updates?\b/iu;

const EMAIL_HEADER = /^(?:From|To|Subject):\s/m;
const ORIGINALLY = /\boriginally\s+published\b/i;
const ORIGINALLY_LABEL = /\boriginally\s+published(?:\s+on)?\s*:?\s*$/i;

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
  /** `history`: a manuscript's "Received"/"Accepted" date or a date introducing a quote ("… on May 3, 2024:"), never the publication. */
  kind: 'published' | 'updated' | 'plain' | 'history';
  /** "This article was originally published on …": the publication date, stated outright. */
  original: boolean;
  /** The label sits alone on the line above ("Last updated:" / "October 1, 2025"): a template field. */
  labelAbove: boolean;
  score: number;
}

/**
 * The article's publication (and update) date: a certain date on a short line near the title or
 * byline, preferring labelled lines. Null when no such line exists: a date is never guessed.
 */
export function extractDates(
  cleaned: CleanResult,
  anchor: number | null,
  bylineBlock: number | null,
  now: Date,
  zones: Zones = blockZones(cleaned),
): DateResult {
  const candidates: Candidate[] = [];
  const blocks = cleaned.blocks;
  const dateBlocks = new Set<number>();
  for (const block of blocks) {
    if (zones.excluded.has(block.index)) continue;
    // A quoted e-mail's "Date:" header is the e-mail's date, not the article's.
    if (EMAIL_HEADER.test(block.text)) continue;
    const previous = blocks[block.index - 1]?.text.trim() ?? '';
    const labelAbove = LABEL_ONLY.test(previous) ? previous.toLowerCase() : '';
    for (const line of block.text.split('\n')) {
      if (line.length > MAX_DATE_LINE && !ORIGINALLY.test(line)) continue;
      const found = datesIn(line, now);
      // "The season ends on April 15, 2025. If you …": a date inside a sentence is an event.
      if (found.length > 0 && isProse(line) && !ORIGINALLY.test(line)) continue;
      // "Originally published in March 2022. Last updated on …": the publication day is not given.
      if (ORIGINALLY.test(line) && !found.some((date) => ORIGINALLY_LABEL.test(date.prefix))) continue;
      const unglued = found.length > 0 ? unglue(line) : line;
      const kinds: Candidate['kind'][] = found.map((date, i): Candidate['kind'] => {
        const prefix = date.prefix || (i === 0 ? labelAbove : '');
        if (UPDATED_LABEL.test(prefix)) return 'updated';
        if (PUBLISHED_LABEL.test(prefix)) return 'published';
        if (HISTORY_LABEL.test(prefix)) return 'history';
        const suffix = unglued.slice(date.end, found[i + 1]?.index ?? unglued.length);
        // "Posted on the forum on 2025-07-09:" introduces a quoted post or an entry, not the article.
        if (i === found.length - 1 && /^\s*:\s*$/.test(suffix)) return 'history';
        return UPDATES_AFTER.test(suffix) ? 'updated' : 'plain';
      });
      // "July 13, 2024October 10, 2020": two bare dates glued are published and modified; the
      // earlier one is the publication.
      const plain = found.filter((_, i) => kinds[i] === 'plain');
      if (plain.length >= 2) {
        const earliest = plain.reduce((a, b) => (b.iso < a.iso ? b : a)).iso;
        for (const [i, date] of found.entries())
          if (kinds[i] === 'plain' && date.iso > earliest) kinds[i] = 'updated';
      }
      for (const [i, date] of found.entries()) {
        dateBlocks.add(block.index);
        if (kinds[i] === 'history') continue;
        // "December 3, 2025. Updated: December 7, 2025": the date before an update is the publication.
        const kind =
          kinds[i] === 'plain' && kinds.slice(i + 1).includes('updated')
            ? 'published'
            : (kinds[i] ?? 'plain');
        const original = ORIGINALLY_LABEL.test(date.prefix);
        candidates.push({
          iso: date.iso,
          block: block.index,
          kind: original ? 'published' : kind,
          original,
          labelAbove: i === 0 && date.prefix.trim() === '' && labelAbove !== '',
          score: 0,
        });
      }
    }
  }
  if (candidates.length === 0) return { publishedAt: null, updatedAt: null, block: null };

  const firstBody = cleaned.body[0]?.index ?? null;
  // A byline far from the headline (a sidebar's or a teaser's) does not vouch for a date beside it
  // when a date sits in the headline's own header.
  const headerDate =
    anchor !== null && candidates.some((c) => c.kind !== 'history' && Math.abs(c.block - anchor) <= 3);
  const bylineFar = bylineBlock !== null && anchor !== null && Math.abs(bylineBlock - anchor) > FAR_BYLINE;
  const byline = headerDate && bylineFar ? null : bylineBlock;
  // A page that shows its headline twice (a hero, then the article header) has a header under each copy.
  const anchorText = anchor !== null ? (blocks[anchor]?.text.trim() ?? '') : '';
  const headlines =
    anchor === null
      ? []
      : anchorText.length >= MIN_REPEATED_HEADLINE
        ? blocks.filter((block) => block.text.trim() === anchorText).map((block) => block.index)
        : [anchor];
  for (const candidate of candidates) {
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
    // Lists of posts carry a date per entry: a date among many is an entry's, not the article's.
    const listed = crowd >= 3 && nearByline === 0;
    // Each piece of evidence is worth 2; closeness only breaks ties between equal evidence.
    candidate.score =
      (candidate.kind === 'plain' ? 0 : 2) +
      (nearByline > 0 ? 2 + nearByline / 2 : 0) +
      (nearTitle > 0 ? 2 + nearTitle / 2 : 0) +
      (candidate.original ? 6 : 0) -
      (listed ? 3 : 0) -
      (zones.late.has(candidate.block) ? 1 : 0);
  }
  const best = (kinds: Candidate['kind'][]) =>
    candidates
      .filter((c) => kinds.includes(c.kind))
      .reduce<Candidate | null>((top, c) => (top === null || c.score > top.score ? c : top), null);
  const published = best(['published', 'plain']);
  const updated = best(['updated']);
  const updatedIso = updated && updated.score >= 2 ? updated.iso : null;
  // "Updated …" alone does not say when the article was first published: publishedAt stays null
  // (on DEV an inline "Updated on …" date equals the publication date about half of the time). A page
  // template's single date field with its label on the line above ("Last updated:" / "Aug 4, 2025") is
  // the page's date (on DEV it was the publication date on every such page).
  if (!(published && published.score >= 2)) {
    if (updated && updatedIso && updated.labelAbove)
      return { publishedAt: updatedIso, updatedAt: null, block: updated.block };
    return { publishedAt: null, updatedAt: updatedIso, block: null };
  }
  const publishedAt = published.iso;
  return {
    publishedAt,
    updatedAt: updatedIso && updatedIso > publishedAt ? updatedIso : null,
    block: published.block,
  };
}

/** 1 when `block` is within `reach` of `target`, falling to 0 with distance. */
function distance(block: number, target: number, reach: number): number {
  const gap = Math.abs(block - target);
  return gap > reach ? 0 : 1 - gap / (reach + 1);
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
