/**
 * Feeds (layout/feed.ts): an RSS or Atom document of one item, or the item alone, gives the record of its content
 * (HTML in CDATA or escaped, Atom's text, HTML or XHTML), its title, author, dates and link the item's statement
 * about itself, the channel's title the site's name; a feed of several items or of none is refused with a reason.
 */
import { describe, expect, it } from 'vitest';
import { readFeed } from '../../functions/core/layout/feed.ts';
import { readLayout } from '../../functions/core/layout.ts';
import { processDocument, processText } from '../../functions/core/pipeline.ts';

const PARAGRAPHS = [
  'The city council voted on Tuesday to build a new harbour wall, ending two years of debate over how to protect the old town from winter storms.',
  '“This is the most important decision we have made in a decade,” said Tom Whitaker, the council’s chair.',
  'Engineers said the current wall, built in 1952, could no longer withstand the storms that hit the coast every winter.',
];
const HTML = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');
const URL = 'https://www.harbourtimes.example/news/council-approves-harbour-wall';
const TITLE = 'Council approves new harbour wall';

const rssItem = (content: string, extra = '') => `<item>
  <title>${TITLE}</title>
  <link>${URL}</link>
  <dc:creator><![CDATA[Jane Doe]]></dc:creator>
  <pubDate>Tue, 12 Mar 2024 21:30:00 -0500</pubDate>
  <category><![CDATA[Local]]></category>
  <guid isPermaLink="false">https://www.harbourtimes.example/?p=123</guid>
  <description><![CDATA[The city council voted on Tuesday to build a new harbour wall. [&#8230;]]]></description>
  ${content}${extra}
</item>`;
const rss = (...items: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>The Harbour Times</title>
  <link>https://www.harbourtimes.example/</link>
  <description>News from the coast</description>
  <language>en-GB</language>
  <image><title>The Harbour Times logo</title><url>https://www.harbourtimes.example/logo.png</url></image>
  ${items.join('\n')}
</channel>
</rss>`;
const ENCODED = `<content:encoded><![CDATA[${HTML}
<p>The post <a href="${URL}">${TITLE}</a> appeared first on <a href="https://www.harbourtimes.example">The Harbour Times</a>.</p>]]></content:encoded>`;

const atom = (content: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title type="text">The Harbour Times</title>
  <link href="https://www.harbourtimes.example/" rel="alternate"/>
  <entry>
    <title type="html">Council approves new &lt;em&gt;harbour&lt;/em&gt; wall</title>
    <link rel="replies" href="${URL}#comments"/>
    <link rel="alternate" type="text/html" href="${URL}"/>
    <id>tag:harbourtimes.example,2024:123</id>
    <published>2024-03-12T21:30:00-05:00</published>
    <updated>2024-03-14T08:00:00-05:00</updated>
    <author><name>Jane Doe</name><email>jane@harbourtimes.example</email></author>
    <summary>The city council voted on Tuesday to build a new harbour wall.</summary>
    ${content}
  </entry>
</feed>`;

describe('a feed of one item', () => {
  it('RSS 2.0: the CDATA content is the page, the item’s fields its metadata', () => {
    const record = processText(rss(rssItem(ENCODED)), { name: 'item.rss' });

    expect(record.status).toBe('clean');
    expect(record.format).toBe('html');
    expect(record.body).toBe(PARAGRAPHS.join('\n\n'));
    expect(record.title).toBe(TITLE);
    expect(record.provenance.title?.evidence).toBe('feed');
    expect(record.authors).toEqual(['Jane Doe']);
    expect(record.provenance.authors?.evidence).toBe('feed');
    // The day as written in the item's own time zone (21:30 on the 12th, New York), not the UTC day after.
    expect(record.publishedAt).toBe('2024-03-12');
    expect(record.site).toBe('harbourtimes.example');
    expect(record.language).toBe('en');
    expect(record.quotes.map((quote) => quote.speaker)).toEqual(['Tom Whitaker']);
    // The plugin's footer is removed, with its rule.
    expect(record.removed.map((item) => item.rule)).toEqual(['attribution.feed-footer']);
  });

  it('the same content gives the same body alone and in its feed', () => {
    const alone = processText(`<html><body>${HTML}</body></html>`, { name: 'page.html' });
    const record = processText(rss(rssItem(`<content:encoded><![CDATA[${HTML}]]></content:encoded>`)));
    expect(record.body).toBe(alone.body);
    expect(record.contentHash).toBe(alone.contentHash);
  });

  it('an item of escaped HTML, with no content module: its description', () => {
    const escaped = HTML.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const item = rssItem('').replace(
      /<description>.*<\/description>/u,
      `<description>${escaped}</description>`,
    );
    const record = processText(rss(item));
    expect(record.body).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('an item alone (no channel), its author as RSS writes it, its guid the URL', () => {
    const item = `<item>
  <title>${TITLE}</title>
  <author>jane@harbourtimes.example (Jane Doe)</author>
  <pubDate>12 Mar 2024 09:30 GMT</pubDate>
  <guid>${URL}</guid>
  <description><![CDATA[${HTML}]]></description>
</item>`;
    const record = processText(item, { name: 'item.xml' });
    expect(record.title).toBe(TITLE);
    expect(record.authors).toEqual(['Jane Doe']);
    expect(record.publishedAt).toBe('2024-03-12');
    expect(record.site).toBe('harbourtimes.example');
    expect(record.body).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('Atom: HTML content, the alternate link, the author’s name, both dates', () => {
    const escaped = HTML.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const record = processText(atom(`<content type="html">${escaped}</content>`), { name: 'entry.atom' });

    expect(record.body).toBe(PARAGRAPHS.join('\n\n'));
    expect(record.title).toBe('Council approves new harbour wall');
    expect(record.authors).toEqual(['Jane Doe']);
    expect(record.publishedAt).toBe('2024-03-12');
    expect(record.updatedAt).toBe('2024-03-14');
    expect(record.site).toBe('harbourtimes.example');
  });

  it('Atom: XHTML content is read as the markup it is written in', () => {
    const record = processText(
      atom(`<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${HTML}</div></content>`),
    );
    expect(record.body).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('Atom: text content is read as text, and a summary alone is the page', () => {
    const text = atom(`<content type="text">${PARAGRAPHS.join('\n\n')}</content>`);
    expect(processText(text).body).toBe(PARAGRAPHS.join('\n\n'));
    const summaryOnly = processText(atom(''));
    expect(summaryOnly.status).toBe('clean');
    expect(summaryOnly.body).toBe('The city council voted on Tuesday to build a new harbour wall.');
  });

  it('RSS 1.0 (RDF): the item beside its channel', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel rdf:about="https://www.harbourtimes.example/"><title>The Harbour Times</title></channel>
  <item rdf:about="${URL}">
    <title>${TITLE}</title>
    <link>${URL}</link>
    <dc:creator>Jane Doe</dc:creator>
    <dc:date>2024-03-12T09:30:00Z</dc:date>
    <content:encoded><![CDATA[${HTML}]]></content:encoded>
  </item>
</rdf:RDF>`;
    const record = processText(rdf);
    expect(record).toMatchObject({ title: TITLE, authors: ['Jane Doe'], publishedAt: '2024-03-12' });
    expect(record.body).toBe(PARAGRAPHS.join('\n\n'));
  });

  it('a picture’s media:content and media:description are not the page', () => {
    const media =
      '<media:content url="https://www.harbourtimes.example/wall.jpg" medium="image"><media:description>The old wall in a storm</media:description></media:content>';
    const item = rssItem(`${media}<content:encoded><![CDATA[${HTML}]]></content:encoded>`);
    expect(processText(rss(item)).body).toBe(PARAGRAPHS.join('\n\n'));
  });
});

describe('what is no feed of one item', () => {
  it('refuses a feed of several items, or of none, and an item with no content', () => {
    const cases: Array<[string, string, string]> = [
      [
        rss(rssItem(ENCODED), rssItem(ENCODED), rssItem(ENCODED)),
        'several-documents',
        'a feed of 3 items: upload one item per file',
      ],
      [rss(), 'no-text', 'a feed with no item holds no page'],
      [
        rss(rssItem('').replace(/<description>.*<\/description>/u, '')),
        'no-text',
        'a feed item with no content holds no page',
      ],
    ];
    for (const [text, reason, detail] of cases) {
      const record = processDocument(Buffer.from(text), { name: 'feed.xml' });
      expect(record).toMatchObject({ status: 'rejected', reason, reasonDetail: detail });
    }
  });

  it('reads HTML and text that only mention a feed as what they are', () => {
    for (const text of [
      '<html><body><p>Subscribe to our <rss> feed.</p></body></html>',
      'The rss element is the root of a feed.\n\nIt has a channel.',
      `<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/feed"></head><body>${HTML}</body></html>`,
    ])
      expect(readFeed(text)).toBeNull();
    const page = readLayout(`<html><body>${HTML}</body></html>`, 'page.html');
    expect(page.format).toBe('html');
  });

  it('a feed that is no well-formed XML is still read in one pass (stray and unclosed tags)', () => {
    const broken = rss(
      rssItem(`${'</p></div>'.repeat(50)}<content:encoded><![CDATA[${HTML}]]></content:encoded>`),
    ).replace('</channel>', '');
    expect(processText(broken).body).toBe(PARAGRAPHS.join('\n\n'));
  });
});
