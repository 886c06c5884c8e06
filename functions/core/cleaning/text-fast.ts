/**
 * A block's TextFeatures (text.ts) in 8 fields instead of 13: the four flags and two of the word-share counts
 * packed into one small integer, read back by getters. The same values as text.ts's plain object (the
 * properties of tests/unit/text-fast.test.ts).
 *
 * Why: the cleaner holds one TextFeatures per distinct block text while it classifies, and an object of 13
 * fields is 128 bytes on the 64-bit heap (3 words of header, 1 per field): 10 MB of one-word blocks (1.16
 * million blocks) held 148 MB of them at the cleaning stage's peak (heap snapshot, `Object` of 13 properties).
 * At 8 fields it is 88 bytes.
 */
import type { TextFeatures } from './text.ts';

/** Bits of `packed`: the flags, then `count` and `chrome` (each at most SHARE_WORDS = 40 < 64). */
const TERMINAL = 1;
const TRUNCATED = 2;
const FOLD_FREE = 4;
const MULTI_LINE = 8;
const COUNT_SHIFT = 4;
const CHROME_SHIFT = 10;
const SIX_BITS = 63;

export class CompactFeatures implements TextFeatures {
  readonly words: number;
  readonly stopShare: number;
  readonly titleShare: number;
  readonly chars: number;
  readonly hashes: Int32Array;
  readonly start: number;
  readonly reader: number;
  private readonly packed: number;

  constructor(
    words: number,
    stopShare: number,
    titleShare: number,
    terminal: boolean,
    truncated: boolean,
    chars: number,
    foldFree: boolean,
    multiLine: boolean,
    hashes: Int32Array,
    start: number,
    count: number,
    chrome: number,
    reader: number,
  ) {
    if (count > SIX_BITS || chrome > SIX_BITS) throw new RangeError('word shares past 63 words');
    this.words = words;
    this.stopShare = stopShare;
    this.titleShare = titleShare;
    this.chars = chars;
    this.hashes = hashes;
    this.start = start;
    this.reader = reader;
    this.packed =
      (terminal ? TERMINAL : 0) |
      (truncated ? TRUNCATED : 0) |
      (foldFree ? FOLD_FREE : 0) |
      (multiLine ? MULTI_LINE : 0) |
      (count << COUNT_SHIFT) |
      (chrome << CHROME_SHIFT);
  }

  get terminal(): boolean {
    return (this.packed & TERMINAL) !== 0;
  }

  get truncated(): boolean {
    return (this.packed & TRUNCATED) !== 0;
  }

  get foldFree(): boolean {
    return (this.packed & FOLD_FREE) !== 0;
  }

  get multiLine(): boolean {
    return (this.packed & MULTI_LINE) !== 0;
  }

  get count(): number {
    return (this.packed >> COUNT_SHIFT) & SIX_BITS;
  }

  get chrome(): number {
    return (this.packed >> CHROME_SHIFT) & SIX_BITS;
  }
}
