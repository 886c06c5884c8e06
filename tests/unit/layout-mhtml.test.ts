/**
 * MHTML (layout/mhtml.ts): a page saved as one MIME file (Chrome's "Webpage, Single File", a headless browser's
 * snapshot) gives the record of its HTML part, decoded from quoted-printable or base64 in the charset it names,
 * with the URL the snapshot names; a file with no HTML part is refused with a reason.
 */
import { describe, expect, it } from 'vitest';
import { quotedPrintableBytes, readMhtml } from '../../functions/core/layout/mhtml.ts';
import { processDocument, processText } from '../../functions/core/pipeline.ts';

const URL = 'https://www.harbourtimes.example/news/council-approves-harbour-wall';
const HTML = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves new harbour wall – The Harbour Times</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1 class="headline">Council approves new harbour wall</h1><p class="byline">By Jane Doe</p>
<p>The city council voted on Tuesday to build a new harbour wall, ending two years of debate over how to protect the old town from winter storms.</p>
<p>“This is the most important decision we have made in a decade,” said Tom Whitaker, the council’s chair. Work starts in the spring — and costs €4.5 million.</p></article>
<footer><p>© 2024 The Harbour Times</p></footer></body></html>`;
const BOUNDARY = '----MultipartBoundary--7xQ0Jh3aE1BGbF9rWd0dSNuKzN4a2PdY6ySHR3oqJm----';

/** Quoted-printable as Chrome writes it: "=" and bytes outside ASCII escaped, lines broken at 76 with "=". */
function quotedPrintable(text: string): string {
  let escaped = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    escaped +=
      byte === 61 || byte > 126
        ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
        : String.fromCharCode(byte);
  }
  const lines: string[] = [];
  for (const line of escaped.split('\n')) {
    let rest = line;
    while (rest.length > 75) {
      // Never cut an escape in two.
      let cut = 75;
      if (rest[cut - 1] === '=') cut -= 1;
      else if (rest[cut - 2] === '=') cut -= 2;
      lines.push(`${rest.slice(0, cut)}=`);
      rest = rest.slice(cut);
    }
    lines.push(rest);
  }
  return lines.join('\r\n');
}

function mhtml(
  htmlPart: string,
  headers = 'Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable',
): string {
  return [
    'From: <Saved by Blink>',
    `Snapshot-Content-Location: ${URL}`,
    'Subject: Council approves new harbour wall =?utf-8?Q?=E2=80=93?= The Harbour Times',
    'Date: Tue, 12 Mar 2024 10:15:00 -0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${BOUNDARY}"`,
    '',
    '',
    `--${BOUNDARY}`,
    headers,
    `Content-ID: <frame-4F2C@mhtml.blink>`,
    `Content-Location: ${URL}`,
    '',
    htmlPart,
    `--${BOUNDARY}`,
    'Content-Type: text/css',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://www.harbourtimes.example/style.css',
    '',
    '@charset "utf-8";',
    '',
    'body { font-family: Georgia, serif; }',
    `--${BOUNDARY}`,
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    'Content-Location: https://www.harbourtimes.example/logo.png',
    '',
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    `--${BOUNDARY}--`,
    '',
  ].join('\r\n');
}

describe('a page saved as MHTML', () => {
  it('gives the record of its HTML part, decoded from quoted-printable, with the snapshot’s URL', () => {
    const alone = processText(HTML, { name: 'page.html' });
    const record = processText(mhtml(quotedPrintable(HTML)), { name: 'page.mhtml' });

    expect(record.status).toBe('clean');
    expect(record.format).toBe('html');
    expect(record.title).toBe('Council approves new harbour wall');
    expect(record.body).toBe(alone.body);
    expect(record.body).toContain('costs €4.5 million.');
    expect(record.authors).toEqual(['Jane Doe']);
    expect(record.site).toBe('harbourtimes.example');
    expect(record.provenance.site?.evidence).toBe('canonical-url');
  });

  it('a base64 part in the charset it names', () => {
    // Windows-1252's bytes for the typographic characters (the rest of the page is Latin-1).
    const cp1252: Record<string, number> = {
      '€': 0x80,
      '–': 0x96,
      '—': 0x97,
      '’': 0x92,
      '“': 0x93,
      '”': 0x94,
    };
    const page = HTML.replace('charset="utf-8"', 'charset="windows-1252"');
    const bytes = Buffer.from(Array.from(page, (c) => cp1252[c] ?? c.charCodeAt(0)));
    const part = bytes.toString('base64').replace(/.{76}/g, '$&\r\n');
    const record = processText(
      mhtml(part, 'Content-Type: text/html; charset=windows-1252\r\nContent-Transfer-Encoding: base64'),
      { name: 'page.mht' },
    );
    expect(record.body).toContain('the council’s chair. Work starts in the spring — and costs €4.5 million.');
    expect(record.title).toBe('Council approves new harbour wall');
  });

  it('refuses a saved page with no HTML part', () => {
    const text = mhtml(
      'body { color: red; }',
      'Content-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable',
    );
    const record = processDocument(Buffer.from(text.replace(/Content-Type: text\/css[\s\S]*?--.*--/u, '')), {
      name: 'page.mhtml',
    });
    expect(record).toMatchObject({
      status: 'rejected',
      reason: 'no-text',
      reasonDetail: 'an MHTML file with no HTML part holds no page',
    });
  });

  it('reads a text that only opens like a MIME message as text', () => {
    for (const text of [
      'From: Jane Doe\nTo: the desk\n\nThe council voted on Tuesday to build a new harbour wall.',
      'Subject: harbour wall\n\nThe council voted.',
      'Content-Type: text/plain\n\nThe council voted.',
    ])
      expect(readMhtml(text)).toBeNull();
  });
});

describe('quotedPrintableBytes', () => {
  it('decodes escapes and soft breaks, keeps a stray "=", writes other characters as UTF-8', () => {
    const decode = (text: string) => Buffer.from(quotedPrintableBytes(text)).toString('utf8');
    expect(decode('a=3Db')).toBe('a=b');
    expect(decode('caf=C3=A9 and =E2=82=AC')).toBe('café and €');
    expect(decode('a long line broken=\nhere, and=  \nthere')).toBe('a long line brokenhere, andthere');
    expect(decode('x = y, 100%=')).toBe('x = y, 100%');
    expect(decode('=ZZ stays')).toBe('=ZZ stays');
    expect(decode('déjà vu 😀')).toBe('déjà vu 😀');
  });
});
