/**
 * What ICU knows of a language's dates besides its month names (intl-months.ts), for the languages the vocabulary
 * has no module for: the calendar it counts in when none is asked for (Thai's is the Buddhist era's: "2567" is 2024;
 * Persian's the Solar Hijri: "۱۵ اسفند ۱۴۰۲" is 5 March 2024) and the order it writes all-numeric dates in (day
 * first for Russian, Arabic, Hindi, Turkish…; the year first for Chinese, Japanese, Persian…); and the Solar Hijri
 * calendar's months and days in Gregorian terms. ICU is asked once per language code (a formatter costs tens of
 * microseconds to make: made per scanned line, 1 % of the core).
 */

/** The orders of an all-numeric date's day and month (date-scan.ts's NumericOrder). */
type DayMonthOrder = 'day-month' | 'month-day';

export interface IcuDates {
  /** ICU's calendar for the language ("gregory", "buddhist", "persian", …). */
  calendar: string;
  /** The order of day and month in its all-numeric dates; null when the year comes first. */
  numericOrder: DayMonthOrder | null;
}

const KNOWN = new Map<string, IcuDates>();

/** ICU's facts of the language `code` (an ISO code ICU supports: intl-months.ts asks only for those). */
export function icuDates(code: string): IcuDates {
  let facts = KNOWN.get(code);
  if (facts === undefined) {
    const parts = new Intl.DateTimeFormat(`${code}-u-ca-gregory`, {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
    })
      .formatToParts(new Date(Date.UTC(2020, 10, 25)))
      .map((part) => part.type);
    const day = parts.indexOf('day');
    const month = parts.indexOf('month');
    const year = parts.indexOf('year');
    facts = {
      calendar: new Intl.DateTimeFormat(code).resolvedOptions().calendar,
      numericOrder: year < day && year < month ? null : day < month ? 'day-month' : 'month-day',
    };
    KNOWN.set(code, facts);
  }
  return facts;
}

/** The Buddhist era's lead on the Gregorian years (a language whose ICU calendar is "buddhist": Thai). */
export const BUDDHIST_ERA_YEARS = 543;
/** A year of that era from here on (1857 in Gregorian years): no Gregorian year of the web is this high. */
export const FIRST_BUDDHIST_YEAR = 2400;

/**
 * Month numbers past this stand for the months of the Solar Hijri calendar, which Iran and Afghanistan date their
 * news in: SOLAR_MONTH + 1 … SOLAR_MONTH + 12 in a month table (date-scan.ts converts the date).
 */
export const SOLAR_MONTH = 100;

const DAY_MS = 86_400_000;
/** Reads a day's Solar Hijri year, month and day as numbers; made on first use (not at the worker's start). */
let solarNumbers: Intl.DateTimeFormat | null = null;

function solarParts(time: number): { year: number; month: number; day: number } {
  solarNumbers ??= new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const parts = solarNumbers.formatToParts(new Date(time));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** The Solar Hijri month names of the language, lower case, as ICU writes them → SOLAR_MONTH + the month. */
export function solarMonthNames(code: string): Map<string, number> {
  const names = new Intl.DateTimeFormat(`${code}-u-ca-persian`, { timeZone: 'UTC', month: 'long' });
  const months = new Map<string, number>();
  // The middle of each month of the year 1399 (from 20 March 2020, its first day).
  const start = Date.UTC(2020, 2, 20, 12);
  for (let month = 1; month <= 12; month++) {
    const time = start + ((month - 1) * 30 + 15) * DAY_MS;
    months.set(names.format(new Date(time)).toLowerCase(), SOLAR_MONTH + solarParts(time).month);
  }
  return months;
}

/**
 * The Gregorian day (UTC, ms) of a Solar Hijri date, or null when it is no day of that calendar: the year starts at
 * the March equinox (Nowruz, 20 or 21 March), its first six months have 31 days and the next five 30; the estimate
 * is checked against ICU's reading within three days either way.
 */
export function fromSolarHijri(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const offset = month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30;
  const estimate = Date.UTC(year + 621, 2, 21) + (offset + day - 1) * DAY_MS;
  for (const shift of [0, -1, 1, -2, 2, -3, 3]) {
    const time = estimate + shift * DAY_MS;
    const parts = solarParts(time);
    if (parts.year === year && parts.month === month && parts.day === day) return time;
  }
  return null;
}
