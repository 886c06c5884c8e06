/**
 * Month names of the languages the vocabulary has no module for ("15 августа 2016", "28 kwietnia 2021",
 * "15 Ağustos 2016", "2020. augusztus 15."), as Node's ICU writes them (Intl.DateTimeFormat): the name alone and
 * inside a date (the genitive of Slavic and Baltic languages, the partitive of Finnish), full and abbreviated,
 * lower case. Only a page in that language reads them: "listopad" is November in Polish and Czech, October in
 * Croatian. A language the vocabulary has a module for keeps its own words (index.ts), which say more (labels,
 * ordinals, joiners); this adds month names only.
 */
import { languageCode, vocabularyOf } from './index.ts';

/** A month's word → its number (1-12). */
export type MonthTable = ReadonlyMap<string, number>;

const TABLES = new Map<string, MonthTable | null>();

/**
 * A word of letters (with their vowel and tone marks: "मार्च", "มีนาคม"), three at least ("авг", "sie"; not "8",
 * "08", "d’agost"), two in a script without case ("मई", "مه": May).
 */
const MONTH_WORD = /^(?:\p{L}[\p{L}\p{M}]{2,}|\p{Lo}[\p{Lo}\p{M}]+)$/u;
/** Chinese, Japanese and Korean write months as numbers ("3月"): ICU's "一月" is no word of a date there. */
const NUMBERED_MONTHS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
/** The letters a date's text glues to the month's front ("15 בפברואר": Hebrew's "in"). */
const GLUED_LETTERS = /\p{L}+$/u;

/**
 * The forms ICU writes the months in for `locale`: per month (0-11), its forms in lower case. Always the Gregorian
 * calendar's months: ICU names Persian's own ("بهمن") for "fa", whose days and years are not the Gregorian ones.
 */
function formsOf(locale: string): string[][] {
  const forms: string[][] = Array.from({ length: 12 }, () => []);
  for (const style of ['long', 'short'] as const)
    for (const withDay of [false, true]) {
      const format = new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, {
        timeZone: 'UTC',
        month: style,
        ...(withDay ? { day: 'numeric' as const } : {}),
      });
      for (let month = 0; month < 12; month++) {
        // Mid-month at noon UTC: the same month in every time zone.
        const parts = format.formatToParts(new Date(Date.UTC(2020, month, 15, 12)));
        parts.forEach((part, index) => {
          if (part.type !== 'month') return;
          const name = part.value.toLowerCase().replace(/\.$/u, '');
          forms[month]!.push(name);
          // A prefix glued to the name inside a date is one word with it: "בפברואר".
          const glued =
            parts[index - 1]?.type === 'literal' ? GLUED_LETTERS.exec(parts[index - 1]!.value) : null;
          if (glued) forms[month]!.push(`${glued[0].toLowerCase()}${name}`);
        });
      }
    }
  return forms;
}

/**
 * The month words of `language` (a page's detected language, "ru", "pl-PL") when the vocabulary has no module for
 * it and ICU knows it; null otherwise. Each language's table is built on its first question and kept.
 */
export function intlMonths(language: string | null | undefined): MonthTable | null {
  // "pt-BR", "en_US": the language's own code. What is no language code ("x-default", "*") has no table (ICU
  // throws on a malformed tag).
  const code = languageCode(language);
  if (code === null) return null;
  const known = TABLES.get(code);
  if (known !== undefined) return known;
  let table: Map<string, number> | null = null;
  if (vocabularyOf(code) === null && Intl.DateTimeFormat.supportedLocalesOf([code]).length > 0) {
    const words = new Map<string, number>();
    const named = new Set<number>();
    formsOf(code).forEach((forms, month) => {
      for (const form of forms)
        if (MONTH_WORD.test(form) && !NUMBERED_MONTHS.test(form) && !words.has(form)) {
          words.set(form, month + 1);
          named.add(month);
        }
    });
    // A language that writes its months as numbers ("8月", "08") has no month words, though a few of its
    // month forms may pass for one ("十一月").
    if (named.size === 12) table = words;
    if (table !== null && defaultCalendar(code) === 'persian') addSolarMonths(code, table);
  }
  TABLES.set(code, table);
  return table;
}

/**
 * Month numbers past this stand for the months of the Solar Hijri calendar, which Iran and Afghanistan date their
 * news in ("۱۵ اسفند ۱۴۰۲", 5 March 2024): SOLAR_MONTH + 1 … SOLAR_MONTH + 12 (date-scan.ts converts the date).
 */
export const SOLAR_MONTH = 100;

/**
 * The calendar ICU uses for the language when none is asked for ("persian" for Persian, "buddhist" for Thai), kept
 * per language code (a formatter costs tens of microseconds to make: 1 % of the core when made per line).
 */
export function defaultCalendar(code: string): string {
  let calendar = CALENDARS.get(code);
  if (calendar === undefined) {
    calendar = new Intl.DateTimeFormat(code).resolvedOptions().calendar;
    CALENDARS.set(code, calendar);
  }
  return calendar;
}
const CALENDARS = new Map<string, string>();

const DAY_MS = 86_400_000;
/** Reads a day's Solar Hijri year, month and day as numbers. */
const SOLAR_NUMBERS = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

function solarParts(time: number): { year: number; month: number; day: number } {
  const parts = SOLAR_NUMBERS.formatToParts(new Date(time));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** The Solar Hijri month names of the language (the Persian calendar's, as ICU writes them), as SOLAR_MONTH + n. */
function addSolarMonths(code: string, table: Map<string, number>): void {
  const names = new Intl.DateTimeFormat(`${code}-u-ca-persian`, { timeZone: 'UTC', month: 'long' });
  // The middle of each month of the year 1399 (from 20 March 2020, its first day).
  const start = Date.UTC(2020, 2, 20, 12);
  for (let month = 1; month <= 12; month++) {
    const time = start + ((month - 1) * 30 + 15) * DAY_MS;
    const name = names.format(new Date(time)).toLowerCase();
    if (MONTH_WORD.test(name) && !table.has(name)) table.set(name, SOLAR_MONTH + solarParts(time).month);
  }
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
