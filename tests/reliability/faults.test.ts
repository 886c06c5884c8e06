/**
 * DynamoDB throttling under the real SDK (a fault-injecting request handler in front of dynalite, so
 * the SDK's own retries run), and what the SQS-shaped bridge does with a message that keeps failing.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_RECEIVE_COUNT } from '../../functions/shared/definitions.ts';
import { LocalBridge } from '../../infra/local/bridge.ts';
import { memoryDeadLetters } from '../../infra/local/dead-letters.ts';
import type { LocalStack } from '../../infra/local/local-stack.ts';
import { DYNAMO_THROTTLE, dynamoOperation, FaultyRequestHandler } from './faulty-handler.ts';
import {
  ARTICLE,
  failedIds,
  INBOX,
  lambdaContext,
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

async function upload(key: string): Promise<string> {
  await stack.s3.send(new PutObjectCommand({ Bucket: INBOX, Key: key, Body: ARTICLE }));
  return notification({ bucket: INBOX, key, size: Buffer.byteLength(ARTICLE) });
}

function bridgeWith(faults: FaultyRequestHandler) {
  const deadLetters = memoryDeadLetters();
  const bridge = new LocalBridge({
    rawBucket: stack.names.rawBucket,
    prefix: stack.prefix,
    suffixes: stack.suffixes,
    handler: stackHandler(stack, { dynamo: { requestHandler: faults } }),
    deadLetters,
    queueName: 'copydesk-test-events',
    region: 'us-east-1',
    batchSize: 10,
    maxReceiveCount: MAX_RECEIVE_COUNT,
    batchWindowMs: 0,
  });
  return { bridge, deadLetters };
}

describe('DynamoDB throttling', () => {
  it('writes one record after three attempts when throttled twice', async () => {
    const body = await upload('throttle/twice.txt');
    const faults = new FaultyRequestHandler(DYNAMO_THROTTLE, 2, dynamoOperation('PutItem'));

    const response = await stackHandler(stack, { dynamo: { requestHandler: faults } })(
      sqsEvent(sqsRecord(body)),
      lambdaContext(),
    );

    console.log(`[reliability] throttled twice: record written on attempt ${faults.attempts}`);
    expect(response.batchItemFailures).toEqual([]);
    expect(faults.attempts).toBe(3);
    expect(await storedRecord(stack, 'throttle/twice.txt')).toMatchObject({ status: 'clean' });
  });

  it('reports the message failed when throttled without end, so SQS retries it later', async () => {
    const body = await upload('throttle/forever.txt');
    const message = sqsRecord(body);
    const faults = new FaultyRequestHandler(
      DYNAMO_THROTTLE,
      Number.POSITIVE_INFINITY,
      dynamoOperation('PutItem'),
    );

    const response = await stackHandler(stack, { dynamo: { requestHandler: faults } })(
      sqsEvent(message),
      lambdaContext(),
    );

    expect(failedIds(response)).toEqual([message.messageId]);
    expect(await storedRecord(stack, 'throttle/forever.txt')).toBeUndefined();
  });

  it('completes a message on a later delivery once throttling stops (the bridge redelivers like SQS)', async () => {
    const body = await upload('throttle/later.txt');
    // Two whole deliveries (3 SDK attempts each) throttled, then DynamoDB recovers.
    const faults = new FaultyRequestHandler(DYNAMO_THROTTLE, 6, dynamoOperation('PutItem'));
    const { bridge, deadLetters } = bridgeWith(faults);

    bridge.send(body);
    await bridge.drain();

    expect(await storedRecord(stack, 'throttle/later.txt')).toMatchObject({ status: 'clean' });
    expect(await deadLetters.list()).toEqual([]);
  });

  it('keeps a message that never succeeds in the dead-letter store after maxReceiveCount deliveries', async () => {
    const body = await upload('throttle/dead.txt');
    const faults = new FaultyRequestHandler(
      DYNAMO_THROTTLE,
      Number.POSITIVE_INFINITY,
      dynamoOperation('PutItem'),
    );
    const { bridge, deadLetters } = bridgeWith(faults);

    bridge.send(body);
    await bridge.drain();

    const letters = await deadLetters.list();
    console.log(
      `[reliability] throttled without end: ${faults.attempts} PutItem attempts (the SDK's retries, ${letters[0]?.receiveCount} deliveries and the failed-record write), then the dead-letter store`,
    );
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ body, receiveCount: MAX_RECEIVE_COUNT });
  });
});
