/**
 * Reader comment threads as a unit: where a thread starts (a comment heading with entries under it, or a run
 * of "NAME says:" entries with no heading), and the entries read out of it (author, when posted, text) for
 * the record's `comments` field. The thread is removed from the body with kind `comments`.
 */
import type { ThreadEntry } from '../types.ts';
import { LANGUAGES } from '../vocabulary/index.ts';
import type { Unit, Verdict } from './classify.ts';
import { linesOf, verdictForLine } from './classify.ts';
import { isDateLine, isNameLine, metaLineKind } from './detectors.ts';
import { COMMENT_SETTINGS as SETTINGS } from './settings.ts';
import { wordCount } from './text.ts';

/** The verbs of an author line in every language ("says", "sagt", "dit", "dice"), lower case. */
const COMMENT_VERBS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.commentVerbs));
/** One of COMMENT_VERBS as a word of a lower-cased text (white space or an end around it, a colon after it allowed). */
const ANY_COMMENT_VERB = new RegExp(
  `(?:^|\\s)(?:${[...COMMENT_VERBS].map((verb) => verb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}):?(?:\\s|$)`,
);
/** Words that start a date after the author's name ("Jane on March 3 said:", "Jan am 3. März sagt:"). */
const DATE_JOINERS = new Set(['on', 'am', 'le', 'el', 'il', 'em', 'op', 'at', '-', '–', '—', '|', '•', '·']);
/** First words that make a line a sentence, not a commenter's name ("He says:", "The minister says:"). */
const NOT_A_NAME = new Set(
  LANGUAGES.flatMap((l) => l.stopWords).filter((word) => word.length > 1 || word === 'i'),
);

export interface AuthorLine {
  author: string;
  /** The date or time the line states ("March 3, 2024 at 4:12 pm", "3 hours ago"), as written. */
  posted: string | null;
}

/**
 * A comment's author line: "Jane Doe says:", "jdoe123 says:", "Jane Doe on March 3, 2024 at 4:12 pm said:",
 * "Jan sagt:", "Tom says March 3, 2024". Null for any other line (at most 12 words before the verb, and a
 * name that does not open with a function word: "He says:" in an interview is not a comment).
 */
export function commentAuthor(line: string): AuthorLine | null {
  if (line.length > SETTINGS.authorLineChars || line.includes('\n')) return null;
  // An author line has a verb among its words (`bare` of a token): a line whose lower-cased text holds none
  // is not one (most lines, read before any split).
  if (!ANY_COMMENT_VERB.test(line.toLowerCase())) return null;
  const tokens = line.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 16) return null;
  let verb = -1;
  for (let k = 1; k < tokens.length && k <= 12; k++) {
    if (COMMENT_VERBS.has(bare(tokens[k]!))) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return null;
  // French sets a space before the colon ("Jean dit :").
  const rest = tokens.slice(verb + 1).join(' ');
  const colon = tokens[verb]!.endsWith(':') || rest.startsWith(':');
  const after = rest.replace(/^:\s*/, '');
  // The verb ends the line ("says:", "says") or a date follows it ("says March 3, 2024 at 4:12 pm").
  if (after !== '' && !(/\d/.test(after) && isDateLine(after))) return null;
  if (after === '' && !colon && tokens.length > 4) return null;
  // The name runs to the first date joiner or digit.
  let nameEnd = verb;
  for (let k = 1; k < verb; k++) {
    if (DATE_JOINERS.has(tokens[k]!.toLowerCase()) || /\d/.test(tokens[k]!)) {
      nameEnd = k;
      break;
    }
  }
  if (nameEnd > 5) return null;
  const name = tokens.slice(0, nameEnd).join(' ').replace(/[,:]$/, '');
  if (name === '' || NOT_A_NAME.has(name.split(' ')[0]!.toLowerCase()) || /[.!?"“”]/.test(name)) return null;
  const between = tokens.slice(nameEnd + 1, verb).join(' ');
  const posted = nameEnd < verb ? between : after !== '' ? after : null;
  return { author: name, posted: posted === '' ? null : posted };
}

/** A token without trailing ':' and lower-cased. */
function bare(token: string): string {
  return token.replace(/:$/, '').toLowerCase();
}

/**
 * A unit is a marker of a comment entry: an author line, a reply/like button, a vote counter, or a short
 * line that states a time or a year ("AmySeptember 11, 2008 at 2:06 PM", "Hx | September 25, 2015").
 */
function isEntryMarker(unit: Unit, structural: boolean): boolean {
  const kind = unit.verdict?.kind;
  if (kind === 'comments' || kind === 'counter') return true;
  if (!structural && (kind === 'dateline' || kind === 'byline')) return true;
  for (const line of linesOf(unit)) {
    if (commentAuthor(line)) return true;
    if (!structural && wordCount(line) <= SETTINGS.authorLineWords / 2 && STATES_TIME.test(line)) return true;
  }
  return false;
}

/** A clock time, a year of this century or the last, or a compact age ("8d", "3h"): a comment's time line. */
const STATES_TIME = /(?:^|\D)(?:\d{1,2}:\d{2}|(?:19|20)\d\d)(?:\D|$)|^\d{1,3} ?[smhdwy]$/;

/**
 * A comment heading at `i` has a thread under it: within the next few blocks, the markers of comment entries
 * (author lines, reply buttons, vote counters, the comment form). `strong` asks for two markers: a heading
 * with most of the region's prose after it needs more evidence (a "12 Comments" link above the article).
 */
export function hasThread(units: readonly Unit[], i: number, strong: boolean): boolean {
  let markers = 0;
  const last = Math.min(units.length - 1, i + SETTINGS.evidenceBlocks);
  for (let j = i + 1; j <= last; j++) {
    // Above most of the article only author lines and comment buttons count: dates are everywhere there.
    if (isEntryMarker(units[j]!, strong)) markers++;
    if (markers >= (strong ? 2 : 1)) return true;
  }
  return false;
}

/**
 * A thread with no heading: from the first author line ("Jane says:") in the second half of the page that is
 * followed by another entry marker within a few blocks. -1 when there is none.
 */
export function headlessThreadStart(units: readonly Unit[], from: number): number {
  for (let i = Math.max(from, Math.floor(units.length / 2)); i < units.length; i++) {
    const unit = units[i]!;
    if (unit.feat.words > SETTINGS.authorLineWords || unit.verdict) continue;
    if (!linesOf(unit).some((line) => commentAuthor(line) !== null)) continue;
    if (hasThread(units, i, false)) return i;
  }
  return -1;
}

/**
 * Block i opens a comment thread: a comment heading, or an author line ("Jane says:"), with entry markers
 * under it (two author lines or comment buttons within a few blocks).
 */
export function opensThread(units: readonly Unit[], i: number): boolean {
  const unit = units[i]!;
  const heading = unit.verdict?.kind === 'comments' && unit.verdict.heading === 'rest';
  if (!heading) {
    if (unit.feat.words > SETTINGS.authorLineWords) return false;
    if (!linesOf(unit).some((line) => commentAuthor(line) !== null)) return false;
  }
  return hasThread(units, i, true);
}

/** "Reply • Share", "Like | Reply | Report": a row of comment actions, each a phrase some rule matches. */
function actionRow(text: string): Verdict | null {
  if (text.length > 80) return null;
  const parts = text.split(/[•|·]/);
  if (parts.length < 2) return null;
  let verdict: Verdict | null = null;
  for (const part of parts) {
    const words = wordCount(part);
    if (words === 0) continue;
    verdict = verdictForLine(part, words);
    if (verdict === null) return null;
  }
  return verdict;
}

/** The separators of a name-and-date line ("Mark Twain • 3 hours ago", "Ana | March 3, 2024"). */
const META_PARTS = /\s+[|•·—–-]\s+|\s*[|•·]\s*/;

/** A comment being read: `confirmed` once something besides a name says it is a comment. */
interface Entry {
  author: string | null;
  posted: string | null;
  text: string[];
  /** It has an author line ("says:"), a time, or a reply/like button: a menu heading and its links have none. */
  confirmed: boolean;
}

/**
 * The entries of a thread (the units after its heading, in order): an author line or a name line starts an
 * entry, a date line gives its time, reply/like/vote chrome is skipped, any other line is the comment's text.
 * An entry is kept when it is confirmed (an author line, a time, or a reply button of its own): the footer
 * that follows a thread has names and links but none of those. At most `maxComments` entries; `truncated`
 * says there were more.
 */
export function readComments(units: readonly Unit[]): { comments: ThreadEntry[]; truncated: boolean } {
  const comments: ThreadEntry[] = [];
  let current: Entry | null = null;
  let truncated = false;
  const start = (author: string | null, posted: string | null, confirmed: boolean): Entry => {
    flush();
    current = { author, posted, text: [], confirmed };
    return current;
  };
  const flush = () => {
    const entry = current as Entry | null;
    if (entry && entry.text.length > 0 && entry.confirmed) {
      if (comments.length < SETTINGS.maxComments)
        comments.push({ author: entry.author, posted: entry.posted, text: entry.text.join('\n') });
      else truncated = true;
    }
    current = null;
  };
  // Once an entry past the last kept one is complete, nothing read after it changes the result: stop there
  // (a thread that runs to the end of a 10 MB page is not read to its end).
  for (const unit of units) {
    if (truncated) break;
    for (const line of linesOf(unit)) {
      const text = line.trim();
      if (text === '') continue;
      const author = commentAuthor(text);
      if (author) {
        start(author.author, author.posted, true);
        continue;
      }
      const entry = current as Entry | null;
      const words = wordCount(text);
      if (words <= SETTINGS.authorLineWords && isDateLine(text)) {
        if (entry && entry.text.length === 0 && entry.posted === null) {
          entry.posted = text;
          entry.confirmed = true;
        } else start(null, text, true);
        continue;
      }
      if (words <= SETTINGS.authorLineWords && metaLineKind(text) === 'byline') {
        // "Mark Twain • 3 hours ago": the name part and the date part.
        const parts = text.split(META_PARTS);
        const name = parts.find((part) => !isDateLine(part)) ?? null;
        const posted = parts.filter((part) => part !== name).join(' ') || null;
        start(name?.trim() ?? null, posted, true);
        continue;
      }
      const verdict = verdictForLine(text, words) ?? actionRow(text);
      if (verdict !== null) {
        // A reply or like button under a comment confirms it.
        if (entry && (verdict.kind === 'comments' || verdict.kind === 'counter')) entry.confirmed = true;
        continue;
      }
      if (words <= 4 && isNameLine(text) && (entry === null || entry.text.length > 0)) {
        start(text, null, false);
        continue;
      }
      (entry ?? start(null, null, false)).text.push(text);
    }
  }
  flush();
  return { comments, truncated };
}
