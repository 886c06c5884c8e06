import { afterAll, describe, expect, it } from 'vitest';
import { processDocument } from '../../functions/core/pipeline.ts';
import {
  heapLimitFor,
  OutOfMemoryError,
  TooSlowError,
  WorkerCoreRunner,
} from '../../functions/handler/core-runner.ts';
import { PreparedList } from '../../functions/handler/prepared-list.ts';
import { DYNAMODB_ITEM_LIMIT, itemSize } from '../../functions/handler/record-store.ts';
import { HUNGRY_MARKER, SLOW_MARKER } from '../reliability/slow-core-worker.ts';

const ARTICLE = Buffer.from(
  'Workers keep the handler alive\n\nThe first paragraph of the article explains, in plain words, what happened on Monday.\n',
);

const real = new WorkerCoreRunner();
const slow = new WorkerCoreRunner({ entry: new URL('../reliability/slow-core-worker.ts', import.meta.url) });

/** Retires its worker after any input of the article's size or more. */
const recycling = new WorkerCoreRunner({ recycleInputBytes: ARTICLE.length });

const capped = new WorkerCoreRunner({
  entry: new URL('../reliability/slow-core-worker.ts', import.meta.url),
  heapLimitMb: 64,
});

afterAll(async () => {
  await Promise.all([real.close(), slow.close(), capped.close(), recycling.close()]);
});

/** An article under 6,000 link rows: 6,001 removed lines, a list over DynamoDB's item limit on its own. */
function pageOfLinkRows(): Buffer {
  const prose =
    'The council met on Tuesday to discuss the budget for the coming year, and it agreed on several points. '.repeat(
      3,
    );
  const parts = ['Budget talks end', prose, prose];
  for (let i = 0; i < 6000; i++) parts.push(`Home | News ${i} | Sport | Weather`);
  return Buffer.from(parts.join('\n\n'));
}

describe('the core in a worker thread', () => {
  it('hands a removed list too large for any item over as JSON, the rest of the record as processDocument gives it', async () => {
    const page = pageOfLinkRows();
    const want = processDocument(page, { url: null });
    const record = await real.run(
      { bytes: Buffer.from(page), hints: { url: null }, options: {} },
      Date.now() + 60_000,
    );
    if (want.status !== 'clean' || record.status !== 'clean') throw new Error('expected clean records');
    expect(itemSize({ removed: want.removed })).toBeGreaterThan(DYNAMODB_ITEM_LIMIT);
    expect(record.removed).toBeInstanceOf(PreparedList);
    const removed = record.removed as PreparedList;
    expect(removed.json).toBe(JSON.stringify(want.removed));
    expect(removed.length).toBe(want.removed.length);
    expect(removed.size).toBeGreaterThan(DYNAMODB_ITEM_LIMIT);
    expect({ ...record, removed: null }).toEqual({ ...want, removed: null });
  });

  it('returns the record processDocument returns in this thread', async () => {
    const record = await real.run({ bytes: ARTICLE, hints: { url: null }, options: {} }, Date.now() + 30_000);

    expect(record).toEqual(processDocument(ARTICLE, { url: null }));
  });

  it('stops a core that never ends at the deadline, and the next record runs in a new worker', async () => {
    const started = Date.now();

    const stuck = slow.run(
      { bytes: Buffer.from(`${ARTICLE}${SLOW_MARKER}`), hints: {}, options: {} },
      started + 300,
    );

    await expect(stuck).rejects.toBeInstanceOf(TooSlowError);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(
      slow.run({ bytes: ARTICLE, hints: {}, options: {} }, Date.now() + 30_000),
    ).resolves.toMatchObject({
      status: 'clean',
    });
  });

  it('fails a record queued behind a stuck one at its own deadline, without starting it', async () => {
    const now = Date.now();

    const results = await Promise.allSettled([
      slow.run({ bytes: Buffer.from(`${ARTICLE}${SLOW_MARKER}`), hints: {}, options: {} }, now + 400),
      slow.run({ bytes: ARTICLE, hints: {}, options: {} }, now + 200),
    ]);

    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });

  it('fails a record whose core runs out of the capped heap, and the next record runs in a new worker', async () => {
    const hungry = capped.run(
      { bytes: Buffer.from(`${ARTICLE}${HUNGRY_MARKER}`), hints: {}, options: {} },
      Date.now() + 60_000,
    );

    await expect(hungry).rejects.toBeInstanceOf(OutOfMemoryError);
    await expect(
      capped.run({ bytes: ARTICLE, hints: {}, options: {} }, Date.now() + 30_000),
    ).resolves.toMatchObject({ status: 'clean' });
  });
});

describe('a worker after a large input', () => {
  it('is retired once its record is back, and the next record runs in a new worker', async () => {
    const small = Buffer.from('A short note.\n');
    const deadline = () => Date.now() + 30_000;

    await recycling.run({ bytes: small, hints: {}, options: {} }, deadline());
    await recycling.run({ bytes: small, hints: {}, options: {} }, deadline());
    expect(recycling.workersStarted).toBe(1);
    const records = await Promise.all([
      recycling.run({ bytes: Buffer.from(ARTICLE), hints: { url: null }, options: {} }, deadline()),
      recycling.run({ bytes: Buffer.from(ARTICLE), hints: { url: null }, options: {} }, deadline()),
    ]);
    await recycling.run({ bytes: small, hints: {}, options: {} }, deadline());

    expect(records).toEqual([
      processDocument(ARTICLE, { url: null }),
      processDocument(ARTICLE, { url: null }),
    ]);
    expect(recycling.workersStarted).toBe(3);
  });
});

describe("the worker's heap cap", () => {
  it("is 60% of the Lambda function's memory, at least 128 MiB", () => {
    expect(heapLimitFor(1769)).toBe(1061);
    expect(heapLimitFor(128)).toBe(128);
  });

  it("is V8's default outside Lambda", () => {
    expect(heapLimitFor(undefined)).toBeUndefined();
    expect(heapLimitFor(Number.NaN)).toBeUndefined();
  });
});
