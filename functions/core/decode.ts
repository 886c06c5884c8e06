/**
 * Decode stage: bytes → text, or a rejection with a stable reason code. Never stores U+FFFD silently:
 * bytes that are not valid in the detected encoding reject the document.
 */

export type DecodeRejection = 'empty' | 'binary' | 'undecodable';

export type DecodeResult =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: DecodeRejection; detail: string };

export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty', detail: 'the object has no bytes' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strict(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict(bytes.subarray(2), 'utf-16be');
  if (bytes.includes(0)) return { ok: false, reason: 'binary', detail: 'NUL bytes: not a text file' };
  const utf8 = strict(bytes, 'utf-8');
  if (utf8.ok) return utf8;
  return { ok: false, reason: 'undecodable', detail: 'not valid UTF-8' };
}

function strict(bytes: Uint8Array, encoding: string): DecodeResult {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, reason: 'undecodable', detail: `not valid ${encoding}` };
  }
}
