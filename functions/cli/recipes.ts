/**
 * SDK recipes for every access pattern, with @aws-sdk/lib-dynamodb. The README's "Query" chapter quotes the
 * regions between `#region NAME` and `#endregion` verbatim; tests/query/recipes.test.ts checks the quotes
 * and runs every recipe against the local stack, and tests/query/readme-snippets.test.ts typechecks the
 * README's snippets as a reader would paste them, so the documentation cannot rot.
 */
// #region client
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient, GetCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';

// Credentials and region from the standard chain. For the local stack:
// new DynamoDBClient({ endpoint: 'http://127.0.0.1:4567', region: 'us-east-1',
//   credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
export function recordsClient(client = new DynamoDBClient({})): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client);
}

/** A record as the document client returns it (the fields are listed in the README's "The record"). */
export type Item = Record<string, unknown>;
// #endregion

// #region by-key
export async function recordByKey(
  documents: DynamoDBDocumentClient,
  table: string,
  bucket: string,
  key: string,
) {
  // The id is the object's address with the key exactly as uploaded (not URL-encoded).
  const { Item } = await documents.send(
    new GetCommand({ TableName: table, Key: { id: `s3://${bucket}/${key}` } }),
  );
  return Item; // undefined when the object has no record (yet)
}
// #endregion

// #region by-site
export async function siteRecords(documents: DynamoDBDocumentClient, table: string, site: string) {
  const records: Item[] = [];
  const pages = paginateQuery(
    { client: documents },
    {
      TableName: table,
      IndexName: 'bySite',
      KeyConditionExpression: 'site = :site',
      ExpressionAttributeValues: { ':site': site },
      ScanIndexForward: false, // newest first (sortDate: publication date, else processing time)
    },
  );
  for await (const page of pages) records.push(...(page.Items ?? []));
  return records;
}
// #endregion

// #region by-author
export async function authorRecords(documents: DynamoDBDocumentClient, table: string, author: string) {
  // authorKey is the record's FIRST author, in lower case: co-authored records are found by their first author only.
  const records: Item[] = [];
  const pages = paginateQuery(
    { client: documents },
    {
      TableName: table,
      IndexName: 'byAuthor',
      KeyConditionExpression: 'authorKey = :author',
      ExpressionAttributeValues: { ':author': author.toLowerCase() },
      ScanIndexForward: false,
    },
  );
  for await (const page of pages) records.push(...(page.Items ?? []));
  return records;
}
// #endregion

// #region duplicates
export async function sameContent(documents: DynamoDBDocumentClient, table: string, contentHash: string) {
  const records: Item[] = [];
  const pages = paginateQuery(
    { client: documents },
    {
      TableName: table,
      IndexName: 'byContentHash',
      KeyConditionExpression: 'contentHash = :hash',
      ExpressionAttributeValues: { ':hash': contentHash },
    },
  );
  for await (const page of pages) records.push(...(page.Items ?? []));
  return records; // the record itself included
}
// #endregion

// #region near-duplicates
export async function nearDuplicatesOf(documents: DynamoDBDocumentClient, table: string, record: Item) {
  // Query the 8 MinHash band indexes with the record's band values: every record sharing a band.
  const candidates = new Map<string, string>();
  for (let band = 0; band < 8; band++) {
    const pages = paginateQuery(
      { client: documents },
      {
        TableName: table,
        IndexName: `byMinhashBand${band}`,
        KeyConditionExpression: `minhashBand${band} = :band`,
        ExpressionAttributeValues: { ':band': record[`minhashBand${band}`] },
      },
    );
    for await (const page of pages)
      for (const item of page.Items ?? []) candidates.set(item.id, item.minhash);
  }
  // A signature is 16 values of 8 hex digits; the share of equal values estimates the similarity.
  const similarity = (a: string, b: string) => {
    let equal = 0;
    for (let i = 0; i < a.length; i += 8) if (a.slice(i, i + 8) === b.slice(i, i + 8)) equal++;
    return equal / (a.length / 8);
  };
  const near = [...candidates]
    .filter(([id, minhash]) => id !== record.id && similarity(minhash, record.minhash as string) >= 0.4)
    .map(([id]) => ({ id }));
  if (near.length === 0) return [];
  // The band indexes hold only keys and the signatures: fetch the records (up to 100 per call).
  const { Responses } = await documents.send(
    new BatchGetCommand({ RequestItems: { [table]: { Keys: near } } }),
  );
  return Responses?.[table] ?? [];
}
// #endregion

// #region by-status
export async function recordsWithStatus(
  documents: DynamoDBDocumentClient,
  table: string,
  status: 'rejected' | 'failed' | 'clean',
) {
  const records: Item[] = [];
  const pages = paginateQuery(
    { client: documents },
    {
      TableName: table,
      IndexName: 'byStatus',
      KeyConditionExpression: '#status = :status', // status is a reserved word: use a name placeholder
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':status': status },
      ProjectionExpression: 'id, #status, reason, reasonDetail, processedAt',
      ScanIndexForward: false, // most recently processed first
    },
  );
  for await (const page of pages) records.push(...(page.Items ?? []));
  return records;
}
// #endregion

// #region processed-between
export async function processedBetween(
  documents: DynamoDBDocumentClient,
  table: string,
  from: string,
  to: string,
) {
  // byStatus is partitioned by status: one query per status, each a range on processedAt (ISO time).
  const records: Item[] = [];
  for (const status of ['clean', 'rejected', 'failed']) {
    const pages = paginateQuery(
      { client: documents },
      {
        TableName: table,
        IndexName: 'byStatus',
        KeyConditionExpression: '#status = :status AND processedAt BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':status': status, ':from': from, ':to': to },
      },
    );
    for await (const page of pages) records.push(...(page.Items ?? []));
  }
  return records;
}
// #endregion
