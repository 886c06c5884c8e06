/**
 * JSON uploads (layout/json.ts): a scraper's item is read as the page its content field holds, in that content's
 * own layout, with the item's fields as the page's statement about itself (as front matter's); a JSON of no page
 * or of several is rejected with its reason, and a text that is no JSON stays text.
 */
import { describe, expect, it } from 'vitest';
import { readJson } from '../../functions/core/layout/json.ts';
import { readLayout } from '../../functions/core/layout.ts';
import { type CoreRecord, processDocument } from '../../functions/core/pipeline.ts';

const PARAGRAPHS = [
  'The city council voted on Tuesday to close the old bridge over the river until the repairs are done, a decision that will reroute thousands of commuters.',
  'Engineers found cracks in two of the supporting piers during an inspection last month, and the council said it could not wait for the next budget.',
  'Local shops near the bridge say they expect fewer customers, but most agree that safety has to come first for everyone who crosses it.',
];
const ARTICLE = PARAGRAPHS.join('\n\n');
const HEADLINE = 'Council closes the old bridge for repairs';

function clean(item: unknown, name = 'item.json'): Extract<CoreRecord, { status: 'clean' }> {
  const record = processDocument(Buffer.from(JSON.stringify(item)), { name });
  if (record.status !== 'clean') throw new Error(`rejected: ${record.reason} ${record.reasonDetail}`);
  return record;
}

function rejected(text: string, name = 'item.json') {
  const record = processDocument(Buffer.from(text), { name });
  if (record.status !== 'rejected') throw new Error('not rejected');
  return record;
}

describe('a JSON upload with one page', () => {
  it('reads a scraper item: the text in its own layout, the fields as declared metadata', () => {
    const record = clean({
      url: 'https://city.example/news/2024/bridge',
      title: HEADLINE,
      author: 'Anna Berg',
      date: '2024-03-14T08:00:00+01:00',
      status: 200,
      text: `Home\n\nNews\n\n${HEADLINE}\n\n${ARTICLE}\n\nShare on Facebook`,
    });

    expect(record.title).toBe(HEADLINE);
    expect(record.body).toBe(ARTICLE);
    expect(record.authors).toEqual(['Anna Berg']);
    expect(record.publishedAt).toBe('2024-03-14');
    expect(record.site).toBe('city.example');
    expect(record.format).toBe('text');
    expect(record.provenance.authors?.evidence).toBe('json');
    expect(record.provenance.publishedAt?.evidence).toBe('json');
    expect(record.removed.map((item) => item.text)).toEqual(['Home', 'News', 'Share on Facebook']);
  });

  it("reads a crawler's dataset item: markdown before text, the fields of its metadata object", () => {
    const record = clean({
      url: 'https://city.example/bridge',
      crawl: { depth: 0, httpStatusCode: 200 },
      metadata: { title: HEADLINE, author: 'Anna Berg and Tom Hays', languageCode: 'en' },
      text: `${HEADLINE}\n\n${ARTICLE}`,
      markdown: `# ${HEADLINE}\n\n${PARAGRAPHS.map((p) => `*${p}*`).join('\n\n')}`,
    });

    expect(record.format).toBe('markdown');
    expect(record.body).toBe(PARAGRAPHS.map((p) => `*${p}*`).join('\n\n'));
    expect(record.authors).toEqual(['Anna Berg', 'Tom Hays']);
    expect(record.language).toBe('en');
  });

  it('reads a WordPress REST post: rendered title and content (an HTML fragment), link, dates', () => {
    const record = clean({
      id: 7,
      date: '2024-03-14T08:00:00',
      modified: '2024-03-16T10:00:00',
      link: 'https://city.example/2024/03/14/bridge/',
      title: { rendered: HEADLINE },
      content: { rendered: PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n'), protected: false },
      author: 3,
    });

    expect(record.format).toBe('html');
    expect(record.body).toBe(ARTICLE);
    expect(record.title).toBe(HEADLINE);
    expect(record.publishedAt).toBe('2024-03-14');
    expect(record.updatedAt).toBe('2024-03-16');
    expect(record.site).toBe('city.example');
    expect(record.authors).toEqual([]);
  });

  it('reads a JSON-LD article: headline, Person authors, articleBody, and an array of that one object', () => {
    const article = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: HEADLINE,
      author: [
        { '@type': 'Person', name: 'Anna Berg' },
        { '@type': 'Person', name: 'Tom Hays' },
      ],
      datePublished: '2024-03-14',
      articleBody: ARTICLE,
    };

    for (const item of [article, [article]]) {
      const record = clean(item);

      expect(record.title).toBe(HEADLINE);
      expect(record.authors).toEqual(['Anna Berg', 'Tom Hays']);
      expect(record.publishedAt).toBe('2024-03-14');
      expect(record.body).toBe(ARTICLE);
    }
  });

  it("reads an item's HTML with its head: the item's fields first, the head's meta tags after them", () => {
    const html = `<!doctype html><html><head><title>${HEADLINE} | City Times</title><meta name="author" content="Anna Berg"></head><body><article><h1>${HEADLINE}</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const withDate = clean({
      url: 'https://city.example/bridge',
      html,
      text: 'the text field is not read',
      publish_date: 1710403200,
    });

    expect(withDate.format).toBe('html');
    expect(withDate.body).toBe(ARTICLE);
    expect(withDate.authors).toEqual(['Anna Berg']);
    // The head's author is a meta tag; the item's Unix time is its own field.
    expect(withDate.provenance.authors?.evidence).toMatch(/meta$/);
    expect(withDate.publishedAt).toBe('2024-03-14');
    expect(withDate.provenance.publishedAt?.evidence).toBe('json');
  });

  it('reads a content field that lists the paragraphs, one block each', () => {
    const record = clean({ title: HEADLINE, paragraphs: 'not a content key', body: PARAGRAPHS });

    expect(record.body).toBe(ARTICLE);
    expect(record.title).toBe(HEADLINE);
  });

  it('names what the item states as meta tags, each entry marked as the JSON’s', () => {
    const upload = readJson(
      JSON.stringify({
        headline: HEADLINE,
        authors: ['Anna Berg', { name: 'Tom Hays' }],
        body: ARTICLE,
        language: 'de',
      }),
    );

    expect(upload?.kind).toBe('page');
    if (upload?.kind !== 'page') return;
    expect(upload.contentKey).toBe('body');
    expect(upload.evidence.lang).toBe('de');
    expect(upload.evidence.meta).toEqual([
      { key: 'og:title', value: HEADLINE, declaredIn: 'json' },
      { key: 'author', value: 'Anna Berg', declaredIn: 'json' },
      { key: 'author', value: 'Tom Hays', declaredIn: 'json' },
    ]);
  });

  it("keeps the first section heading of an extractor's content whose title the item states (Readability's parse)", () => {
    // Readability leaves the headline out of `content`: the <h2> under it is the article's first section heading.
    const content = `<div id="readability-page-1" class="page"><h2>What the inspection found</h2>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>`;
    const record = clean({ title: HEADLINE, byline: 'By Jane Doe', content, siteName: 'City News' });
    expect(record.title).toBe(HEADLINE);
    expect(record.body).toBe(`What the inspection found\n\n${ARTICLE}`);
    expect(record.removed.some((item) => item.rule === 'title.replaced')).toBe(false);
    // The item's own headline in its content stays the headline it agrees with.
    const titled = clean({ title: HEADLINE, content: `<h1>${HEADLINE}</h1>${content}` });
    expect(titled.body).toBe(`What the inspection found\n\n${ARTICLE}`);
    expect(titled.provenance.title?.evidence).toBe('heading+json');
  });

  it("reads an extractor's output under its own key (goose3's cleaned_text)", () => {
    const record = clean({ title: HEADLINE, cleaned_text: ARTICLE, publish_date: '2024-03-14' });

    expect(record.body).toBe(ARTICLE);
    expect(record.publishedAt).toBe('2024-03-14');
  });

  it('reads the one page an API response wraps (Firecrawl, Diffbot), the wrapper’s fields after the page’s', () => {
    const firecrawl = clean({
      success: true,
      data: {
        markdown: `# ${HEADLINE}\n\n${ARTICLE}`,
        metadata: { title: HEADLINE, sourceURL: 'https://city.example/bridge', statusCode: 200 },
      },
    });
    expect(firecrawl.format).toBe('markdown');
    expect(firecrawl.title).toBe(HEADLINE);
    expect(firecrawl.body).toBe(ARTICLE);
    expect(firecrawl.site).toBe('city.example');

    const diffbot = clean({
      request: { pageUrl: 'https://city.example/bridge', api: 'article' },
      pageUrl: 'https://news.city.example/bridge',
      objects: [
        {
          type: 'article',
          title: HEADLINE,
          author: 'Anna Berg',
          date: 'Thu, 14 Mar 2024 08:00:00 GMT',
          text: ARTICLE,
        },
      ],
    });
    expect(diffbot.body).toBe(ARTICLE);
    expect(diffbot.authors).toEqual(['Anna Berg']);
    expect(diffbot.publishedAt).toBe('2024-03-14');
    // The wrapper's URL: the page states none of its own.
    expect(diffbot.site).toBe('news.city.example');
  });
});

describe('a JSON upload that is not one page', () => {
  it('rejects an array or JSON Lines of several pages as several-documents', () => {
    const items = [{ text: ARTICLE }, { text: ARTICLE }, { text: ARTICLE }];

    expect(rejected(JSON.stringify(items))).toMatchObject({ reason: 'several-documents' });
    expect(
      rejected(items.map((item) => JSON.stringify(item)).join('\n'), 'items.jsonl').reasonDetail,
    ).toMatch(/3 objects/);
  });

  it('rejects a wrapper of several pages (a crawl’s response) as several-documents, and reads wrappers two deep', () => {
    const crawl = {
      success: true,
      status: 'completed',
      data: [{ markdown: ARTICLE }, { markdown: ARTICLE }],
    };
    expect(rejected(JSON.stringify(crawl))).toMatchObject({ reason: 'several-documents' });
    expect(clean({ result: { article: { text: ARTICLE } } }).body).toBe(ARTICLE);
    expect(rejected(JSON.stringify({ a: { b: { c: { text: ARTICLE } } } })).reason).toBe('no-text');
  });

  it('rejects an object with no content field as no-text, naming its keys', () => {
    const record = rejected(JSON.stringify({ name: 'settings', version: 3, items: [1, 2] }));

    expect(record.reason).toBe('no-text');
    expect(record.reasonDetail).toMatch(/name, version, items/);
    expect(rejected('{}').reason).toBe('no-text');
    expect(rejected(JSON.stringify({ title: HEADLINE, text: '   ' })).reason).toBe('no-text');
  });
});

describe('a text that is no JSON', () => {
  it('stays text: a page that opens with a brace or a bracket, an array of strings', () => {
    for (const text of [
      `{Sponsored}\n\n${ARTICLE}`,
      `[1] A footnote first.\n\n${ARTICLE}`,
      JSON.stringify(PARAGRAPHS),
    ]) {
      expect(readJson(text)).toBeNull();
      expect(readLayout(text, 'page.txt').refusal).toBeUndefined();
    }
  });

  it('is never read as JSON when the caller knows the layout (a record body cleaned again)', () => {
    const text = JSON.stringify({ text: ARTICLE });

    expect(readLayout(text, null, 'blocks').blocks.map((block) => block.text)).toEqual([text]);
  });
});
