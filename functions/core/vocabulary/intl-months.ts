/**
 * Month names of the languages the vocabulary has no module for ("15 августа 2016", "28 kwietnia 2021",
 * "15 Ağustos 2016", "2020. augusztus 15."), as Node's ICU writes them (Intl.DateTimeFormat): the name alone and
 * inside a date (the genitive of Slavic and Baltic languages, the partitive of Finnish), full and abbreviated,
 * lower case. Only a page in that language reads them: "listopad" is November in Polish and Czech, October in
 * Croatian. A language the vocabulary has a module for keeps its own words (index.ts), which say more (labels,
 * ordinals, joiners); this adds month names only: the Gregorian calendar's, and for a language whose ICU calendar
 * is the Persian one its Solar Hijri months too, as SOLAR_MONTH + n (calendars.ts).
 */
import { icuDates, solarMonthNames } from './calendars.ts';
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
    if (table !== null && icuDates(code).calendar === 'persian')
      for (const [name, month] of solarMonthNames(code))
        if (MONTH_WORD.test(name) && !table.has(name)) table.set(name, month);
  }
  TABLES.set(code, table);
  return table;
}
