/**
 * The invariant of the removed bylines and datelines: every line the cleaner removed as a byline or dateline
 * gives its author or date to the record (`usedFor`), or the record's audit says why not (`unusedBecause`):
 * another byline or date was the article's, it sat in a comment thread or related list, its date is in the
 * future, before 1995, without a day or of an order the page does not fix, it names too many people, its names
 * were too unsure or it names nobody. One pass over the removed items; each is read once (its dates scanned, the record's names
 * looked up in its text).
 */
import type { Block, MetadataField, RemovedItem, UnusedReason } from '../types.ts';
import type { AuthorRefusal } from './authors.ts';
import { type DateContext, scanDates } from './date-scan.ts';
import type { DateRefusal } from './dates.ts';
import { splitNames } from './names.ts';
import type { Zones } from './zones.ts';

export interface AuditFacts {
  authors: readonly string[];
  contributors: readonly string[];
  publishedAt: string | null;
  updatedAt: string | null;
  zones: Zones;
  /** Per block, why its names were not the authors. */
  authorsUnused: ReadonlyMap<number, AuthorRefusal>;
  /** Per block, why its date-like text gave no date. */
  datesRefused: ReadonlyMap<number, DateRefusal>;
  when: DateContext;
}

const DATE_REASON: Record<DateRefusal, UnusedReason> = {
  future: 'date-in-future',
  'too-old': 'date-too-old',
  'ambiguous-order': 'ambiguous-day-month',
  'no-day': 'no-full-date',
  'in-prose': 'date-in-prose',
};

/** A byline naming more people than this is a list (authors.ts reads at most as many). */
const MAX_BYLINE_NAMES = 8;

/** Names in a byline's text: its parts between commas, "and", "&" that start with a capital. */
function countNames(text: string): number {
  let count = 0;
  for (const part of splitNames(text)) if (/^\p{Lu}/u.test(part)) count++;
  return count;
}

/** Longest text of a removed item read for names and dates (bylines and datelines are short). */
const MAX_READ = 400;

/** The removed items, the bylines and datelines among them annotated (new objects; the others unchanged). */
export function auditRemoved(removed: readonly RemovedItem[], facts: AuditFacts): RemovedItem[] {
  return removed.map((item) => {
    if (item.kind !== 'byline' && item.kind !== 'dateline') return item;
    const text = item.text.slice(0, MAX_READ);
    const usedFor: MetadataField[] = [];
    if (facts.authors.some((name) => text.includes(name))) usedFor.push('authors');
    if (facts.contributors.some((name) => text.includes(name))) usedFor.push('contributors');
    const dates = scanDates(text, facts.when);
    if (dates.dates.some((date) => date.iso === facts.publishedAt)) usedFor.push('publishedAt');
    if (dates.dates.some((date) => date.iso === facts.updatedAt)) usedFor.push('updatedAt');
    if (usedFor.length > 0) return { ...item, usedFor };
    return { ...item, unusedBecause: reason(item, dates.dates.length > 0, dates.refused[0]?.reason, facts) };
  });
}

function reason(
  item: RemovedItem,
  hasDate: boolean,
  refusedHere: DateRefusal | undefined,
  facts: AuditFacts,
): UnusedReason {
  if (facts.zones.excluded.has(item.block)) return 'comment-or-related-list';
  // With no publication date at all, the model found no date of the page sure enough.
  if (hasDate) return facts.publishedAt === null ? 'below-threshold' : 'other-date-chosen';
  const refused = refusedHere ?? facts.datesRefused.get(item.block);
  const author = facts.authorsUnused.get(item.block);
  if (item.kind === 'byline') {
    if (countNames(item.text) > MAX_BYLINE_NAMES) return 'too-many-names';
    if (author === 'below-threshold') return 'below-threshold';
    if (author === 'other-byline-chosen') return 'other-byline-chosen';
    if (author === 'headline-subject') return 'headline-subject';
    if (refused) return DATE_REASON[refused];
    return 'no-name';
  }
  if (refused) return DATE_REASON[refused];
  if (author === 'other-byline-chosen') return 'other-byline-chosen';
  if (author === 'below-threshold') return 'below-threshold';
  return 'no-full-date';
}

/** The rule of the headline line a record's title is not (README, the rules' table). */
export const REPLACED_HEADLINE_RULE = 'title.replaced';

/**
 * The removed items with the cleaner's headline line among them, in block order, when the record's title is not
 * that line: a title the file or the page declares stands in its place (front matter, a reader's header, a JSON
 * item's field, the HTML head), or none does. The body never holds the headline line, so without this item the line
 * would be in no part of the record. `fromLine`: the record's title was read from the line.
 */
export function withReplacedHeadline(
  removed: RemovedItem[],
  headline: Block | undefined,
  fromLine: boolean,
): RemovedItem[] {
  if (headline === undefined || fromLine) return removed;
  const item: RemovedItem = {
    text: headline.text,
    rule: REPLACED_HEADLINE_RULE,
    kind: 'metadata',
    block: headline.index,
    line: headline.line,
  };
  const element = headline.hints?.element;
  if (element !== undefined) item.element = element;
  let at = removed.length;
  while (at > 0 && removed[at - 1]!.block > headline.index) at--;
  return [...removed.slice(0, at), item, ...removed.slice(at)];
}
