/**
 * The local stand-in for S3 notifications → SQS → Lambda. It turns s3rver's events into real S3 event
 * notifications (URL-encoded key with `+` for a space, a real bucket ARN, a monotonic sequencer, the
 * stack's prefix/suffix filter applied), delivers them in SQS-shaped batches to the real handler, and
 * retries the messages the handler reports as failed, as SQS would, until maxReceiveCount; then the
 * message goes to a local dead-letter store.
 */
import { randomUUID } from 'node:crypto';
import type { Context, S3EventRecord, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { createdObjectRecord } from '../../functions/handler/s3-event.ts';
import { matchesEventFilter } from '../../functions/shared/definitions.ts';
import type { DeadLetter, DeadLetterStore } from './dead-letters.ts';
import { messageContents } from './messages.ts';

export type LambdaHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

export interface BridgeOptions {
  rawBucket: string;
  prefix: string;
  suffixes: readonly string[];
  handler: LambdaHandler;
  deadLetters: DeadLetterStore;
  queueName: string;
  region: string;
  batchSize: number;
  maxReceiveCount: number;
  /** How long the bridge waits to fill a batch, like the event source's batching window. */
  batchWindowMs?: number;
  /** Simulated Lambda timeout, for the context's remaining time. */
  functionTimeoutMs?: number;
  /** Called after each delivered batch with its messages and the ids the handler reported as failed. */
  onBatch?: (batch: { event: SQSEvent; failedIds: ReadonlySet<string> }) => void | Promise<void>;
  /** Called when a message is moved to the dead-letter store. */
  onDeadLetter?: (letter: DeadLetter) => void | Promise<void>;
  /** Called for an object created in the raw bucket that the notification filter does not pass. */
  onFiltered?: (upload: { key: string; reason: string }) => void;
}

/** Minimal shape of the records s3rver emits (keys not encoded, ARN malformed). */
export interface EmulatorEventRecord {
  eventName: string;
  eventTime: string;
  s3: { bucket: { name: string }; object: { key: string; size?: number; eTag?: string } };
}

interface QueuedMessage {
  messageId: string;
  body: string;
  receiveCount: number;
  firstSentAt: number;
}

export class LocalBridge {
  private readonly queue: QueuedMessage[] = [];
  private running: Promise<void> | null = null;
  private sequence = 0;
  private lastSequencerTime = 0;

  constructor(private readonly options: BridgeOptions) {}

  /** Feed an emulator event; returns whether it passed the notification filter. */
  notify(record: EmulatorEventRecord): boolean {
    const { bucket, object } = record.s3;
    if (bucket.name !== this.options.rawBucket) return false;
    if (!record.eventName.startsWith('ObjectCreated:')) return false;
    const { prefix, suffixes } = this.options;
    if (!matchesEventFilter(object.key, prefix, suffixes)) {
      const reason = object.key.startsWith(prefix)
        ? `its name does not end in ${suffixes.join(', ')}`
        : `it is not under the prefix ${prefix}`;
      this.options.onFiltered?.({ key: object.key, reason });
      return false;
    }
    this.send(JSON.stringify({ Records: [this.toS3Record(record)] }));
    return true;
  }

  /** Put a message on the local queue, as `SendMessage` would (used by notify and by reprocess/redrive). */
  send(body: string): string {
    const messageId = randomUUID();
    this.queue.push({ messageId, body, receiveCount: 0, firstSentAt: Date.now() });
    this.schedule();
    return messageId;
  }

  /** Resolves when the queue is empty and no batch is in flight. */
  async drain(): Promise<void> {
    while (this.running || this.queue.length > 0) {
      this.schedule();
      await this.running;
    }
  }

  private schedule(): void {
    if (this.running) return;
    this.running = this.pump().finally(() => {
      this.running = null;
      if (this.queue.length > 0) this.schedule();
    });
  }

  private async pump(): Promise<void> {
    const windowMs = this.options.batchWindowMs ?? 20;
    if (windowMs > 0 && this.queue.length < this.options.batchSize) await sleep(windowMs);
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.batchSize);
      await this.deliver(batch);
    }
  }

  private async deliver(batch: QueuedMessage[]): Promise<void> {
    for (const message of batch) message.receiveCount += 1;
    const event: SQSEvent = { Records: batch.map((message) => this.toSqsRecord(message)) };
    let failedIds: Set<string>;
    let error: string;
    try {
      const response = await this.options.handler(event, this.context());
      failedIds = new Set((response?.batchItemFailures ?? []).map((failure) => failure.itemIdentifier));
      error = 'reported as a batch item failure by the handler';
    } catch (thrown) {
      // A thrown handler fails the whole batch, as in Lambda.
      failedIds = new Set(batch.map((message) => message.messageId));
      error = `handler threw: ${(thrown as Error).message}`;
    }
    await this.options.onBatch?.({ event, failedIds });
    for (const message of batch) {
      if (!failedIds.has(message.messageId)) continue;
      if (message.receiveCount >= this.options.maxReceiveCount) {
        const letter: DeadLetter = {
          messageId: message.messageId,
          body: message.body,
          receiveCount: message.receiveCount,
          // A message the handler cannot read says why, instead of the generic failure.
          lastError: messageContents(message.body).problem ?? error,
          deadLetteredAt: new Date().toISOString(),
        };
        await this.options.deadLetters.add(letter);
        await this.options.onDeadLetter?.(letter);
      } else {
        this.queue.push(message);
      }
    }
  }

  private toS3Record(record: EmulatorEventRecord): S3EventRecord {
    const { bucket, object } = record.s3;
    return createdObjectRecord({
      bucket: bucket.name,
      key: object.key,
      size: object.size ?? 0,
      eTag: object.eTag ?? '',
      sequencer: this.nextSequencer(),
      eventName: record.eventName as `ObjectCreated:${string}`,
      eventTime: record.eventTime,
      region: this.options.region,
      origin: 'copydesk-local',
    }) as S3EventRecord;
  }

  /** Strictly increasing hex sequencers (s3rver's are a millisecond clock and can repeat). */
  private nextSequencer(): string {
    const now = Math.max(Date.now(), this.lastSequencerTime);
    if (now !== this.lastSequencerTime) this.sequence = 0;
    this.lastSequencerTime = now;
    this.sequence += 1;
    return `${now.toString(16).toUpperCase().padStart(12, '0')}${this.sequence.toString(16).toUpperCase().padStart(6, '0')}`;
  }

  private toSqsRecord(message: QueuedMessage): SQSRecord {
    return {
      messageId: message.messageId,
      receiptHandle: `local-${message.messageId}-${message.receiveCount}`,
      body: message.body,
      attributes: {
        ApproximateReceiveCount: String(message.receiveCount),
        SentTimestamp: String(message.firstSentAt),
        SenderId: 'LOCAL',
        ApproximateFirstReceiveTimestamp: String(message.firstSentAt),
      },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: `arn:aws:sqs:${this.options.region}:000000000000:${this.options.queueName}`,
      awsRegion: this.options.region,
    };
  }

  private context(): Context {
    const deadline = Date.now() + (this.options.functionTimeoutMs ?? 60_000);
    return {
      callbackWaitsForEmptyEventLoop: false,
      functionName: 'copydesk-local-cleaner',
      functionVersion: '$LATEST',
      invokedFunctionArn: `arn:aws:lambda:${this.options.region}:000000000000:function:copydesk-local-cleaner`,
      memoryLimitInMB: '1024',
      awsRequestId: randomUUID(),
      logGroupName: '/aws/lambda/copydesk-local-cleaner',
      logStreamName: 'local',
      getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
      done: () => undefined,
      fail: () => undefined,
      succeed: () => undefined,
    };
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
