/**
 * One S3 object through the pipeline: fetch that exact version, run the pure core, write the record.
 * Deterministic problems (empty, too large, deleted before processing, malformed key, a record DynamoDB
 * refuses as invalid) become rejected records on the first delivery; anything else throws so that SQS
 * retries the message.
 */
import { GetObjectCommand, type GetObjectCommandOutput, NoSuchKey, type S3Client } from '@aws-sdk/client-s3';
import { charsetOfContentType } from '../core/layout/charset.ts';
import { rejectTooLarge } from '../core/rejected.ts';
import { CLEANER_VERSION } from '../core/version.ts';
import { type CoreRunner, type RunnerRecord, sharedCoreRunner, TooSlowError } from './core-runner.ts';
import { PreparedList } from './prepared-list.ts';
import {
  cutAtCodePoint,
  FAILED_REASON,
  type FailedReason,
  failedItem,
  MAX_ERROR_CHARS,
  type RecordItem,
  rejectedItem,
  toItem,
} from './record-item.ts';
import { type RecordStore, type WriteOutcome, writeFailedRecord, writeRecord } from './record-store.ts';
import type { S3ObjectRef } from './s3-event.ts';

export interface ProcessDeps {
  s3: S3Client;
  store: RecordStore;
  maxInputBytes: number;
  now?: () => Date;
  /** Where the core runs (default: the process's worker thread, which a deadline can stop). */
  core?: CoreRunner;
}

export interface ProcessOutcome {
  id: string;
  status: string;
  reason: string | null;
  write: WriteOutcome;
  bytesIn: number;
  bytesOut: number;
  linesRemoved: number;
}

/**
 * `deadline` (epoch ms): the fetch and the core must be done by then, else TooSlowError (the record is
 * `failed` / `too-slow` and its message retried); the write that follows has the margin after it.
 */
export async function processObject(
  object: S3ObjectRef,
  deps: ProcessDeps,
  deadline = Number.POSITIVE_INFINITY,
): Promise<ProcessOutcome> {
  const processedAt = timestamp(deps);
  const core = await cleanObject(object, deps, deadline);
  const item =
    'handlerReject' in core
      ? rejectedItem(object, core.handlerReject, core.detail, ownRecordContext(processedAt))
      : toItem(object, core.record, { processedAt, url: core.url });
  return writeOrRecordRefusal(object, item, deps, 'handlerReject' in core ? 0 : core.bytesIn);
}

/**
 * DynamoDB errors that say the item itself is unacceptable: every delivery would meet them again, so
 * the object gets a rejected `record-refused` record at once instead of five deliveries and a dead letter.
 */
const DETERMINISTIC_WRITE_ERRORS = new Set([
  'ValidationException',
  'ItemCollectionSizeLimitExceededException',
]);

export function isDeterministicWriteError(error: unknown): boolean {
  return DETERMINISTIC_WRITE_ERRORS.has(String((error as { name?: string })?.name));
}

async function writeOrRecordRefusal(
  object: S3ObjectRef,
  item: RecordItem,
  deps: ProcessDeps,
  bytesIn: number,
): Promise<ProcessOutcome> {
  try {
    return summarise(item, await writeRecord(deps.store, item), bytesIn);
  } catch (error) {
    if (!isDeterministicWriteError(error)) throw error;
    const { name, message } = error as Error;
    const refusal = rejectedItem(
      object,
      'record-refused',
      cutAtCodePoint(`DynamoDB refused the record: ${name}: ${message}`, MAX_ERROR_CHARS),
      ownRecordContext(String(item.processedAt)),
    );
    // If even this small record is refused, the error propagates: retried, then the dead-letter queue.
    return summarise(refusal, await writeRecord(deps.store, refusal), bytesIn);
  }
}

/** Process an entry whose key could not be decoded: recorded as rejected under the raw key. */
export async function recordBadKey(
  object: S3ObjectRef,
  detail: string,
  deps: ProcessDeps,
): Promise<ProcessOutcome> {
  const item = rejectedItem(object, 'bad-key', detail, ownRecordContext(timestamp(deps)));
  return writeOrRecordRefusal(object, item, deps, 0);
}

/**
 * The message holding this object is on its last delivery and still failing: leave a `failed` record
 * (never over a newer or finished one) so the file shows up as failed while its message waits in the DLQ.
 */
export async function recordFailed(
  object: S3ObjectRef,
  error: string,
  receiveCount: number,
  deps: ProcessDeps,
  reason: FailedReason = FAILED_REASON,
): Promise<WriteOutcome> {
  const item = failedItem(object, error, receiveCount, ownRecordContext(timestamp(deps)), reason);
  return writeFailedRecord(deps.store, item);
}

function timestamp(deps: ProcessDeps): string {
  return (deps.now ?? (() => new Date()))().toISOString();
}

/** Context of a record the handler writes without the core's output: no source URL, this cleaner. */
function ownRecordContext(processedAt: string) {
  return { processedAt, url: null, cleanerVersion: CLEANER_VERSION };
}

type Cleaned =
  | { record: RunnerRecord; url: string | null; bytesIn: number }
  | { handlerReject: 'object-missing'; detail: string };

async function cleanObject(object: S3ObjectRef, deps: ProcessDeps, deadline: number): Promise<Cleaned> {
  const core = deps.core ?? sharedCoreRunner();
  // Decide from the event's size first: no download for empty or oversized objects. (The main thread loads no
  // core: the empty object's record comes from the core's worker too.)
  if (object.size === 0) {
    const record = await core.run({ bytes: new Uint8Array(), hints: {}, options: {} }, deadline);
    return { record, url: null, bytesIn: 0 };
  }
  if (object.size !== null && object.size > deps.maxInputBytes) {
    return { record: rejectTooLarge(object.size, deps.maxInputBytes), url: null, bytesIn: 0 };
  }
  // The worker starts (a thread, the core's code compiled: ~0.1 s) while the object downloads.
  core.warm?.();
  let response: GetObjectCommandOutput;
  const fetching = deadlineSignal(deadline);
  try {
    response = await deps.s3.send(
      new GetObjectCommand({
        Bucket: object.bucket,
        Key: object.key,
        ...(object.versionId ? { VersionId: object.versionId } : {}),
      }),
      fetching.signal ? { abortSignal: fetching.signal } : {},
    );
  } catch (error) {
    fetching.done();
    if (fetching.signal?.aborted)
      throw new TooSlowError('fetching the object did not finish before the deadline');
    if (isMissing(error)) {
      return {
        handlerReject: 'object-missing',
        detail: 'the object (version) was deleted before it was processed',
      };
    }
    throw error;
  }
  // The event's size can be missing or stale (the version was overwritten in place by a copy): check the
  // real length before reading a byte.
  if (response.ContentLength !== undefined && response.ContentLength > deps.maxInputBytes) {
    fetching.done();
    (response.Body as { destroy?: () => void } | undefined)?.destroy?.();
    return { record: rejectTooLarge(response.ContentLength, deps.maxInputBytes), url: null, bytesIn: 0 };
  }
  let bytes: Uint8Array;
  try {
    bytes = (await response.Body?.transformToByteArray()) ?? new Uint8Array();
  } catch (error) {
    if (fetching.signal?.aborted)
      throw new TooSlowError('reading the object did not finish before the deadline');
    throw error;
  } finally {
    fetching.done();
  }
  const url = response.Metadata?.url ?? null;
  // "aws s3 cp --content-type 'text/plain; charset=windows-1250'": the uploader knows the bytes' encoding.
  const charset = charsetOfContentType(response.ContentType);
  const bytesIn = bytes.length; // the bytes move to the core's worker thread
  const record = await core.run(
    { bytes, hints: { url, name: object.key, charset }, options: { maxBytes: deps.maxInputBytes } },
    deadline,
  );
  return { record, url, bytesIn };
}

/** An abort signal that fires at the deadline (none for an unlimited one); `done` stops its timer. */
function deadlineSignal(deadline: number): { signal: AbortSignal | undefined; done: () => void } {
  if (!Number.isFinite(deadline)) return { signal: undefined, done: () => undefined };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.max(0, deadline - Date.now()));
  return { signal: controller.signal, done: () => clearTimeout(timer) };
}

/**
 * The object (version) no longer exists: deterministic, recorded at once instead of retried. S3 says so
 * (404) only to a caller with s3:ListBucket on the bucket, which the stack grants; without it a missing
 * object is a 403 AccessDenied. Anything else (5xx, throttling, AccessDenied, NoSuchBucket) is transient
 * or an operator's problem: retried, then DLQ.
 */
export function isMissing(error: unknown): boolean {
  if (error instanceof NoSuchKey) return true;
  const name = (error as { name?: string }).name;
  return name === 'NoSuchKey' || name === 'NoSuchVersion' || name === 'NotFound';
}

function summarise(item: RecordItem, write: WriteOutcome, bytesIn: number): ProcessOutcome {
  const removed =
    Array.isArray(item.removed) || item.removed instanceof PreparedList ? item.removed.length : 0;
  const body = typeof item.body === 'string' ? Buffer.byteLength(item.body, 'utf8') : 0;
  return {
    id: item.id,
    status: item.status,
    reason: (item.reason as string | null | undefined) ?? null,
    write,
    bytesIn,
    bytesOut: body,
    linesRemoved: removed,
  };
}
