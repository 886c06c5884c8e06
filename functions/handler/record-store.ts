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
 * (`truncatedFields` names them). Index keys are cut to DynamoDB's key limits the same way. Parts are
 * keyed by object version and content; the parts of a write that does not land, and of a record a newer
 * write replaces, are deleted, so the clean bucket holds no object that no record points at.
 */
import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { FAILED_VERSION_STATUS, indexKeyLimits, OFFLOAD_PREFIX } from '../shared/definitions.ts';
import { truncateUtf8, utf8Length } from '../shared/utf8.ts';
import { DYNAMODB_ITEM_LIMIT, itemFits, valueSize } from './item-size.ts';
import { PreparedList } from './prepared-list.ts';
import { failureNote, type RecordItem, VERSION_FIELDS } from './record-item.ts';

// The size rule lives apart from the SDK (the core's worker counts a removed list's size too): re-exported here.
export { DYNAMODB_ITEM_LIMIT, itemFits, itemSize } from './item-size.ts';

export type WriteOutcome = 'written' | 'attached-to-older-clean' | 'skipped-stale-or-duplicate';

export interface RecordStore {
  ddb: DynamoDBDocumentClient;
  s3: S3Client;
  table: string;
  cleanBucket: string;
}

/** Index key attributes and their byte limits (2,048 partition, 1,024 sort), from the shared INDEXES. */
const INDEX_KEY_LIMITS: ReadonlyMap<string, number> = indexKeyLimits();
/** In the last-resort fitting, fields larger than this are cut (strings) or moved out (lists, maps). */
export const FIELD_CAP_BYTES = 4096;
/** Fields the last-resort fitting never touches: identity, outcome and index keys. */
const KEPT_FIELDS = new Set<string>([
  'id',
  'bucket',
  'key',
  ...VERSION_FIELDS,
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
  const ours = locationsOf(fitted);
  let replaced: Record<string, unknown> | undefined;
  const outcome = await conditionalPut(
    store,
    fitted,
    'attribute_not_exists(id) OR sequencerOrder < :seq OR (sequencerOrder = :seq AND (' +
      '#status = :failed OR attribute_not_exists(cleanerVersionOrder) OR cleanerVersionOrder < :cleaner))',
    { ':seq': fitted.sequencerOrder, ':cleaner': fitted.cleanerVersionOrder, ':failed': 'failed' },
    (old) => {
      replaced = old;
    },
  );
  if (outcome === 'written') {
    // The replaced record's parts no record points at any more.
    await removeUnreferenced(store, locationsOf(replaced), ours);
  } else if (ours.size > 0) {
    // This write lost (duplicate or stale): drop its parts unless the stored record uses the same ones.
    const stored = await store.ddb.send(
      new GetCommand({
        TableName: store.table,
        Key: { id: item.id },
        ConsistentRead: true,
        ProjectionExpression: LOCATION_FIELDS.join(', '),
      }),
    );
    await removeUnreferenced(store, ours, locationsOf(stored.Item));
  }
  return outcome;
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
        // The two keys of the byFailedVersion index: `copydesk query failed` lists the record beside failed ones.
        UpdateExpression:
          'SET failedVersion = :note, failedVersionStatus = :failedVersion, failedVersionAt = :failedAt',
        // A newer failure already attached stays: notes, like records, only move forward.
        ConditionExpression:
          '#status = :clean AND sequencerOrder < :seq AND ' +
          '(attribute_not_exists(failedVersion) OR failedVersion.sequencerOrder <= :seq)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':note': failureNote(fitted),
          ':failedVersion': FAILED_VERSION_STATUS,
          ':failedAt': fitted.processedAt,
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
  onReplaced?: (old: Record<string, unknown> | undefined) => void,
): Promise<WriteOutcome> {
  try {
    const result = await store.ddb.send(
      new PutCommand({
        TableName: store.table,
        Item: item,
        ConditionExpression: condition,
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: values,
        // The replaced item comes back with the write itself (no read capacity), for cleaning up.
        ...(onReplaced ? { ReturnValues: 'ALL_OLD' as const } : {}),
      }),
    );
    onReplaced?.(result.Attributes);
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

/**
 * Make the item fit DynamoDB's limits, moving the largest parts to the clean bucket. Which parts move is decided
 * from sizes alone, so the body and the removed list upload at once (10 MB of DEV pages: a 0.5 MB body and a 20 MB
 * removed.json, one after the other before).
 */
export async function fitItem(store: RecordStore, item: RecordItem): Promise<RecordItem> {
  let fitted: RecordItem = { ...item };
  for (const [name, limit] of INDEX_KEY_LIMITS) {
    const value = fitted[name];
    if (typeof value === 'string' && utf8Length(value) > limit) fitted[name] = truncateUtf8(value, limit);
  }
  if (itemFits(fitted, DYNAMODB_ITEM_LIMIT)) return fitted;

  const uploads: Promise<unknown>[] = [];
  if (typeof item.body === 'string') {
    const part = startPart(store, item, 'body.txt', item.body, 'text/plain; charset=utf-8');
    uploads.push(part.upload);
    fitted = { ...fitted, body: null, bodyLocation: part.location };
  }
  const removed = item.removed;
  if (!itemFits(fitted, DYNAMODB_ITEM_LIMIT) && (Array.isArray(removed) || removed instanceof PreparedList)) {
    // A list the core's worker wrote as JSON already (prepared-list.ts) is not written nor hashed again.
    const part =
      removed instanceof PreparedList
        ? startPart(store, item, 'removed.json', removed.bytes, 'application/json', removed.sha256)
        : startPart(store, item, 'removed.json', JSON.stringify(removed), 'application/json');
    uploads.push(part.upload);
    fitted = { ...fitted, removed: null, removedLocation: part.location };
  }
  await settleAll(uploads);
  if (itemFits(fitted, DYNAMODB_ITEM_LIMIT)) return fitted;

  // Last resort (say, a one-line 1 MB "title"): the full record in S3, long fields cut in the item.
  const last = startPart(store, item, 'record.json', JSON.stringify(item), 'application/json');
  await last.upload;
  const truncatedFields: string[] = [];
  for (const [name, value] of Object.entries(fitted)) {
    if (KEPT_FIELDS.has(name) || valueSize(value) <= FIELD_CAP_BYTES) continue;
    fitted[name] = typeof value === 'string' ? truncateUtf8(value, FIELD_CAP_BYTES) : null;
    truncatedFields.push(name);
  }
  return { ...fitted, recordLocation: last.location, truncatedFields };
}

/** Waits for every upload, then throws the first failure (none is left running or unobserved). */
async function settleAll(uploads: Promise<unknown>[]): Promise<void> {
  const outcomes = await Promise.allSettled(uploads);
  for (const outcome of outcomes) if (outcome.status === 'rejected') throw outcome.reason;
}

/**
 * Starts writing one offloaded part (a text, or its UTF-8 bytes and their SHA-256 in hex); `location` is its
 * `s3://` location. The key is derived from the record id (a hash: object keys may be 1,024 bytes of CJK, too long
 * to embed), the object version and the part's own content, so versions never overwrite each other and a duplicate
 * delivery rewrites the same object. The content is encoded and hashed once: the request is signed with that hash.
 */
function startPart(
  store: RecordStore,
  item: RecordItem,
  name: string,
  content: string | Uint8Array,
  contentType: string,
  sha256?: string,
): { location: string; upload: Promise<unknown> } {
  const bytes =
    typeof content === 'string'
      ? Buffer.from(content, 'utf8')
      : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const digest = sha256 ?? createHash('sha256').update(bytes).digest('hex');
  const record = createHash('sha256').update(item.id).digest('hex').slice(0, 40);
  const version = encodeURIComponent(String(item.versionId ?? item.sequencerOrder ?? 'null'));
  const key = `${OFFLOAD_PREFIX}${record}/${version}/${digest.slice(0, 16)}/${name}`;
  const command = new PutObjectCommand({
    Bucket: store.cleanBucket,
    Key: key,
    Body: bytes,
    ContentType: contentType,
  });
  // The request carries its payload's SHA-256 (x-amz-content-sha256), which SigV4 signs: the signer takes the
  // header when present instead of hashing the payload again (@smithy/signature-v4, getPayloadHash).
  command.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as { headers?: Record<string, string> };
      if (request.headers) request.headers[PAYLOAD_HASH_HEADER] = digest;
      return next(args);
    },
    { step: 'build', name: 'copydeskPayloadHash' },
  );
  return { location: `s3://${store.cleanBucket}/${key}`, upload: store.s3.send(command) };
}

const PAYLOAD_HASH_HEADER = 'x-amz-content-sha256';

/** Fields of a record that point at offloaded parts in the clean bucket. */
const LOCATION_FIELDS = ['bodyLocation', 'removedLocation', 'recordLocation'] as const;

function locationsOf(item: Record<string, unknown> | undefined): Set<string> {
  const locations = new Set<string>();
  for (const field of LOCATION_FIELDS) {
    const value = item?.[field];
    if (typeof value === 'string') locations.add(value);
  }
  return locations;
}

/**
 * Deletes the parts in `candidates` that `keep` does not point at: the parts of a write that did not land
 * (a duplicate or stale delivery), or of the record a newer write replaced. A part the stored record
 * points at is never deleted; since records only move forward, no later write can point at a part that
 * the winning record does not.
 */
async function removeUnreferenced(
  store: RecordStore,
  candidates: Set<string>,
  keep: Set<string>,
): Promise<void> {
  const bucketPrefix = `s3://${store.cleanBucket}/${OFFLOAD_PREFIX}`;
  for (const location of candidates) {
    if (keep.has(location) || !location.startsWith(bucketPrefix)) continue;
    const key = location.slice(`s3://${store.cleanBucket}/`.length);
    await store.s3.send(new DeleteObjectCommand({ Bucket: store.cleanBucket, Key: key }));
  }
}
