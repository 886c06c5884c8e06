/**
 * Decode stage: bytes → text, or a rejection with a stable reason code. Never stores U+FFFD silently:
 * every decoder runs in fatal mode, so bytes that are not valid in the chosen encoding reject the
 * document instead of being replaced.
 *
 * Order of the checks (each outcome is listed in the README, "Encodings"):
 * 1. no bytes → `empty`
 * 2. a byte-order mark decides the encoding (and is dropped): UTF-8, UTF-16 LE/BE; a UTF-32 BOM →
 *    `undecodable` (an encoding we do not decode, named in the detail)
 * 3. the magic number of a known binary format (PNG, PDF, ZIP, …) → `binary` with the type
 * 4. NUL bytes or many control bytes → `binary`
 * 5. valid UTF-8 → text (`utf-8`)
 * 6. otherwise, only when the bytes look like a single-byte Western text (no control bytes, no bytes
 *    Windows-1252 leaves undefined, high bytes a minority): `iso-8859-1` when every high byte is in
 *    A0–FF (Latin-1 and Windows-1252 agree there), else `windows-1252` (smart quotes, dashes, €)
 * 7. anything else → `undecodable`
 * A U+FFFD already present in valid UTF-8 is the source's own character and is kept; this stage never
 * introduces one.
 */

export type DecodeRejection = 'empty' | 'binary' | 'undecodable';

export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: DecodeRejection; detail: string };

/** Share of control bytes (other than tab, LF, CR, FF) above which a BOM-less file is binary. */
export const MAX_CONTROL_BYTE_SHARE = 0.02;
/** A single-byte fallback needs text that is mostly ASCII; random bytes are about half high bytes. */
export const MAX_HIGH_BYTE_SHARE_FOR_FALLBACK = 0.3;

interface Magic {
  type: string;
  /** Expected bytes from the start; null matches any byte. */
  bytes: readonly (number | null)[];
}

/** File signatures of formats people upload by mistake; checked before any text decoding. */
const MAGIC_NUMBERS: readonly Magic[] = [
  { type: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] }, // also docx/xlsx/epub/jar
  { type: 'zip', bytes: [0x50, 0x4b, 0x05, 0x06] }, // empty archive
  { type: 'zip', bytes: [0x50, 0x4b, 0x07, 0x08] }, // spanned archive
  { type: 'gzip', bytes: [0x1f, 0x8b] },
  { type: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
  { type: 'webp', bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50] },
  { type: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { type: 'xz', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { type: 'zstd', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { type: 'elf', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { type: 'ole2 (doc/xls)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { type: 'sqlite', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74] },
];

export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty', detail: 'the object has no bytes' };
  // UTF-32 LE's BOM starts with UTF-16 LE's, so it is checked first.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return {
      ok: false,
      reason: 'undecodable',
      detail: 'UTF-32 (byte-order mark) is not a supported encoding',
    };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strict(bytes.subarray(3), 'utf-8', 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return strict(bytes.subarray(2), 'utf-16le', 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return strict(bytes.subarray(2), 'utf-16be', 'utf-16be');

  const magic = detectBinaryType(bytes);
  if (magic) return { ok: false, reason: 'binary', detail: `a ${magic} file, not text` };
  const controls = controlBytes(bytes);
  if (controls.nul > 0) {
    return {
      ok: false,
      reason: 'binary',
      detail: 'NUL bytes: not a text file (UTF-16 needs a byte-order mark)',
    };
  }
  if (controls.other > bytes.length * MAX_CONTROL_BYTE_SHARE) {
    return { ok: false, reason: 'binary', detail: `${controls.other} control bytes: not a text file` };
  }

  const utf8 = strict(bytes, 'utf-8', 'utf-8');
  if (utf8.ok) return utf8;
  return singleByteFallback(bytes, controls.other);
}

/** The binary format whose signature starts the bytes, or null. */
export function detectBinaryType(bytes: Uint8Array): string | null {
  for (const magic of MAGIC_NUMBERS) {
    if (startsWith(bytes, magic.bytes)) return magic.type;
  }
  return null;
}

/** Windows-1252 leaves these five bytes undefined; text in that encoding never holds them. */
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function singleByteFallback(bytes: Uint8Array, controlCount: number): DecodeResult {
  const undecodable: DecodeResult = {
    ok: false,
    reason: 'undecodable',
    detail: 'not valid UTF-8, and does not look like Windows-1252 or Latin-1 text',
  };
  if (controlCount > 0) return undecodable;
  let high = 0;
  let c1 = 0;
  for (const byte of bytes) {
    if (byte < 0x80) continue;
    high++;
    if (UNDEFINED_IN_1252.has(byte)) return undecodable;
    if (byte < 0xa0) c1++;
  }
  if (high > bytes.length * MAX_HIGH_BYTE_SHARE_FOR_FALLBACK) return undecodable;
  // Both labels decode A0–FF identically; the name says which one the bytes prove.
  return { ok: true, text: decodeWindows1252(bytes), encoding: c1 > 0 ? 'windows-1252' : 'iso-8859-1' };
}

/**
 * Windows-1252's 80–9F block (the five undefined bytes are rejected before this runs). Spelled out
 * because Node 20's TextDecoder('windows-1252') decodes that block as C1 controls, like Latin-1.
 */
const WINDOWS_1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    let chunk = '';
    for (const byte of bytes.subarray(start, start + 8192)) {
      chunk += byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_80_9F[byte - 0x80] : String.fromCharCode(byte);
    }
    parts.push(chunk);
  }
  return parts.join('');
}

function strict(bytes: Uint8Array, decoder: string, encoding: string): DecodeResult {
  try {
    const text = new TextDecoder(decoder, { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, reason: 'undecodable', detail: `not valid ${encoding}` };
  }
}

function controlBytes(bytes: Uint8Array): { nul: number; other: number } {
  let nul = 0;
  let other = 0;
  for (const byte of bytes) {
    if (byte === 0) nul++;
    // Tab, LF, FF and CR are ordinary in text files; ESC/BEL/… and DEL are not.
    else if (
      (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) ||
      byte === 0x7f
    )
      other++;
  }
  return { nul, other };
}

function startsWith(bytes: Uint8Array, prefix: readonly (number | null)[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, index) => byte === null || bytes[index] === byte);
}
