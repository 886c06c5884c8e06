/**
 * hashes.ts's simhash without its intermediate strings: the same 64-bit value (tests/unit/metadata-hashes.test.ts
 * proves them equal with fast-check). hashes.ts joins each 3-shingle into a string, counts equal shingles in a
 * Map and hashes each distinct one; here the words are found by word-runs.ts and both FNV-1a hashes of a
 * shingle are run over its three words and the separating spaces in place, and every occurrence adds its bits (a shingle seen n times adds n times what one
 * adds, as the count did), counted eight bits per operation (see `simhashFast`).
 */
import { type LowerWordRuns, lowerWordRuns } from '../word-runs.ts';
import { finish32 } from './hashes.ts';

const SHINGLE = 3;
const SPACE = 32;

/** The two FNV-1a hashes of a shingle (seeds 0x811c9dc5 and 0x01000193), run side by side in one read of its characters. */
const PAIR = new Int32Array(2);

/**
 * hashes.ts's hash32 of the words `from .. from + size)` of `text` (at `offsets`) joined by single spaces, with
 * both seeds at once: PAIR[0] the high half's (finished), PAIR[1] the low half's.
 */
function shingleHashes(text: string, offsets: Int32Array, from: number, size: number): void {
  let high = 0x811c9dc5 | 0;
  let low = 0x01000193;
  for (let k = 0; k < size; k++) {
    if (k > 0) {
      high = Math.imul(high ^ SPACE, 0x01000193);
      low = Math.imul(low ^ SPACE, 0x01000193);
    }
    const end = offsets[2 * (from + k) + 1]!;
    for (let i = offsets[2 * (from + k)]!; i < end; i++) {
      const c = text.charCodeAt(i);
      high = Math.imul(high ^ c, 0x01000193);
      low = Math.imul(low ^ c, 0x01000193);
    }
  }
  PAIR[0] = finish32(high);
  PAIR[1] = finish32(low);
}

/** `simhash` of hashes.ts, as 16 hex digits. */
export function simhashFast(body: string, words: LowerWordRuns = lowerWordRuns(body)): string {
  const { text, offsets, count } = words;
  if (count === 0) return '0000000000000000';
  // hashes.ts adds +1 or -1 per shingle to each bit's weight: the weight is 2 × ones − shingles, so counting
  // the ones per bit is enough. They are counted eight bits at a time: lanes[j] holds, in its four bytes, the
  // ones of bits j, j + 8, j + 16 and j + 24 (high hash in 0..7, low in 8..15), emptied into `ones` before
  // a byte can overflow.
  const ones = new Float64Array(64);
  const lanes = new Int32Array(16);
  const size = Math.min(SHINGLE, count);
  const shingles = count - size + 1;
  let pending = 0;
  for (let i = 0; i < shingles; i++) {
    shingleHashes(text, offsets, i, size);
    const high = PAIR[0]!;
    const low = PAIR[1]!;
    for (let j = 0; j < 8; j++) {
      lanes[j]! += (high >>> j) & 0x01010101;
      lanes[8 + j]! += (low >>> j) & 0x01010101;
    }
    if (++pending === 255) {
      flush(lanes, ones);
      pending = 0;
    }
  }
  flush(lanes, ones);
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let bit = 0; bit < 4; bit++) value = (value << 1) | (2 * ones[nibble * 4 + bit]! > shingles ? 1 : 0);
    hex += value.toString(16);
  }
  return hex;
}

/**
 * Adds the lane counts to `ones` and empties the lanes. Bit b of the simhash (0 = most significant) is bit
 * 31 − b of its 32-bit hash: lane j's byte k counts hash bit j + 8k.
 */
function flush(lanes: Int32Array, ones: Float64Array): void {
  for (let half = 0; half < 2; half++) {
    for (let j = 0; j < 8; j++) {
      const lane = lanes[half * 8 + j]!;
      for (let k = 0; k < 4; k++) ones[half * 32 + 31 - (j + 8 * k)]! += (lane >>> (8 * k)) & 0xff;
      lanes[half * 8 + j] = 0;
    }
  }
}
