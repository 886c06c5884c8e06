/**
 * minhash.ts's `shingleHashes` and `minhashSignature` without a regex match per word, a shifting window array
 * or a set of shingles (tests/unit/minhash.test.ts proves both equal to the plain ones with fast-check). Words
 * come from word-runs.ts and their hashes sit in an array; the signature takes its minimums over every shingle
 * as it comes: a repeated shingle gives the same values again, so the minimums are those over the distinct
 * shingles (a set of shingle hashes, most of them above 2^31 and so boxed numbers, was a third of the MinHash
 * time).
 */
import { mix32, SIGNATURE_SHAPE, type SignatureShape, seeds, wordHash } from './minhash.ts';
import { wordRuns } from './word-runs.ts';

/** The word hashes of the body, lower-cased (minhash.ts's `wordHash` of each run of letters and digits). */
function wordHashes(body: string): Int32Array {
  const text = body.toLowerCase();
  const { offsets, count } = wordRuns(text);
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
  forEachShingle(wordHashes(body), shingleWords, (shingle) => shingles.add(shingle));
  return shingles;
}

export function minhashSignatureFast(
  body: string,
  shape: SignatureShape = SIGNATURE_SHAPE,
): Uint32Array | null {
  const hashes = wordHashes(body);
  if (hashes.length === 0) return null;
  const size = shape.bands * shape.rows;
  const seed = seeds(size);
  const signature = new Uint32Array(size).fill(0xffffffff);
  forEachShingle(hashes, shape.shingleWords, (shingle) => {
    for (let i = 0; i < size; i++) {
      const value = mix32(shingle ^ seed[i]!);
      if (value < signature[i]!) signature[i] = value;
    }
  });
  return signature;
}
