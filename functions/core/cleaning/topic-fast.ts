/**
 * model.ts's `topicTable` in a table sized by the page's distinct words instead of all its words: the same count
 * for every hash (tests/unit/topic-fast.test.ts: fast-check, counts[topicSlot(…, hash)] equal for every hash).
 *
 * Why: the plain table has two slots per word of prose (a word repeated counts twice), three int32 arrays of
 * them. 10 MB of DEV pages has 612,858 words of prose but 24,769 distinct ones: 2M slots, 24 MB, where every
 * look-up (one per prose word here, one per word of every scored block in writeRow) missed the cache. This one
 * starts at the plain size capped at START_CAP slots (an ordinary page's table is the plain one, never grown) and
 * doubles when half full of distinct words, so it stays within a few times the distinct words: 64K slots there.
 */
import type { Unit } from './classify.ts';
import type { TopicTable } from './model.ts';
import { Int32Scratch } from './scratch.ts';

/** The slot of `hash` in `table`: its own, or the free one where it would go (linear probing). */
export function topicSlot(table: TopicTable, hash: number): number {
  let slot = Math.imul(hash, 0x9e3779b1) & table.mask;
  while (table.counts[slot] !== 0 && table.keys[slot] !== hash) slot = (slot + 1) & table.mask;
  return slot;
}

/** Slots a table starts with at most (768 KiB of three int32 arrays). */
const START_CAP = 1 << 16;

/** Keys, counts and last units of a table: two sets, a grown table made in the set the old one is not in. */
const SCRATCH = [0, 1].map(() => ({
  keys: new Int32Scratch(),
  counts: new Int32Scratch(),
  last: new Int32Scratch(),
}));

/** A free table of `size` slots in scratch set `set` (the returned arrays are valid until the next call). */
function freeTable(size: number, set: number): { table: TopicTable; last: Int32Array } {
  const scratch = SCRATCH[set]!;
  return {
    table: { keys: scratch.keys.take(size), counts: scratch.counts.take(size), mask: size - 1 },
    last: scratch.last.take(size, -1),
  };
}

/**
 * `topicTable` of model.ts: for each content word of the prose units, the number of prose units that hold it.
 * `startCap`: START_CAP (tests set a small one to make the table grow on small inputs; a power of two).
 */
export function topicTableFast(units: readonly Unit[], startCap = START_CAP): TopicTable {
  let total = 0;
  for (let i = 0; i < units.length; i++) if (units[i]!.prose) total += units[i]!.feat.count;
  let size = 64;
  while (size < 2 * total && size < startCap) size *= 2;
  // `last`: the unit that counted a slot last (a word repeated in one unit counts once).
  let { table, last } = freeTable(size, 0);
  let set = 0;
  let used = 0;
  for (let i = 0; i < units.length; i++) {
    if (!units[i]!.prose) continue;
    const { hashes, start, count } = units[i]!.feat;
    for (let k = start; k < start + count; k++) {
      const hash = hashes[k]!;
      let slot = topicSlot(table, hash);
      if (last[slot] === i) continue;
      if (table.counts[slot] === 0) {
        if (2 * (used + 1) > table.mask + 1) {
          set = 1 - set;
          const grown = grow(table, last, set);
          table = grown.table;
          last = grown.last;
          slot = topicSlot(table, hash);
        }
        used++;
      }
      last[slot] = i;
      table.keys[slot] = hash;
      table.counts[slot]!++;
    }
  }
  return table;
}

/** Twice the slots, every word placed again with its count and the unit that counted it last. */
function grow(table: TopicTable, last: Int32Array, set: number): { table: TopicTable; last: Int32Array } {
  const { table: next, last: nextLast } = freeTable(2 * (table.mask + 1), set);
  for (let slot = 0; slot <= table.mask; slot++) {
    if (table.counts[slot] === 0) continue;
    const to = topicSlot(next, table.keys[slot]!);
    next.keys[to] = table.keys[slot]!;
    next.counts[to] = table.counts[slot]!;
    nextLast[to] = last[slot]!;
  }
  return { table: next, last: nextLast };
}
