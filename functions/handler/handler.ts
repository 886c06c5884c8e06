/**
 * Lambda entry point: an SQS batch of S3 event notifications. Thin: parse each message, process every
 * S3 record in it (never just Records[0]), report partial batch failures so one bad message never fails
 * its neighbours. The work itself is in process-object.ts and the pure core.
 *
 * Messages are processed one after another (not in parallel): one document in memory at a time, and
 * the remaining-time guard can stop cleanly before the next record. Each record has a deadline (the
 * invocation's remaining time minus a margin); the core runs in a worker thread that the deadline stops,
 * so a record too slow to finish becomes a `failed` / `too-slow` record and a batch item failure, never
 * a killed invocation. See the README, "Reliability".
 */

import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { METRICS } from '../shared/definitions.ts';
import { createDocumentClient, createS3Client } from './clients.ts';
import { readConfig } from './config.ts';
import { OutOfMemoryError, TooSlowError } from './core-runner.ts';
import {
  type ProcessDeps,
  type ProcessOutcome,
  processObject,
  recordBadKey,
  recordFailed,
} from './process-object.ts';
import { parseMessageBody, type S3ObjectRef } from './s3-event.ts';

const logger = new Logger({ serviceName: METRICS.service });
const metrics = new Metrics({ namespace: METRICS.namespace, serviceName: METRICS.service });

export interface HandlerDeps extends ProcessDeps {
  /** Do not start an S3 record with less than this many milliseconds left. */
  remainingTimeMarginMs: number;
  /**
   * A record must be fetched and cleaned by (remaining time − this): what is left after its deadline
   * writes its `failed` record and returns the batch response.
   */
  deadlineMarginMs: number;
  /** On this delivery of a message (SQS ApproximateReceiveCount), failures leave `failed` records. */
  maxReceiveCount: number;
}

export type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

/** Thrown for an S3 record not started because the invocation is about to time out. */
export class OutOfTimeError extends Error {
  override name = 'OutOfTimeError';
}

/** A message some of whose S3 records failed: the whole message is retried (the rest are no-ops then). */
export class MessageFailedError extends Error {
  override name = 'MessageFailedError';
}

interface Invocation {
  context: Context;
  deps: HandlerDeps;
  /** Set once the guard trips: every later record of the batch is deferred too. */
  outOfTime: boolean;
}

/** Build the handler around its dependencies (tests pass clients with fault-injecting request handlers). */
export function createHandler(getDeps: () => HandlerDeps): SqsHandler {
  const processor = new BatchProcessor(EventType.SQS);
  return async (event, context) => {
    logger.addContext(context);
    // Outside the batch: a misconfigured function fails the invocation at once, not message by message.
    const invocation: Invocation = { context, deps: getDeps(), outOfTime: false };
    try {
      return await processPartialResponse(
        event,
        (message: SQSRecord) => handleMessage(message, invocation),
        processor,
        {
          context,
          processInParallel: false,
          // A batch where every message failed is still reported item by item, not thrown.
          throwOnFullBatchFailure: false,
        },
      );
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}

let defaultDeps: HandlerDeps | undefined;

function productionDeps(): HandlerDeps {
  if (!defaultDeps) {
    const config = readConfig();
    // One S3 client for reading raw objects and writing offloaded bodies: one connection pool, one set-up.
    const s3 = createS3Client();
    defaultDeps = {
      s3,
      maxInputBytes: config.maxInputBytes,
      remainingTimeMarginMs: config.remainingTimeMarginMs,
      deadlineMarginMs: config.deadlineMarginMs,
      maxReceiveCount: config.maxReceiveCount,
      store: {
        ddb: createDocumentClient(),
        s3,
        table: config.table,
        cleanBucket: config.cleanBucket,
      },
    };
  }
  return defaultDeps;
}

export const handler: SqsHandler = createHandler(productionDeps);

async function handleMessage(message: SQSRecord, invocation: Invocation): Promise<void> {
  try {
    await processMessage(message, invocation);
  } catch (error) {
    // Logged here, rethrown for the batch processor: the message is reported failed and retried by SQS.
    logger.error('message failed', { messageId: message.messageId, error: error as Error });
    throw error;
  }
}

async function processMessage(message: SQSRecord, invocation: Invocation): Promise<void> {
  const { deps } = invocation;
  const parsed = parseMessageBody(message.body);
  if (parsed.kind === 'test-event') {
    logger.info('s3:TestEvent acknowledged', { messageId: message.messageId });
    return;
  }
  const failures: Failure[] = [];
  for (const entry of parsed.entries) {
    if (entry.kind === 'ignored') {
      logger.info('event ignored', {
        messageId: message.messageId,
        eventName: entry.eventName,
        reason: entry.reason,
      });
      continue;
    }
    const remaining = remainingMs(invocation.context);
    if (
      invocation.outOfTime ||
      remaining < deps.remainingTimeMarginMs ||
      remaining <= deps.deadlineMarginMs
    ) {
      invocation.outOfTime = true;
      metrics.addMetric('RecordsDeferred', MetricUnit.Count, 1);
      failures.push({
        object: entry.object,
        error: new OutOfTimeError(
          `not started: under ${deps.remainingTimeMarginMs} ms left in the invocation`,
        ),
      });
      continue;
    }
    const started = performance.now();
    const deadline = Date.now() + remaining - deps.deadlineMarginMs;
    try {
      const outcome =
        entry.kind === 'bad-key'
          ? await recordBadKey(entry.object, entry.detail, deps)
          : await processObject(entry.object, deps, deadline);
      recordMetrics(message, outcome, performance.now() - started);
    } catch (error) {
      if (error instanceof TooSlowError) {
        // Its time is spent, and so is the invocation's: defer the rest, record this one now.
        invocation.outOfTime = true;
        await leaveFailedNow(entry.object, error, message, deps, 'too-slow');
        failures.push({ object: entry.object, error, recorded: true });
        continue;
      }
      if (error instanceof OutOfMemoryError) {
        // Only the core's worker died: record this one now and go on with the others.
        await leaveFailedNow(entry.object, error, message, deps, 'out-of-memory');
        failures.push({ object: entry.object, error, recorded: true });
        continue;
      }
      // Go on with the message's other records: their writes are idempotent when the message comes back.
      failures.push({ object: entry.object, error: error as Error });
    }
  }
  if (failures.length === 0) return;

  const receiveCount = receiveCountOf(message);
  if (receiveCount >= deps.maxReceiveCount) {
    await leaveFailedRecords(
      failures.filter((failure) => !failure.recorded),
      receiveCount,
      deps,
    );
  }
  metrics.addMetric('DocumentsFailed', MetricUnit.Count, failures.length);
  const first = failures[0]!;
  throw new MessageFailedError(
    `${failures.length} of ${parsed.entries.length} record(s) failed; first: s3://${first.object.bucket}/${first.object.key}: ${describe(first.error)}`,
    { cause: first.error },
  );
}

/** A record of a message that did not succeed; `recorded`: its failed record is already written. */
interface Failure {
  object: S3ObjectRef;
  error: Error;
  recorded?: boolean;
}

function receiveCountOf(message: SQSRecord): number {
  return Number(message.attributes?.ApproximateReceiveCount ?? '1');
}

/**
 * A record past its deadline (`too-slow`) or whose core ran out of memory (`out-of-memory`): a `failed` record
 * at once (on every delivery, so the file shows as failed while SQS retries it), never over a clean record
 * (record-store.ts).
 */
async function leaveFailedNow(
  object: S3ObjectRef,
  error: Error,
  message: SQSRecord,
  deps: HandlerDeps,
  reason: 'too-slow' | 'out-of-memory',
): Promise<void> {
  metrics.addMetric(reason === 'too-slow' ? 'RecordsTooSlow' : 'RecordsOutOfMemory', MetricUnit.Count, 1);
  const receiveCount = receiveCountOf(message);
  if (receiveCount >= deps.maxReceiveCount) metrics.addMetric(METRICS.failed, MetricUnit.Count, 1);
  try {
    const write = await recordFailed(object, describe(error), receiveCount, deps, reason);
    logger.warn(`record ${reason}: failed record written, message retried`, {
      bucket: object.bucket,
      key: object.key,
      write,
    });
  } catch (writeError) {
    logger.error(`could not write the ${reason} record`, { key: object.key, error: writeError as Error });
  }
}

/** Best effort: the message goes to the DLQ whether or not these writes succeed. */
async function leaveFailedRecords(
  failures: Failure[],
  receiveCount: number,
  deps: HandlerDeps,
): Promise<void> {
  for (const { object, error } of failures) {
    try {
      metrics.addMetric(METRICS.failed, MetricUnit.Count, 1);
      const write = await recordFailed(object, describe(error), receiveCount, deps);
      logger.warn('failed record left for the dead-letter queue', {
        bucket: object.bucket,
        key: object.key,
        write,
      });
    } catch (writeError) {
      logger.error('could not write the failed record', { key: object.key, error: writeError as Error });
    }
  }
}

function recordMetrics(message: SQSRecord, outcome: ProcessOutcome, durationMs: number): void {
  logger.info('object processed', { messageId: message.messageId, ...outcome, durationMs });
  metrics.addMetric(outcome.status === 'clean' ? METRICS.cleaned : METRICS.rejected, MetricUnit.Count, 1);
  metrics.addMetric('LinesRemoved', MetricUnit.Count, outcome.linesRemoved);
  metrics.addMetric('BytesIn', MetricUnit.Bytes, outcome.bytesIn);
  metrics.addMetric('BytesOut', MetricUnit.Bytes, outcome.bytesOut);
  metrics.addMetric('ProcessingDuration', MetricUnit.Milliseconds, durationMs);
}

function remainingMs(context: Context): number {
  return typeof context?.getRemainingTimeInMillis === 'function'
    ? context.getRemainingTimeInMillis()
    : Number.POSITIVE_INFINITY;
}

function describe(error: Error): string {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return `${error.name}${status ? ` (HTTP ${status})` : ''}: ${error.message}`;
}
