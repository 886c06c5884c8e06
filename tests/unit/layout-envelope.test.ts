/**
 * The envelope around a page (layout/envelope.ts): a WARC record's header and an HTTP response's status line and
 * headers are no page text; the page after them gives the record it gives alone, the record's URL is the page's,
 * and a record or response that holds no page, or a file of several records, is refused with a reason.
 */
import { describe, expect, it } from 'vitest';
import { readEnvelope } from '../../functions/core/layout/envelope.ts';
import { readLayout } from '../../functions/core/layout.ts';
import { processDocument, processText } from '../../functions/core/pipeline.ts';

const PAGE = [
  'Home',
  'News',
  'Council approves new harbour wall',
  'By Jane Doe',
  'March 12, 2024',
  'The city council voted on Tuesday to build a new harbour wall, ending two years of debate over how to protect the old town from winter storms.',
  'Engineers said the current wall, built in 1952, could no longer withstand the storms that hit the coast every winter.',
  '© 2024 The Harbour Times',
].join('\n\n');
const HTML = `<!doctype html><html><head><title>Council approves new harbour wall</title></head><body><h1>Council approves new harbour wall</h1><p>By Jane Doe</p><p>The city council voted on Tuesday to build a new harbour wall, ending two years of debate over how to protect the old town from winter storms.</p><p>Engineers said the current wall, built in 1952, could no longer withstand the storms that hit the coast every winter.</p></body></html>`;
const URL = 'https://www.harbourtimes.example/news/council-approves-harbour-wall';

const warc = (type: string, block: string, uri = `<${URL}>`) =>
  `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Date: 2024-04-20T08:15:33Z\r\nWARC-Record-ID: <urn:uuid:1c2d3e4f-0000-4000-8000-123456789abc>\r\nWARC-Target-URI: ${uri}\r\nContent-Length: ${block.length}\r\n\r\n${block}\r\n\r\n`;
const http = (status: string, body: string) =>
  `${status}\r\nContent-Type: text/html; charset=utf-8\r\nServer: nginx\r\n\r\n${body}`;

describe('a page in an envelope', () => {
  it('a WET conversion record: the text after the WARC header, the record’s URL the site', () => {
    const alone = processText(PAGE, { name: 'page.txt' });
    const record = processText(warc('conversion', PAGE), { name: 'page.warc' });

    expect(record.status).toBe('clean');
    expect(record.body).toBe(alone.body);
    expect(record.title).toBe(alone.title);
    expect(record.authors).toEqual(['Jane Doe']);
    expect(record.site).toBe('harbourtimes.example');
    expect(record.provenance.site?.evidence).toBe('canonical-url');
    // The crawl's date is no publication date: the page's own is read.
    expect(record.publishedAt).toBe('2024-03-12');
    // Lines count in the file: the header's lines are kept as empty lines.
    const byline = record.removed.find((item) => item.text === 'By Jane Doe');
    expect(byline?.line).toBe(PAGE.split('\n').indexOf('By Jane Doe') + 8);
  });

  it('a WARC response record: the HTML after the WARC and HTTP headers', () => {
    const alone = processText(HTML, { name: 'page.html' });
    const record = processText(warc('response', http('HTTP/1.1 200 OK', HTML)), { name: 'page.warc' });

    expect(record.format).toBe('html');
    expect(record.title).toBe('Council approves new harbour wall');
    expect(record.body).toBe(alone.body);
    expect(record.site).toBe('harbourtimes.example');
  });

  it('an HTTP response saved with its headers (curl -i)', () => {
    const record = processText(http('HTTP/2 200 ', HTML), { name: 'page.txt' });

    expect(record.format).toBe('html');
    expect(record.body).toBe(processText(HTML, { name: 'page.html' }).body);
  });

  it('refuses what holds no page, with a reason', () => {
    const cases: Array<[string, string, string]> = [
      [
        warc('request', 'GET / HTTP/1.1\r\nHost: example.com\r\n\r\n'),
        'no-text',
        'a WARC request record holds no page',
      ],
      [warc('warcinfo', 'software: crawler/1.0\r\n'), 'no-text', 'a WARC warcinfo record holds no page'],
      [
        warc('response', http('HTTP/1.1 301 Moved Permanently', '')),
        'no-text',
        'an HTTP 301 response holds no page',
      ],
      [http('HTTP/1.1 404 Not Found', HTML), 'no-text', 'an HTTP 404 response holds no page'],
      [
        `${warc('conversion', PAGE)}${warc('conversion', PAGE)}`,
        'several-documents',
        'a WARC file of 2 records: upload one record per file',
      ],
    ];
    for (const [text, reason, detail] of cases) {
      const record = processDocument(Buffer.from(text), { name: 'page.warc' });
      expect(record).toMatchObject({ status: 'rejected', reason, reasonDetail: detail });
    }
  });

  it('reads a text that only opens like one as text', () => {
    for (const text of [
      'WARC/1.0 is the format of web archives.\n\nIt has records.',
      'HTTP/2 brought multiplexing.\n\nSo it did.',
    ]) {
      expect(readEnvelope(text.replace(/\r\n/g, '\n'))).toBeNull();
      expect(readLayout(text, 'page.txt').blocks[0]!.text).toBe(text.split('\n\n')[0]);
    }
    expect(readEnvelope(PAGE)).toBeNull();
  });
});
