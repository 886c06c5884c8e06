/**
 * Decode stage: bytes → text, or a rejection with a stable reason code. Never introduces U+FFFD
 * silently: UTF-16 decodes in fatal mode, and where UTF-8 is kept despite a few invalid sequences,
 * the number of U+FFFD put in their place is returned (`replacements`) and stored in the record.
 *
 * Order of the checks (each outcome is listed in the README, "Encodings"):
 * 1. no bytes → `empty`
 * 2. a byte-order mark decides the encoding (and is dropped): UTF-8 (invalid sequences become U+FFFD,
 *    counted: the BOM proves the encoding), UTF-16 LE/BE (fatal); a UTF-32 BOM → `undecodable`
 * 3. the magic number of a known binary format (PNG, PDF, ZIP, …) → `binary` with the type
 * 4. NUL bytes or many control bytes → `binary`, except a few stray NULs in otherwise valid UTF-8 (at most one
 *    per STRAY_NUL_BYTES) or in markup (one per MARKUP_BYTES_PER_NUL, whatever its encoding): dropped later with
 *    the other control characters (normalise.ts), as browsers drop them
 * 5. valid UTF-8 → text (`utf-8`)
 * 6. mostly-valid UTF-8 (more valid multi-byte sequences than invalid ones, or only a sequence cut
 *    off at the end) → `utf-8` with each invalid sequence replaced by U+FFFD and counted: one stray
 *    byte must not turn a whole UTF-8 file into mojibake
 * 7. otherwise, without control bytes, the legacy code page whose words read best (legacy-encoding.ts:
 *    `windows-1250`, `iso-8859-2`, `windows-1251`, `koi8-r`, `windows-1253`) when it reads them better than
 *    Windows-1252 does (Polish, Russian, Greek text had come out as "Rz¹d", "Ïðàâèòåëüñòâî" or been refused;
 *    a Latin code page needs high bytes a minority too); else, when most bytes are above 7F, the Chinese,
 *    Japanese or Korean encoding whose reading holds the most common characters (legacy-cjk.ts: `gb18030`,
 *    `big5`, `shift_jis`, `euc-jp`, `euc-kr`); else, only when the bytes look like a single-byte
 *    Western text throughout (no control bytes, no bytes Windows-1252 leaves undefined, high bytes a
 *    minority): `iso-8859-1` when every high byte is in A0–FF (Latin-1 and Windows-1252 agree there), else
 *    `windows-1252` (smart quotes, dashes, €)
 * 8. anything else → `undecodable`
 * 9. decoded text with nothing visible (whitespace, byte-order marks, invisible format or control
 *    characters only) → `empty`
 * A U+FFFD already present in valid UTF-8 is the source's own character: kept, and not counted.
 */

import { guessCjkEncoding } from './legacy-cjk.ts';
import { guessLegacyEncoding, LATIN_CANDIDATES, type LegacyEncoding } from './legacy-encoding.ts';

export type DecodeRejection = 'empty' | 'binary' | 'undecodable';

export type DecodeResult =
  /** `replacements`: invalid byte sequences the decoder replaced with U+FFFD (0 for clean input). */
  | { ok: true; text: string; encoding: string; replacements: number }
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

export interface DecodeOptions {
  /**
   * The encoding the document declares (an HTML page's <meta charset>, an XML prolog): used when the bytes
   * are not valid UTF-8. Valid UTF-8 wins over a declaration (pages mislabelled as Latin-1 are common; bytes
   * of a legacy encoding are almost never valid UTF-8 by chance).
   */
  declaredCharset?: string | null;
  /**
   * The encoding the transport names (an upload's Content-Type charset): read before `declaredCharset`, as a
   * browser reads an HTTP header before a <meta charset>. A Unicode one is passed over like a declared one (bytes
   * that are not valid UTF-8 prove it wrong: an uploader's default), and so is a label the platform does not know.
   */
  transportCharset?: string | null;
  /** The bytes are markup (HTML): a few stray NUL bytes are dropped, as browsers do, instead of rejecting. */
  markup?: boolean;
}

/** Markup may hold at most one NUL byte per this many bytes before it counts as binary. */
const MARKUP_BYTES_PER_NUL = 1000;
/**
 * Text that is valid UTF-8 may hold at most one NUL byte per this many bytes before it counts as binary:
 * scrapers leave stray NULs where a page had a `&#0;` or an empty form field (a multi page: 22 in 12 KB). UTF-16
 * without a byte-order mark has a NUL in every other byte of its Latin text, binary formats far more than one
 * in a hundred, and the rest is refused by UTF-8 validity.
 */
const STRAY_NUL_BYTES = 100;
const NUL_BINARY: DecodeResult = {
  ok: false,
  reason: 'binary',
  detail: 'NUL bytes: not a text file (UTF-16 needs a byte-order mark)',
};

export function decode(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const decoded = decodeBytes(bytes, options);
  if (decoded.ok && !hasVisibleText(decoded.text)) {
    return {
      ok: false,
      reason: 'empty',
      detail: 'only whitespace, byte-order marks or invisible characters',
    };
  }
  return decoded;
}

function decodeBytes(bytes: Uint8Array, options: DecodeOptions): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty', detail: 'the object has no bytes' };
  // UTF-32 LE's BOM starts with UTF-16 LE's, so it is checked first.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return {
      ok: false,
      reason: 'undecodable',
      detail: 'UTF-32 (byte-order mark) is not a supported encoding',
    };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const withoutBom = bytes.subarray(3);
    const valid = strict(withoutBom, 'utf-8', 'utf-8');
    return valid.ok ? valid : lenientUtf8(withoutBom).result;
  }
  if (startsWith(bytes, [0xff, 0xfe])) return strict(bytes.subarray(2), 'utf-16le', 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return strict(bytes.subarray(2), 'utf-16be', 'utf-16be');

  const magic = detectBinaryType(bytes);
  if (magic) return { ok: false, reason: 'binary', detail: `a ${magic} file, not text` };
  const controls = controlBytes(bytes);
  const markupNuls = options.markup === true && controls.nul * MARKUP_BYTES_PER_NUL <= bytes.length;
  if (controls.nul * STRAY_NUL_BYTES > bytes.length && !markupNuls) return NUL_BINARY;
  if (controls.other > bytes.length * MAX_CONTROL_BYTE_SHARE) {
    return { ok: false, reason: 'binary', detail: `${controls.other} control bytes: not a text file` };
  }

  const valid = strict(bytes, 'utf-8', 'utf-8');
  if (valid.ok) return valid;
  // Past valid UTF-8 (the legacy and lenient decodings), stray NULs are tolerated in markup only.
  if (controls.nul > 0 && !markupNuls) return NUL_BINARY;
  const declared =
    declaredLegacyDecoding(bytes, options.transportCharset) ??
    declaredLegacyDecoding(bytes, options.declaredCharset);
  if (declared) return declared;
  const utf8 = lenientUtf8(bytes);
  if (utf8.validMultiByte > utf8.result.replacements) return utf8.result;
  if (utf8.result.replacements === 1 && endsInCutSequence(bytes)) return utf8.result;
  // Bytes with control characters are no legacy text either: the Western fallback refuses them.
  if (controls.other === 0) {
    let high = 0;
    for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) high++;
    const legacy = legacyFallback(bytes, high) ?? cjkFallback(bytes, high);
    if (legacy) return legacy;
  }
  return singleByteFallback(bytes, controls.other);
}

/**
 * Bytes mostly above 7F (no Western text) in the Chinese, Japanese or Korean encoding whose reading holds the
 * most common characters (legacy-cjk.ts); null to leave them to the single-byte fallback, which refuses them.
 * `high`: the bytes above 7F.
 */
function cjkFallback(bytes: Uint8Array, high: number): DecodeResult | null {
  if (high <= bytes.length * MAX_HIGH_BYTE_SHARE_FOR_FALLBACK) return null;
  const guess = guessCjkEncoding(bytes);
  return guess === null ? null : decodedWith(bytes, guess.encoding);
}

/**
 * The bytes in a legacy code page that reads them better than Windows-1252 does (legacy-encoding.ts: Central
 * European, Cyrillic, Greek, Hebrew, Arabic), or null to leave them to the Western fallback. A Latin code page
 * must still meet the Western one's test: high bytes (`high`, those above 7F) a minority (the rest of its
 * letters are ASCII).
 */
function legacyFallback(bytes: Uint8Array, high: number): DecodeResult | null {
  const guess = guessLegacyEncoding(bytes, decodeAs);
  if (guess === null || guess.encoding === 'windows-1252') return null;
  if (LATIN_CANDIDATES.has(guess.encoding) && high > bytes.length * MAX_HIGH_BYTE_SHARE_FOR_FALLBACK)
    return null;
  // Counted: a byte the code page leaves undefined (Windows-1253's FF, Windows-1255's FB) becomes U+FFFD.
  return decodedWith(bytes, guess.encoding);
}

/** The bytes in `encoding` by the platform's decoder, each undecodable sequence a U+FFFD, counted. */
function decodedWith(bytes: Uint8Array, encoding: string): DecodeResult {
  const text = new TextDecoder(encoding).decode(bytes);
  let replacements = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) replacements++;
  return { ok: true, text, encoding, replacements };
}

/** The bytes in a legacy candidate: Windows-1252 by its table here, the others by the platform's decoder. */
function decodeAs(bytes: Uint8Array, encoding: LegacyEncoding): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

/**
 * The encoding a label names as the platform's decoder knows it ("latin1" → "windows-1252"), or null for a label
 * it does not know ("x-nonsense").
 */
export function knownEncoding(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * The bytes decoded in the legacy encoding the document declares, or null when it declares none, declares a
 * Unicode one (its invalid bytes are then read as UTF-8 is, below) or names one the platform does not know.
 */
function declaredLegacyDecoding(bytes: Uint8Array, label: string | null | undefined): DecodeResult | null {
  const encoding = knownEncoding(label);
  if (encoding === null) return null;
  if (encoding === 'utf-8' || encoding.startsWith('utf-16')) return null;
  // WHATWG reads Latin-1 and ASCII labels as windows-1252; Node's decoder gets its 80–9F block wrong.
  if (encoding === 'windows-1252')
    return { ok: true, text: decodeWindows1252(bytes), encoding, replacements: 0 };
  return decodedWith(bytes, encoding);
}

/**
 * Anything a reader would see: a character that is not white space (JS `\s` covers the Unicode spaces
 * and the BOM), a control character or an invisible format character (zero-width space, soft hyphen,
 * bidi marks, joiners). The scan stops at the first one, so ordinary text costs a few characters.
 */
function hasVisibleText(text: string): boolean {
  return /[^\s\p{Cc}\p{Cf}]/u.test(text);
}

interface Utf8Reading {
  result: { ok: true; text: string; encoding: string; replacements: number };
  /** Characters of two to four bytes decoded from valid sequences: the evidence that this is UTF-8. */
  validMultiByte: number;
}

/**
 * UTF-8 with every invalid sequence replaced by U+FFFD (the WHATWG decoder: one per maximal invalid
 * subpart), counting the replacements: U+FFFD in the output minus the valid EF BF BD sequences of the
 * input (a decoder always resynchronises on EF, which is never a continuation byte).
 */
function lenientUtf8(bytes: Uint8Array): Utf8Reading {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let replacementChars = 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c >= 0xdc00 && c <= 0xdfff)) continue; // ASCII, or the second half of a pair
    nonAscii++;
    if (c === 0xfffd) replacementChars++;
  }
  let sourceReplacementChars = 0;
  if (replacementChars > 0) {
    for (let i = 0; i + 2 < bytes.length; i++) {
      if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) sourceReplacementChars++;
    }
  }
  const replacements = replacementChars - sourceReplacementChars;
  return {
    result: { ok: true, text, encoding: 'utf-8', replacements },
    validMultiByte: nonAscii - replacements,
  };
}

/** Bytes in a UTF-8 sequence that starts with this lead byte; 0 for a byte that cannot start one. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The bytes end inside a multi-byte sequence (a file cut short): a lead byte missing continuations. */
function endsInCutSequence(bytes: Uint8Array): boolean {
  let continuations = 0;
  let index = bytes.length - 1;
  while (index >= 0 && continuations < 3 && ((bytes[index] as number) & 0xc0) === 0x80) {
    continuations++;
    index--;
  }
  if (index < 0) return false;
  const lead = bytes[index] as number;
  const length = sequenceLength(lead);
  return length > 0 && continuations < length - 1;
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
  return {
    ok: true,
    text: decodeWindows1252(bytes),
    encoding: c1 > 0 ? 'windows-1252' : 'iso-8859-1',
    replacements: 0,
  };
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
    return { ok: true, text, encoding, replacements: 0 };
  } catch {
    return { ok: false, reason: 'undecodable', detail: `not valid ${encoding}` };
  }
}

function controlBytes(bytes: Uint8Array): { nul: number; other: number } {
  let nul = 0;
  let other = 0;
  // An indexed loop: iterating a Buffer with for…of cost ~25 ns a byte (4 % of the whole core on DEV).
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
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
