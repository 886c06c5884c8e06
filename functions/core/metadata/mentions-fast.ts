/**
 * mentions.ts's `mentionedPlain` in linear time (tests/unit/metadata-mentions.test.ts proves them equal with
 * fast-check). Names are grouped by length; for each length one rolling hash (Rabin–Karp) runs over the body
 * and every window whose hash is a pending name's is compared whole. A name found leaves the pending set, so a
 * name is compared once when it matches; a hash collision costs one comparison. The work is the body times the
 * number of distinct name lengths (a name is at most a line), plus the names.
 *
 * Few names over a short body (every ordinary page) go to `includes`, which is faster there.
 */
import { mentionedPlain } from './mentions.ts';

/** Below this product of name count and body length the plain `includes` loop is used. */
const PLAIN_WORK = 1 << 20;
const BASE = 0x01000193;
/** The pending names' hashes as bits, indexed by a hash's low 16 bits (8 KiB, reused by every call). */
const HASH_BITS = new Uint32Array(1 << 11);
const HASH_WORD_MASK = (1 << 11) - 1;

/** `plainWork`: the threshold above (tests set 0 to run the rolling hash on small inputs). */
export function mentionedFast(names: Iterable<string>, body: string, plainWork = PLAIN_WORK): Set<string> {
  const distinct = [...new Set(names)];
  if (distinct.length * body.length <= plainWork) return mentionedPlain(distinct, body);
  const found = new Set<string>();
  const byLength = new Map<number, string[]>();
  for (const name of distinct) {
    if (name.length === 0) {
      found.add(name);
      continue;
    }
    if (name.length > body.length) continue;
    const list = byLength.get(name.length);
    if (list) list.push(name);
    else byLength.set(name.length, [name]);
  }
  for (const [length, list] of byLength) {
    // Hash → pending names with that hash.
    const pending = new Map<number, string[]>();
    for (const name of list) {
      const h = hashOf(name, 0, length);
      const same = pending.get(h);
      if (same) same.push(name);
      else pending.set(h, [name]);
    }
    // A bit per hash's low bits, set for each pending name's: most windows of the body are no name's, and one
    // bit read rules them out without a Map look-up (10 MB of DEV pages: ~20 ms of ~30). A bit set for a found
    // name stays set: a window with its hash is looked up, as every window was before.
    const bits = HASH_BITS.fill(0);
    for (const h of pending.keys()) {
      const word = (h >>> 5) & HASH_WORD_MASK;
      bits[word] = bits[word]! | (1 << (h & 31));
    }
    // BASE^(length - 1), to take the leaving character out of the window.
    let top = 1;
    for (let k = 1; k < length; k++) top = Math.imul(top, BASE);
    let h = hashOf(body, 0, length);
    for (let start = 0; ; start++) {
      const names = (bits[(h >>> 5) & HASH_WORD_MASK]! & (1 << (h & 31))) === 0 ? undefined : pending.get(h);
      if (names) {
        for (let k = names.length - 1; k >= 0; k--) {
          const name = names[k]!;
          if (body.startsWith(name, start)) {
            found.add(name);
            names.splice(k, 1);
          }
        }
        if (names.length === 0) {
          pending.delete(h);
          if (pending.size === 0) break;
        }
      }
      if (start + length >= body.length) break;
      h = (Math.imul(h - Math.imul(body.charCodeAt(start), top), BASE) + body.charCodeAt(start + length)) | 0;
    }
  }
  return found;
}

function hashOf(text: string, from: number, length: number): number {
  let h = 0;
  for (let k = from; k < from + length; k++) h = (Math.imul(h, BASE) + text.charCodeAt(k)) | 0;
  return h;
}
