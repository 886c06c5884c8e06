/**
 * Dates in a short line of text, in the languages of the vocabulary (functions/core/vocabulary): "March 3,
 * 2024", "3 March 2024", "3. März 2024", "le 3 mars 2024", "3 de marzo de 2024", "2024-03-03", "03.03.2024",
 * "3/14/2024", "2024年3月3日". Only dates whose day, month and year are all stated count: a month and a year
 * alone, a weekday or "3 days ago" are no publication date.
 *
 * An all-numeric date whose day and month could swap ("04/03/2024") is read in the order the page's language
 * fixes (day first in de, fr, es, it, pt, nl, pl; dots always mean day first), or in the order the page's other,
 * unambiguous numeric dates show; otherwise it is refused. English pages do not fix the order (US and UK
 * usage differ).
 *
 * One pass over the characters to make tokens, one over the tokens to match: linear in the line.
 */

import {
  BUDDHIST_ERA_YEARS,
  FIRST_BUDDHIST_YEAR,
  fromSolarHijri,
  icuDates,
  SOLAR_MONTH,
} from '../vocabulary/calendars.ts';
import { LANGUAGES, type LanguageCode, languageCode, vocabularyOf } from '../vocabulary/index.ts';
import { intlMonths, type MonthTable } from '../vocabulary/intl-months.ts';
import { isJsSpace } from '../whitespace.ts';

/** Dates before this are not web publication dates (and are mostly historical mentions). */
export const EARLIEST = '1995-01-01';

export type NumericOrder = 'day-month' | 'month-day';

export interface DateContext {
  /** Dates after this day are refused (`future`). */
  now: Date;
  /** The page's language: it fixes the order of all-numeric dates. */
  language?: string | null;
  /** The order the page's unambiguous numeric dates show (see `numericOrderOf`). */
  numericOrder?: NumericOrder | null;
}

export interface FoundDate {
  /** YYYY-MM-DD. */
  iso: string;
  /** Offset of the date in the line. */
  index: number;
  /** Offset just after the date. */
  end: number;
  /** The text between the previous date (or the line's start) and this one: where labels sit. */
  prefix: string;
  /** All-numeric ("03.04.2024", "4/3/2024"): the order it was read in, or null for a month name or ISO. */
  numeric: { order: NumericOrder | null; separator: string } | null;
  /** A month name: whether the day came first ("3 March 2024") or the month ("March 3, 2024"); null otherwise. */
  named: NumericOrder | null;
  /** A weekday stands before it ("Mittwoch, 8. Juli 2020"). */
  weekday: boolean;
}

/** Why a date-like run of the line gives no date. */
export type RefusedReason = 'future' | 'too-old' | 'ambiguous-order' | 'no-day';

export interface RefusedDate {
  index: number;
  end: number;
  reason: RefusedReason;
}

export interface ScanResult {
  dates: FoundDate[];
  refused: RefusedDate[];
}

// ---------------------------------------------------------------------------------------------------------
// Words of the vocabulary

interface MonthWord {
  month: number;
}

/** Every form of every month in every language ("march", "mar", "märz", "mrz", "marzo"…), lower case. */
const MONTHS = new Map<string, MonthWord>();
const WEEKDAYS = new Set<string>();
const ORDINALS = new Set<string>();
const JOINERS = new Set<string>();
for (const language of LANGUAGES) {
  language.months.forEach((forms, i) => {
    for (const form of forms) if (!MONTHS.has(form)) MONTHS.set(form, { month: i + 1 });
  });
  for (const forms of language.weekdays) for (const form of forms) if (form.length >= 3) WEEKDAYS.add(form);
  for (const ordinal of language.metadata.dayOrdinals) ORDINALS.add(ordinal);
  for (const joiner of language.metadata.dateJoiners) JOINERS.add(joiner);
}

// ---------------------------------------------------------------------------------------------------------
// Tokens

const NUM = 1;
const WORD = 2;
const MARK = 3;

interface Token {
  kind: typeof NUM | typeof WORD | typeof MARK;
  start: number;
  end: number;
  /** NUM: the digits; WORD: lower case; MARK: the character. */
  text: string;
  /** White space right before it. */
  spaced: boolean;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** The head of a year of the web (1995–2099) glued to digits after it. */
const GLUED_YEAR = /^(?:19|20)$/;
/** Marks read as parts of dates; anything else ends a date. */
const DATE_MARKS = new Set(['.', ',', '/', '-', '–', '年', '月', '日', '년', '월', '일']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text[i]!);
}

const COMBINING_MARK = /\p{M}/u;

function isMarkAt(text: string, i: number): boolean {
  return text.charCodeAt(i) >= 0x300 && COMBINING_MARK.test(text[i]!);
}

function endOfRun(text: string, i: number): number {
  let k = i;
  while (k < text.length && !isJsSpace(text.charCodeAt(k))) k++;
  return k;
}

const FILE_NAME = /\.(?:jpe?g|png|gif|webp|svg|pdf|html?|php|aspx?|mp[34]|zip|docx?)\b/i;
const LETTER_OR_UNDERSCORE = /[\p{L}_]/u;
/** A name or a word glued to a numeric date ("Jones08/13/2020May"): letters, then the date's digits. */
const GLUED_DATE = /^\p{L}+\d{1,2}\/\d{1,2}\/\d{4}(?:\p{L}|$)/u;

/**
 * URLs, paths and file names: their digits are no dates ("IMG_2024-05-06.jpg", "example.com/2024/03/12/x",
 * "/2023/04/05/slug"). "2025/Living" (a date glued to a category link) is not one: no letter before the slash.
 */
function notDateRun(run: string): boolean {
  if (run.includes('://') || run.startsWith('www.') || run.startsWith('/') || run.includes('_')) return true;
  if (FILE_NAME.test(run)) return true;
  const slash = run.indexOf('/');
  // "Jones08/13/2020": a date glued to the name before it has digits right before the slash; a path does not.
  if (slash > 0 && isDigit(run.charCodeAt(slash - 1)) && GLUED_DATE.test(run)) return false;
  return slash > 0 && LETTER_OR_UNDERSCORE.test(run.slice(0, slash)) && /\d/.test(run.slice(slash));
}

/**
 * The line as tokens: digit runs, letter runs (split where a lower-case letter meets a capital, so "Keegan"
 * and "August" glued by the scraper are two words), and single marks. White space only sets `spaced`.
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let spaced = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isJsSpace(c)) {
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    if (spaced || tokens.length === 0) {
      // At the start of a run of non-space characters: a URL, a path or a file name is skipped whole.
      const runEnd = endOfRun(text, i);
      if (notDateRun(text.slice(i, runEnd))) {
        i = runEnd;
        spaced = true;
        continue;
      }
    }
    if (isDigit(c)) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      // "06/11/20230 Kommentare", "29. Dezember 202230. Dezember 2022": a year glued to the number after it
      // (a count, the next date's day) is two numbers.
      if (i - start >= 5 && i - start <= 6 && GLUED_YEAR.test(text.slice(start, start + 2))) {
        tokens.push({ kind: NUM, start, end: start + 4, text: text.slice(start, start + 4), spaced });
        tokens.push({ kind: NUM, start: start + 4, end: i, text: text.slice(start + 4, i), spaced: false });
        spaced = false;
        continue;
      }
      // "2022-12-07T10:10:52+01:0025. Dezember 2022": a time's minutes or seconds glued to the next date's day
      // (a hidden machine timestamp before the shown date) are two digits.
      const colon = tokens[tokens.length - 1];
      if (
        !spaced &&
        (i - start === 3 || i - start === 4) &&
        colon?.kind === MARK &&
        colon.text === ':' &&
        !colon.spaced &&
        isNum(tokens[tokens.length - 2], 2, 2)
      ) {
        tokens.push({ kind: NUM, start, end: start + 2, text: text.slice(start, start + 2), spaced: false });
        tokens.push({ kind: NUM, start: start + 2, end: i, text: text.slice(start + 2, i), spaced: false });
        spaced = false;
        continue;
      }
      tokens.push({ kind: NUM, start, end: i, text: text.slice(start, i), spaced });
    } else if (isLetterAt(text, i)) {
      // CJK date marks (年 月 日) are letters too: each is its own token.
      const ch = text[i]!;
      if (DATE_MARKS.has(ch)) {
        i++;
        tokens.push({ kind: MARK, start, end: i, text: ch, spaced });
      } else {
        i++;
        // A vowel or tone mark goes on with its word ("मार्च", "มีนาคม").
        while (i < n && (isLetterAt(text, i) || isMarkAt(text, i)) && !DATE_MARKS.has(text[i]!)) {
          // "KeeganAugust": a capital after a lower-case letter starts a new word.
          if (UPPER.test(text[i]!) && LOWER.test(text[i - 1]!)) break;
          i++;
        }
        tokens.push({ kind: WORD, start, end: i, text: text.slice(start, i).toLowerCase(), spaced });
      }
    } else {
      i++;
      tokens.push({ kind: MARK, start, end: i, text: text[start]!, spaced });
    }
    spaced = false;
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------------------
// Matching

interface Match {
  year: number;
  month: number;
  day: number;
  /** Token index after the date. */
  next: number;
  numeric: FoundDate['numeric'];
  /** An all-numeric date whose day and month could swap, the order not fixed. */
  ambiguous?: boolean;
  named?: NumericOrder;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day the calendar has: not February 30th, not month 0 or day 0. */
export function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1]!;
}

const isNum = (t: Token | undefined, min: number, max: number): t is Token =>
  t !== undefined && t.kind === NUM && t.text.length >= min && t.text.length <= max;
const isMark = (t: Token | undefined, ...marks: string[]): t is Token =>
  t !== undefined && t.kind === MARK && marks.includes(t.text);
/** The month a word names: in the page's own language first when the vocabulary has no module for it (`page`). */
const monthOf = (t: Token | undefined, page: MonthTable | null): number | null =>
  t !== undefined && t.kind === WORD ? (page?.get(t.text) ?? MONTHS.get(t.text)?.month ?? null) : null;

/** A four-digit year, or the year at the head of a number the scraper glued to what follows ("20255 mins", "202511 mins"). */
function yearOf(t: Token | undefined, allowGlued: boolean): number | null {
  if (t === undefined || t.kind !== NUM) return null;
  if (t.text.length === 4) return Number(t.text);
  if (allowGlued && t.text.length <= 6 && /^(?:19|20)/.test(t.text)) return Number(t.text.slice(0, 4));
  return null;
}

/** A two-digit year after an apostrophe ("14 Feb ’20"): the index of its digits, or -1. */
function clippedYear(tokens: Token[], k: number): number {
  const mark = tokens[k];
  const digits = tokens[k + 1];
  return isMark(mark, '’', "'") && mark.spaced && isNum(digits, 2, 2) && !digits.spaced ? k + 1 : -1;
}

/** The year of a two-digit one: the latest year of the century that is not after this one. */
function fullYear(yy: number, thisYear: number): number {
  return 2000 + yy <= thisYear ? 2000 + yy : 1900 + yy;
}

/** Skips an ordinal glued to the day ("3rd", "1er", "1º") and a period after it ("3."): the index after. */
function afterDay(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (t && !t.spaced && ((t.kind === WORD && ORDINALS.has(t.text)) || isMark(t, 'º', 'ª', '°'))) k++;
  if (isMark(tokens[k], '.') && !tokens[k]!.spaced) k++;
  return k;
}

/** Skips joiners ("of", "de") and a comma. */
function skipJoiners(tokens: Token[], k: number): number {
  while (tokens[k]?.kind === WORD && JOINERS.has(tokens[k]!.text)) k++;
  return k;
}

/** "March 3, 2024", "Mar. 3rd 2024", "marzo 3, 2024". */
function monthFirst(tokens: Token[], i: number, thisYear: number, page: MonthTable | null): Match | null {
  const month = monthOf(tokens[i], page);
  if (month === null) return null;
  let k = i + 1;
  if (isMark(tokens[k], '.') && !tokens[k]!.spaced) k++;
  if (isMark(tokens[k], ',')) k++;
  const day = tokens[k];
  // "Apr 042013": a theme that prints the day and the year in two boxes, glued by the scraper (a two-digit day,
  // then a four-digit year of the web, nothing glued after).
  if (isNum(day, 6, 6) && day.spaced && /^(?:0[1-9]|[12]\d|3[01])(?:19|20)\d\d$/.test(day.text)) {
    const after = tokens[k + 1];
    if (after === undefined || after.spaced || after.kind === MARK)
      return {
        year: Number(day.text.slice(2)),
        month,
        day: Number(day.text.slice(0, 2)),
        next: k + 1,
        numeric: null,
        named: 'month-day',
      };
  }
  if (!isNum(day, 1, 2)) return null;
  k = afterDay(tokens, k + 1);
  if (isMark(tokens[k], ',')) k++;
  const clipped = clippedYear(tokens, k);
  const year = clipped > 0 ? fullYear(Number(tokens[clipped]!.text), thisYear) : yearOf(tokens[k], true);
  if (year === null) return null;
  if (clipped > 0) k = clipped;
  return { year, month, day: Number(day.text), next: k + 1, numeric: null, named: 'month-day' };
}

/** "3 March 2024", "3rd of March, 2024", "3. März 2024", "1er mars 2024", "3 de marzo de 2024", "03-Mar-2024". */
function dayFirst(tokens: Token[], i: number, thisYear: number, page: MonthTable | null): Match | null {
  const day = tokens[i];
  if (!isNum(day, 1, 2)) return null;
  let k = afterDay(tokens, i + 1);
  if (isMark(tokens[k], '-', '/') && k === i + 1) k++;
  k = skipJoiners(tokens, k);
  const month = monthOf(tokens[k], page);
  if (month === null) return null;
  k++;
  if (isMark(tokens[k], '.') && !tokens[k]!.spaced) k++;
  if (isMark(tokens[k], '-', '/', ',')) k++;
  k = skipJoiners(tokens, k);
  const clipped = clippedYear(tokens, k);
  const year = clipped > 0 ? fullYear(Number(tokens[clipped]!.text), thisYear) : yearOf(tokens[k], true);
  if (year === null) return null;
  if (clipped > 0) k = clipped;
  return { year, month, day: Number(day.text), next: k + 1, numeric: null, named: 'day-month' };
}

/** "2024-03-03", "2024/3/3", "2024.03.03", "2022 Oct 12", "2024年3月3日". */
function yearFirst(tokens: Token[], i: number, page: MonthTable | null): Match | null {
  const year = yearOf(tokens[i], false);
  if (year === null) return null;
  const a = tokens[i + 1];
  // "2020. augusztus 15.": Hungarian's year, period, month name, day (a month of the page's own language only).
  const word = tokens[i + 2];
  const named = isMark(a, '.') && !a.spaced && word?.kind === WORD ? (page?.get(word.text) ?? null) : null;
  if (named !== null && isNum(tokens[i + 3], 1, 2))
    return { year, month: named, day: Number(tokens[i + 3]!.text), next: i + 4, numeric: null };
  if (isMark(a, '-', '/', '.') && !a.spaced) {
    const month = tokens[i + 2];
    const sep = tokens[i + 3];
    const day = tokens[i + 4];
    if (!isNum(month, 1, 2) || !isMark(sep, a.text) || !isNum(day, 1, 2) || sep.spaced || day.spaced)
      return null;
    // "2024-03-03-5" or "2024.03.03.1": a longer run of numbers (a version, an identifier).
    if (isMark(tokens[i + 5], a.text) && isNum(tokens[i + 6], 1, 9) && !tokens[i + 5]!.spaced) return null;
    return { year, month: Number(month.text), day: Number(day.text), next: i + 5, numeric: null };
  }
  if (isMark(a, '年', '년')) {
    const month = tokens[i + 2];
    const day = tokens[i + 4];
    if (
      isNum(month, 1, 2) &&
      isMark(tokens[i + 3], '月', '월') &&
      isNum(day, 1, 2) &&
      isMark(tokens[i + 5], '日', '일')
    )
      return { year, month: Number(month.text), day: Number(day.text), next: i + 6, numeric: null };
    return null;
  }
  const month = monthOf(a, page);
  if (month !== null && isNum(tokens[i + 2], 1, 2))
    return { year, month, day: Number(tokens[i + 2]!.text), next: i + 3, numeric: null };
  return null;
}

/** "03.04.2024", "4/3/2024", "14-03-2024": day and month by the separator, the language or the page. */
function allNumeric(tokens: Token[], i: number, order: NumericOrder | null, thisYear: number): Match | null {
  const a = tokens[i];
  const sep = tokens[i + 1];
  const b = tokens[i + 2];
  const sep2 = tokens[i + 3];
  if (!isNum(a, 1, 2) || !isMark(sep, '.', '/', '-') || !isNum(b, 1, 2) || !isMark(sep2, sep.text))
    return null;
  if (sep.spaced || sep2.spaced) return null;
  const y = tokens[i + 4];
  // "13. 1. 2020": German spaces after the dots, the same space before the month and the year.
  const spacedDots = sep.text === '.' && b.spaced && y?.spaced === true;
  if ((b.spaced || y?.spaced) && !spacedDots) return null;
  let year = yearOf(y, false);
  // "maculi28.09.1912:44": a two-digit year with its time glued on by the scraper ("28.09.19 12:44"); four digits
  // right before ":" and two more are no year (dots or slashes, a two-digit day and month, an hour of 00–23).
  if (
    year !== null &&
    sep.text !== '-' &&
    a.text.length === 2 &&
    b.text.length === 2 &&
    isMark(tokens[i + 5], ':') &&
    !tokens[i + 5]!.spaced &&
    isNum(tokens[i + 6], 2, 2) &&
    !tokens[i + 6]!.spaced &&
    Number(y!.text.slice(2)) <= 23
  )
    year = fullYear(Number(y!.text.slice(0, 2)), thisYear);
  // "06.11.23", "26/10/13": a two-digit year after a two-digit day and month (dots or slashes, never dashes:
  // "12-10-20" is a range or a score more often than a date).
  if (
    year === null &&
    !spacedDots &&
    isNum(y, 2, 2) &&
    sep.text !== '-' &&
    a.text.length === 2 &&
    b.text.length === 2
  ) {
    // "v1.10.12", "x12.10.12": glued to what comes before, a version or a code.
    if (i > 0 && !a.spaced && tokens[i - 1]!.kind !== MARK) return null;
    // ":" after it is a time ("10.05.30:12"), a letter glued to it a code.
    const after = tokens[i + 5];
    if (after && !after.spaced && (after.text === ':' || after.kind === WORD)) return null;
    const yy = Number(y.text);
    year = fullYear(yy, thisYear);
  }
  if (year === null) return null;
  // "1.2.2024.5", "12/03/2024/1": part of a longer run of numbers.
  if (isMark(tokens[i + 5], sep.text) && isNum(tokens[i + 6], 1, 9) && !tokens[i + 5]!.spaced) return null;
  if (i > 0 && isMark(tokens[i - 1], sep.text) && !a.spaced && isNum(tokens[i - 2], 1, 9)) return null;
  const first = Number(a.text);
  const second = Number(b.text);
  const next = i + 5;
  // Dots mean day first in every language here ("03.04.2024").
  const fixed: NumericOrder | null = sep.text === '.' ? 'day-month' : order;
  if (first > 12 && second <= 12)
    return { year, month: second, day: first, next, numeric: { order: 'day-month', separator: sep.text } };
  if (second > 12 && first <= 12)
    return { year, month: first, day: second, next, numeric: { order: 'month-day', separator: sep.text } };
  if (first === second)
    return { year, month: first, day: first, next, numeric: { order: null, separator: sep.text } };
  if (fixed === 'day-month')
    return { year, month: second, day: first, next, numeric: { order: null, separator: sep.text } };
  if (fixed === 'month-day')
    return { year, month: first, day: second, next, numeric: { order: null, separator: sep.text } };
  return {
    year,
    month: first,
    day: second,
    next,
    numeric: { order: null, separator: sep.text },
    ambiguous: true,
  };
}

/** "March 2024", "März 2024": a month and a year with no day (refused as `no-day`). */
function monthYear(tokens: Token[], i: number, page: MonthTable | null): number {
  if (monthOf(tokens[i], page) === null) return -1;
  let k = i + 1;
  if (isMark(tokens[k], '.', ',')) k++;
  return yearOf(tokens[k], false) !== null ? k + 1 : -1;
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A four-digit year, a two-digit one after a day and a month, or one after an apostrophe (one digit-led pass). */
const MAYBE_YEAR = /\d(?:\d{3}|[./]\d\d?[./]\d\d)|[’']\d\d/;

/**
 * The zeros of the decimal digits other scripts write dates in ("١٢ مارس ٢٠٢٤", "۱۵ اسفند", "१५ मार्च", "２０２４年"):
 * Arabic-Indic, Persian, Devanagari, Bengali, Thai, Lao, Myanmar, Khmer, full-width. Each script's ten digits follow
 * its zero.
 */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x0ed0, 0x1040, 0x17e0, 0xff10];
const OTHER_DIGITS = `[${DIGIT_ZEROS.map((zero) => `${String.fromCharCode(zero)}-${String.fromCharCode(zero + 9)}`).join('')}]`;
const HAS_OTHER_DIGIT = new RegExp(OTHER_DIGITS, 'u');
const OTHER_DIGIT = new RegExp(OTHER_DIGITS, 'gu');

/** The text with the digits of other scripts as ASCII digits (one code unit for one: offsets stay the same). */
export function asciiDigits(text: string): string {
  if (!HAS_OTHER_DIGIT.test(text)) return text;
  return text.replace(OTHER_DIGIT, (digit) => {
    const c = digit.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => c >= z && c <= z + 9)!;
    return String.fromCharCode(48 + c - zero);
  });
}

/** Whether `text` may hold a date: scanDates reads none (and refuses none) in a text without a year. */
export function mayHoldDate(text: string): boolean {
  return MAYBE_YEAR.test(text) || (HAS_OTHER_DIGIT.test(text) && MAYBE_YEAR.test(asciiDigits(text)));
}

/** Today as YYYY-MM-DD (UTC). */
export function isoToday(now: Date): string {
  // Every line of a page is scanned with the page's one `now`: the day is made again only when it changes.
  const time = now.getTime();
  if (time !== TODAY.time) {
    TODAY.time = time;
    TODAY.iso = isoDay(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
  }
  return TODAY.iso;
}

/** The last `now` isoToday read (NaN: none yet; an invalid Date is NaN too, and never equal). */
const TODAY = { time: Number.NaN, iso: '' };

/** What a page's language says about its dates. */
interface LanguageDates {
  /**
   * The order it writes all-numeric dates in, when it fixes one (English does not: US and UK differ; a language
   * without a module, as ICU writes its dates: "03/05/2024" is 3 May on a Russian or Arabic page).
   */
  order: NumericOrder | null;
  /** Its month words when the vocabulary has no module for it (ICU's: intl-months.ts), else null. */
  months: MonthTable | null;
  /** Years its calendar counts before the Gregorian one's (Thai's Buddhist era: 2567 is 2024), else 0. */
  eraYears: number;
  /** Its calendar is the Solar Hijri one (Persian's): a year of it in an all-numeric date is read so. */
  solarYears: boolean;
}

/** What `language` says about its dates. */
function languageDates(language: string | null | undefined): LanguageDates {
  // Asked once per scanned line with the page's one language: the last answer is kept.
  if (language === LAST_LANGUAGE.language) return LAST_LANGUAGE.dates;
  const vocabulary = vocabularyOf(language);
  const months = intlMonths(language);
  // A language without a module that ICU knows (it has month words): ICU's numeric order and calendar.
  const icu = months === null ? null : icuDates(languageCode(language)!);
  const dates: LanguageDates = {
    order: vocabulary
      ? vocabulary.code === ('en' satisfies LanguageCode)
        ? null
        : vocabulary.numericDateOrder
      : (icu?.numericOrder ?? null),
    months,
    eraYears: icu?.calendar === 'buddhist' ? BUDDHIST_ERA_YEARS : 0,
    solarYears: icu?.calendar === 'persian',
  };
  LAST_LANGUAGE.language = language;
  LAST_LANGUAGE.dates = dates;
  return dates;
}

/** languageDates's last question and answer (a symbol no language is, at first). */
const LAST_LANGUAGE: { language: string | null | undefined | symbol; dates: LanguageDates } = {
  language: Symbol('none'),
  dates: { order: null, months: null, eraYears: 0, solarYears: false },
};

/** A year of the Solar Hijri calendar of the web's dates (1300–1499: 1921–2121), which no Gregorian one of it is. */
const isSolarYear = (year: number) => year >= 1300 && year < 1500;

/** A match whose month is a Solar Hijri one (SOLAR_MONTH + n) as its Gregorian day; false when it is no day. */
function toGregorian(match: Match): boolean {
  const time = fromSolarHijri(match.year, match.month - SOLAR_MONTH, match.day);
  if (time === null) return false;
  const day = new Date(time);
  match.year = day.getUTCFullYear();
  match.month = day.getUTCMonth() + 1;
  match.day = day.getUTCDate();
  return true;
}

/** The order a language writes all-numeric dates in, when it fixes one (English does not: US and UK differ). */
export function languageOrder(language: string | null | undefined): NumericOrder | null {
  return languageDates(language).order;
}

/** Every date in the line with its day, month and year stated, between EARLIEST and `now`; and what was refused. */
export function scanDates(written: string, context: DateContext): ScanResult {
  const dates: FoundDate[] = [];
  const refused: RefusedDate[] = [];
  const text = asciiDigits(written);
  // Every date read here states a four-digit year; most lines have none
  // (or a two-digit one after a day and a month: "06.11.23"). The text's digits are ASCII now: mayHoldDate's
  // second look, for other scripts' digits, would find none.
  if (!MAYBE_YEAR.test(text)) return { dates, refused };
  const tokens = tokenize(text);
  const latest = isoToday(context.now);
  const language = languageDates(context.language);
  const order = context.numericOrder ?? language.order;
  const page = language.months;
  const thisYear = Number(latest.slice(0, 4));
  let previousEnd = 0;
  let i = 0;
  while (i < tokens.length) {
    let k = i;
    // A weekday before the date ("Tuesday, March 3, 2024", "Di., 3. März 2024") belongs to it.
    if (tokens[k]?.kind === WORD && WEEKDAYS.has(tokens[k]!.text)) {
      k++;
      if (isMark(tokens[k], '.', ',')) k++;
      if (isMark(tokens[k], ',')) k++;
    }
    const match =
      yearFirst(tokens, k, page) ??
      allNumeric(tokens, k, order, thisYear) ??
      monthFirst(tokens, k, thisYear, page) ??
      dayFirst(tokens, k, thisYear, page);
    if (!match) {
      const end = monthYear(tokens, i, page);
      if (end > 0) {
        refused.push({ index: tokens[i]!.start, end: tokens[end - 1]!.end, reason: 'no-day' });
        i = end;
      } else i++;
      continue;
    }
    const start = tokens[i]!.start;
    const end = tokens[match.next - 1]!.end;
    const weekday = k > i;
    i = match.next;
    if (match.ambiguous) {
      refused.push({ index: start, end, reason: 'ambiguous-order' });
      continue;
    }
    if (language.eraYears > 0 && match.year >= FIRST_BUDDHIST_YEAR) match.year -= language.eraYears;
    // "۱۴۰۲/۱۲/۱۵" on a Persian page: a year of the Solar Hijri calendar's (1300 is 1921) with its month's number.
    if (language.solarYears && isSolarYear(match.year) && match.month <= 12) match.month += SOLAR_MONTH;
    // "۱۵ اسفند ۱۴۰۲": a Persian month name dates the day in the Solar Hijri calendar.
    if (match.month > SOLAR_MONTH && !toGregorian(match)) continue;
    if (!validDay(match.year, match.month, match.day)) continue;
    const iso = isoDay(match.year, match.month, match.day);
    if (iso < EARLIEST || iso > latest) {
      refused.push({ index: start, end, reason: iso < EARLIEST ? 'too-old' : 'future' });
      continue;
    }
    dates.push({
      iso,
      index: start,
      end,
      prefix: written.slice(previousEnd, start),
      numeric: match.numeric,
      named: match.named ?? null,
      weekday,
    });
    previousEnd = end;
  }
  return { dates, refused };
}

/**
 * The order the page's unambiguous all-numeric dates show ("8/27/2025" is month first, so "8/1/2025" on the
 * same page is 1 August), or null when they show none or disagree.
 */
export function numericOrderOf(found: Iterable<FoundDate>): NumericOrder | null {
  return orderShown(found, (date) =>
    date.numeric?.separator === '.' ? undefined : (date.numeric?.order ?? undefined),
  );
}

/**
 * The order the page's dates with a month name show, when they all agree: a page that writes "3 October 2023"
 * writes "03/10/2023" day first too (British usage), one that writes "October 3, 2023" month first.
 */
export function namedOrderOf(found: Iterable<FoundDate>): NumericOrder | null {
  return orderShown(found, (date) => date.named ?? undefined);
}

function orderShown(
  found: Iterable<FoundDate>,
  shownBy: (date: FoundDate) => NumericOrder | undefined,
): NumericOrder | null {
  let order: NumericOrder | null = null;
  for (const date of found) {
    const shown = shownBy(date);
    if (!shown) continue;
    if (order !== null && order !== shown) return null;
    order = shown;
  }
  return order;
}
