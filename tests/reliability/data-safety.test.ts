/**
 * Issue 15, "nothing lost, nothing overwritten", through the handler's real entry point against the
 * local stack (s3rver, dynalite, the real SDK over HTTP). Every DynamoDB write of these tests passes
 * DynamoDB's item and key rules first (dynamo-rules.ts, installed by stackDeps).
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  CreateBucketCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { sdkStreamMixin } from '@smithy/util-stream';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processDocument } from '../../functions/core/pipeline.ts';
import { CLEANER_VERSION } from '../../functions/core/version.ts';
import { WorkerCoreRunner } from '../../functions/handler/core-runner.ts';
import { recordId, toItem } from '../../functions/handler/record-item.ts';
import { writeRecord } from '../../functions/handler/record-store.ts';
import { type S3ObjectRef, sequencerOrder } from '../../functions/handler/s3-event.ts';
import {
  FAILED_VERSION_STATUS,
  MAX_RECEIVE_COUNT,
  OFFLOAD_PREFIX,
} from '../../functions/shared/definitions.ts';
import type { LocalStack } from '../../infra/local/local-stack.ts';
import { TOTALS } from './dynamo-rules.ts';
import { dynamoOperation, FaultyRequestHandler } from './faulty-handler.ts';
import {
  ARTICLE,
  INBOX,
  lambdaContext,
  longestKey,
  notification,
  sqsEvent,
  sqsRecord,
  stackDeps,
  stackHandler,
  startInboxStack,
  storedRecord,
} from './helpers.ts';
import { deployedCleanerRole, s3AsAws } from './s3-as-aws.ts';
import { HUNGRY_MARKER, SLOW_MARKER } from './slow-core-worker.ts';

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

describe('a page with no text is rejected, not stored as an empty clean record', () => {
  it('records an app shell saved without its scripts run as no-text', async () => {
    const key = 'shell/app.html';
    const shell =
      '<!doctype html><html><head><script src="/app.js"></script></head><body><div id="root"></div></body></html>';

    const response = await deliver(key, Buffer.from(shell));

    expect(response.batchItemFailures).toEqual([]);
    expect(await storedRecord(stack, key)).toMatchObject({ status: 'rejected', reason: 'no-text' });
  });
});

/** One version of an object, as S3 serves it (text) or fails to (an error S3 would answer). */
interface Version {
  versionId: string;
  sequencer: string;
  content: string | S3ServiceException;
}

/** An S3 client answering GetObject for these versions as S3 does (mocked: s3rver has no versions). */
function versionedS3(versions: Version[]): S3Client {
  const s3 = new S3Client({ region: 'us-east-1' });
  const mock = mockClient(s3);
  for (const version of versions) {
    const answer = mock.on(GetObjectCommand, { VersionId: version.versionId });
    if (typeof version.content === 'string') {
      const bytes = Buffer.from(version.content);
      answer.callsFake(() => ({ Body: sdkStreamMixin(Readable.from([bytes])), ContentLength: bytes.length }));
    } else answer.rejects(version.content);
  }
  return s3;
}

function unavailable(): S3ServiceException {
  return new S3ServiceException({
    name: 'ServiceUnavailable',
    $fault: 'server',
    $metadata: { httpStatusCode: 503 },
    message: 'Please reduce your request rate.',
  });
}

function versionMessage(key: string, version: Version, receiveCount = 1) {
  const size = typeof version.content === 'string' ? Buffer.byteLength(version.content) : 100;
  return sqsRecord(notification({ bucket: INBOX, key, size, ...version }), { receiveCount });
}

const V1_TEXT = `${ARTICLE}\nThe first version of this story ends with this paragraph about the evening.\n`;
const V2_TEXT = `${ARTICLE}\nThe second version of this story ends with a paragraph about the morning after.\n`;

describe('issue 15 item 1: a failed newer version never erases an older clean record', () => {
  it('keeps v1 clean with its body when v2 fails every delivery, the failure attached as failedVersion', async () => {
    const key = 'failed-after-clean/story.txt';
    const v1: Version = { versionId: 'v1', sequencer: '0055AED6DCD90281E5', content: V1_TEXT };
    const v2: Version = { versionId: 'v2', sequencer: '0055AED6DCD90281E6', content: unavailable() };
    const s3 = versionedS3([v1, v2]);
    await stackHandler(stack, { s3 })(sqsEvent(versionMessage(key, v1)), lambdaContext());

    const response = await stackHandler(stack, { s3 })(
      sqsEvent(versionMessage(key, v2, MAX_RECEIVE_COUNT)),
      lambdaContext(),
    );

    expect(response.batchItemFailures).toHaveLength(1); // the message goes on to the dead-letter queue
    const record = await storedRecord(stack, key);
    expect(record).toMatchObject({ status: 'clean', versionId: 'v1' });
    expect(String(record?.body)).toContain('The first version of this story');
    expect(record?.failedVersion).toMatchObject({
      versionId: 'v2',
      reason: 'retries-exhausted',
      receiveCount: MAX_RECEIVE_COUNT,
      error: expect.stringContaining('ServiceUnavailable'),
    });
    // The keys of byFailedVersion, where `copydesk query failed` finds it.
    expect(record).toMatchObject({
      failedVersionStatus: FAILED_VERSION_STATUS,
      failedVersionAt: (record?.failedVersion as { processedAt?: string } | undefined)?.processedAt,
    });
  });

  it('replaces v1 and its failure note once v2 is cleaned after all (say, after a redrive)', async () => {
    const key = 'failed-after-clean/story.txt';
    const v2: Version = { versionId: 'v2', sequencer: '0055AED6DCD90281E6', content: V2_TEXT };

    await stackHandler(stack, { s3: versionedS3([v2]) })(sqsEvent(versionMessage(key, v2)), lambdaContext());

    const record = await storedRecord(stack, key);
    expect(record).toMatchObject({ status: 'clean', versionId: 'v2' });
    expect(record?.failedVersion).toBeUndefined();
    expect(record?.failedVersionStatus).toBeUndefined();
    expect(record?.failedVersionAt).toBeUndefined();
  });

  it('still leaves a failed record where no clean record is kept (a rejected older version)', async () => {
    const key = 'failed-after-rejected/story.txt';
    const v1: Version = { versionId: 'v1', sequencer: '0055AED6DCD90281E5', content: ' \n ' };
    const v2: Version = { versionId: 'v2', sequencer: '0055AED6DCD90281E6', content: unavailable() };
    const s3 = versionedS3([v1, v2]);
    await stackHandler(stack, { s3 })(sqsEvent(versionMessage(key, v1)), lambdaContext());

    await stackHandler(stack, { s3 })(sqsEvent(versionMessage(key, v2, MAX_RECEIVE_COUNT)), lambdaContext());

    expect(await storedRecord(stack, key)).toMatchObject({ status: 'failed', versionId: 'v2' });
  });
});

describe('issue 15 item 2: an older cleaner never overwrites a newer one', () => {
  /** The record a cleaner of another version wrote for this object version (as its handler builds it). */
  async function storeAsCleaner(key: string, version: Version, cleanerVersion: string) {
    const object: S3ObjectRef = {
      bucket: INBOX,
      key,
      rawKey: key,
      versionId: version.versionId,
      size: 100,
      eTag: 'etag',
      sequencer: version.sequencer,
      eventName: 'ObjectCreated:Put',
      eventTime: null,
    };
    const core = processDocument(Buffer.from(String(version.content)));
    const item = toItem(
      object,
      { ...core, cleanerVersion },
      { processedAt: '2026-01-01T00:00:00.000Z', url: null },
    );
    await writeRecord(stackDeps(stack).store, item);
  }

  /**
   * A cleaner version newer than this one that sorts before it as text (0.1.10 beside 0.1.9, 0.10.0 beside
   * 0.2.0), derived from CLEANER_VERSION so that the test survives a version bump.
   */
  function newerSortingFirst(): string {
    const [a = 0, b = 0, c = 0] = CLEANER_VERSION.split('.').map(Number);
    const newer = (v: string) => {
      const [x = 0, y = 0, z = 0] = v.split('.').map(Number);
      return x !== a ? x > a : y !== b ? y > b : z > c;
    };
    const found = [`${a}.${b}.${c + 10}`, `${a}.${b + 8}.0`, `${a}.10.0`, `${a + 8}.0.0`].find(
      (v) => newer(v) && v < CLEANER_VERSION,
    );
    if (!found) throw new Error(`no newer version sorts before ${CLEANER_VERSION} as text`);
    return found;
  }

  it('keeps the record of a newer cleaner (newer than this version though it sorts first as text) when this one handles a duplicate', async () => {
    const key = 'cleaner/newer.txt';
    const version: Version = { versionId: 'v1', sequencer: '0055AED6DCD90281E5', content: V1_TEXT };
    const newerVersion = newerSortingFirst();
    await storeAsCleaner(key, version, newerVersion);

    await stackHandler(stack, { s3: versionedS3([version]) })(
      sqsEvent(versionMessage(key, version)),
      lambdaContext(),
    );

    expect(await storedRecord(stack, key)).toMatchObject({
      cleanerVersion: newerVersion,
      sequencerOrder: sequencerOrder(version.sequencer),
    });
  });

  it('replaces the record of an older cleaner of the same object version', async () => {
    const key = 'cleaner/older.txt';
    const version: Version = { versionId: 'v1', sequencer: '0055AED6DCD90281E5', content: V1_TEXT };
    await storeAsCleaner(key, version, '0.0.9');

    await stackHandler(stack, { s3: versionedS3([version]) })(
      sqsEvent(versionMessage(key, version)),
      lambdaContext(),
    );

    expect((await storedRecord(stack, key))?.cleanerVersion).not.toBe('0.0.9');
  });
});

describe('issue 15 item 3: deterministic DynamoDB errors are recorded at once, not retried', () => {
  for (const code of ['ValidationException', 'ItemCollectionSizeLimitExceededException']) {
    it(`records DynamoDB's ${code} on PutItem as rejected record-refused on the first delivery`, async () => {
      const key = `refused/${code}.txt`;
      await stack.s3.send(new PutObjectCommand({ Bucket: INBOX, Key: key, Body: ARTICLE }));
      // DynamoDB answers the clean record's PutItem with the error (HTTP 400, as it does); dynalite
      // stores the rest. The SDK does not retry either error.
      const faults = new FaultyRequestHandler(
        { statusCode: 400, code, protocol: 'json' },
        1,
        dynamoOperation('PutItem'),
      );
      const message = sqsRecord(notification({ bucket: INBOX, key, size: Buffer.byteLength(ARTICLE) }));

      const response = await stackHandler(stack, { dynamo: { requestHandler: faults } })(
        sqsEvent(message),
        lambdaContext(),
      );

      expect(response.batchItemFailures).toEqual([]);
      expect(faults.attempts).toBe(2); // the refused record, then the rejected one
      expect(await storedRecord(stack, key)).toMatchObject({
        status: 'rejected',
        reason: 'record-refused',
        reasonDetail: expect.stringContaining(code),
      });
    });
  }

  it('still retries a throttled write (transient)', async () => {
    const key = 'refused/throttled.txt';
    await stack.s3.send(new PutObjectCommand({ Bucket: INBOX, Key: key, Body: ARTICLE }));
    const faults = new FaultyRequestHandler(
      { statusCode: 400, code: 'ProvisionedThroughputExceededException', protocol: 'json' },
      Number.POSITIVE_INFINITY,
      dynamoOperation('PutItem'),
    );
    const message = sqsRecord(notification({ bucket: INBOX, key, size: Buffer.byteLength(ARTICLE) }));

    const response = await stackHandler(stack, { dynamo: { requestHandler: faults, maxAttempts: 1 } })(
      sqsEvent(message),
      lambdaContext(),
    );

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: message.messageId }]);
    expect(await storedRecord(stack, key)).toBeUndefined();
  });
});

describe('issue 15 item 4: a deleted object is object-missing under the deployed role, not AccessDenied', () => {
  const role = deployedCleanerRole();
  const objects = { [`${role.prefix}present.txt`]: ARTICLE };

  it('records an object deleted before processing as object-missing on the first delivery', async () => {
    const key = `${role.prefix}deleted-before-processing.txt`;
    const message = sqsRecord(notification({ bucket: role.rawBucket, key, size: 300 }));

    const response = await stackHandler(stack, { s3: s3AsAws(role, objects) })(
      sqsEvent(message),
      lambdaContext(),
    );

    expect(response.batchItemFailures).toEqual([]);
    expect(await storedRecord(stack, key, role.rawBucket)).toMatchObject({
      status: 'rejected',
      reason: 'object-missing',
    });
  });

  it('records a deleted object version as object-missing too', async () => {
    const key = `${role.prefix}deleted-version.txt`;
    const message = sqsRecord(notification({ bucket: role.rawBucket, key, size: 300, versionId: 'v-gone' }));

    const response = await stackHandler(stack, { s3: s3AsAws(role, objects) })(
      sqsEvent(message),
      lambdaContext(),
    );

    expect(response.batchItemFailures).toEqual([]);
    expect(await storedRecord(stack, key, role.rawBucket)).toMatchObject({ reason: 'object-missing' });
  });

  it('cleans an object that is there, and retries a real AccessDenied (outside the readable prefix)', async () => {
    const present = sqsRecord(
      notification({ bucket: role.rawBucket, key: `${role.prefix}present.txt`, size: 300 }),
    );
    const denied = sqsRecord(
      notification({ bucket: role.rawBucket, key: 'elsewhere/secret.txt', size: 300 }),
    );

    const response = await stackHandler(stack, { s3: s3AsAws(role, objects) })(
      sqsEvent(present, denied),
      lambdaContext(),
    );

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: denied.messageId }]);
    expect(await storedRecord(stack, `${role.prefix}present.txt`, role.rawBucket)).toMatchObject({
      status: 'clean',
    });
  });
});

describe('issue 15 item 7: no orphans in the clean bucket', () => {
  /** An article of about `bytes` bytes whose body passes DynamoDB's 400 KB: offloaded to the clean bucket. */
  function longArticle(bytes: number, edition: string): string {
    const parts = [`A long report on the regional economy, ${edition}\n`];
    for (let index = 0; parts.join('').length < bytes; index++) {
      parts.push(
        `Paragraph ${index} of the ${edition}: officials said the ${index % 2 ? 'harbour' : 'rail'} project, which ` +
          `employs ${100 + (index % 900)} people, would finish in ${2026 + (index % 5)}, and residents described ` +
          'the work as slow but necessary for the town.\n\n',
      );
    }
    return parts.join('');
  }

  /** Objects under the record's part prefix (listed whole and filtered here: s3rver's Prefix is unreliable). */
  async function partsInCleanBucket(key: string): Promise<string[]> {
    const digest = createHash('sha256').update(recordId(INBOX, key)).digest('hex').slice(0, 40);
    const prefix = `${OFFLOAD_PREFIX}${digest}/`;
    const listed = await stack.s3.send(new ListObjectsV2Command({ Bucket: stack.names.cleanBucket }));
    return (listed.Contents ?? [])
      .map((object) => String(object.Key))
      .filter((name) => name.startsWith(prefix))
      .map((name) => `s3://${stack.names.cleanBucket}/${name}`)
      .sort();
  }

  it('leaves only the stored record’s parts after a duplicate, a stale and a newer delivery of big bodies', async () => {
    const key = 'orphans/big.txt';
    const v0: Version = {
      versionId: 'v0',
      sequencer: '0055AED6DCD90281E4',
      content: longArticle(450_000, 'first edition'),
    };
    const v1: Version = {
      versionId: 'v1',
      sequencer: '0055AED6DCD90281E5',
      content: longArticle(450_000, 'second edition'),
    };
    const v2: Version = {
      versionId: 'v2',
      sequencer: '0055AED6DCD90281E6',
      content: longArticle(450_000, 'third edition'),
    };
    const handler = stackHandler(stack, { s3: versionedS3([v0, v1, v2]) });
    const deliver = async (version: Version) => {
      const response = await handler(sqsEvent(versionMessage(key, version)), lambdaContext());
      expect(response.batchItemFailures).toEqual([]);
    };

    await deliver(v1);
    const first = await storedRecord(stack, key);
    await deliver(v1); // duplicate
    await deliver(v0); // stale: an older version arriving late
    expect(await partsInCleanBucket(key)).toEqual([String(first?.bodyLocation)]);
    await deliver(v2); // newer: replaces v1's record

    const record = await storedRecord(stack, key);
    expect(record).toMatchObject({
      versionId: 'v2',
      body: null,
      bodyLocation: expect.stringMatching(/^s3:/),
    });
    expect(await partsInCleanBucket(key)).toEqual([String(record?.bodyLocation)]);
  });
});

describe('issue 14 item 3: a per-record deadline', () => {
  // The real core, except that a document holding SLOW_MARKER spins forever in synchronous code.
  const slowCore = new WorkerCoreRunner({ entry: new URL('./slow-core-worker.ts', import.meta.url) });

  afterAll(async () => {
    await slowCore.close();
  });

  it('fails a record that cannot finish in the time left as too-slow, reports it for retry, loses no other', async () => {
    const version = (versionId: string, content: string): Version => ({
      versionId,
      sequencer: versionId.endsWith('2') ? '0055AED6DCD90281E6' : '0055AED6DCD90281E5',
      content,
    });
    const before = version('b1', V1_TEXT);
    const stuckV1 = version('s1', V1_TEXT);
    const stuckV2 = version('s2', `${V2_TEXT}\n${SLOW_MARKER}\n`);
    const after = version('a1', V2_TEXT);
    const s3 = versionedS3([before, stuckV1, stuckV2, after]);
    const options = { s3, core: slowCore, remainingTimeMarginMs: 1_500, deadlineMarginMs: 1_000 };
    await stackHandler(stack, options)(
      sqsEvent(versionMessage('deadline/stuck.txt', stuckV1)),
      lambdaContext(),
    );
    const messages = [
      versionMessage('deadline/before.txt', before),
      versionMessage('deadline/stuck.txt', stuckV2),
      versionMessage('deadline/after.txt', after),
    ];
    const end = Date.now() + 4_000; // the invocation's timeout
    const context = lambdaContext(() => end - Date.now());

    const response = await stackHandler(stack, options)(sqsEvent(...messages), context);

    const returnedAt = Date.now();
    expect(returnedAt).toBeLessThan(end); // the handler answered: the invocation was not killed
    expect(response.batchItemFailures.map((failure) => failure.itemIdentifier)).toEqual([
      messages[1]?.messageId,
      messages[2]?.messageId,
    ]);
    expect(await storedRecord(stack, 'deadline/before.txt')).toMatchObject({ status: 'clean' });
    const stuck = await storedRecord(stack, 'deadline/stuck.txt');
    expect(stuck).toMatchObject({ status: 'clean', versionId: 's1' }); // never over the older clean record
    expect(stuck?.failedVersion).toMatchObject({ versionId: 's2', reason: 'too-slow' });
    expect(await storedRecord(stack, 'deadline/after.txt')).toBeUndefined(); // deferred, not lost:

    const redelivered = await stackHandler(stack, options)(
      sqsEvent(sqsRecord(messages[2]?.body as string, { receiveCount: 2 })),
      lambdaContext(),
    );

    expect(redelivered.batchItemFailures).toEqual([]);
    expect(await storedRecord(stack, 'deadline/after.txt')).toMatchObject({ status: 'clean' });
  });

  it('leaves a failed too-slow record for a file with no clean record', async () => {
    const stuck: Version = {
      versionId: 'x1',
      sequencer: '0055AED6DCD90281E5',
      content: `${V1_TEXT}${SLOW_MARKER}`,
    };
    const end = Date.now() + 2_500;

    const response = await stackHandler(stack, {
      s3: versionedS3([stuck]),
      core: slowCore,
      remainingTimeMarginMs: 1_500,
      deadlineMarginMs: 1_000,
    })(
      sqsEvent(versionMessage('deadline/only.txt', stuck)),
      lambdaContext(() => end - Date.now()),
    );

    expect(response.batchItemFailures).toHaveLength(1);
    expect(await storedRecord(stack, 'deadline/only.txt')).toMatchObject({
      status: 'failed',
      reason: 'too-slow',
      error: expect.stringContaining('TooSlowError'),
    });
  });
});

describe('a core that runs out of memory', () => {
  // The real core, except that a document holding HUNGRY_MARKER allocates until the capped heap runs out.
  const cappedCore = new WorkerCoreRunner({
    entry: new URL('./slow-core-worker.ts', import.meta.url),
    heapLimitMb: 64,
  });

  afterAll(async () => {
    await cappedCore.close();
  });

  it('fails that record as out-of-memory, reports it for retry, and cleans the rest of the batch', async () => {
    const version = (versionId: string, content: string): Version => ({
      versionId,
      sequencer: '0055AED6DCD90281E5',
      content,
    });
    const hungry = version('h1', `${V1_TEXT}\n${HUNGRY_MARKER}\n`);
    const after = version('h2', V2_TEXT);
    const messages = [versionMessage('memory/hungry.txt', hungry), versionMessage('memory/after.txt', after)];

    const response = await stackHandler(stack, { s3: versionedS3([hungry, after]), core: cappedCore })(
      sqsEvent(...messages),
      lambdaContext(),
    );

    expect(response.batchItemFailures.map((failure) => failure.itemIdentifier)).toEqual([
      messages[0]?.messageId,
    ]);
    expect(await storedRecord(stack, 'memory/hungry.txt')).toMatchObject({
      status: 'failed',
      reason: 'out-of-memory',
      error: expect.stringContaining('OutOfMemoryError'),
    });
    expect(await storedRecord(stack, 'memory/after.txt')).toMatchObject({ status: 'clean' });
  });
});

describe("DynamoDB's rules were applied", () => {
  it('checked every write of this file against them', () => {
    expect(TOTALS.checked).toBeGreaterThan(0);
  });
});
