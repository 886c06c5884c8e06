/**
 * Writes one record per object with conditional writes: S3 and SQS deliver at least once and out of
 * order, so which write wins is decided by DynamoDB, never by a read-then-write. The order of two
 * writes is (sequencerOrder, cleanerVersionOrder): the object version first, then the cleaner's version.
 * The rules (README, "Write rules"):
 * - a clean or rejected record lands when there is none, for a newer object version, or for the same
 *   version by a newer cleaner, or over a `failed` record of the same version; anything else (a
 *   duplicate, a stale version, an older cleaner during a deploy or a rollback) is a no-op;
 * - a failed record lands when there is none, over a failed record of the same or an older version, or
 *   over a rejected record of an older version; it never replaces a clean record: over an older clean
 *   record it is attached as `failedVersion` (the clean record and its body stay), anything else is a no-op.
 *
 * DynamoDB refuses items over 400 KB, measured by its own rule (attribute names and values in UTF-8,
 * see itemSize). Items that would pass it are fitted, in this order: the body goes to the clean bucket
 * with a pointer (`bodyLocation`), then the `removed` audit (`removedLocation`), and as a last resort the
 * whole record goes there (`recordLocation`) and long fields are cut at a code-point boundary
 * (`truncatedFields` names them). Index keys are cut to DynamoDB's key limits the same way.
 */
import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { indexKeyLimits } from '../shared/definitions.ts';
import { truncateUtf8, utf8Length } from '../shared/utf8.ts';
import { failureNote, type RecordItem } from './record-item.ts';

export type WriteOutcome = 'written' | 'attached-to-older-clean' | 'skipped-stale-or-duplicate';

export interface RecordStore {
  ddb: DynamoDBDocumentClient;
  s3: S3Client;
  table: string;
  cleanBucket: string;
}

/** DynamoDB's hard item limit: 400 KB, names and values counted in UTF-8. */
export const DYNAMODB_ITEM_LIMIT = 400 * 1024;
/** Index key attributes and their byte limits (2,048 partition, 1,024 sort), from the shared INDEXES. */
const INDEX_KEY_LIMITS: ReadonlyMap<string, number> = indexKeyLimits();
/** In the last-resort fitting, fields larger than this are cut (strings) or moved out (lists, maps). */
export const FIELD_CAP_BYTES = 4096;
/** Fields the last-resort fitting never touches: identity, outcome and index keys. */
const KEPT_FIELDS = new Set([
  'id',
  'bucket',
  'key',
  'versionId',
  'eTag',
  'size',
  'sequencer',
  'sequencerOrder',
  'eventTime',
  'url',
  'processedAt',
  'status',
  'reason',
  'cleanerVersion',
  'cleanerVersionOrder',
  ...INDEX_KEY_LIMITS.keys(),
]);

export async function writeRecord(store: RecordStore, item: RecordItem): Promise<WriteOutcome> {
  const fitted = await fitItem(store, item);
  return conditionalPut(
    store,
    fitted,
    'attribute_not_exists(id) OR sequencerOrder < :seq OR (sequencerOrder = :seq AND (' +
      '#status = :failed OR attribute_not_exists(cleanerVersionOrder) OR cleanerVersionOrder < :cleaner))',
    { ':seq': fitted.sequencerOrder, ':cleaner': fitted.cleanerVersionOrder, ':failed': 'failed' },
  );
}

/**
 * Write a `failed` record (the message is retried or going to the dead-letter queue). Never replaces a
 * clean record: when an older version's clean record is stored, the failure is attached to it as
 * `failedVersion` instead, so its body survives the dead-letter queue's retention.
 */
export async function writeFailedRecord(store: RecordStore, item: RecordItem): Promise<WriteOutcome> {
  const fitted = await fitItem(store, item);
  const replaced = await conditionalPut(
    store,
    fitted,
    'attribute_not_exists(id) OR (#status = :failed AND sequencerOrder <= :seq) OR ' +
      '(#status = :rejected AND sequencerOrder < :seq)',
    { ':seq': fitted.sequencerOrder, ':failed': 'failed', ':rejected': 'rejected' },
  );
  if (replaced === 'written') return replaced;
  try {
    await store.ddb.send(
      new UpdateCommand({
        TableName: store.table,
        Key: { id: item.id },
        UpdateExpression: 'SET failedVersion = :note',
        // A newer failure already attached stays: notes, like records, only move forward.
        ConditionExpression:
          '#status = :clean AND sequencerOrder < :seq AND ' +
          '(attribute_not_exists(failedVersion) OR failedVersion.sequencerOrder <= :seq)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':note': failureNote(fitted),
          ':clean': 'clean',
          ':seq': fitted.sequencerOrder,
        },
      }),
    );
    return 'attached-to-older-clean';
  } catch (error) {
    if (isConditionFailure(error)) return 'skipped-stale-or-duplicate';
    throw error;
  }
}

async function conditionalPut(
  store: RecordStore,
  item: RecordItem,
  condition: string,
  values: Record<string, unknown>,
): Promise<WriteOutcome> {
  try {
    await store.ddb.send(
      new PutCommand({
        TableName: store.table,
        Item: item,
        ConditionExpression: condition,
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: values,
      }),
    );
    return 'written';
  } catch (error) {
    if (isConditionFailure(error)) return 'skipped-stale-or-duplicate';
    throw error;
  }
}

function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error as { name?: string }).name === 'ConditionalCheckFailedException'
  );
}

/** The item's size by DynamoDB's rule, for the item as the document client marshals it. */
export function itemSize(item: Record<string, unknown>): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) {
    if (value === undefined) continue; // removed by the marshaller
    size += utf8Length(name) + valueSize(value);
  }
  return size;
}

function valueSize(value: unknown): number {
  if (value === null || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return utf8Length(value);
  if (typeof value === 'number' || typeof value === 'bigint') return numberSize(String(value));
  if (value instanceof Uint8Array) return value.length;
  if (value instanceof Set) {
    let size = 0;
    for (const member of value) size += valueSize(member);
    return size;
  }
  if (Array.isArray(value)) {
    // Lists: 3 bytes, plus 1 byte per element.
    let size = 3;
    for (const element of value) if (element !== undefined) size += 1 + valueSize(element);
    return size;
  }
  if (typeof value === 'object') {
    // Maps: 3 bytes, plus 1 byte per entry and each entry's name.
    let size = 3;
    for (const [name, element] of Object.entries(value as Record<string, unknown>)) {
      if (element !== undefined) size += 1 + utf8Length(name) + valueSize(element);
    }
    return size;
  }
  return utf8Length(String(value));
}

/** Numbers: about one byte per two significant digits plus one; an upper bound (sign byte included). */
function numberSize(text: string): number {
  const mantissa = text.replace(/^-/, '').replace(/e.*$/i, '').replace('.', '');
  const digits = mantissa.replace(/^0+/, '').replace(/0+$/, '').length || 1;
  return 2 + Math.ceil(digits / 2) + (text.startsWith('-') ? 1 : 0);
}

/** Make the item fit DynamoDB's limits, moving the largest parts to the clean bucket. */
export async function fitItem(store: RecordStore, item: RecordItem): Promise<RecordItem> {
  let fitted: RecordItem = { ...item };
  for (const [name, limit] of INDEX_KEY_LIMITS) {
    const value = fitted[name];
    if (typeof value === 'string' && utf8Length(value) > limit) fitted[name] = truncateUtf8(value, limit);
  }
  if (itemSize(fitted) <= DYNAMODB_ITEM_LIMIT) return fitted;

  const base = offloadPrefix(item);
  if (typeof item.body === 'string') {
    const key = `${base}/body.txt`;
    await putText(store, key, item.body, 'text/plain; charset=utf-8');
    fitted = { ...fitted, body: null, bodyLocation: `s3://${store.cleanBucket}/${key}` };
  }
  if (itemSize(fitted) > DYNAMODB_ITEM_LIMIT && Array.isArray(item.removed)) {
    const key = `${base}/removed.json`;
    await putText(store, key, JSON.stringify(item.removed), 'application/json');
    fitted = { ...fitted, removed: null, removedLocation: `s3://${store.cleanBucket}/${key}` };
  }
  if (itemSize(fitted) <= DYNAMODB_ITEM_LIMIT) return fitted;

  // Last resort (say, a one-line 1 MB "title"): the full record in S3, long fields cut in the item.
  const key = `${base}/record.json`;
  await putText(store, key, JSON.stringify(item), 'application/json');
  const truncatedFields: string[] = [];
  for (const [name, value] of Object.entries(fitted)) {
    if (KEPT_FIELDS.has(name) || valueSize(value) <= FIELD_CAP_BYTES) continue;
    fitted[name] = typeof value === 'string' ? truncateUtf8(value, FIELD_CAP_BYTES) : null;
    truncatedFields.push(name);
  }
  return { ...fitted, recordLocation: `s3://${store.cleanBucket}/${key}`, truncatedFields };
}

/**
 * Where a record's offloaded parts go: a hash of the record id (object keys may be 1,024 bytes of CJK,
 * too long to embed) and the object's version, so versions never overwrite each other.
 */
function offloadPrefix(item: RecordItem): string {
  const digest = createHash('sha256').update(item.id).digest('hex').slice(0, 40);
  const version = String(item.versionId ?? item.sequencerOrder ?? 'null');
  return `records/${digest}/${encodeURIComponent(version)}`;
}

async function putText(store: RecordStore, key: string, text: string, contentType: string): Promise<void> {
  await store.s3.send(
    new PutObjectCommand({ Bucket: store.cleanBucket, Key: key, Body: text, ContentType: contentType }),
  );
}
