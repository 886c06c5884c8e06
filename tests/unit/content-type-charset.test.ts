/**
 * The charset an upload's Content-Type names ("text/plain; charset=windows-1250"): read before the page's own
 * declaration and before guessing, after a byte-order mark and valid UTF-8.
 */
import { describe, expect, it } from 'vitest';
import { knownEncoding } from '../../functions/core/decode.ts';
import { charsetOfContentType } from '../../functions/core/layout/charset.ts';
import { processDocument } from '../../functions/core/pipeline.ts';
import { encodeSingleByte } from '../support/single-byte.ts';

const CZECH =
  'Vláda ve čtvrtek schválila návrh zákona o ochraně životního prostředí. Ministr řekl, že nová pravidla začnou platit příští rok a že obce dostanou na úpravy více peněz.';

/** An HTML page of CZECH that declares `declared` in its <meta charset>, written in `encoding`. */
function czechPage(declared: string, encoding: string): Uint8Array {
  const html = `<!doctype html><html><head><meta charset="${declared}"></head><body><p>${CZECH}</p></body></html>`;
  return encodeSingleByte(html, encoding);
}

describe('charsetOfContentType', () => {
  it('reads the charset parameter of a media type, lower-cased, quoted or not', () => {
    expect(charsetOfContentType('text/plain; charset=windows-1250')).toBe('windows-1250');
    expect(charsetOfContentType('text/html;charset="ISO-8859-2"')).toBe('iso-8859-2');
    expect(charsetOfContentType('text/plain; format=flowed; CHARSET = KOI8-R ; x=y')).toBe('koi8-r');
  });

  it('gives null when the media type names no charset', () => {
    expect(charsetOfContentType('text/plain')).toBeNull();
    expect(charsetOfContentType('text/plain; charset=')).toBeNull();
    expect(charsetOfContentType('')).toBeNull();
    expect(charsetOfContentType(undefined)).toBeNull();
  });
});

describe('knownEncoding', () => {
  it("names a label's encoding as the platform's decoder does, null for a label it does not know", () => {
    expect(knownEncoding('latin1')).toBe('windows-1252');
    expect(knownEncoding('CP1250')).toBe('windows-1250');
    expect(knownEncoding('x-nonsense')).toBeNull();
    expect(knownEncoding(null)).toBeNull();
  });
});

describe('processDocument with the charset the upload names', () => {
  it('reads Czech in Windows-1250, which the guess alone reads as Western European', () => {
    const bytes = encodeSingleByte(CZECH, 'windows-1250');

    const guessed = processDocument(bytes, { name: 'zprava.txt' });
    const named = processDocument(bytes, { name: 'zprava.txt', charset: 'windows-1250' });

    expect(guessed).toMatchObject({ status: 'clean', encoding: 'windows-1252' });
    expect(named).toMatchObject({ status: 'clean', encoding: 'windows-1250' });
    expect(named.status === 'clean' && named.body).toBe(CZECH);
  });

  it("comes before the page's own <meta charset>, as an HTTP header does", () => {
    const bytes = czechPage('windows-1252', 'iso-8859-2');

    const record = processDocument(bytes, { name: 'zprava.html', charset: 'iso-8859-2' });

    expect(record).toMatchObject({ status: 'clean', encoding: 'iso-8859-2' });
    expect(record.status === 'clean' && record.body).toBe(CZECH);
  });

  it('leaves valid UTF-8 as UTF-8 whatever the header says', () => {
    const record = processDocument(new TextEncoder().encode(CZECH), {
      name: 'zprava.txt',
      charset: 'windows-1250',
    });

    expect(record).toMatchObject({ status: 'clean', encoding: 'utf-8' });
    expect(record.status === 'clean' && record.body).toBe(CZECH);
  });

  it("reads the page's own declaration when the header names UTF-8 and the bytes are not UTF-8", () => {
    const bytes = czechPage('windows-1250', 'windows-1250');

    const record = processDocument(bytes, { name: 'zprava.html', charset: 'utf-8' });

    expect(record).toMatchObject({ status: 'clean', encoding: 'windows-1250' });
    expect(record.status === 'clean' && record.body).toBe(CZECH);
  });

  it("ignores a label the platform does not know and reads the page's own declaration", () => {
    const bytes = czechPage('windows-1250', 'windows-1250');

    const record = processDocument(bytes, { name: 'zprava.html', charset: 'x-nonsense' });

    expect(record).toMatchObject({ status: 'clean', encoding: 'windows-1250' });
  });
});
