/**
 * Property-based fuzzing of the core on HTML pages: what a page says about itself (its lang attribute, <title>,
 * canonical link, meta tags and JSON-LD of any shape: values of the wrong type, impossible dates, stray markup,
 * lone surrogates) around a body of article-like and chrome-like elements. Every page must give a record without an
 * exception, and the record's declared fields must be what a user can rely on: dates that are days of the
 * calendar, not in the future; names and titles as trimmed, non-empty strings. Seed printed on failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../functions/core/pipeline.ts';
import { isCleanString, isRealPastDay } from './helpers.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261205);

/** Values a careless CMS or a hostile page puts where a date, a name or a tag belongs. */
const ODD_VALUE = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '2024-02-30',
    '2024-00-00',
    '0000-00-00T00:00',
    '9999-12-31',
    '2023-02-29',
    '2024-02-29T10:00:00Z',
    '2024-03-03T25:61:61Z',
    'Mon, 32 Jan 2024',
    'March 3, 2024',
    'null',
    '<b>x</b>',
    '&amp;',
    '\u0000',
    '\ud800',
    'x-default',
    'de_DE',
    'javascript:alert(1)',
    '1e309',
  ),
);
const JSON_VALUE = fc.jsonValue({ maxDepth: 3 });

const JSON_LD = fc.record(
  {
    '@context': fc.constantFrom('https://schema.org', 'http://schema.org/', null, 5),
    '@type': fc.oneof(
      fc.constantFrom(
        'NewsArticle',
        'Article',
        'BlogPosting',
        'WebPage',
        ['Article', 'WebPage'],
        42,
        null,
        {},
      ),
      fc.string({ maxLength: 10 }),
    ),
    headline: fc.oneof(ODD_VALUE, JSON_VALUE),
    name: fc.oneof(ODD_VALUE, JSON_VALUE),
    author: fc.oneof(
      ODD_VALUE,
      JSON_VALUE,
      fc.array(
        fc.oneof(
          ODD_VALUE,
          fc.record({
            '@type': fc.constantFrom('Person', 'Organization'),
            name: fc.oneof(ODD_VALUE, JSON_VALUE),
          }),
        ),
        { maxLength: 4 },
      ),
    ),
    datePublished: fc.oneof(ODD_VALUE, JSON_VALUE),
    dateModified: fc.oneof(ODD_VALUE, JSON_VALUE),
    publisher: fc.oneof(ODD_VALUE, JSON_VALUE),
    '@graph': JSON_VALUE,
  },
  { requiredKeys: [] },
);

const META_KEY = fc.oneof(
  fc.constantFrom(
    'author',
    'article:author',
    'og:title',
    'og:site_name',
    'og:url',
    'article:published_time',
    'article:modified_time',
    'date',
    'dc.date',
    'pubdate',
    'description',
  ),
  fc.string({ maxLength: 12 }),
);

const BODY_PART = fc.oneof(
  fc.constantFrom(
    '<h1>Bridge closes for the winter</h1>',
    '<p>The council voted on Tuesday to close the bridge for repairs until spring, officials said.</p>',
    '<p>"We have no choice," the mayor told reporters outside the town hall on Wednesday.</p>',
    '<p>By Jane Doe</p>',
    '<p>March 3, 2024</p>',
    '<nav><a href="/">Home</a> <a href="/news">News</a></nav>',
    '<ul><li>One</li><li>Two</li></ul>',
    '<table><tr><td>x</td><td>y</td></tr></table>',
    '<pre>  a\n  b</pre>',
    '<script>var x = "</p>";</script>',
    '<br>',
    '<div>',
    '</div>',
    '<p>',
    '<!-- note -->',
  ),
  ODD_VALUE,
);

const PAGE = fc.record({
  lang: ODD_VALUE,
  title: ODD_VALUE,
  canonical: ODD_VALUE,
  metas: fc.array(fc.tuple(fc.constantFrom('name', 'property', 'itemprop'), META_KEY, ODD_VALUE), {
    maxLength: 8,
  }),
  jsonLd: fc.array(
    fc.oneof(
      JSON_LD.map((value) => JSON.stringify(value)),
      fc.array(JSON_LD, { maxLength: 3 }).map((value) => JSON.stringify(value)),
      fc.string({ maxLength: 40 }),
    ),
    { maxLength: 3 },
  ),
  body: fc.array(BODY_PART, { maxLength: 30 }),
});

type Page = typeof PAGE extends fc.Arbitrary<infer T> ? T : never;

const attribute = (value: string) => value.replace(/"/g, '&quot;');

function html(page: Page): string {
  const metas = page.metas.map(
    ([kind, key, value]) => `<meta ${kind}="${attribute(key)}" content="${attribute(value)}">`,
  );
  const scripts = page.jsonLd.map((json) => `<script type="application/ld+json">${json}</script>`);
  return (
    `<!doctype html><html lang="${attribute(page.lang)}"><head><title>${page.title}</title>` +
    `<link rel="canonical" href="${attribute(page.canonical)}">${metas.join('')}${scripts.join('')}</head>` +
    `<body>${page.body.join('')}</body></html>`
  );
}

describe('fuzzing the core on HTML pages', () => {
  it('never throws on what a page declares about itself, and declares only real days and clean names (3,000 pages)', () => {
    fc.assert(
      fc.property(PAGE, (page) => {
        const record = processDocument(Buffer.from(html(page)), { name: 'page.html', url: page.canonical });
        expect(JSON.parse(JSON.stringify(record))).toEqual(record);
        if (record.status !== 'clean') return;
        for (const date of [record.publishedAt, record.updatedAt])
          if (date !== null) expect(isRealPastDay(date)).toBe(true);
        for (const value of [record.title, record.site, ...record.authors])
          if (value !== null) expect(isCleanString(value)).toBe(true);
        if (record.language !== null) expect(record.language).toMatch(/^[a-z]{2,3}$/);
      }),
      { numRuns: 3000, seed: SEED },
    );
  });
});
