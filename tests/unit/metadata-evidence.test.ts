import { describe, expect, it } from 'vitest';
import {
  htmlAuthors,
  htmlModified,
  htmlPublished,
  htmlTitles,
  siteNames,
  urlPathDate,
} from '../../functions/core/metadata/evidence.ts';
import { article, pageEvidence, WHEN } from './metadata-helpers.ts';

describe('evidence: titles', () => {
  it('declares the JSON-LD headline first, then og:title, then <title> without the site name', () => {
    // Prepare
    const evidence = pageEvidence({
      title: 'Harbour opens floating school | The Riverside Herald',
      meta: [
        { key: 'og:site_name', value: 'The Riverside Herald' },
        { key: 'og:title', value: 'Harbour opens its floating school' },
      ],
      jsonLd: [article({ headline: 'Harbour city opens its first floating school' })],
    });
    // Act
    const titles = htmlTitles(evidence, siteNames(evidence, null));
    // Assess
    expect(titles).toEqual([
      { value: 'Harbour city opens its first floating school', source: 'json-ld' },
      { value: 'Harbour opens its floating school', source: 'meta' },
      { value: 'Harbour opens floating school', source: 'title-tag' },
    ]);
  });

  it('keeps a <title> whose last part is no site name', () => {
    const evidence = pageEvidence({ title: 'Bridges - a history of crossings and the towns they made' });

    expect(htmlTitles(evidence, ['example.com', 'example'])[0]?.value).toBe(
      'Bridges - a history of crossings and the towns they made',
    );
  });
});

describe('evidence: authors', () => {
  it('takes the JSON-LD authors of the one article before meta tags', () => {
    const evidence = pageEvidence({
      meta: [{ key: 'author', value: 'Tom Osei' }],
      jsonLd: [article({ authors: ['Maria Keller', 'Tom Osei'] })],
    });

    expect(htmlAuthors(evidence, [])).toEqual({ value: ['Maria Keller', 'Tom Osei'], source: 'json-ld' });
  });

  it("drops a meta author that is the site's own name, a URL, a handle or an agency", () => {
    // Prepare
    const evidence = pageEvidence({
      canonicalUrl: 'https://www.riversideherald.com/news/school',
      meta: [
        { key: 'og:site_name', value: 'Riverside Herald' },
        { key: 'author', value: 'Riverside Herald' },
        { key: 'article:author', value: 'https://www.facebook.com/riversideherald' },
        { key: 'author', value: '@heraldnews' },
        { key: 'author', value: 'Reuters' },
      ],
    });
    // Act
    const authors = htmlAuthors(evidence, siteNames(evidence, null));
    // Assess
    expect(authors).toBeNull();
  });

  it("splits a declared author field at a vocabulary language's conjunction between two names only", () => {
    const evidence = pageEvidence({
      jsonLd: [article({ authors: ['Anna Bianchi e Marco Rossi', 'Procter und Gamble'] })],
    });

    expect(htmlAuthors(evidence, [])).toEqual({ value: ['Anna Bianchi', 'Marco Rossi'], source: 'json-ld' });
  });

  it("reads the body's first author element only when no meta tag names an author", () => {
    const markup = [
      { key: 'microdata:author', value: 'Jane Roe' },
      { key: 'rel:author', value: 'John Doe' },
    ];
    expect(htmlAuthors(pageEvidence({ meta: markup }), [])?.value).toEqual(['Jane Roe']);
    expect(htmlAuthors(pageEvidence({ meta: markup.slice(1) }), [])?.value).toEqual(['John Doe']);
    expect(
      htmlAuthors(pageEvidence({ meta: [{ key: 'author', value: 'Ann Lee' }, ...markup] }), [])?.value,
    ).toEqual(['Ann Lee']);
  });

  it('reads nothing from several JSON-LD articles (a list of stories, not the page)', () => {
    const evidence = pageEvidence({
      jsonLd: [article({ authors: ['Ana Ruiz'] }), article({ authors: ['Jo Park'] })],
    });

    expect(htmlAuthors(evidence, [])).toBeNull();
  });

  it("reads the article of an SEO plugin's graph, the page's WebPage beside it (its dates only when alone)", () => {
    const evidence = pageEvidence({
      jsonLd: [
        article({ type: 'WebPage', headline: 'Best desks - DeskLab', datePublished: '2024-01-02' }),
        article({
          type: 'Article',
          headline: 'Best desks',
          authors: ['Jane Doe'],
          datePublished: '2024-03-04',
        }),
      ],
    });

    expect(htmlAuthors(evidence, [])).toEqual({ value: ['Jane Doe'], source: 'json-ld' });
    expect(htmlTitles(evidence, [])[0]).toMatchObject({ value: 'Best desks', source: 'json-ld' });
    expect(htmlPublished(evidence, WHEN)).toBeNull();
  });
});

describe('evidence: dates', () => {
  it('takes the day of an ISO timestamp as written, in its own time zone', () => {
    const evidence = pageEvidence({ jsonLd: [article({ datePublished: '2024-03-12T23:30:00-05:00' })] });

    expect(htmlPublished(evidence, WHEN)).toEqual({ value: '2024-03-12', source: 'json-ld' });
  });

  it('falls back to meta tags, and refuses dates in the future', () => {
    const evidence = pageEvidence({
      meta: [
        { key: 'article:published_time', value: '2031-01-01T00:00:00Z' },
        { key: 'date', value: 'March 3, 2024' },
        { key: 'article:modified_time', value: '2024-04-01' },
      ],
    });

    expect(htmlPublished(evidence, WHEN)).toEqual({ value: '2024-03-03', source: 'meta' });
    expect(htmlModified(evidence, WHEN)).toEqual({ value: '2024-04-01', source: 'meta' });
  });

  it('reads the Open Graph article keys some CMSs write ("og:article:published_time") before a generic "date"', () => {
    const evidence = pageEvidence({
      meta: [
        { key: 'sailthru.date', value: '2020-01-20T09:49:32Z' },
        { key: 'og:article:published_time', value: '2020-01-19T12:25:36Z' },
        { key: 'og:article:modified_time', value: '2020-01-20T09:49:32Z' },
      ],
    });

    expect(htmlPublished(evidence, { ...WHEN, now: new Date('2026-01-01') })).toEqual({
      value: '2020-01-19',
      source: 'meta',
    });
    expect(htmlModified(evidence, { ...WHEN, now: new Date('2026-01-01') })).toEqual({
      value: '2020-01-20',
      source: 'meta',
    });
  });

  it("reads a URL's /YYYY/MM/DD/ path, not digits elsewhere", () => {
    expect(urlPathDate('https://x.com/news/2024/03/12/harbour-school', WHEN)).toBe('2024-03-12');
    expect(urlPathDate('https://x.com/news/harbour-school-20240312', WHEN)).toBeNull();
    expect(urlPathDate('https://x.com/2024/13/40/x', WHEN)).toBeNull();
  });

  it('refuses a declared day the calendar has not (a placeholder or a broken template)', () => {
    const evidence = pageEvidence({
      jsonLd: [article({ datePublished: '2024-02-30T10:00:00Z' })],
      meta: [
        { key: 'article:published_time', value: '2024-00-00' },
        { key: 'date', value: '2023-02-29' },
        { key: 'pubdate', value: '2024-02-29' },
      ],
    });

    expect(htmlPublished(evidence, WHEN)).toEqual({ value: '2024-02-29', source: 'meta' });
    expect(urlPathDate('https://x.com/2023/02/29/x', WHEN)).toBeNull();
    expect(urlPathDate('https://x.com/2024/04/31/x', WHEN)).toBeNull();
    expect(urlPathDate('https://x.com/2024/02/29/x', WHEN)).toBe('2024-02-29');
  });
});
