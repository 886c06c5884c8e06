/** HTML's declared encoding: found before decoding, honoured when the bytes are not UTF-8. */
import { describe, expect, it } from 'vitest';
import { decode } from '../../functions/core/decode.ts';
import { prescan } from '../../functions/core/layout/charset.ts';
import { processDocument } from '../../functions/core/pipeline.ts';

const page = (head: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const PARAGRAPH =
  'The council voted on Tuesday to close the old bridge until the repairs are finished next spring.';

/** The bytes of a text in a single-byte encoding, from a table of its characters above 0x7f. */
function encodeSingleByte(text: string, table: Record<string, number>): Uint8Array {
  return Uint8Array.from([...text].map((c) => table[c] ?? c.charCodeAt(0)));
}

describe('prescan', () => {
  it('finds <meta charset> and the http-equiv form, lower-cased', () => {
    expect(prescan(Buffer.from(page('<meta charset="Windows-1251">', '')))).toEqual({
      markup: true,
      charset: 'windows-1251',
    });
    expect(
      prescan(
        Buffer.from(page('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', '')),
      ).charset,
    ).toBe('shift_jis');
  });

  it('finds an XML prolog encoding', () => {
    expect(prescan(Buffer.from('<?xml version="1.0" encoding="ISO-8859-2"?><html></html>')).charset).toBe(
      'iso-8859-2',
    );
  });

  it('says plain text is not markup and declares nothing', () => {
    expect(prescan(Buffer.from('charset=utf-8 is what the article says'))).toEqual({
      markup: false,
      charset: null,
    });
  });
});

describe('decoding HTML with its declared encoding', () => {
  it('reads a windows-1251 page as Cyrillic', () => {
    const cyrillic = { П: 0xcf, р: 0xf0, и: 0xe8, в: 0xe2, е: 0xe5, т: 0xf2 };
    const bytes = encodeSingleByte(page('<meta charset="windows-1251">', '<p>Привет</p>'), cyrillic);

    const decoded = decode(bytes, { declaredCharset: 'windows-1251', markup: true });

    expect(decoded).toMatchObject({ ok: true, encoding: 'windows-1251' });
    expect(decoded.ok && decoded.text).toContain('<p>Привет</p>');
  });

  it('keeps valid UTF-8 as UTF-8 when the page wrongly declares Latin-1', () => {
    const bytes = Buffer.from(page('<meta charset="iso-8859-1">', '<p>Une école à Paris</p>'), 'utf8');

    const record = processDocument(bytes, { name: 'page.html' });

    expect(record).toMatchObject({ status: 'clean', encoding: 'utf-8' });
  });

  it('reads windows-1252 bytes as such when the page wrongly declares UTF-8', () => {
    const bytes = encodeSingleByte(
      page('<meta charset="utf-8">', `<p>${PARAGRAPH} Caf\u00e9 \u201cnoir\u201d.</p>`),
      {
        '\u00e9': 0xe9,
        '\u201c': 0x93,
        '\u201d': 0x94,
      },
    );

    const record = processDocument(bytes, { name: 'page.html' });

    expect(record).toMatchObject({ status: 'clean', encoding: 'windows-1252' });
    expect(record.status === 'clean' && record.body).toContain('Café “noir”.');
  });

  it('decodes a page through the pipeline with the encoding its meta tag names', () => {
    const cyrillic = {
      П: 0xcf,
      р: 0xf0,
      и: 0xe8,
      в: 0xe2,
      е: 0xe5,
      т: 0xf2,
      м: 0xec,
      о: 0xee,
      с: 0xf1,
      ы: 0xfb,
      й: 0xe9,
      п: 0xef,
    };
    const text = `${PARAGRAPH} Привет мостовой мир, привет мост.`;
    const bytes = encodeSingleByte(page('<meta charset="windows-1251">', `<p>${text}</p>`), cyrillic);

    const record = processDocument(bytes, { name: 'page.html' });

    expect(record).toMatchObject({ status: 'clean', encoding: 'windows-1251' });
    expect(record.status === 'clean' && record.body).toBe(text);
  });

  it('drops a few stray NUL bytes in markup instead of rejecting the page as binary', () => {
    const html = Buffer.from(
      page('', `<p>${PARAGRAPH}</p>${'<p>More of the story follows here.</p>'.repeat(40)}`),
    );
    const bytes = Buffer.concat([html.subarray(0, 100), Buffer.from([0]), html.subarray(100)]);

    expect(processDocument(bytes, { name: 'page.html' }).status).toBe('clean');
    // In a page that is not UTF-8 (Windows-1252 here), markup is what lets the NUL pass.
    const legacy = Buffer.concat([bytes, Buffer.from([0x93, 0x61, 0x94])]);
    expect(decode(legacy, { markup: true })).toMatchObject({ ok: true, encoding: 'windows-1252' });
    expect(decode(legacy)).toMatchObject({ ok: false, reason: 'binary' });
  });
});
