/**
 * string-index.ts's `StringIndex` in an open-addressing table of int32s: the same numbers for the same strings
 * (tests/unit/string-index.test.ts).
 *
 * Why: a V8 Map of a million strings costs about a microsecond per insertion (the table is rebuilt as it grows,
 * an entry spread over several objects): the cleaner numbers every block's text and key, and the keywords count
 * every word, so 10 MB of one-word blocks spent ~2.5 s of its cleaning stage in two such Maps. Here a slot holds
 * a number, its string's hash sits beside it in a typed array, and a string is compared only on equal hashes.
 * The hash (FNV-1a over the UTF-16 units, from a seed drawn per process) reads each string once per call:
 * linear in the characters looked up.
 */

/**
 * FNV-1a's start, from a seed drawn per process: no input can be built to make every string collide (only speed
 * depends on it). A hash is `mixHash` of the units folded in from here with `Math.imul(h ^ unit, FNV_PRIME)`.
 */
export const HASH_START = ((Math.random() * 0x7fffffff) | 0) ^ -2128831035;
export const FNV_PRIME = 0x01000193;

/** Mixes the high bits down: the tables take the low bits. */
export function mixHash(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/** The hash `add` and `find` place a string by (`addHashed` takes it computed beforehand). */
export function hashText(text: string): number {
  let h = HASH_START;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  return mixHash(h);
}

export class StringIndexFast {
  /**
   * The strings in order of their numbers, in an array made `expected` long at once: grown one push at a time,
   * a million strings left ~2 copies of it behind (10 MB of one-word blocks: the cleaner numbers every block's
   * text and key, each index 9 MB of pointers). Its first `count` entries are the strings.
   */
  private list: string[];
  private count = 0;
  /** Hash of each string, by number. */
  private hashes: Int32Array;
  /** Per slot: the number of its string + 1 (0: free). */
  private slots: Int32Array;
  private mask: number;

  /** `expected`: about how many strings will be added (the table grows past it anyway). */
  constructor(expected = 8) {
    let size = 16;
    while (size < 2 * expected) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.hashes = new Int32Array(Math.max(8, expected));
    this.list = new Array<string>(Math.max(0, expected));
  }

  /** The strings in order of their numbers. */
  get strings(): string[] {
    if (this.list.length !== this.count) this.list.length = this.count;
    return this.list;
  }

  /** The number of `text`, or -1 when it was never added. */
  find(text: string): number {
    const h = hashText(text);
    const { slots, hashes, list, mask } = this;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]! - 1;
      if (entry < 0) return -1;
      if (hashes[entry] === h && list[entry] === text) return entry;
    }
  }

  /** The number of `text`, which is added first when new. */
  add(text: string): number {
    return this.addHashed(text, hashText(text));
  }

  /**
   * `add(text)`, `h` being `hashText(text)`. Why: a look-up is a read at a random place of the slots, a cache
   * miss once the table outgrows the cache; in a loop of look-ups whose hashes were computed in a loop before,
   * the processor has several of those misses in flight at once, where a look-up right after hashing its
   * string's characters waits for its miss alone.
   */
  addHashed(text: string, h: number): number {
    const { slots, hashes, list, mask } = this;
    let slot = h & mask;
    for (; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]! - 1;
      if (entry < 0) break;
      if (hashes[entry] === h && list[entry] === text) return entry;
    }
    const number = this.count++;
    if (number < list.length) list[number] = text;
    else list.push(text);
    if (number === hashes.length) {
      this.hashes = new Int32Array(2 * number);
      this.hashes.set(hashes);
    }
    this.hashes[number] = h;
    slots[slot] = number + 1;
    if (2 * this.count > slots.length) this.grow();
    return number;
  }

  /** Twice the slots, every string placed again by its kept hash. */
  private grow(): void {
    const size = 2 * this.slots.length;
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let number = 0; number < this.count; number++) {
      let slot = this.hashes[number]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = number + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
