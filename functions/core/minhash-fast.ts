/**
 * minhash.ts's `shingleHashes` without a regex match per word nor a shifting window array: the words come from
 * word-runs.ts and their hashes sit in a ring (tests/unit/minhash.test.ts proves the sets equal with fast-check).
 */
import { mix32, wordHash } from './minhash.ts';
import { wordRuns } from './word-runs.ts';

export function shingleHashesFast(body: string, shingleWords: number): Set<number> {
  const text = body.toLowerCase();
  const { offsets, count } = wordRuns(text);
  const shingles = new Set<number>();
  if (count === 0) return shingles;
  const hashes = new Int32Array(count);
  for (let i = 0; i < count; i++) hashes[i] = wordHash(text, offsets[2 * i]!, offsets[2 * i + 1]!);
  const size = Math.min(shingleWords, count);
  // Fewer words than a shingle: the one shingle of all of them (as the reference's window holds them).
  for (let end = size; end <= count; end++) {
    let h = 0;
    for (let k = end - size; k < end; k++) h = mix32(Math.imul(h, 0x01000193) ^ (hashes[k]! >>> 0));
    shingles.add(h);
  }
  return shingles;
}
