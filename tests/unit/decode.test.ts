import { describe, expect, it } from 'vitest';
import { decode, detectBinaryType } from '../../functions/core/decode.ts';
import { processDocument } from '../../functions/core/pipeline.ts';

const TEXT = 'Café “quoted” – naïve €5';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let index = 0; index < text.length; index++) {
    view.setUint16(2 + index * 2, text.charCodeAt(index), littleEndian);
  }
  return bytes;
}

/** Windows-1252 bytes of TEXT: smart quotes 93/94, en dash 96, euro 80, é E9, ï EF. */
const WINDOWS_1252 = Uint8Array.from([
  0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94, 0x20, 0x96, 0x20, 0x6e, 0x61,
  0xef, 0x76, 0x65, 0x20, 0x80, 0x35,
]);

describe('decode: encodings with a stated outcome', () => {
  it('decodes UTF-8 as utf-8', () => {
    const result = decode(new TextEncoder().encode(TEXT));

    expect(result).toEqual({ ok: true, text: TEXT, encoding: 'utf-8', replacements: 0 });
  });

  it('drops the UTF-8 byte-order mark', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);

    expect(decode(bytes)).toEqual({ ok: true, text: TEXT, encoding: 'utf-8', replacements: 0 });
  });

  it('decodes UTF-16 LE with a byte-order mark', () => {
    expect(decode(utf16(TEXT, true))).toEqual({
      ok: true,
      text: TEXT,
      encoding: 'utf-16le',
      replacements: 0,
    });
  });

  it('decodes UTF-16 BE with a byte-order mark', () => {
    expect(decode(utf16(TEXT, false))).toEqual({
      ok: true,
      text: TEXT,
      encoding: 'utf-16be',
      replacements: 0,
    });
  });

  it('decodes Windows-1252 smart quotes, dashes and the euro sign as windows-1252', () => {
    expect(decode(WINDOWS_1252)).toEqual({ ok: true, text: TEXT, encoding: 'windows-1252', replacements: 0 });
  });

  it('decodes Latin-1 (high bytes only in A0–FF) as iso-8859-1', () => {
    const bytes = Uint8Array.from([
      0x47, 0x72, 0xfc, 0xdf, 0x65, 0x20, 0x61, 0x75, 0x73, 0x20, 0x4b, 0xf6, 0x6c, 0x6e,
    ]);

    expect(decode(bytes)).toEqual({
      ok: true,
      text: 'Grüße aus Köln',
      encoding: 'iso-8859-1',
      replacements: 0,
    });
  });

  it('rejects invalid UTF-8 that does not look like a single-byte text as undecodable', () => {
    const bytes = Uint8Array.from([0x41, 0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9d, 0x90, 0x81, 0x42]);

    expect(decode(bytes)).toMatchObject({ ok: false, reason: 'undecodable' });
  });

  it('rejects a UTF-16 LE lone surrogate rather than replacing it', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]);

    expect(decode(bytes)).toMatchObject({ ok: false, reason: 'undecodable', detail: 'not valid utf-16le' });
  });

  it('rejects UTF-32 as undecodable, naming the encoding', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]);

    expect(decode(bytes)).toMatchObject({
      ok: false,
      reason: 'undecodable',
      detail: expect.stringContaining('UTF-32'),
    });
  });

  it('rejects zero bytes as empty', () => {
    expect(decode(new Uint8Array())).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('rejects text with NUL bytes and no BOM as binary', () => {
    const bytes = Uint8Array.from([0x41, 0x00, 0x42, 0x00]);

    expect(decode(bytes)).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('keeps valid UTF-8 text with a few stray NUL bytes, and the record drops them', () => {
    const paragraph = 'The council met on Tuesday and voted to approve the new budget for the parks. ';
    const text = `Parks budget approved\n\n\u0000\u0000\u0000\n\n${paragraph.repeat(5)}`;
    const bytes = new TextEncoder().encode(text);

    expect(decode(bytes)).toMatchObject({ ok: true, encoding: 'utf-8', replacements: 0 });
    const record = processDocument(bytes);
    if (record.status !== 'clean') throw new Error(`not clean: ${record.status}`);
    expect(record.body).toContain('The council met on Tuesday');
    expect(record.body).not.toContain('\u0000');
  });

  it('rejects text with more than one NUL byte per 100 as binary, and stray NULs in invalid UTF-8', () => {
    const dense = new TextEncoder().encode(`${'a'.repeat(97)}\u0000\u0000\u0000`);
    const invalid = Uint8Array.from([...new TextEncoder().encode('x'.repeat(300)), 0x00, 0xc3, 0x28]);

    expect(decode(dense)).toMatchObject({ ok: false, reason: 'binary' });
    expect(decode(invalid)).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('rejects bytes dense in control characters as binary', () => {
    const bytes = Uint8Array.from([0x41, 0x1b, 0x07, 0x42, 0x01, 0x02, 0x43]);

    expect(decode(bytes)).toMatchObject({ ok: false, reason: 'binary' });
  });
});

describe('decode: mostly-valid UTF-8 and blank input (issue 15 items 6 and 9)', () => {
  const french = 'Une école ouverte à Noël, dit-elle. ';
  const frenchBytes = new TextEncoder().encode(french.repeat(4));

  it('keeps UTF-8 with one stray Windows-1252 byte as UTF-8, one U+FFFD counted', () => {
    const bytes = Uint8Array.from([...frenchBytes, 0x4c, 0x92, 0x61, 0x6e]); // "L’an" in 1252

    const result = decode(bytes);

    expect(result).toEqual({
      ok: true,
      text: `${french.repeat(4)}L\ufffdan`,
      encoding: 'utf-8',
      replacements: 1,
    });
  });

  it('keeps UTF-8 cut short in its last character as UTF-8', () => {
    const bytes = new TextEncoder().encode('Une école');
    const cut = bytes.subarray(0, bytes.length - 5); // "Une \xC3": the é lost its second byte

    expect(decode(cut)).toEqual({ ok: true, text: 'Une \ufffd', encoding: 'utf-8', replacements: 1 });
  });

  it('keeps UTF-8 with a byte-order mark as UTF-8 whatever the invalid bytes', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xe9, 0x42]);

    expect(decode(bytes)).toEqual({ ok: true, text: 'A\ufffdB', encoding: 'utf-8', replacements: 1 });
  });

  it('does not count a U+FFFD the source itself contains', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('é \ufffd é'), 0x92]);

    expect(decode(bytes)).toMatchObject({ ok: true, encoding: 'utf-8', replacements: 1 });
  });

  it('still reads a text whose high bytes are all single-byte Windows-1252 as windows-1252', () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('It'),
      0x92,
      ...new TextEncoder().encode('s done'),
    ]);

    expect(decode(bytes)).toEqual({ ok: true, text: 'It’s done', encoding: 'windows-1252', replacements: 0 });
  });

  it('prefers Windows-1252 when invalid sequences outnumber valid UTF-8 ones', () => {
    // One accidental valid pair (C3 A9) among three 1252 letters that are invalid UTF-8.
    const ascii = (text: string) => [...new TextEncoder().encode(text)];
    const bytes = Uint8Array.from([
      ...ascii('caf'),
      0xe9,
      ...ascii(' au lait, '),
      0xc3,
      0xa9,
      ...ascii(' and cr'),
      0xe8,
      ...ascii('me br'),
      0xfb,
      ...ascii('l'),
      0xe9,
      ...ascii('e'),
    ]);

    expect(decode(bytes)).toMatchObject({ ok: true, encoding: 'iso-8859-1', replacements: 0 });
  });

  const blanks: [string, Uint8Array][] = [
    ['spaces, tabs and newlines', new TextEncoder().encode('  \t\n\r\n   \n')],
    ['a UTF-8 byte-order mark alone', Uint8Array.from([0xef, 0xbb, 0xbf])],
    ['a UTF-16 byte-order mark alone', Uint8Array.from([0xff, 0xfe])],
    ['byte-order marks and Unicode spaces', new TextEncoder().encode('\ufeff\u00a0\u3000\ufeff\n')],
    ['zero-width and bidi characters', new TextEncoder().encode('\u200b\u200e\u2060\u00ad \n')],
  ];
  for (const [name, bytes] of blanks) {
    it(`rejects ${name} as empty`, () => {
      expect(decode(bytes)).toMatchObject({ ok: false, reason: 'empty' });
    });
  }

  it('does not take one visible character for blank', () => {
    expect(decode(new TextEncoder().encode('\n\n  x  \n'))).toMatchObject({ ok: true });
  });
});

describe('decode: binary formats by magic number', () => {
  const cases: [string, number[]][] = [
    ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
    ['pdf', [...new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')]],
    ['zip', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ['gzip', [0x1f, 0x8b, 0x08, 0x00]],
    ['jpeg', [0xff, 0xd8, 0xff, 0xe0]],
  ];
  for (const [type, bytes] of cases) {
    it(`rejects a ${type} file as binary with the type in the detail`, () => {
      const result = decode(Uint8Array.from(bytes));

      expect(result).toEqual({ ok: false, reason: 'binary', detail: `a ${type} file, not text` });
    });
  }

  it('does not take ordinary text for a binary format', () => {
    expect(detectBinaryType(new TextEncoder().encode('PK is a common abbreviation'))).toBeNull();
  });
});

describe('decode through the core', () => {
  it('records the detected encoding in a clean record', () => {
    const record = processDocument(WINDOWS_1252);

    expect(record).toMatchObject({ status: 'clean', encoding: 'windows-1252' });
  });

  it('never stores a replacement character the input did not contain', () => {
    const record = processDocument(WINDOWS_1252);

    expect(JSON.stringify(record)).not.toContain('\ufffd');
    expect(record).toMatchObject({ replacementCharacters: 0 });
  });

  it('counts the replacement characters of mostly-valid UTF-8 in the record', () => {
    const text = 'Une école ouverte\n\nLa nouvelle école du quartier a ouvert ses portes lundi matin.';
    const bytes = Uint8Array.from([...new TextEncoder().encode(text), 0x92]);

    const record = processDocument(bytes);

    expect(record).toMatchObject({ status: 'clean', encoding: 'utf-8', replacementCharacters: 1 });
    expect(record.status === 'clean' && record.body).toContain('La nouvelle école');
  });

  it('rejects a whitespace-only file as empty', () => {
    expect(processDocument(new TextEncoder().encode(' \n\t\n'))).toMatchObject({
      status: 'rejected',
      reason: 'empty',
    });
  });
});
