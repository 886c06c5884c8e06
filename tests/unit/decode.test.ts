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

    expect(result).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
  });

  it('drops the UTF-8 byte-order mark', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);

    expect(decode(bytes)).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
  });

  it('decodes UTF-16 LE with a byte-order mark', () => {
    expect(decode(utf16(TEXT, true))).toEqual({ ok: true, text: TEXT, encoding: 'utf-16le' });
  });

  it('decodes UTF-16 BE with a byte-order mark', () => {
    expect(decode(utf16(TEXT, false))).toEqual({ ok: true, text: TEXT, encoding: 'utf-16be' });
  });

  it('decodes Windows-1252 smart quotes, dashes and the euro sign as windows-1252', () => {
    expect(decode(WINDOWS_1252)).toEqual({ ok: true, text: TEXT, encoding: 'windows-1252' });
  });

  it('decodes Latin-1 (high bytes only in A0–FF) as iso-8859-1', () => {
    const bytes = Uint8Array.from([
      0x47, 0x72, 0xfc, 0xdf, 0x65, 0x20, 0x61, 0x75, 0x73, 0x20, 0x4b, 0xf6, 0x6c, 0x6e,
    ]);

    expect(decode(bytes)).toEqual({ ok: true, text: 'Grüße aus Köln', encoding: 'iso-8859-1' });
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

  it('rejects bytes dense in control characters as binary', () => {
    const bytes = Uint8Array.from([0x41, 0x1b, 0x07, 0x42, 0x01, 0x02, 0x43]);

    expect(decode(bytes)).toMatchObject({ ok: false, reason: 'binary' });
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
  });
});
