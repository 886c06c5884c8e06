/**
 * Turns the core's output plus the object's identity into the DynamoDB item (the public record).
 * Pure: no AWS calls.
 */
import { createHash } from 'node:crypto';
import { authorKeyOf } from '../shared/author-key.ts';
import { indexKeyLimits, KEY_LIMITS } from '../shared/definitions.ts';
import { minhashBands } from '../shared/near-duplicates.ts';
import { truncateUtf8, utf8Length } from '../shared/utf8.ts';
import type { RunnerRecord } from './core-runner.ts';
import type { S3ObjectRef } from './s3-event.ts';
import { sequencerOrder } from './s3-event.ts';

export type RecordItem = Record<string, unknown> & { id: string; status: string };

/**
 * Reasons of records the handler itself decides on (the core adds empty/binary/undecodable/too-large):
 * the object is gone, its event key is malformed, or DynamoDB refuses its record as invalid.
 */
export type HandlerRejectReason = 'object-missing' | 'bad-key' | 'record-refused';

/**
 * Reasons of a `failed` record: a transient fault outlasted every delivery (the message is in the DLQ),
 * or the record could not finish in the invocation's remaining time (the message is retried).
 */
export type FailedReason = 'retries-exhausted' | 'too-slow' | 'out-of-memory';
export const FAILED_REASON: FailedReason = 'retries-exhausted';
/** Error text kept in a failed record (cut at a code-point boundary). */
export const MAX_ERROR_CHARS = 1000;

export interface ItemContext {
  processedAt: string;
  url: string | null;
}

/**
 * The record's id, the table's partition key: `s3://bucket/key`. A decoded key (S3 allows 1,024 bytes) always fits
 * DynamoDB's 2,048-byte limit; the raw form of an event key that could not be decoded (`bad-key`: up to three
 * bytes per key byte) may not, and is cut as `fittedKey` cuts.
 */
export function recordId(bucket: string, key: string): string {
  return fittedKey(`s3://${bucket}/${key}`, KEY_LIMITS.partitionKeyBytes);
}

/**
 * The record's sort key in indexes that list records by id (byContentHash): the id itself when it fits
 * DynamoDB's 1,024-byte sort-key limit (so listings keep id order), else cut as `fittedKey` cuts.
 */
export function idSortKey(id: string): string {
  return fittedKey(id, KEY_LIMITS.sortKeyBytes);
}

/**
 * `text` when it fits `limit` UTF-8 bytes, else its longest prefix that leaves room for `#` and 16 hex digits of
 * its SHA-256, which keeps long keys apart.
 */
function fittedKey(text: string, limit: number): string {
  if (utf8Length(text) <= limit) return text;
  const digest = createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
  return `${truncateUtf8(text, limit - 17)}#${digest}`;
}

/**
 * `cleanerVersion` (`major.minor.patch`) as a string that sorts like the version: each number
 * zero-padded to 6 digits ("0.1.10" → "000000.000001.000010", after "0.1.9"). Conditional writes
 * compare it, so an older cleaner (a rollback, a deploy in progress) never replaces a newer one's record.
 */
export function cleanerVersionOrder(version: string): string {
  const match = /^(\d{1,6})\.(\d{1,6})\.(\d{1,6})$/.exec(version);
  if (!match)
    throw new Error(`cleanerVersion must be major.minor.patch (up to 6 digits each), got '${version}'`);
  return match
    .slice(1)
    .map((part) => part.padStart(6, '0'))
    .join('.');
}

export function toItem(object: S3ObjectRef, core: RunnerRecord, context: ItemContext): RecordItem {
  const identity = identityOf(object, context);
  const order = { cleanerVersionOrder: cleanerVersionOrder(core.cleanerVersion) };
  if (core.status === 'rejected') return withoutNullKeys({ ...identity, ...core, ...order });
  return withoutNullKeys({
    ...identity,
    ...core,
    ...order,
    // Index keys: the newest-first sort uses the stated date when there is one, else processing time.
    sortDate: core.publishedAt ?? context.processedAt,
    idSortKey: idSortKey(identity.id),
    // The first author, in the index's one spelling of a name (author-key.ts; `authors` keeps it as written).
    authorKey: core.authors[0] === undefined ? null : authorKeyOf(core.authors[0]),
    // Keys of the near-duplicate indexes (byMinhashBand0..7), from the core's MinHash signature.
    ...minhashBands(core.minhash),
  });
}

export function rejectedItem(
  object: S3ObjectRef,
  reason: HandlerRejectReason,
  reasonDetail: string,
  context: ItemContext & { cleanerVersion: string },
): RecordItem {
  return withoutNullKeys({
    ...identityOf(object, context),
    status: 'rejected',
    reason,
    reasonDetail,
    cleanerVersion: context.cleanerVersion,
    cleanerVersionOrder: cleanerVersionOrder(context.cleanerVersion),
  });
}

/**
 * A `failed` record: written best-effort on a message's last delivery when processing still failed (or at
 * once when the record ran out of time), so users can list failed files (byStatus index) and
 * `copydesk dlq list` can show the error.
 */
export function failedItem(
  object: S3ObjectRef,
  error: string,
  receiveCount: number,
  context: ItemContext & { cleanerVersion: string },
  reason: FailedReason = FAILED_REASON,
): RecordItem {
  return withoutNullKeys({
    ...identityOf(object, context),
    status: 'failed',
    reason,
    reasonDetail: FAILED_DETAIL[reason](receiveCount),
    error: cutAtCodePoint(error, MAX_ERROR_CHARS),
    receiveCount,
    cleanerVersion: context.cleanerVersion,
    cleanerVersionOrder: cleanerVersionOrder(context.cleanerVersion),
  });
}

const FAILED_DETAIL: Record<FailedReason, (receiveCount: number) => string> = {
  'retries-exhausted': (count) =>
    `failed on all ${count} deliveries; the message is in the dead-letter queue`,
  'too-slow': (count) =>
    `could not finish in the invocation's remaining time (delivery ${count}); the message is retried, ` +
    'then kept in the dead-letter queue',
  'out-of-memory': (count) =>
    `the core ran out of memory on this input (delivery ${count}); the message is retried, ` +
    'then kept in the dead-letter queue',
};

/** The fields that say which version of the object a record is about (S3 event values). */
export const VERSION_FIELDS = [
  'versionId',
  'eTag',
  'size',
  'sequencer',
  'sequencerOrder',
  'eventTime',
] as const;

/** Fields of a failed record kept in `failedVersion` when it is attached to an older clean record. */
const FAILURE_NOTE_FIELDS = [
  ...VERSION_FIELDS,
  'reason',
  'reasonDetail',
  'error',
  'receiveCount',
  'cleanerVersion',
  'processedAt',
] as const;

/**
 * What `failedVersion` holds on a clean record whose newer version failed: that version's identity and
 * the failure, the clean record itself untouched.
 */
export function failureNote(failed: RecordItem): Record<string, unknown> {
  const note: Record<string, unknown> = {};
  for (const name of FAILURE_NOTE_FIELDS) if (failed[name] !== undefined) note[name] = failed[name];
  return note;
}

/** The fields every record has, whatever its status: which object version it is and when it was written. */
function identityOf(object: S3ObjectRef, context: ItemContext) {
  return {
    id: recordId(object.bucket, object.key),
    bucket: object.bucket,
    key: object.key,
    versionId: object.versionId,
    eTag: object.eTag,
    size: object.size,
    sequencer: object.sequencer,
    sequencerOrder: sequencerOrder(object.sequencer),
    eventTime: object.eventTime,
    url: context.url,
    processedAt: context.processedAt,
  };
}

/** At most `maxChars` UTF-16 units (then an ellipsis), never ending inside a surrogate pair. */
export function cutAtCodePoint(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const last = text.charCodeAt(maxChars - 1);
  const end = last >= 0xd800 && last <= 0xdbff ? maxChars - 1 : maxChars;
  return `${text.slice(0, end)}…`;
}

/**
 * Index key attributes must be absent, not NULL or empty, when a record has no value for them (DynamoDB
 * refuses a NULL or an empty string where an index expects a key). Other nulls stay: they say "the text
 * states none".
 */
const INDEX_KEY_ATTRIBUTES = [...indexKeyLimits().keys()];

function withoutNullKeys<T extends Record<string, unknown>>(item: T): T & RecordItem {
  const copy: Record<string, unknown> = { ...item };
  for (const name of INDEX_KEY_ATTRIBUTES) {
    if (copy[name] === null || copy[name] === undefined || copy[name] === '') delete copy[name];
  }
  return copy as T & RecordItem;
}
