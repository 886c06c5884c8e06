/**
 * A block's text features as plain data, for the property tests that compare a fast layout of them with the
 * plain object (text-fast.test.ts: CompactFeatures; units-fast.test.ts: a unit as its own features).
 */
import type { TextFeatures } from '../../functions/core/cleaning/text.ts';

/** Every measure but `start`, which only locates the word shares in their chunk of hashes. */
const MEASURES = [
  'words',
  'stopShare',
  'titleShare',
  'terminal',
  'truncated',
  'chars',
  'foldFree',
  'multiLine',
  'count',
  'chrome',
  'reader',
] as const;

/** The measures and the word-share hashes themselves (wherever their chunk starts). */
export function readFeatures(f: TextFeatures) {
  return {
    ...Object.fromEntries(MEASURES.map((k) => [k, f[k]])),
    shares: [...f.hashes.subarray(f.start, f.start + f.count)],
  };
}
