import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namedOrderOf, numericOrderOf, scanDates } from '../../functions/core/metadata/date-scan.ts';
import { intlMonths } from '../../functions/core/vocabulary/intl-months.ts';
import { NOW } from './metadata-helpers.ts';

const isos = (text: string, language: string | null = null) =>
  scanDates(text, { now: NOW, language }).dates.map((date) => date.iso);

describe('scanDates: month names in every language', () => {
  it.each([
    ['March 3, 2024', '2024-03-03'],
    ['Tuesday, March 3rd, 2024 at 10:00', '2024-03-03'],
    ['Mar. 3 2024', '2024-03-03'],
    ['3rd of March, 2024', '2024-03-03'],
    ['03-Mar-2024', '2024-03-03'],
    ['Veröffentlicht am 19. Oktober 2019, 19:08 Uhr', '2019-10-19'],
    ['Samstag, 5. Oktober 2013', '2013-10-05'],
    ['3. März 2024', '2024-03-03'],
    ['Publié le 1er mars 2024', '2024-03-01'],
    ['le 12 mars 2024 à 10h', '2024-03-12'],
    ['12 de marzo de 2024', '2024-03-12'],
    ['1º de maio de 2024', '2024-05-01'],
    ['12 marzo 2024', '2024-03-12'],
    ['12 maart 2024', '2024-03-12'],
    ['5 marca 2024', '2024-03-05'],
    ['Opublikowano: 5 marca 2024 r., godz. 10:15', '2024-03-05'],
    ['środa, 1 października 2025', '2025-10-01'],
    ['2022 Oct 12', '2022-10-12'],
    ['2024年3月12日', '2024-03-12'],
  ])('%s', (text, iso) => {
    expect(isos(text)).toEqual([iso]);
  });

  it("reads the month names of a page's language that has no vocabulary module, as ICU writes them", () => {
    expect(isos('15 августа 2016, 13:43', 'ru')).toEqual(['2016-08-15']);
    expect(isos('12 марта 2020 г.', 'ru')).toEqual(['2020-03-12']);
    expect(isos('28. dubna 2021', 'cs')).toEqual(['2021-04-28']);
    expect(isos('5. listopadu 2020', 'cs')).toEqual(['2020-11-05']);
    expect(isos('15 Ağustos 2016', 'tr')).toEqual(['2016-08-15']);
    expect(isos('19. helmikuuta 2019', 'fi')).toEqual(['2019-02-19']);
    expect(isos('15 augusti 2016', 'sv')).toEqual(['2016-08-15']);
    // Hungarian writes the year first, with a period after it.
    expect(isos('2020. augusztus 15.', 'hu')).toEqual(['2020-08-15']);
    // The vocabulary's months still read on such a page.
    expect(isos('Published March 3, 2024', 'ru')).toEqual(['2024-03-03']);
  });

  it("reads those month names on a page of that language only (one word, two months: Polish and Croatian's listopad)", () => {
    expect(isos('5 listopada 2020', 'pl')).toEqual(['2020-11-05']);
    expect(isos('5. listopada 2020.', 'hr')).toEqual(['2020-10-05']);
    expect(isos('15 августа 2016', 'en')).toEqual([]);
    expect(isos('15 августа 2016')).toEqual([]);
    expect(isos('2020. augusztus 15.', 'de')).toEqual([]);
  });

  it('reads dates glued to the words around them by the scraper', () => {
    expect(isos('Stef KeeganAugust 5, 2024')).toEqual(['2024-08-05']);
    expect(isos('June 29, 2020November 12, 2021')).toEqual(['2020-06-29', '2021-11-12']);
    expect(isos('Mar 27, 20255 mins read')).toEqual(['2025-03-27']);
    expect(isos('November 28, 2025/Living Healthy')).toEqual(['2025-11-28']);
  });

  it('reads a two-digit day glued to its year after a month name ("Apr 042013"), nothing else of six digits', () => {
    expect(isos('Apr 042013')).toEqual(['2013-04-04']);
    expect(isos('Feb 182009 Add comments')).toEqual(['2009-02-18']);
    expect(isos('Mar 123456')).toEqual([]);
    expect(isos('Jan 012020x')).toEqual([]);
    expect(isos('Apr 422013')).toEqual([]);
  });

  it('gives the text before each date as its prefix (where labels sit)', () => {
    const [published, updated] = scanDates('Published March 3, 2024 · Updated: April 1, 2024', {
      now: NOW,
    }).dates;

    expect(published?.prefix).toBe('Published ');
    expect(updated?.prefix).toBe(' · Updated: ');
  });
});

describe('scanDates: all-numeric dates', () => {
  it('reads ISO dates and dates whose day is over 12', () => {
    expect(isos('2024-03-05T10:00:00Z')).toEqual(['2024-03-05']);
    expect(isos('27/08/2025')).toEqual(['2025-08-27']);
    expect(isos('8/27/2025')).toEqual(['2025-08-27']);
  });

  it('reads dots as day first in every language', () => {
    expect(isos('Zuletzt geändert am 06.11.2023')).toEqual(['2023-11-06']);
    expect(isos('06.11.2023', 'en')).toEqual(['2023-11-06']);
    expect(isos('Data publikacji: 12.03.2024', 'pl')).toEqual(['2024-03-12']);
  });

  it('reads slashes in the order the page language fixes, and refuses them on an English page', () => {
    expect(isos('04/03/2024', 'fr')).toEqual(['2024-03-04']);
    expect(isos('04/03/2024', 'pl')).toEqual(['2024-03-04']);
    expect(isos('04/03/2024', 'en')).toEqual([]);
    expect(scanDates('04/03/2024', { now: NOW, language: 'en' }).refused[0]?.reason).toBe('ambiguous-order');
  });

  it('reads them in the order the page shows elsewhere', () => {
    const other = scanDates('8/27/2025', { now: NOW }).dates;
    const order = numericOrderOf(other);

    expect(order).toBe('month-day');
    expect(scanDates('8/1/2025', { now: NOW, numericOrder: order }).dates[0]?.iso).toBe('2025-08-01');
  });

  it('learns the order from how the page writes month names', () => {
    expect(namedOrderOf(scanDates('3 October 2023 · 5 October 2023', { now: NOW }).dates)).toBe('day-month');
    expect(namedOrderOf(scanDates('October 3, 2023', { now: NOW }).dates)).toBe('month-day');
    expect(namedOrderOf(scanDates('3 October 2023 · October 5, 2023', { now: NOW }).dates)).toBeNull();
  });

  it('reads two-digit years after a two-digit day and month', () => {
    expect(isos('Swantje Schemmerling | 06.11.23')).toEqual(['2023-11-06']);
    expect(isos('19.10.19, 08:16 Uhr')).toEqual(['2019-10-19']);
    expect(isos('von lupa am 26/10/13, 03:48 pm')).toEqual(['2013-10-26']);
    expect(isos('26.10.98')).toEqual(['1998-10-26']);
    expect(isos('11/08/23', 'en')).toEqual([]);
    expect(isos('11/08/23', 'de')).toEqual(['2023-08-11']);
    // Dashes are ranges and scores; a colon after makes a time; a letter glued, a code.
    expect(isos('12-10-20')).toEqual([]);
    expect(isos('10.05.20:12')).toEqual([]);
    expect(isos('10.05.20b')).toEqual([]);
    // Both day and month zero-padded, nothing glued before: "6.11.22" and "v1.10.12" are too often versions.
    expect(isos('am Montag (06.11.23) um 20:15 Uhr')).toEqual(['2023-11-06']);
    expect(isos('6.11.22')).toEqual([]);
    expect(isos('v1.10.12')).toEqual([]);
  });

  it('reads a two-digit year with its time glued on ("maculi28.09.1912:44" is 28.09.19 at 12:44)', () => {
    expect(isos('maculi28.09.1912:44')).toEqual(['2019-09-28']);
    expect(isos('28/09/2312:05', 'de')).toEqual(['2023-09-28']);
    // Spaced, or past an hour of the day, the four digits are the year.
    expect(isos('28.09.2012 12:44')).toEqual(['2012-09-28']);
    expect(isos('28.09.1924:59')).toEqual([]);
    // One-digit day or month, or dashes: no two-digit year to read.
    expect(isos('1.09.1912:44')).toEqual([]);
    expect(isos('28-09-1912:44')).toEqual([]);
  });

  it('reads spaced dots ("13. 1. 2020") and a date glued to a name', () => {
    expect(isos('13. 1. 2020')).toEqual(['2020-01-13']);
    expect(isos('14. 01. 2020, 13:47')).toEqual(['2020-01-14']);
    expect(isos('13. 1.2020')).toEqual([]);
    expect(isos('By Rachel Jones08/13/2020May 22nd, 20253 Comments')).toEqual(['2020-08-13', '2025-05-22']);
  });

  it('splits a year glued to the number after it, and reads an apostrophe year with a month name', () => {
    expect(isos('06/11/20230 Kommentare', 'de')).toEqual(['2023-11-06']);
    expect(isos('29. Dezember 202230. Dezember 2022')).toEqual(['2022-12-29', '2022-12-30']);
    expect(isos('15/01/201614/01/2016')).toEqual(['2016-01-15', '2016-01-14']);
    expect(isos('veröffentlicht am 14 Feb ’20 | Kategorien')).toEqual(['2020-02-14']);
    expect(isos("Feb 14 '99")).toEqual(['1999-02-14']);
    expect(isos('Feb 14 20')).toEqual([]);
  });

  it('splits a time glued to the next date ("…T10:10:52+01:0025. Dezember 2022"), not a ratio', () => {
    expect(isos('Isabell Angele2022-12-07T10:10:52+01:0025. Dezember 2022|')).toEqual([
      '2022-12-07',
      '2022-12-25',
    ]);
    expect(isos('2018-06-22 10:20:0022.06.2018 10:20')).toEqual(['2018-06-22', '2018-06-22']);
    expect(isos('scale 1:1000. March 2024')).toEqual([]);
  });
});

describe('scanDates: what is not a date', () => {
  it('refuses dates without a day, in the future or before 1995, with the reason', () => {
    const reasons = (text: string) => scanDates(text, { now: NOW }).refused.map((r) => r.reason);

    expect(reasons('März 2024')).toEqual(['no-day']);
    expect(reasons('March 3, 2031')).toEqual(['future']);
    expect(reasons('March 3, 1989')).toEqual(['too-old']);
  });

  it('skips URLs, paths, file names and impossible days', () => {
    expect(isos('https://x.com/2024/03/05/story')).toEqual([]);
    expect(isos('example.com/2024/03/05/story')).toEqual([]);
    expect(isos('IMG_2024-05-06.jpg')).toEqual([]);
    expect(isos('February 30, 2024')).toEqual([]);
    expect(isos('version 1.2.2024.5')).toEqual([]);
  });

  it('needs a year', () => {
    expect(isos('12.03.')).toEqual([]);
    expect(isos('March 3')).toEqual([]);
  });
});

describe('intlMonths: month words of the languages without a vocabulary module', () => {
  it('gives a language ICU writes month names for its words, full, abbreviated and inside a date', () => {
    const russian = intlMonths('ru');
    expect(russian?.get('август')).toBe(8);
    expect(russian?.get('августа')).toBe(8);
    expect(russian?.get('авг')).toBe(8);
    expect(intlMonths('cs-CZ')?.get('dubna')).toBe(4);
  });

  it('gives none for a vocabulary language, a language writing months as numbers, or an unknown code', () => {
    expect(intlMonths('en')).toBeNull();
    expect(intlMonths('de')).toBeNull();
    // Polish has its module (vocabulary/pl.ts): its months, nominative, genitive and abbreviated, are read there.
    expect(intlMonths('pl')).toBeNull();
    expect(intlMonths('zh')).toBeNull();
    expect(intlMonths('ja')).toBeNull();
    expect(intlMonths('xx')).toBeNull();
    expect(intlMonths(null)).toBeNull();
  });

  it("takes an HTML page's lang attribute as it comes: a region or script after the code, or no code at all", () => {
    expect(intlMonths('ru-RU')?.get('августа')).toBe(8);
    expect(intlMonths('ru_RU')?.get('августа')).toBe(8);
    expect(intlMonths('cs-Latn-CZ')?.get('dubna')).toBe(4);
    for (const lang of ['x-default', '*', 'en_US', 'de_DE', '', ' ', 'ru RU', '12', 'english'])
      expect(() => intlMonths(lang)).not.toThrow();
    expect(scanDates('15 августа 2016', { now: NOW, language: 'x-default' }).dates).toEqual([]);
  });

  it('never throws, whatever a lang attribute holds, and gives twelve months or none', () => {
    const tag = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('ru', 'pl', 'cs', 'fi', 'hu', 'tr', 'el', 'zh', 'ja', 'en', 'de', 'xx', 'und', 'root'),
      fc
        .tuple(
          fc.constantFrom('ru', 'pl', 'sv', 'x', 'i', '*'),
          fc.constantFrom('-', '_', ' ', ''),
          fc.string({ maxLength: 4 }),
        )
        .map(([code, joiner, rest]) => `${code}${joiner}${rest}`),
    );
    fc.assert(
      fc.property(tag, (lang) => {
        const table = intlMonths(lang);
        if (table !== null) expect(new Set(table.values()).size).toBe(12);
      }),
      { numRuns: 500 },
    );
  });
});
