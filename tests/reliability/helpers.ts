/** Builders shared by the reliability tests: S3 notifications, SQS records, Lambda contexts, handlers. */
import './quiet.ts';
import { randomUUID } from 'node:crypto';
import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { getRecord } from '../../functions/cli/queries.ts';
import { createDocumentClient, createS3Client } from '../../functions/handler/clients.ts';
import type { CoreRunner } from '../../functions/handler/core-runner.ts';
import { createHandler, type HandlerDeps, type SqsHandler } from '../../functions/handler/handler.ts';
import { recordId } from '../../functions/handler/record-item.ts';
import { encodeS3Key } from '../../functions/handler/s3-event.ts';
import { MAX_INPUT_BYTES_DEFAULT, MAX_RECEIVE_COUNT } from '../../functions/shared/definitions.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/local-stack.ts';
import { DynamoRulesRequestHandler } from './dynamo-rules.ts';

export interface S3RecordSpec {
  bucket: string;
  key: string;
  /** Use this exact (already encoded) key in the event instead of encoding `key`. */
  rawKey?: string;
  size?: number;
  versionId?: string;
  sequencer?: string;
  eventName?: string;
  eventVersion?: string;
}

export function s3Record(spec: S3RecordSpec): Record<string, unknown> {
  return {
    eventVersion: spec.eventVersion ?? '2.1',
    eventSource: 'aws:s3',
    awsRegion: 'us-east-1',
    eventTime: '2026-01-01T00:00:00.000Z',
    eventName: spec.eventName ?? 'ObjectCreated:Put',
    s3: {
      s3SchemaVersion: '1.0',
      bucket: { name: spec.bucket, arn: `arn:aws:s3:::${spec.bucket}` },
      object: {
        key: spec.rawKey ?? encodeS3Key(spec.key),
        size: spec.size ?? 100,
        eTag: 'etag',
        ...(spec.versionId ? { versionId: spec.versionId } : {}),
        sequencer: spec.sequencer ?? '0055AED6DCD90281E5',
      },
    },
  };
}

export function notification(...records: S3RecordSpec[]): string {
  return JSON.stringify({ Records: records.map(s3Record) });
}

export function sqsRecord(
  body: string,
  options: { messageId?: string; receiveCount?: number } = {},
): SQSRecord {
  const messageId = options.messageId ?? randomUUID();
  return {
    messageId,
    receiptHandle: `handle-${messageId}`,
    body,
    attributes: {
      ApproximateReceiveCount: String(options.receiveCount ?? 1),
      SentTimestamp: '0',
      SenderId: 'TEST',
      ApproximateFirstReceiveTimestamp: '0',
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:copydesk-test-events',
    awsRegion: 'us-east-1',
  };
}

export function sqsEvent(...records: SQSRecord[]): SQSEvent {
  return { Records: records };
}

/** A Lambda context whose remaining time is whatever `remaining()` says. */
export function lambdaContext(remaining: () => number = () => 60_000): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'copydesk-test-cleaner',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:copydesk-test-cleaner',
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: '/aws/lambda/copydesk-test-cleaner',
    logStreamName: 'test',
    getRemainingTimeInMillis: remaining,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

export interface HandlerOverrides {
  s3?: S3Client;
  dynamo?: DynamoDBClientConfig;
  maxInputBytes?: number;
  remainingTimeMarginMs?: number;
  deadlineMarginMs?: number;
  /** Where the core runs (default: the process's shared worker). */
  core?: CoreRunner;
}

/**
 * Dependencies pointing at a running local stack (the handler's env is set by startLocalStack). Every
 * DynamoDB request goes through DynamoDB's item and key rules first (dynamo-rules.ts): dynalite does not
 * check them, and an item DynamoDB would refuse must fail the test here, not in production.
 */
export function stackDeps(stack: LocalStack, overrides: HandlerOverrides = {}): HandlerDeps {
  const s3 = overrides.s3 ?? createS3Client();
  const inner = overrides.dynamo?.requestHandler as ConstructorParameters<
    typeof DynamoRulesRequestHandler
  >[0];
  return {
    s3,
    maxInputBytes: overrides.maxInputBytes ?? MAX_INPUT_BYTES_DEFAULT,
    remainingTimeMarginMs: overrides.remainingTimeMarginMs ?? 1_000,
    deadlineMarginMs: overrides.deadlineMarginMs ?? 500,
    ...(overrides.core ? { core: overrides.core } : {}),
    maxReceiveCount: MAX_RECEIVE_COUNT,
    store: {
      ddb: createDocumentClient({
        ...overrides.dynamo,
        requestHandler: new DynamoRulesRequestHandler(inner ?? undefined),
      }),
      s3: createS3Client(),
      table: stack.names.table,
      cleanBucket: stack.names.cleanBucket,
    },
  };
}

export function stackHandler(stack: LocalStack, overrides: HandlerOverrides = {}): SqsHandler {
  const deps = stackDeps(stack, overrides);
  return createHandler(() => deps);
}

export async function scanAll(stack: LocalStack): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await stack.documents.send(
      new ScanCommand({ TableName: stack.names.table, ConsistentRead: true, ExclusiveStartKey: start }),
    );
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

export function failedIds(response: { batchItemFailures: { itemIdentifier: string }[] }): string[] {
  return response.batchItemFailures.map((failure) => failure.itemIdentifier).sort();
}

export const ARTICLE =
  'A reliable pipeline keeps every file\n\n' +
  'The first paragraph of the article explains, in plain words, what happened on Monday in the city.\n\n' +
  'A second paragraph adds the context a reader needs, with a quote from an official who was there.\n';

/** No lone surrogate anywhere (String.prototype.isWellFormed, which this TS lib setting does not type). */
export function isWellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/** A record's declared day ("2024-02-29"; not "2023-02-29" or "2024-00-00"), not after `now`. */
export function isRealPastDay(value: string, now = new Date()): boolean {
  const day = value.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day && parsed <= now;
}

/** A record's name or value: trimmed, non-empty, without control characters or lone surrogates. */
export function isCleanString(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value === value.trim() &&
    isWellFormed(value) &&
    !/[^\P{Cc}\t\n\r]/u.test(value)
  );
}

/** Objects of the reliability tests live in a bucket outside the notification filter, so only the events
 * a test sends itself reach the handler. */
export const INBOX = 'copydesk-test-inbox';

/** A throwaway local stack with the inbox bucket created. */
export async function startInboxStack(): Promise<LocalStack> {
  const stack = await startLocalStack();
  await stack.s3.send(new CreateBucketCommand({ Bucket: INBOX }));
  return stack;
}

/** The record stored for an object (read as `copydesk show` reads it), undefined when there is none. */
export async function storedRecord(stack: LocalStack, key: string, bucket: string = INBOX) {
  return (await getRecord(stack.documents, stack.names.table, recordId(bucket, key))) ?? undefined;
}

/** A 1,024-byte key (S3's maximum), in path segments short enough for s3rver's file system. */
export function longestKey(prefix = 'raw/'): string {
  let key = prefix;
  while (Buffer.byteLength(key) < 1024 - 200 - 4) key += `${'x'.repeat(200)}/`;
  const tail = 'y'.repeat(1024 - Buffer.byteLength(key) - 4);
  return `${key}${tail}.txt`;
}
