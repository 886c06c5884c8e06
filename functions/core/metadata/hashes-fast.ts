/**
 * hashes.ts's simhash without its intermediate strings: the same 64-bit value (tests/unit/metadata-hashes.test.ts
 * proves them equal with fast-check). hashes.ts joins each 3-shingle into a string, counts equal shingles in a
 * Map and hashes each distinct one; here both FNV-1a hashes of a shingle are run over its three words and the
 * separating spaces in place, and every occurrence adds its bits (a shingle seen n times adds n times what one
 * adds, as the count did).
 */
import { finish32 } from './hashes.ts';

const SHINGLE = 3;
const SPACE = 32;

/** FNV-1a state after `word`'s UTF-16 units, from `h`. */
function feed(h: number, word: string): number {
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** hashes.ts's hash32 of `words[from .. from + size)` joined by single spaces, seeded. */
function shingleHash(words: string[], from: number, size: number, seed: number): number {
  let h = seed >>> 0;
  for (let k = 0; k < size; k++) {
    if (k > 0) {
      h ^= SPACE;
      h = Math.imul(h, 0x01000193);
    }
    h = feed(h, words[from + k]!);
  }
  return finish32(h);
}

/** `simhash` of hashes.ts, as 16 hex digits. */
export function simhashFast(body: string): string {
  const words = body.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return '0000000000000000';
  const weights = new Int32Array(64);
  const size = Math.min(SHINGLE, words.length);
  for (let i = 0; i + size <= words.length; i++) {
    const high = shingleHash(words, i, size, 0x811c9dc5);
    const low = shingleHash(words, i, size, 0x01000193);
    for (let bit = 0; bit < 32; bit++) {
      weights[bit]! += (high >>> (31 - bit)) & 1 ? 1 : -1;
      weights[32 + bit]! += (low >>> (31 - bit)) & 1 ? 1 : -1;
    }
  }
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let bit = 0; bit < 4; bit++) value = (value << 1) | (weights[nibble * 4 + bit]! > 0 ? 1 : 0);
    hex += value.toString(16);
  }
  return hex;
}
