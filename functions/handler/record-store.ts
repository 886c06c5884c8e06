/**
 * Writes one record per object with a conditional PutItem: S3 and SQS deliver at least once and out of
 * order, so a write only lands when it is for a newer sequencer than the stored record (or the same
 * object version cleaned by a newer cleanerVersion). Duplicates and stale events become no-ops.
 * Bodies that would push the item past DynamoDB's 400 KB go to the clean bucket, with a pointer.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { MAX_ITEM_BYTES } from '../shared/definitions.ts';
import type { RecordItem } from './record-item.ts';

export type WriteOutcome = 'written' | 'skipped-stale-or-duplicate';

export interface RecordStore {
  ddb: DynamoDBDocumentClient;
  s3: S3Client;
  table: string;
  cleanBucket: string;
}

export async function writeRecord(store: RecordStore, item: RecordItem): Promise<WriteOutcome> {
  const fitted = await fitItem(store, item);
  try {
    await store.ddb.send(
      new PutCommand({
        TableName: store.table,
        Item: fitted,
        ConditionExpression:
          'attribute_not_exists(id) OR sequencerOrder < :seq OR (sequencerOrder = :seq AND cleanerVersion <> :ver)',
        ExpressionAttributeValues: { ':seq': fitted.sequencerOrder, ':ver': fitted.cleanerVersion },
      }),
    );
    return 'written';
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return 'skipped-stale-or-duplicate';
    throw error;
  }
}

/** Bytes an item takes, approximately (names + values as JSON); errs on the large side. */
export function itemSize(item: RecordItem): number {
  return Buffer.byteLength(JSON.stringify(item), 'utf8');
}

/** Move the body (then the removed audit) to the clean bucket until the item fits. */
async function fitItem(store: RecordStore, item: RecordItem): Promise<RecordItem> {
  if (itemSize(item) <= MAX_ITEM_BYTES) return item;
  const base = `records/${encodeURIComponent(item.bucket as string)}/${encodeURIComponent(item.key as string)}/${encodeURIComponent(String(item.versionId ?? 'null'))}`;
  let fitted: RecordItem = item;
  if (typeof item.body === 'string') {
    const bodyKey = `${base}/body.txt`;
    await putText(store, bodyKey, item.body, 'text/plain; charset=utf-8');
    fitted = { ...fitted, body: null, bodyLocation: `s3://${store.cleanBucket}/${bodyKey}` };
  }
  if (itemSize(fitted) > MAX_ITEM_BYTES && Array.isArray(item.removed)) {
    const removedKey = `${base}/removed.json`;
    await putText(store, removedKey, JSON.stringify(item.removed), 'application/json');
    fitted = { ...fitted, removed: null, removedLocation: `s3://${store.cleanBucket}/${removedKey}` };
  }
  return fitted;
}

async function putText(store: RecordStore, key: string, text: string, contentType: string): Promise<void> {
  await store.s3.send(
    new PutObjectCommand({ Bucket: store.cleanBucket, Key: key, Body: text, ContentType: contentType }),
  );
}
