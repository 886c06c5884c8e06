/**
 * A block's words as the block model's word-share features read them (model.ts): the hashes of its content
 * words (3+ characters, not stop words) and how many of its words are chrome or reader words. One pass over
 * the block's first SHARE_CHARS characters with int32 hashes (no strings, no regex); computed once per text
 * and reused by every cleaning pass.
 */
import { LANGUAGES } from '../vocabulary/index.ts';
import { FNV_OFFSET, isStopHash, isStopWord } from './text.ts';

/** Characters of a block read for its word shares. */
export const SHARE_CHARS = 200;

export interface WordShares {
  /** Hashes of the content words, in order (duplicates kept). */
  hashes: Int32Array;
  /** Content words that are words of some chrome phrase (menus, share, newsletter, cookie, …). */
  chrome: number;
  /** Words that address the reader ("you", "dein", "vous"). */
  reader: number;
}

/** The character as a word's hash reads it: lower case (ASCII, Latin-1, Latin Extended-A, Cyrillic), 0 when not a word character. */
function fold(c: number): number {
  if (c < 128) {
    if (c >= 97 && c <= 122) return c;
    if (c >= 65 && c <= 90) return c | 0x20;
    if (c >= 48 && c <= 57) return c;
    return 0;
  }
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return 0;
  if (c <= 0xde) return c + 32;
  if (c < 0x100) return c;
  if (c < 0x180) return c < 0x138 || (c >= 0x14a && c < 0x178) ? c | 1 : c;
  if (c >= 0x410 && c <= 0x42f) return c + 32;
  // Punctuation, symbols, spaces, CJK punctuation, variation selectors and specials: not word characters.
  if ((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || c >= 0xfe00) return 0;
  return c;
}

/** fold() of the first 384 code units (ASCII, Latin-1, Latin Extended-A), looked up instead of computed. */
const FOLD = new Uint16Array(0x180);
for (let c = 0; c < FOLD.length; c++) FOLD[c] = fold(c);

/** The hash of a lower-case word as wordShares computes it. */
function hashOf(word: string): { hash: number; ascii: boolean } {
  let h = FNV_OFFSET;
  let ascii = true;
  for (let k = 0; k < word.length; k++) {
    const c = fold(word.charCodeAt(k));
    if (c === 0) continue;
    if (c >= 128) ascii = false;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return { hash: h | 0, ascii };
}

/** A set of int32 hashes in an open-addressing table (no boxed numbers). */
class HashSet {
  private readonly table: Int32Array;
  private readonly used: Uint8Array;
  private readonly mask: number;

  constructor(hashes: readonly number[]) {
    let size = 64;
    while (size < 2 * hashes.length) size *= 2;
    this.table = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.mask = size - 1;
    for (const h of hashes) {
      let slot = h & this.mask;
      while (this.used[slot] === 1 && this.table[slot] !== h) slot = (slot + 1) & this.mask;
      this.used[slot] = 1;
      this.table[slot] = h;
    }
  }

  has(h: number): boolean {
    let slot = h & this.mask;
    while (this.used[slot] === 1) {
      if (this.table[slot] === h) return true;
      slot = (slot + 1) & this.mask;
    }
    return false;
  }
}

const hashSet = (words: Iterable<string>) => new HashSet([...new Set([...words].map((w) => hashOf(w).hash))]);

/** Hashes of the stop words that are not pure ASCII ("für", "é", "même": isStopHash has the ASCII ones). */
const OTHER_STOPS: HashSet = hashSet(LANGUAGES.flatMap((l) => l.stopWords).filter((w) => !hashOf(w).ascii));

/** Words of the chrome phrases of every language, 3+ characters, not stop words. */
const CHROME: HashSet = hashSet(
  LANGUAGES.flatMap((l) =>
    Object.values(l.chrome).flatMap((phrases) =>
      [...(phrases?.lines ?? []), ...(phrases?.prefixes ?? []), ...(phrases?.suffixes ?? [])].flatMap(
        (phrase) => phrase.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !isStopWord(w)),
      ),
    ),
  ),
);
const READER: HashSet = hashSet(LANGUAGES.flatMap((l) => l.readerWords));

const BUFFER = new Int32Array(SHARE_CHARS);

export function wordShares(text: string): WordShares {
  const end = Math.min(text.length, SHARE_CHARS);
  let count = 0;
  let chrome = 0;
  let reader = 0;
  let i = 0;
  while (i < end) {
    let c = text.charCodeAt(i);
    c = c < 0x180 ? FOLD[c]! : fold(c);
    if (c === 0) {
      i++;
      continue;
    }
    let h = FNV_OFFSET;
    let length = 0;
    let ascii = true;
    while (c !== 0) {
      if (c >= 128) ascii = false;
      h = Math.imul(h ^ c, 0x01000193);
      length++;
      if (++i >= end) break;
      c = text.charCodeAt(i);
      c = c < 0x180 ? FOLD[c]! : fold(c);
    }
    h |= 0;
    if (READER.has(h)) reader++;
    if (length < 3 || (ascii ? isStopHash(h) : OTHER_STOPS.has(h))) continue;
    BUFFER[count++] = h;
    if (CHROME.has(h)) chrome++;
  }
  return { hashes: BUFFER.slice(0, count), chrome, reader };
}
