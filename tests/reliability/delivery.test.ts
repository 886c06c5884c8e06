/**
 * Delivery guarantees against the local stack (real dynalite, real s3rver, the real handler): duplicates,
 * out-of-order versions, poison messages, the event-type policy and the remaining-time guard.
 */
import { Readable } from 'node:stream';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { sdkStreamMixin } from '@smithy/util-stream';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../infra/local/local-stack.ts';
import {
  ARTICLE,
  failedIds,
  INBOX,
  lambdaContext,
  notification,
  scanAll,
  sqsEvent,
  sqsRecord,
  stackHandler,
  startInboxStack,
} from './helpers.ts';

let stack: LocalStack;

beforeAll(async () => {
  stack = await startInboxStack();
});

afterAll(async () => {
  await stack?.close();
});

async function upload(key: string, body: string | Uint8Array = ARTICLE): Promise<number> {
  await stack.s3.send(new PutObjectCommand({ Bucket: INBOX, Key: key, Body: body }));
  return typeof body === 'string' ? Buffer.byteLength(body) : body.length;
}

async function recordsFor(prefix: string) {
  return (await scanAll(stack)).filter((item) => String(item.key).startsWith(prefix));
}

describe('at-least-once delivery', () => {
  it('writes exactly one record for 50 deliveries of one version across concurrent batches', async () => {
    const size = await upload('dup/one.txt');
    const body = notification({ bucket: INBOX, key: 'dup/one.txt', size });
    const batches = Array.from({ length: 5 }, () =>
      sqsEvent(...Array.from({ length: 10 }, () => sqsRecord(body))),
    );

    // Five handler instances: five Lambda containers taking batches at the same time.
    const responses = await Promise.all(batches.map((batch) => stackHandler(stack)(batch, lambdaContext())));

    expect(responses.flatMap((response) => response.batchItemFailures)).toEqual([]);
    const records = await recordsFor('dup/');
    console.log(`[reliability] 50 deliveries under 50 message ids → ${records.length} record(s)`);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ key: 'dup/one.txt', status: 'clean' });
  });

  it('keeps the newest of three versions whatever the delivery order, sequencers of different lengths', async () => {
    // S3 compares sequencers after right-padding the shorter with zeros: v1 < v2 < v3.
    const versions = [
      {
        versionId: 'v1',
        sequencer: '0055AED6DCD90281E5',
        text: 'In version one the editors added this paragraph, which tells the reader what changed today.',
      },
      {
        versionId: 'v2',
        sequencer: '0055AED6DCD90281E5A0',
        text: 'In version two the editors added this paragraph, which tells the reader what changed today.',
      },
      {
        versionId: 'v3',
        sequencer: '0055AED6DCD90281E6',
        text: 'In version three the editors added this paragraph, which tells the reader what changed today.',
      },
    ];
    const s3 = new S3Client({ region: 'us-east-1' });
    const s3Mock = mockClient(s3);
    for (const version of versions) {
      s3Mock.on(GetObjectCommand, { VersionId: version.versionId }).callsFake(() => ({
        Body: sdkStreamMixin(Readable.from([Buffer.from(`${ARTICLE}\n${version.text}\n`)])),
      }));
    }
    const orders = permutations([0, 1, 2]);

    for (const [index, order] of orders.entries()) {
      const key = `order/${index}.txt`;
      for (const position of order) {
        const version = versions[position]!;
        const event = sqsEvent(sqsRecord(notification({ bucket: INBOX, key, ...version, size: 200 })));
        await stackHandler(stack, { s3 })(event, lambdaContext());
      }
    }

    const records = await recordsFor('order/');
    console.log(
      `[reliability] 3 versions × ${orders.length} delivery orders → newest version stored in ${records.filter((r) => r.versionId === 'v3').length}/${orders.length}`,
    );
    expect(records).toHaveLength(orders.length);
    for (const record of records) {
      expect(record).toMatchObject({ versionId: 'v3', sequencer: '0055AED6DCD90281E6' });
      expect(record.body).toContain('In version three');
    }
  });

  it('reports exactly the poison messages of a batch as failures and writes the others', async () => {
    const good = await Promise.all(
      Array.from({ length: 7 }, async (_, index) => {
        const key = `poison/good-${index}.txt`;
        const size = await upload(key);
        return sqsRecord(notification({ bucket: INBOX, key, size }));
      }),
    );
    const poison = [
      sqsRecord('this is not JSON'),
      sqsRecord(JSON.stringify({ hello: 'no Records array' })),
      sqsRecord(
        JSON.stringify({
          Records: [{ eventSource: 'aws:s3', eventVersion: '2.1', eventName: 'ObjectCreated:Put', s3: {} }],
        }),
      ),
    ];
    const batch = sqsEvent(
      good[0]!,
      poison[0]!,
      good[1]!,
      good[2]!,
      poison[1]!,
      good[3]!,
      good[4]!,
      poison[2]!,
      good[5]!,
      good[6]!,
    );

    const response = await stackHandler(stack)(batch, lambdaContext());

    expect(failedIds(response)).toEqual(poison.map((message) => message.messageId).sort());
    expect(await recordsFor('poison/')).toHaveLength(7);
  });
});

describe('event-type policy', () => {
  it('acknowledges s3:TestEvent without writing anything', async () => {
    const before = (await scanAll(stack)).length;
    const message = sqsRecord(
      JSON.stringify({
        Service: 'Amazon S3',
        Event: 's3:TestEvent',
        Time: '2026-01-01T00:00:00Z',
        Bucket: INBOX,
      }),
    );

    const response = await stackHandler(stack)(sqsEvent(message), lambdaContext());

    expect(response.batchItemFailures).toEqual([]);
    expect(await scanAll(stack)).toHaveLength(before);
  });

  it('processes every created object of a multi-record message and ignores deletes, expiries and unknown versions', async () => {
    const sizeA = await upload('multi/a.txt');
    const sizeB = await upload('multi/b.txt');
    const body = notification(
      { bucket: INBOX, key: 'multi/a.txt', size: sizeA },
      { bucket: INBOX, key: 'multi/deleted.txt', eventName: 'ObjectRemoved:Delete' },
      { bucket: INBOX, key: 'multi/expired.txt', eventName: 'LifecycleExpiration:Delete' },
      { bucket: INBOX, key: 'multi/future.txt', eventVersion: '3.0' },
      { bucket: INBOX, key: 'multi/b.txt', size: sizeB },
    );

    const response = await stackHandler(stack)(sqsEvent(sqsRecord(body)), lambdaContext());

    expect(response.batchItemFailures).toEqual([]);
    const keys = (await recordsFor('multi/')).map((record) => record.key).sort();
    expect(keys).toEqual(['multi/a.txt', 'multi/b.txt']);
  });
});

describe('remaining-time guard', () => {
  it('starts no record once time runs low and reports the rest as failures, which a redelivery completes', async () => {
    const messages = await Promise.all(
      Array.from({ length: 4 }, async (_, index) => {
        const key = `deadline/${index}.txt`;
        return sqsRecord(notification({ bucket: INBOX, key, size: await upload(key) }));
      }),
    );
    let checks = 0;
    // Plenty of time for the first record, then under the margin.
    const context = lambdaContext(() => (checks++ === 0 ? 60_000 : 500));

    const response = await stackHandler(stack, { remainingTimeMarginMs: 5_000 })(
      sqsEvent(...messages),
      context,
    );

    const deferred = messages
      .slice(1)
      .map((message) => message.messageId)
      .sort();
    expect(failedIds(response)).toEqual(deferred);
    expect((await recordsFor('deadline/')).map((record) => record.key)).toEqual(['deadline/0.txt']);
    const redelivery = sqsEvent(
      ...messages.slice(1).map((message) => sqsRecord(message.body, { receiveCount: 2 })),
    );
    const retried = await stackHandler(stack)(redelivery, lambdaContext());
    expect(retried.batchItemFailures).toEqual([]);
    expect(await recordsFor('deadline/')).toHaveLength(4);
  });
});

function permutations(values: number[]): number[][] {
  if (values.length <= 1) return [values];
  return values.flatMap((value, index) =>
    permutations([...values.slice(0, index), ...values.slice(index + 1)]).map((rest) => [value, ...rest]),
  );
}
