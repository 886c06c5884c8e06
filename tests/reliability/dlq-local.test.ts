/**
 * The local dead-letter path end to end: a message that fails every delivery lands in the file store of
 * a persistent local stack, `copydesk dlq list --local` shows its object and error, and
 * `copydesk dlq redrive --local` hands it back to the running stack, which then cleans the file.
 */
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../functions/cli/main.ts';
import { MAX_RECEIVE_COUNT } from '../../functions/shared/definitions.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/local-stack.ts';
import { capture } from '../support/capture.ts';
import { tempDir } from '../support/temp-dirs.ts';
import { ARTICLE, notification, storedRecord } from './helpers.ts';

// A bucket that does not exist yet: GetObject fails (NoSuchBucket) on every delivery.
const LATE_BUCKET = 'copydesk-test-late-bucket';
const KEY = 'raw/late arrival.txt';
let stack: LocalStack;
let dataDir: string;

beforeAll(async () => {
  dataDir = await tempDir('copydesk-dlq-');
  stack = await startLocalStack({ dataDir, batchWindowMs: 0, redrivePollMs: 50 });
});

afterAll(async () => {
  await stack?.close();
});

describe('local dead-letter queue', () => {
  it('keeps a message that failed every delivery, with a failed record naming the error', async () => {
    stack.bridge.send(notification({ bucket: LATE_BUCKET, key: KEY, size: Buffer.byteLength(ARTICLE) }));

    await stack.drain();

    const letters = await stack.deadLetters.list();
    expect(letters).toHaveLength(1);
    expect(letters[0]?.receiveCount).toBe(MAX_RECEIVE_COUNT);
    expect(await storedRecord(stack, KEY, LATE_BUCKET)).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('NoSuchBucket'),
    });
  });

  it("lists the dead letter's object and last error with copydesk dlq list --local", async () => {
    const out = capture();

    const code = await main(['dlq', 'list', '--local', '--local-dir', dataDir], out.stream);

    console.log(`[reliability] copydesk dlq list --local:\n${out.text()}`);
    expect(code).toBe(0);
    expect(out.text()).toContain(`receives ${MAX_RECEIVE_COUNT}  s3://${LATE_BUCKET}/${KEY}`);
    expect(out.text()).toContain('last error: NoSuchBucket');
  });

  it('redrives to the running stack, which cleans the file once the fault is gone', async () => {
    await stack.s3.send(new CreateBucketCommand({ Bucket: LATE_BUCKET }));
    await stack.s3.send(new PutObjectCommand({ Bucket: LATE_BUCKET, Key: KEY, Body: ARTICLE }));
    const out = capture();

    const code = await main(['dlq', 'redrive', '--local', '--local-dir', dataDir], out.stream);

    expect(code).toBe(0);
    await vi.waitFor(
      async () => expect(await storedRecord(stack, KEY, LATE_BUCKET)).toMatchObject({ status: 'clean' }),
      {
        timeout: 10_000,
        interval: 50,
      },
    );
    expect(await stack.deadLetters.list()).toEqual([]);
  });
});
