import { describe, expect, it } from 'vitest';
import DATE_MODEL from '../../functions/core/metadata/date-model.json' with { type: 'json' };
import {
  DATE_FEATURES,
  dateCandidates,
  datesIn,
  extractDates,
  pickDate,
  scoreDate,
} from '../../functions/core/metadata/dates.ts';
import { blockZones } from '../../functions/core/metadata/zones.ts';
import { processText } from '../../functions/core/pipeline.ts';
import { cleanedFrom, PROSE, WHEN } from './metadata-helpers.ts';

const datesOf = (paragraphs: string[], byline: number | null = null) =>
  extractDates(cleanedFrom(paragraphs), 0, byline, WHEN);

/**
 * A date the page labels only as an update: the update date, or, when the model finds it the page's date (the
 * gold is that day on most such DEV and multi pages), the publication date with evidence `dateline-updated`,
 * never a labelled one.
 */
function expectUpdateOnly(dates: ReturnType<typeof datesOf>, iso: string): void {
  if (dates.publishedAt === null) expect(dates.updatedAt).toBe(iso);
  else expect(dates).toMatchObject({ publishedAt: iso, evidence: 'dateline-updated', updatedAt: null });
}

describe('publishedAt', () => {
  it('takes a date line under the headline', () => {
    expect(datesOf(['Council passes budget', 'August 25, 2025', PROSE]).publishedAt).toBe('2025-08-25');
  });

  it('prefers the labelled published date and keeps the update', () => {
    // Prepare
    const paragraphs = ['Council passes budget', 'Published on Oct 21, 2025 Updated on Mar 9, 2026', PROSE];
    // Act
    const dates = datesOf(paragraphs);
    // Assess
    expect(dates).toMatchObject({ publishedAt: '2025-10-21', updatedAt: '2026-03-09' });
  });

  it('reads an "Updated" date alone as an update-only date, never a labelled publication', () => {
    // Prepare
    const paragraphs = ['Council passes budget', 'Last updated: May 28th, 2024', PROSE];
    // Act
    const dates = datesOf(paragraphs);
    // Assess
    expectUpdateOnly(dates, '2024-05-28');
  });

  it('keeps an "Updated" date beside another date as updatedAt, not as publishedAt', () => {
    // Prepare
    const paragraphs = ['Council passes budget', 'Last updated: May 28th, 2024', PROSE, 'March 3, 2022'];
    // Act
    const dates = datesOf(paragraphs);
    // Assess
    expect(dates.updatedAt).toBe('2024-05-28');
    expect(dates.publishedAt).not.toBe('2024-05-28');
  });

  it('reads "Last update:" as an update label, inline or alone on the line above', () => {
    expectUpdateOnly(datesOf(['Council passes budget', 'Last update: May 28, 2024', PROSE]), '2024-05-28');
    expect(
      datesOf(['Council passes budget', 'August 25, 2025', 'Last update:', 'October 1, 2025', PROSE]),
    ).toMatchObject({ publishedAt: '2025-08-25', updatedAt: '2025-10-01' });
  });

  it('takes the date under an earlier copy of a repeated headline', () => {
    // Prepare: the headline in a hero with its date, menus, then the headline again over the body.
    const headline = 'Best Residential Movers in the City | Top 19 Companies';
    const menus = ['Blog', 'Moving Industry News', 'Pricing', 'Resources', 'Careers', 'Contact', 'Login'];
    const paragraphs = [headline, 'February 8, 2022', ...menus, ...menus, headline, PROSE];
    const anchor = paragraphs.length - 2;
    // Everything above the second headline is chrome the cleaner removed; the body starts under it.
    const removed = paragraphs.slice(0, anchor).map((text, index) => ({
      index,
      kind: text === 'February 8, 2022' ? ('dateline' as const) : ('navigation' as const),
    }));
    // Act
    const dates = extractDates(cleanedFrom(paragraphs, removed), anchor, null, WHEN);
    // Assess
    expect(dates.publishedAt).toBe('2022-02-08');
  });

  it('reads a date whose label sits alone on the line above', () => {
    expect(datesOf(['Council passes budget', 'Posted on:', 'October 1, 2025', PROSE]).publishedAt).toBe(
      '2025-10-01',
    );
  });

  it('takes an "Updated" template field (label alone on the line above) as the page date', () => {
    // Prepare
    const paragraphs = ['Council passes budget', 'Last updated on:', 'October 1, 2025', PROSE];
    // Act
    const dates = datesOf(paragraphs);
    // Assess
    expect(dates).toMatchObject({ publishedAt: '2025-10-01', updatedAt: null });
  });

  it('reads an inline "Updated on" date alone as an update-only date too', () => {
    // Prepare
    const paragraphs = ['Council passes budget', 'Updated on October 1, 2025', PROSE];
    // Act
    const dates = datesOf(paragraphs);
    // Assess
    expectUpdateOnly(dates, '2025-10-01');
  });

  it('reads dates glued to the words around them', () => {
    expect(datesOf(['Council passes budget', 'Stef KeeganAugust 5, 2024', PROSE]).publishedAt).toBe(
      '2024-08-05',
    );
    expect(datesOf(['Council passes budget', 'November 28, 2025/Living Healthy', PROSE]).publishedAt).toBe(
      '2025-11-28',
    );
  });

  it('takes the earlier of two bare dates glued together (published, then modified)', () => {
    expect(
      datesOf(['Council passes budget', 'July 13, 2024October 10, 2020 by Jane Roe', PROSE]).publishedAt,
    ).toBe('2020-10-10');
  });

  it('takes the date before an "Updated" one on the same line as the publication', () => {
    expect(
      datesOf(['Council passes budget', 'December 3, 2025. Updated: December 7, 2025', PROSE]),
    ).toMatchObject({
      publishedAt: '2025-12-03',
      updatedAt: '2025-12-07',
    });
  });

  it('ranks "originally published on" first even in a sentence far from the headline, never the header date', () => {
    // Prepare
    const paragraphs = [
      'Council passes budget',
      '30 Sep 2022, 11:07am',
      PROSE,
      PROSE,
      'This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated since then.',
    ];
    // Act
    const dates = datesOf(paragraphs);
    const pick = pickDate(
      dates.candidates,
      dates.candidates.map((c) => scoreDate(c.features)),
    );
    // Assess: the model of round 23 finds the two close (p 0.50) and may abstain; it never gives the header's.
    expect(pick?.iso).toBe('2019-09-26');
    expect(dates.publishedAt).not.toBe('2022-09-30');
  });

  it('gives no publication date when "originally published" states only a month', () => {
    const paragraphs = [
      'Council passes budget',
      'Originally published in March 2022. Last updated on December 20, 2024.',
      PROSE,
    ];
    expect(datesOf(paragraphs).publishedAt).toBeNull();
  });

  it('ignores a date inside a sentence near the headline', () => {
    const paragraphs = [
      'Council passes budget',
      'The end of the tax season for most Americans is April 15, 2025. If you are unable to file before that date, you still have options.',
      PROSE,
    ];
    expect(datesOf(paragraphs).publishedAt).toBeNull();
  });

  it('ignores the Date: header of a quoted e-mail', () => {
    const paragraphs = [
      'Council passes budget',
      PROSE,
      'Date: Fri, 1 Feb 2002 11:53:40 -0500\nFrom: Jane Roe\nSubject: boot',
      PROSE,
    ];
    expect(datesOf(paragraphs).publishedAt).toBeNull();
  });

  it('is null when the text only says "on Monday" and "last week"', () => {
    expect(
      datesOf(['Council passes budget', 'The vote was on Monday, after talks last week.', PROSE]).publishedAt,
    ).toBeNull();
  });

  it('is null for a partial date without a year', () => {
    expect(datesOf(['Council passes budget', 'Apr 12', PROSE]).publishedAt).toBeNull();
  });

  it('is null for a month and year without a day', () => {
    expect(datesOf(['Council passes budget', 'June 2024', PROSE]).publishedAt).toBeNull();
  });

  it('ignores digits in a file name', () => {
    expect(datesOf(['Council passes budget', 'IMG_2024-05-06.jpg', PROSE]).publishedAt).toBeNull();
  });

  it('ignores digits in a URL path', () => {
    expect(
      datesOf(['Council passes budget', 'https://example.com/2024/05/06/council-budget', PROSE]).publishedAt,
    ).toBeNull();
  });

  it('rejects a date before 1995', () => {
    expect(datesOf(['Council passes budget', 'March 3, 1994', PROSE]).publishedAt).toBeNull();
  });

  it('rejects a date after now', () => {
    expect(datesOf(['Council passes budget', 'March 3, 2027', PROSE]).publishedAt).toBeNull();
  });

  it('rejects a numeric date whose day and month could be swapped', () => {
    expect(datesIn('05/06/2024', WHEN)).toEqual([]);
  });

  it('accepts a numeric date whose order is certain', () => {
    expect(datesIn('12/19/2025', WHEN).map((d) => d.iso)).toEqual(['2025-12-19']);
  });

  it('reads the date of a sentence about the page itself ("This entry was posted on …"), in every language', () => {
    // Prepare
    const pages = [
      [
        'This entry was posted on Tuesday, May 5th, 2009 at 10:00 am and is filed under News. You can follow any responses to this entry through the feed.',
        'published',
        '2009-05-05',
      ],
      [
        'Dieser Beitrag wurde am 04.02.2020 von kj in Bundesgericht, Vorsatz veröffentlicht. Schlagworte: Strafrecht, Verkehr, Vorsatz.',
        'published',
        '2020-02-04',
      ],
      ['Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.', 'updated', '2020-01-29'],
      ['This page was last edited on 25 October 2019, at 15:47 (UTC).', 'updated', '2019-10-25'],
      [
        'Cet article a été publié le 12 mars 2024 dans la rubrique Culture par la rédaction du journal.',
        'published',
        '2024-03-12',
      ],
    ];
    for (const [line, kind, iso] of pages) {
      // Act
      const { candidates } = dateCandidates(
        cleanedFrom(['Council passes budget', PROSE, line!]),
        0,
        null,
        WHEN,
      );
      // Assess
      expect(candidates.map((c) => [c.iso, c.kind])).toEqual([[iso, kind]]);
    }
  });

  it('reads a sentence about the page itself in a left-out block (comments, related posts), and nothing else there', () => {
    // Prepare
    const cleaned = cleanedFrom([
      'Council passes budget',
      PROSE,
      'Comments',
      'March 3, 2024 at 10:12 am',
      'Dieser Beitrag wurde am 04/02/2020 von kj in Bundesgericht veröffentlicht. Schlagworte: Strafrecht.',
    ]);
    const zones = { ...blockZones(cleaned), excluded: new Set([2, 3, 4]) };
    // Act
    const { candidates } = dateCandidates(cleaned, 0, null, { ...WHEN, language: 'de' }, zones);
    // Assess
    expect(candidates.map((c) => [c.iso, c.kind])).toEqual([['2020-02-04', 'published']]);
  });

  it("marks an update date on the byline's line and one on an English page (features of the date model)", () => {
    // Prepare
    const cleaned = cleanedFrom([
      'Council passes budget',
      'By Jane Roe | Last Updated on March 26, 2025',
      PROSE,
    ]);
    const feature = (name: (typeof DATE_FEATURES)[number]) => DATE_FEATURES.indexOf(name);
    // Act
    const english = dateCandidates(cleaned, 0, 1, { ...WHEN, language: 'en' }).candidates;
    const german = dateCandidates(cleaned, 0, null, { ...WHEN, language: 'de' }).candidates;
    // Assess
    expect(english.map((c) => c.kind)).toEqual(['updated']);
    expect(english[0]!.features[feature('updatedByByline')]).toBe(1);
    expect(english[0]!.features[feature('updatedInEnglish')]).toBe(1);
    expect(german[0]!.features[feature('updatedByByline')]).toBe(0);
    expect(german[0]!.features[feature('updatedInEnglish')]).toBe(0);
  });

  it('still ignores a date in a sentence about another text ("The report was published on …")', () => {
    const line =
      'The report was published on March 3, 2024 and found that many of the people there were not happy with it at all.';
    expect(
      dateCandidates(cleanedFrom(['Council passes budget', PROSE, line]), 0, null, WHEN).candidates,
    ).toEqual([]);
  });

  it('ignores event dates inside article prose', () => {
    const paragraph = `${PROSE} The library will reopen on March 3, 2025, the council said in a long statement to residents.`;
    expect(datesOf(['Council passes budget', paragraph]).publishedAt).toBeNull();
  });

  it('reads the date opening a long paragraph as its dateline, never one inside it', () => {
    // Prepare
    const lead = `29.11.2022 – ${PROSE} ${PROSE}`;
    const inside = `${PROSE} On 29.11.2022 the council met again. ${PROSE}`;
    // Act
    const opening = dateCandidates(cleanedFrom(['Council passes budget', lead]), 0, null, WHEN);
    const within = dateCandidates(cleanedFrom(['Council passes budget', inside]), 0, null, WHEN);
    // Assess
    expect(opening.candidates.map((c) => c.iso)).toEqual(['2022-11-29']);
    expect(opening.candidates[0]!.features[DATE_FEATURES.indexOf('leadOfProse')]).toBe(1);
    expect(within.candidates).toEqual([]);
  });

  it('does not read a date after the words of a sentence as a lead dateline ("Wir suchen zum 1. April 2016 …")', () => {
    // Prepare
    const sentence = `We seek from 1 April 2016 a ${PROSE} ${PROSE}`;
    const desk = `Red. / 31.10.2023 ${PROSE} ${PROSE}`;
    // Act
    const seek = dateCandidates(cleanedFrom(['Council passes budget', sentence]), 0, null, WHEN);
    const dateline = dateCandidates(cleanedFrom(['Council passes budget', desk]), 0, null, WHEN);
    // Assess
    expect(seek.candidates).toEqual([]);
    expect(dateline.candidates.map((c) => c.iso)).toEqual(['2023-10-31']);
  });
});

describe('dates that are not the publication', () => {
  it("reads the dates of a list of posts above the headline as the list's, not the article's", () => {
    // Prepare: a sidebar's two entries (title, date) right above the headline of an undated post.
    const paragraphs = [
      'Recent Posts',
      'Why my tomatoes split after rain',
      'May 28, 2026',
      'Five bulbs to plant before the frost',
      'May 20, 2026',
      'How to overwinter dahlias in a cold garage',
      PROSE,
    ];
    const removed = [0, 1, 2, 3, 4].map((index) => ({ index, kind: 'navigation' as const }));
    const cleaned = { ...cleanedFrom(paragraphs, removed), titleBlock: 5 };
    const zones = blockZones(cleaned, 5);
    // Act
    const { candidates } = dateCandidates(cleaned, 5, null, WHEN, zones);
    // Assess: the entry right above the headline is listed (the one above it has no entry over it).
    const listed = DATE_FEATURES.indexOf('listed');
    expect(candidates.find((c) => c.iso === '2026-05-20')?.features[listed]).toBe(1);
    expect(extractDates(cleaned, 5, null, WHEN, zones).publishedAt).toBeNull();
  });

  it('skips a paper history ("Received … Accepted …") but keeps a plain date line', () => {
    // Prepare
    const history = ['Council passes budget', 'Received 2022 Oct 12; Accepted 2023 Jan 7', PROSE];
    const plain = ['Council passes budget', 'January 7, 2023', PROSE];
    // Act
    const skipped = datesOf(history);
    const kept = datesOf(plain);
    // Assess
    expect(skipped.publishedAt).toBeNull();
    expect(kept.publishedAt).toBe('2023-01-07');
  });

  it('never takes a deadline\'s or a status\'s date ("Video verfügbar bis …", "As of …")', () => {
    // Prepare
    const until = (line: string) => ['Council passes budget', line, PROSE];
    // Act
    const expiry = dateCandidates(cleanedFrom(until('Video verfügbar bis 28.02.2021')), 0, null, WHEN);
    const status = dateCandidates(
      cleanedFrom(until('As of July 31, 2025, the agency has received:')),
      0,
      null,
      WHEN,
    );
    const updated = dateCandidates(cleanedFrom(until('Updated as of July 31, 2025')), 0, null, WHEN);
    // Assess
    expect(expiry.candidates).toEqual([]);
    expect(status.candidates).toEqual([]);
    expect(updated.candidates.map((c) => c.kind)).toEqual(['updated']);
  });

  it("never takes an embedded post's date or a web archive's capture date", () => {
    // Prepare
    const tweet = ['Council passes budget', PROSE, '— Jane Roe (@janeroe) May 5, 2022', PROSE];
    const instagram = [
      'Council passes budget',
      'Ein Beitrag geteilt von Jane Roe (@jane.roe) am Apr 21, 2019',
    ];
    const archived = ['1 capture', '10 Nov 2013', 'About this capture', 'Council passes budget', PROSE];
    // Act
    const found = [tweet, instagram, archived].map((page) =>
      dateCandidates(cleanedFrom(page), 0, null, WHEN),
    );
    // Assess
    for (const page of found) expect(page.candidates).toEqual([]);
  });

  it('takes a date before an update-log link as the update, not the publication', () => {
    // Prepare
    const paragraphs = ['Council passes budget', 'Mar 9, 2026 See Updates', PROSE];
    // Act
    const dates = datesOf(paragraphs);
    // Assess
    expectUpdateOnly(dates, '2026-03-09');
  });

  it('skips a date that introduces a quoted post ("… on 2025-07-09:")', () => {
    // Prepare
    const quoted = ['Council passes budget', 'Posted on the council forum on July 9, 2025:', PROSE];
    const labelled = ['Council passes budget', 'Posted on: July 9, 2025', PROSE];
    // Act
    const skipped = datesOf(quoted);
    const kept = datesOf(labelled);
    // Assess
    expect(skipped.publishedAt).toBeNull();
    expect(kept.publishedAt).toBe('2025-07-09');
  });

  it('skips a member\'s sign-up date ("Registriert:", "Joined:", "Membre depuis") and keeps the post\'s', () => {
    // Prepare
    const forum = [
      'Council passes budget',
      'Registriert: 18.09.2008, 05:56',
      'Beitrag von r23 » 21.01.2009, 05:42',
      PROSE,
    ];
    const joined = ['Council passes budget', 'Joined: May 5, 2019', PROSE];
    const membre = ['Council passes budget', 'Membre depuis le 5 mai 2019', PROSE];
    // Act
    const found = [forum, joined, membre].map((page) =>
      dateCandidates(cleanedFrom(page), 0, null, WHEN).candidates.map((c) => c.iso),
    );
    // Assess
    expect(found).toEqual([['2009-01-21'], [], []]);
  });

  it('takes a machine timestamp beside a written date as the hidden update stamp', () => {
    // Prepare
    const paragraphs = [
      'Council passes budget',
      'Jane Roe2022-12-07T10:10:52+01:0025. Dezember 2022|',
      PROSE,
    ];
    // Act
    const { candidates } = dateCandidates(cleanedFrom(paragraphs), 0, null, WHEN);
    // Assess
    expect(candidates.map((c) => [c.iso, c.kind])).toEqual([
      ['2022-12-07', 'updated'],
      ['2022-12-25', 'plain'],
    ]);
  });

  it('prefers the date under the headline over one beside a far byline', () => {
    // Prepare
    const filler = Array.from({ length: 25 }, (_, k) => `Menu entry ${k}`);
    const paragraphs = [
      'Council passes budget',
      'June 2, 2025',
      ...filler,
      'By Ann Lee',
      'March 13, 2026',
      PROSE,
    ];
    const byline = paragraphs.indexOf('By Ann Lee');
    // Act
    const far = datesOf(paragraphs, byline);
    const near = datesOf(['Council passes budget', 'By Ann Lee', 'March 13, 2026', PROSE], 1);
    // Assess
    expect(far.publishedAt).toBe('2025-06-02');
    expect(near.publishedAt).toBe('2026-03-13');
  });
});

describe('the date model', () => {
  it('has a learned weight for every feature and a threshold between 0 and 1', () => {
    expect(Object.keys(DATE_MODEL.weights).sort()).toEqual([...DATE_FEATURES].sort());
    expect(DATE_MODEL.threshold).toBeGreaterThan(0);
    expect(DATE_MODEL.threshold).toBeLessThan(1);
    expect(DATE_MODEL.htmlThreshold).toBeGreaterThan(0);
    expect(DATE_MODEL.htmlThreshold).toBeLessThan(1);
  });

  it('holds a date back below the threshold it is given (plain text or HTML)', () => {
    // Prepare
    const cleaned = cleanedFrom(['Council passes budget', 'August 25, 2025', PROSE]);
    // Act
    const lenient = extractDates(cleaned, 0, null, WHEN, undefined, 0.01);
    const strict = extractDates(cleaned, 0, null, WHEN, undefined, 0.999);
    // Assess
    expect(lenient.publishedAt).toBe('2025-08-25');
    expect(strict.publishedAt).toBeNull();
  });

  it('gives a date stated in two places the probability of both', () => {
    const { candidates } = dateCandidates(
      cleanedFrom(['Headline of the article', 'March 3, 2025', PROSE, 'March 3, 2025', 'June 9, 2024']),
      0,
      null,
      WHEN,
    );
    const scores = candidates.map(() => 0);
    const pick = pickDate(candidates, scores);
    // Three candidates and "no date", all at score 0: the repeated date holds two of the four shares.
    expect(candidates).toHaveLength(3);
    expect(pick?.iso).toBe('2025-03-03');
    expect(pick?.probability).toBeCloseTo(0.5, 5);
  });

  it('is null without candidates', () => {
    expect(pickDate([], [])).toBeNull();
  });
});

describe('day-month order of an ambiguous date', () => {
  it('learns it from how a left-out related list writes its dates when the kept page shows no order', () => {
    // Prepare: "03/10/2023" could be 3 October or 10 March; the related list writes "18 February 2020", day first.
    const paragraphs = [
      'Council passes budget',
      '03/10/2023',
      PROSE,
      PROSE,
      'Related articles',
      'Harbour plans move ahead',
      '18 February 2020',
    ];
    // Act
    const dates = datesOf(paragraphs);
    // Assess
    expect(dates.publishedAt).toBe('2023-10-03');
  });
});

describe('a labelled publication date and a labelled update', () => {
  const english =
    'The council approved the new budget on Monday after a long debate about schools and roads in the city. The opposition criticised the debt.';
  const russian =
    'Правительство в понедельник одобрило законопроект о повышении минимальной заработной платы со следующего года. Новые правила затронут более полумиллиона работников.';
  it.each([
    ['Updated: March 6, 2024, 12:00', 'Published: March 5, 2024, 10:32', english],
    ['Published: March 5, 2024, 10:32', 'Updated: March 6, 2024, 12:00', english],
    ['Обновлено: 6 марта 2024, 12:00', 'Опубликовано: 5 марта 2024, 10:32', russian],
    ['更新时间：2024年03月06日 12:00', '发布时间：2024年03月05日 10:32', english],
  ])('reads each as what its label says, in either order: %s / %s', (first, second, body) => {
    const record = processText(
      ['Home', 'News', 'Sport', 'A headline', first, second, body, body].join('\n\n'),
    );
    expect(record.status).toBe('clean');
    if (record.status !== 'clean') return;
    expect(record.publishedAt?.slice(0, 10)).toBe('2024-03-05');
    expect(record.updatedAt?.slice(0, 10)).toBe('2024-03-06');
  });
});
