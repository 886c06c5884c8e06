/**
 * One S3 object through the pipeline: fetch that exact version, run the pure core, write the record.
 * Deterministic problems (empty, too large, deleted before processing, malformed key) become rejected
 * records on the first delivery; anything else throws so that SQS retries the message.
 */
import { GetObjectCommand, type GetObjectCommandOutput, NoSuchKey, type S3Client } from '@aws-sdk/client-s3';
import { type CoreRecord, processDocument, rejectTooLarge } from '../core/pipeline.ts';
import { CLEANER_VERSION } from '../core/version.ts';
import { failedItem, type RecordItem, rejectedItem, toItem } from './record-item.ts';
import { type RecordStore, type WriteOutcome, writeFailedRecord, writeRecord } from './record-store.ts';
import type { S3ObjectRef } from './s3-event.ts';

export interface ProcessDeps {
  s3: S3Client;
  store: RecordStore;
  maxInputBytes: number;
  now?: () => Date;
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

export async function processObject(object: S3ObjectRef, deps: ProcessDeps): Promise<ProcessOutcome> {
  const processedAt = timestamp(deps);
  const core = await cleanObject(object, deps);
  const item =
    'handlerReject' in core
      ? rejectedItem(object, core.handlerReject, core.detail, ownRecordContext(processedAt))
      : toItem(object, core.record, { processedAt, url: core.url });
  const write = await writeRecord(deps.store, item);
  return summarise(item, write, 'handlerReject' in core ? 0 : core.bytesIn);
}

/** Process an entry whose key could not be decoded: recorded as rejected under the raw key. */
export async function recordBadKey(
  object: S3ObjectRef,
  detail: string,
  deps: ProcessDeps,
): Promise<ProcessOutcome> {
  const item = rejectedItem(object, 'bad-key', detail, ownRecordContext(timestamp(deps)));
  return summarise(item, await writeRecord(deps.store, item), 0);
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
): Promise<WriteOutcome> {
  const item = failedItem(object, error, receiveCount, ownRecordContext(timestamp(deps)));
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
  | { record: CoreRecord; url: string | null; bytesIn: number }
  | { handlerReject: 'object-missing'; detail: string };

async function cleanObject(object: S3ObjectRef, deps: ProcessDeps): Promise<Cleaned> {
  // Decide from the event's size first: no download for empty or oversized objects.
  if (object.size === 0) return { record: processDocument(new Uint8Array()), url: null, bytesIn: 0 };
  if (object.size !== null && object.size > deps.maxInputBytes) {
    return { record: rejectTooLarge(object.size, deps.maxInputBytes), url: null, bytesIn: 0 };
  }
  let response: GetObjectCommandOutput;
  try {
    response = await deps.s3.send(
      new GetObjectCommand({
        Bucket: object.bucket,
        Key: object.key,
        ...(object.versionId ? { VersionId: object.versionId } : {}),
      }),
    );
  } catch (error) {
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
    (response.Body as { destroy?: () => void } | undefined)?.destroy?.();
    return { record: rejectTooLarge(response.ContentLength, deps.maxInputBytes), url: null, bytesIn: 0 };
  }
  const bytes = (await response.Body?.transformToByteArray()) ?? new Uint8Array();
  const url = response.Metadata?.url ?? null;
  return {
    record: processDocument(bytes, { url, name: object.key }, { maxBytes: deps.maxInputBytes }),
    url,
    bytesIn: bytes.length,
  };
}

/**
 * The object (version) no longer exists: deterministic, recorded at once instead of retried. Anything else
 * (5xx, throttling, AccessDenied, NoSuchBucket) is transient or an operator's problem: retried, then DLQ.
 */
export function isMissing(error: unknown): boolean {
  if (error instanceof NoSuchKey) return true;
  const name = (error as { name?: string }).name;
  return name === 'NoSuchKey' || name === 'NoSuchVersion' || name === 'NotFound';
}

function summarise(item: RecordItem, write: WriteOutcome, bytesIn: number): ProcessOutcome {
  const removed = Array.isArray(item.removed) ? item.removed.length : 0;
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
