/**
 * minhash.ts's `shingleHashes` and `minhashSignature` without a regex match per word, a shifting window array
 * or a set of shingles (tests/unit/minhash.test.ts proves both equal to the plain ones with fast-check). Words
 * come from word-runs.ts and their hashes sit in an array; the signature takes its minimums over every shingle
 * as it comes: a repeated shingle gives the same values again, so the minimums are those over the distinct
 * shingles (a set of shingle hashes, most of them above 2^31 and so boxed numbers, was a third of the MinHash
 * time).
 */
import { mix32, SIGNATURE_SHAPE, type SignatureShape, seeds, wordHash } from './minhash.ts';
import { type LowerWordRuns, lowerWordRuns } from './word-runs.ts';

/** The word hashes of a lower-cased body (minhash.ts's `wordHash` of each run of letters and digits). */
function wordHashes({ text, offsets, count }: LowerWordRuns): Int32Array {
  const hashes = new Int32Array(count);
  for (let i = 0; i < count; i++) hashes[i] = wordHash(text, offsets[2 * i]!, offsets[2 * i + 1]!);
  return hashes;
}

/** Calls `visit` with each shingle's hash, in order, repeats included (fewer words: one shingle of all). */
function forEachShingle(hashes: Int32Array, shingleWords: number, visit: (shingle: number) => void): void {
  const count = hashes.length;
  if (count === 0) return;
  const size = Math.min(shingleWords, count);
  for (let end = size; end <= count; end++) {
    let h = 0;
    for (let k = end - size; k < end; k++) h = mix32(Math.imul(h, 0x01000193) ^ hashes[k]!);
    visit(h);
  }
}

export function shingleHashesFast(body: string, shingleWords: number): Set<number> {
  const shingles = new Set<number>();
  forEachShingle(wordHashes(lowerWordRuns(body)), shingleWords, (shingle) => shingles.add(shingle));
  return shingles;
}

export function minhashSignatureFast(
  body: string,
  shape: SignatureShape = SIGNATURE_SHAPE,
  runs: LowerWordRuns = lowerWordRuns(body),
): Uint32Array | null {
  const hashes = wordHashes(runs);
  const count = hashes.length;
  if (count === 0) return null;
  const size = shape.bands * shape.rows;
  const seed = new Int32Array(seeds(size));
  // Each minimum is kept as value ^ 2^31 in an Int32Array, so that the signed order of the stored numbers is the
  // unsigned order of the values and every number in the loop stays a 32-bit integer: mix32's `>>> 0` results
  // (above 2^31 for half the values) compared against a Uint32Array, behind a callback per shingle, took
  // twice as long (the 19 slowest DEV pages: 1.36 -> 0.57 ms per page).
  const least = new Int32Array(size).fill(0x7fffffff);
  const words = Math.min(shape.shingleWords, count);
  for (let end = words; end <= count; end++) {
    let shingle = 0;
    for (let k = end - words; k < end; k++) shingle = mix32(Math.imul(shingle, 0x01000193) ^ hashes[k]!);
    for (let i = 0; i < size; i++) {
      // mix32(shingle ^ seed[i]) ^ 2^31, as a signed 32-bit number.
      let h = shingle ^ seed[i]!;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      h ^= 0x80000000;
      if (h < least[i]!) least[i] = h;
    }
  }
  const signature = new Uint32Array(size);
  for (let i = 0; i < size; i++) signature[i] = (least[i]! ^ 0x80000000) >>> 0;
  return signature;
}
