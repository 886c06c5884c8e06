/**
 * Size limits: oversize and empty objects decided from the event, a file just under the limit processed
 * in memory (figures printed), and records that would pass DynamoDB's 400 KB.
 */
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processDocument } from '../../functions/core/pipeline.ts';
import { recordId } from '../../functions/handler/record-item.ts';
import { DYNAMODB_ITEM_LIMIT, fitItem, itemSize } from '../../functions/handler/record-store.ts';
import type { LocalStack } from '../../infra/local/local-stack.ts';
import {
  INBOX,
  isWellFormed,
  lambdaContext,
  notification,
  sqsEvent,
  sqsRecord,
  stackDeps,
  stackHandler,
  startInboxStack,
  storedRecord,
} from './helpers.ts';

let stack: LocalStack;
/** The input limit of the just-under-the-limit test. */
const SMALL_LIMIT_BYTES = 1024 * 1024;

beforeAll(async () => {
  stack = await startInboxStack();
});

afterAll(async () => {
  await stack?.close();
});

/** Article-like text: varied paragraphs, so the cleaner keeps them. */
function articleText(targetBytes: number, flourish = ''): string {
  const parts: string[] = ['A long report on the state of the regional economy\n'];
  let size = Buffer.byteLength(parts[0]!);
  for (let index = 0; size < targetBytes; index++) {
    const paragraph =
      `Paragraph ${index}: officials said on Monday that the ${index % 7 === 0 ? 'harbour' : 'rail'} project, ` +
      `which employs ${100 + (index % 900)} people, would finish in ${2026 + (index % 5)}${flourish}. ` +
      'Residents interviewed for this article described the work as slow but necessary for the town.\n\n';
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph);
  }
  return parts.join('');
}

describe('size limits decided from the event', () => {
  it('rejects an object over the limit as too-large without downloading it', async () => {
    const s3 = new S3Client({ region: 'us-east-1' });
    const s3Mock = mockClient(s3);
    const message = sqsRecord(notification({ bucket: INBOX, key: 'size/huge.txt', size: 50 * 1024 * 1024 }));

    await stackHandler(stack, { s3, maxInputBytes: 10 * 1024 * 1024 })(sqsEvent(message), lambdaContext());

    expect(s3Mock.commandCalls(GetObjectCommand)).toHaveLength(0);
    expect(await storedRecord(stack, 'size/huge.txt')).toMatchObject({
      status: 'rejected',
      reason: 'too-large',
    });
  });

  it('rejects an empty object as empty without calling GetObject', async () => {
    const s3 = new S3Client({ region: 'us-east-1' });
    const s3Mock = mockClient(s3);
    const message = sqsRecord(notification({ bucket: INBOX, key: 'size/empty.txt', size: 0 }));

    await stackHandler(stack, { s3 })(sqsEvent(message), lambdaContext());

    expect(s3Mock.commandCalls(GetObjectCommand)).toHaveLength(0);
    expect(await storedRecord(stack, 'size/empty.txt')).toMatchObject({
      status: 'rejected',
      reason: 'empty',
    });
  });

  it('processes a file just under the limit in memory (peak RSS and MB/s printed)', async () => {
    // A test, not a benchmark: a 1 MB limit keeps it quick on a busy 2-core machine (10 MB took ~26 s
    // alone); the 10 MB default is measured by `npm run bench:reliability`.
    const limit = SMALL_LIMIT_BYTES;
    const text = articleText(limit - 4096);
    const bytes = Buffer.from(text);
    await stack.s3.send(new PutObjectCommand({ Bucket: INBOX, Key: 'size/just-under.txt', Body: bytes }));
    const message = sqsRecord(
      notification({ bucket: INBOX, key: 'size/just-under.txt', size: bytes.length }),
    );
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);

    const started = performance.now();
    const response = await stackHandler(stack, { maxInputBytes: limit })(sqsEvent(message), lambdaContext());
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);

    const mb = bytes.length / 1024 / 1024;
    console.log(
      `[reliability] ${mb.toFixed(2)} MB file: ${(mb / seconds).toFixed(2)} MB/s end to end, ` +
        `RSS ${(baseline / 1048576).toFixed(0)} → peak ${(peak / 1048576).toFixed(0)} MB (+${((peak - baseline) / 1048576).toFixed(0)} MB)`,
    );
    expect(response.batchItemFailures).toEqual([]);
    expect(await storedRecord(stack, 'size/just-under.txt')).toMatchObject({ status: 'clean' });
  });
});

describe("DynamoDB's 400 KB item limit", () => {
  it('moves a body that would pass 400 KB to the clean bucket, intact, with a pointer in the record', async () => {
    // Emoji are surrogate pairs in JS strings and 4 bytes in UTF-8: a cut in the wrong place would show.
    const text = articleText(600 * 1024, ' 📰🇪🇺');
    await stack.s3.send(new PutObjectCommand({ Bucket: INBOX, Key: 'size/big-body.txt', Body: text }));
    const message = sqsRecord(
      notification({ bucket: INBOX, key: 'size/big-body.txt', size: Buffer.byteLength(text) }),
    );

    const response = await stackHandler(stack)(sqsEvent(message), lambdaContext());

    expect(response.batchItemFailures).toEqual([]);
    const item = await storedRecord(stack, 'size/big-body.txt');
    expect(item).toMatchObject({
      status: 'clean',
      body: null,
      bodyLocation: expect.stringMatching(/^s3:\/\//),
    });
    const [, , bucket, ...keyParts] = String(item?.bodyLocation).split('/');
    const stored = await stack.s3.send(new GetObjectCommand({ Bucket: bucket, Key: keyParts.join('/') }));
    const body = await stored.Body!.transformToString('utf-8');
    const expected = processDocument(Buffer.from(text));
    expect(body).toBe(expected.status === 'clean' ? expected.body : null);
    expect(isWellFormed(body)).toBe(true);
    console.log(
      `[reliability] ${(Buffer.byteLength(body) / 1024).toFixed(0)} KB body offloaded; item ${(itemSize(item!) / 1024).toFixed(1)} KB; 0 ValidationExceptions`,
    );
  });

  it('cuts an oversized single field at a code-point boundary as a last resort, keeping the full record in S3', async () => {
    const deps = stackDeps(stack);
    const title = '🗞️新'.repeat(200_000); // about 2 MB of UTF-8, surrogate pairs throughout
    const item = {
      id: recordId(INBOX, 'size/huge-title.txt'),
      bucket: INBOX,
      key: 'size/huge-title.txt',
      sequencerOrder: '0'.repeat(48),
      status: 'clean',
      cleanerVersion: 'test',
      title,
      body: 'short body',
    };

    const fitted = await fitItem(deps.store, item);
    await stack.documents.send(new PutCommand({ TableName: stack.names.table, Item: fitted }));

    expect(itemSize(fitted)).toBeLessThanOrEqual(DYNAMODB_ITEM_LIMIT);
    expect(isWellFormed(String(fitted.title))).toBe(true);
    expect(title.startsWith(String(fitted.title))).toBe(true);
    expect(fitted).toMatchObject({
      truncatedFields: ['title'],
      recordLocation: expect.stringMatching(/record\.json$/),
    });
  });

  it("computes an item's size exactly as DynamoDB does: 400 KB accepted, one byte more refused", async () => {
    const base = { id: recordId(INBOX, 'size/boundary.txt'), pad: '' };
    const padding = DYNAMODB_ITEM_LIMIT - itemSize(base);
    const atLimit = { ...base, pad: 'x'.repeat(padding) };
    const overLimit = { ...base, pad: 'x'.repeat(padding + 1) };
    const put = (item: Record<string, unknown>) =>
      stack.documents.send(new PutCommand({ TableName: stack.names.table, Item: item }));

    expect(itemSize(atLimit)).toBe(DYNAMODB_ITEM_LIMIT);
    await expect(put(atLimit)).resolves.toBeDefined();
    await expect(put(overLimit)).rejects.toMatchObject({ name: 'ValidationException' });
  });
});
