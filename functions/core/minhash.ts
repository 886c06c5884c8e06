/**
 * MinHash signature of a body's word shingles: the core's `minhash`, read from the plain text like the
 * simhash. Pure, linear in the body (one pass over its words, SIGNATURE_SIZE hashes per distinct shingle).
 *
 * Why a second signature beside the simhash: replacing the last sentence of a 300-word article moves its
 * 64-bit simhash by 6 to 9 bits, too far for an index lookup to reach. MinHash estimates the Jaccard
 * similarity of the two shingle sets directly (the share of equal signature values), and its values cut
 * into bands make index keys that near duplicates share (functions/shared/near-duplicates.ts).
 * `npm run bench:near` measures recall per kind of edit and the false-positive rate on DEV pages.
 */

import { minhashSignatureFast } from './minhash-fast.ts';
import { type LowerWordRuns, lowerWordRuns } from './word-runs.ts';

/** Words per shingle: a changed word touches this many shingles. */
export const SHINGLE_WORDS = 3;
/** Bands of the signature, one index each (DynamoDB allows 20 GSIs per table; 4 serve other patterns). */
export const MINHASH_BANDS = 8;
/** Signature values per band: more rows, fewer false candidates, lower recall at middling similarity. */
export const MINHASH_ROWS = 2;
export const SIGNATURE_SIZE = MINHASH_BANDS * MINHASH_ROWS;

export interface SignatureShape {
  shingleWords: number;
  bands: number;
  rows: number;
}

export const SIGNATURE_SHAPE: SignatureShape = {
  shingleWords: SHINGLE_WORDS,
  bands: MINHASH_BANDS,
  rows: MINHASH_ROWS,
};

/** One seed per signature value: value i is the minimum over shingles of mix(shingle hash ^ SEED[i]). */
export function seeds(count: number): Uint32Array {
  const values = new Uint32Array(count);
  let state = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    state = mix32(state + 0x6d2b79f5);
    values[i] = state;
  }
  return values;
}

/** murmur3's finaliser: every input bit changes every output bit with probability about one half. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the word's UTF-16 units, finalised: a word's 32-bit hash. */
export function wordHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/**
 * The distinct shingle hashes of a body: words are runs of letters and digits, lower-cased (as the simhash
 * reads them); a shingle is SHINGLE_WORDS consecutive words, or all of them when fewer. With `minhashSignature`,
 * the plain reference of minhash-fast.ts (the record's `minhash` comes from there).
 */
export function shingleHashes(body: string, shingleWords = SHINGLE_WORDS): Set<number> {
  const text = body.toLowerCase();
  const window: number[] = [];
  const shingles = new Set<number>();
  const word = /[\p{L}\p{N}]+/gu;
  for (let match = word.exec(text); match; match = word.exec(text)) {
    window.push(wordHash(text, match.index, match.index + match[0].length));
    if (window.length > shingleWords) window.shift();
    if (window.length === shingleWords) shingles.add(combine(window));
  }
  if (shingles.size === 0 && window.length > 0) shingles.add(combine(window));
  return shingles;
}

function combine(hashes: readonly number[]): number {
  let h = 0;
  for (const value of hashes) h = mix32(Math.imul(h, 0x01000193) ^ value);
  return h;
}

/** The MinHash signature (SIGNATURE_SIZE values), or null for a body without a word. */
export function minhashSignature(body: string, shape: SignatureShape = SIGNATURE_SHAPE): Uint32Array | null {
  const shingles = shingleHashes(body, shape.shingleWords);
  if (shingles.size === 0) return null;
  const size = shape.bands * shape.rows;
  const seed = seeds(size);
  const signature = new Uint32Array(size).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < size; i++) {
      const value = mix32(shingle ^ (seed[i] as number));
      if (value < (signature[i] as number)) signature[i] = value;
    }
  }
  return signature;
}

/** The signature as the record stores it: 8 hex digits per value. */
export function signatureHex(signature: Uint32Array): string {
  let hex = '';
  for (const value of signature) hex += value.toString(16).padStart(8, '0');
  return hex;
}

/** The body's signature as the record stores it (`minhash`), or null for a body without words. */
export function minhashOf(
  body: string,
  shape: SignatureShape = SIGNATURE_SHAPE,
  words: LowerWordRuns = lowerWordRuns(body),
): string | null {
  const signature = minhashSignatureFast(body, shape, words);
  return signature ? signatureHex(signature) : null;
}

/** Share of equal values in two stored signatures: an estimate of the bodies' Jaccard similarity. */
export function estimatedSimilarity(a: string, b: string): number {
  const values = Math.min(a.length, b.length) / 8;
  if (values === 0 || a.length !== b.length) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i += 8) if (a.slice(i, i + 8) === b.slice(i, i + 8)) equal++;
  return equal / values;
}
