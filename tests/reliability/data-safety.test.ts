/**
 * Issue 15, "nothing lost, nothing overwritten", through the handler's real entry point against the
 * local stack (s3rver, dynalite, the real SDK over HTTP). Every DynamoDB write of these tests passes
 * DynamoDB's item and key rules first (dynamo-rules.ts, installed by stackDeps).
 */
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../infra/local/local-stack.ts';
import { TOTALS } from './dynamo-rules.ts';
import {
  ARTICLE,
  INBOX,
  lambdaContext,
  longestKey,
  notification,
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

/** Upload bytes to the inbox and hand the handler one event for them; returns the batch response. */
async function deliver(key: string, body: string | Uint8Array, bucket = INBOX) {
  await stack.s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
  const size = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  const message = sqsRecord(notification({ bucket, key, size }));
  return stackHandler(stack)(sqsEvent(message), lambdaContext());
}

describe('issue 15 item 5: index keys within DynamoDB limits', () => {
  it('writes the record of a 1,024-byte key in a production-length bucket within every key limit', async () => {
    // A real stack's bucket: copydesk-<stage>-raw-<account>-<region>; with a 1,024-byte key the id is
    // 1,069 bytes, over the 1,024-byte limit of an index sort key.
    const bucket = 'copydesk-prod-raw-123456789012-ap-southeast-2';
    await stack.s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const key = longestKey();
    const refusedBefore = TOTALS.refused.length;

    const response = await deliver(key, ARTICLE, bucket);

    expect(response.batchItemFailures).toEqual([]);
    expect(TOTALS.refused.slice(refusedBefore)).toEqual([]);
    const record = await storedRecord(stack, key, bucket);
    expect(Buffer.byteLength(String(record?.id))).toBeGreaterThan(1024);
    expect(record).toMatchObject({ status: 'clean', key });
  });
});

describe('issue 15 item 6: one bad byte does not garble a UTF-8 file', () => {
  it('stores UTF-8 French text with one stray byte as UTF-8, the replacement counted', async () => {
    const text =
      'Une école pour le quartier\n\n' +
      'La nouvelle école du quartier a ouvert ses portes lundi, après deux années de travaux très attendus.\n\n' +
      'Les élèves découvrent des salles claires, une bibliothèque et un préau couvert, dit la directrice.\n';
    const bytes = Uint8Array.from([...Buffer.from(text), 0x4c, 0x92, 0x61, 0x6e, 0x0a]); // a lone 0x92

    const response = await deliver('encoding/stray-byte.txt', bytes);

    expect(response.batchItemFailures).toEqual([]);
    const record = await storedRecord(stack, 'encoding/stray-byte.txt');
    expect(record).toMatchObject({ status: 'clean', encoding: 'utf-8', replacementCharacters: 1 });
    expect(String(record?.body)).toContain('La nouvelle école du quartier');
    expect(String(record?.body)).not.toContain('Ã');
  });

  it('stores UTF-8 cut short inside its last character as UTF-8', async () => {
    const bytes = Buffer.from(`${ARTICLE}Une école`).subarray(0, -5); // "Une \xC3"

    await deliver('encoding/cut-short.txt', bytes);

    expect(await storedRecord(stack, 'encoding/cut-short.txt')).toMatchObject({
      status: 'clean',
      encoding: 'utf-8',
      replacementCharacters: 1,
    });
  });
});

describe('issue 15 item 9: blank input is empty', () => {
  const blanks: [string, Uint8Array][] = [
    ['whitespace only', Buffer.from(' \n\t\r\n   \n\n')],
    ['a byte-order mark only', Uint8Array.from([0xef, 0xbb, 0xbf])],
    ['byte-order marks and Unicode spaces', Buffer.from('\ufeff\u00a0\u3000\n\ufeff')],
  ];
  for (const [name, bytes] of blanks) {
    it(`rejects a file of ${name} as empty`, async () => {
      const key = `blank/${name.replace(/\W+/g, '-')}.txt`;

      const response = await deliver(key, bytes);

      expect(response.batchItemFailures).toEqual([]);
      expect(await storedRecord(stack, key)).toMatchObject({ status: 'rejected', reason: 'empty' });
    });
  }
});

describe("DynamoDB's rules were applied", () => {
  it('checked every write of this file against them', () => {
    expect(TOTALS.checked).toBeGreaterThan(0);
  });
});
