/**
 * Keys and objects against the local stack: awkward keys end to end through s3rver's notifications and
 * the bridge, malformed key encoding, objects deleted before processing, S3 server errors.
 */
import { gzipSync } from 'node:zlib';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Client } from '../../functions/handler/clients.ts';
import { MAX_RECEIVE_COUNT } from '../../functions/shared/definitions.ts';
import type { LocalStack } from '../../infra/local/local-stack.ts';
import { encodeSingleByte } from '../support/single-byte.ts';
import { FaultyRequestHandler, S3_UNAVAILABLE, s3GetObject } from './faulty-handler.ts';
import {
  ARTICLE,
  failedIds,
  INBOX,
  lambdaContext,
  longestKey,
  notification,
  scanAll,
  sqsEvent,
  sqsRecord,
  stackHandler,
  startInboxStack,
  storedRecord,
} from './helpers.ts';

let stack: LocalStack;

beforeAll(async () => {
  stack = await startInboxStack();
});

afterAll(async () => {
  await stack?.close();
});

const AWKWARD_KEYS = [
  'raw/with space.txt',
  'raw/two  spaces.txt',
  'raw/literal+plus.txt',
  'raw/a+b c.txt',
  'raw/percent%.txt',
  'raw/percent%20not-a-space.txt',
  'raw/hash#tag.txt',
  'raw/question?mark.txt',
  'raw/amp&equals=.txt',
  'raw/semi;colon:comma,.txt',
  "raw/quote'apostrophe.txt",
  'raw/brackets[1](2){3}.txt',
  'raw/tilde~star*.txt',
  'raw/emoji 📰🗞️.txt',
  'raw/cjk 新闻报道.txt',
  'raw/日本語/記事.txt',
  'raw/café-nfc.txt'.normalize('NFC'),
  'raw/café-nfd.txt'.normalize('NFD'),
  'raw/Ελληνικά.txt',
  'raw/עברית-rtl.txt',
  'raw/nested/deep/path/file.txt',
  'raw/trailing-dot..txt',
  longestKey(),
];

describe('object keys', () => {
  it('stores every awkward key byte for byte as uploaded', async () => {
    for (const key of AWKWARD_KEYS) {
      await stack.s3.send(new PutObjectCommand({ Bucket: stack.names.rawBucket, Key: key, Body: ARTICLE }));
    }

    await stack.drain();

    const stored = new Set(
      (await scanAll(stack))
        .filter((item) => item.bucket === stack.names.rawBucket)
        .map((item) => Buffer.from(String(item.key)).toString('hex')),
    );
    const matched = AWKWARD_KEYS.filter((key) => stored.has(Buffer.from(key).toString('hex')));
    console.log(`[reliability] awkward keys stored byte for byte: ${matched.length}/${AWKWARD_KEYS.length}`);
    expect(matched).toEqual(AWKWARD_KEYS);
    expect(await stack.deadLetters.list()).toEqual([]);
  });

  it('keeps the NFC and NFD spellings of one name as two records', async () => {
    const items = await scanAll(stack);
    const cafe = items.filter((item) => String(item.key).normalize('NFC').startsWith('raw/café-nf'));

    expect(cafe).toHaveLength(2);
  });

  it('rejects an event key with malformed percent-encoding as bad-key without throwing', async () => {
    const message = sqsRecord(notification({ bucket: INBOX, key: 'unused', rawKey: 'bad/%E0%A4%A.txt' }));

    const response = await stackHandler(stack)(sqsEvent(message), lambdaContext());

    expect(response.batchItemFailures).toEqual([]);
    expect(await storedRecord(stack, 'bad/%E0%A4%A.txt')).toMatchObject({
      status: 'rejected',
      reason: 'bad-key',
    });
  });
});

describe('an event key too long, undecoded, for a partition key', () => {
  it('records a bad-key record under an id cut to 2,048 bytes with a digest, the raw key whole', async () => {
    // 3,600 bytes of percent-encoding (S3 allows 1,024 decoded bytes; each may take three encoded).
    const rawKey = `bad/${'%41'.repeat(1200)}%E0%A4%A.txt`;
    const message = sqsRecord(notification({ bucket: INBOX, key: 'unused', rawKey }));

    const response = await stackHandler(stack)(sqsEvent(message), lambdaContext());

    expect(response.batchItemFailures).toEqual([]);
    const record = await storedRecord(stack, rawKey);
    expect(record).toMatchObject({ status: 'rejected', reason: 'bad-key', key: rawKey });
    expect(Buffer.byteLength(String(record?.id))).toBeLessThanOrEqual(2048);
    expect(String(record?.id)).toMatch(/#[0-9a-f]{16}$/);
  });
});

describe("an object's Content-Type", () => {
  it('decodes the bytes in the charset the upload names, which the guess alone gets wrong', async () => {
    // Czech in Windows-1250 reads as Western European without the header ("ètvrtek" for "čtvrtek").
    const text = `${ARTICLE}\n\nVláda ve čtvrtek schválila návrh zákona o ochraně životního prostředí.`;
    await stack.s3.send(
      new PutObjectCommand({
        Bucket: stack.names.rawBucket,
        Key: 'raw/zprava-1250.txt',
        Body: encodeSingleByte(text, 'windows-1250'),
        ContentType: 'text/plain; charset=windows-1250',
      }),
    );

    await stack.drain();

    const record = await storedRecord(stack, 'raw/zprava-1250.txt', stack.names.rawBucket);
    expect(record).toMatchObject({ status: 'clean', encoding: 'windows-1250' });
    expect(String(record?.body)).toContain('Vláda ve čtvrtek schválila');
  });
});

describe('a gzip-compressed object', () => {
  it('is cleaned as the text inside it, under a .gz key or stored with Content-Encoding: gzip', async () => {
    const zipped = gzipSync(Buffer.from(ARTICLE));
    await stack.s3.send(
      new PutObjectCommand({ Bucket: stack.names.rawBucket, Key: 'raw/story.txt.gz', Body: zipped }),
    );
    await stack.s3.send(
      new PutObjectCommand({
        Bucket: stack.names.rawBucket,
        Key: 'raw/story-encoded.txt',
        Body: zipped,
        ContentEncoding: 'gzip',
        ContentType: 'text/plain',
      }),
    );

    await stack.drain();

    for (const key of ['raw/story.txt.gz', 'raw/story-encoded.txt']) {
      const record = await storedRecord(stack, key, stack.names.rawBucket);
      expect(record).toMatchObject({ status: 'clean', title: 'A reliable pipeline keeps every file' });
      expect(String(record?.body)).toContain('what happened on Monday in the city');
    }
  });
});

describe('objects that go away or fail', () => {
  it('records an object deleted before processing as object-missing on the first delivery', async () => {
    const message = sqsRecord(notification({ bucket: INBOX, key: 'gone/deleted.txt', size: 300 }));

    const response = await stackHandler(stack)(sqsEvent(message), lambdaContext());

    expect(response.batchItemFailures).toEqual([]);
    expect(await storedRecord(stack, 'gone/deleted.txt')).toMatchObject({
      status: 'rejected',
      reason: 'object-missing',
    });
  });

  it('reports a message failed for SQS to retry when S3 answers 5xx, after the SDK retried', async () => {
    await stack.s3.send(new PutObjectCommand({ Bucket: INBOX, Key: 'flaky/503.txt', Body: ARTICLE }));
    const faults = new FaultyRequestHandler(S3_UNAVAILABLE, Number.POSITIVE_INFINITY, s3GetObject);
    const s3 = createS3Client(process.env, { requestHandler: faults });
    const message = sqsRecord(notification({ bucket: INBOX, key: 'flaky/503.txt', size: 300 }));

    const response = await stackHandler(stack, { s3 })(sqsEvent(message), lambdaContext());

    console.log(
      `[reliability] S3 503 on GetObject: ${faults.attempts} SDK attempts, then the message is retried by SQS`,
    );
    expect(failedIds(response)).toEqual([message.messageId]);
    expect(faults.attempts).toBe(3);
  });

  it('leaves a failed record with the error on the last delivery, and a later success replaces it', async () => {
    await stack.s3.send(new PutObjectCommand({ Bucket: INBOX, Key: 'flaky/last.txt', Body: ARTICLE }));
    const s3 = createS3Client(process.env, {
      requestHandler: new FaultyRequestHandler(S3_UNAVAILABLE, Number.POSITIVE_INFINITY, s3GetObject),
    });
    const body = notification({ bucket: INBOX, key: 'flaky/last.txt', size: 300 });
    const read = () => storedRecord(stack, 'flaky/last.txt');

    await stackHandler(stack, { s3 })(
      sqsEvent(sqsRecord(body, { receiveCount: MAX_RECEIVE_COUNT })),
      lambdaContext(),
    );
    const failed = await read();
    await stackHandler(stack)(sqsEvent(sqsRecord(body)), lambdaContext());

    expect(failed).toMatchObject({
      status: 'failed',
      reason: 'retries-exhausted',
      receiveCount: MAX_RECEIVE_COUNT,
    });
    expect(String(failed?.error)).toContain('ServiceUnavailable');
    expect(await read()).toMatchObject({ status: 'clean' });
  });
});
