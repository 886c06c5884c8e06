/**
 * topic-fast.ts's topicTableFast against model.ts's topicTable (the plain reference): for every hash, the count
 * at its slot (topicSlot) is the same, the table grown from a small start or not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../functions/core/cleaning/classify.ts';
import { topicTable } from '../../functions/core/cleaning/model.ts';
import { topicSlot, topicTableFast } from '../../functions/core/cleaning/topic-fast.ts';

/** Units as the topic table reads them: prose or not, and their word hashes in one shared array. */
function unitsOf(list: { prose: boolean; hashes: number[] }[]): Unit[] {
  const all = new Int32Array(list.reduce((sum, unit) => sum + unit.hashes.length, 0));
  let at = 0;
  return list.map((unit) => {
    all.set(unit.hashes, at);
    const feat = { hashes: all, start: at, count: unit.hashes.length };
    at += unit.hashes.length;
    return { prose: unit.prose, feat } as unknown as Unit;
  });
}

describe('topicTableFast', () => {
  // Few distinct hashes (repeats within and across units), the extremes, and any int32.
  const hash = fc.oneof(
    fc.integer({ min: -4, max: 40 }),
    fc.constantFrom(-(2 ** 31), 2 ** 31 - 1),
    fc.integer(),
  );
  const unit = fc.record({ prose: fc.boolean(), hashes: fc.array(hash, { maxLength: 40 }) });
  const units = fc.array(unit, { maxLength: 60 });

  const same = (list: { prose: boolean; hashes: number[] }[], probes: number[], startCap: number) => {
    const input = unitsOf(list);
    const plain = topicTable(input);
    const plainCounts = new Map<number, number>();
    const asked = [...list.flatMap((u) => u.hashes), ...probes];
    for (const h of asked) plainCounts.set(h, plain.counts[topicSlot(plain, h)]!);
    const fast = topicTableFast(input, startCap);
    for (const h of asked) expect(fast.counts[topicSlot(fast, h)]).toBe(plainCounts.get(h));
  };

  it('counts every hash as topicTable does (the table grown from 64 slots)', () => {
    fc.assert(
      fc.property(units, fc.array(hash, { maxLength: 20 }), (list, probes) => same(list, probes, 64)),
      { numRuns: 1000 },
    );
  });

  it('counts every hash as topicTable does (the default start)', () => {
    fc.assert(
      fc.property(units, fc.array(hash, { maxLength: 20 }), (list, probes) => same(list, probes, 1 << 16)),
      { numRuns: 500 },
    );
  });

  it('grows past its start with many distinct words', () => {
    const list = Array.from({ length: 300 }, (_, i) => ({
      prose: i % 3 !== 0,
      hashes: Array.from({ length: 40 }, (_, k) => (i * 7919 + k * 104729) | 0),
    }));
    same(list, [1, 2, 3], 64);
    expect(topicTableFast(unitsOf(list), 64).mask + 1).toBeGreaterThan(64);
  });
});
