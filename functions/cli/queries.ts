/**
 * The access patterns of the GUIDE as DynamoDB requests, and their execution with DynamoDB's cursors.
 * Every pattern is a GetItem or a Query on one index: nothing here scans the table, except the
 * near-duplicate fallback for records written before the MinHash attributes existed.
 */
import {
  BatchGetCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  paginateQuery,
  paginateScan,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { estimatedSimilarity, MINHASH_BANDS } from '../core/minhash.ts';
import { authorKeyOf } from '../shared/author-key.ts';
import { FAILED_VERSION_STATUS } from '../shared/definitions.ts';
import {
  minhashBandAttribute,
  minhashBandIndex,
  NEAR_DUPLICATE_MIN_SIMILARITY,
} from '../shared/near-duplicates.ts';
import type { Row } from './output.ts';
import { UsageError } from './usage-error.ts';

/** Values of `status`: the handler writes clean and rejected; failed is kept for files given up on. */
export const STATUSES = ['clean', 'rejected', 'failed'] as const;

export interface Range {
  from?: string | undefined;
  to?: string | undefined;
}

export type Pattern =
  | { kind: 'site'; site: string; range: Range }
  | { kind: 'author'; author: string; range: Range }
  | { kind: 'hash'; contentHash: string }
  | { kind: 'status'; status: string; range: Range }
  | { kind: 'processed'; statuses: string[]; range: Range };

/** The Query requests of a pattern (several for a time range over every status, read in turn). */
export function queryInputs(pattern: Pattern, table: string): QueryCommandInput[] {
  switch (pattern.kind) {
    case 'site':
      // Newest first: sortDate is the stated publication date, else the processing time.
      return [keyQuery(table, 'bySite', 'site', pattern.site, 'sortDate', pattern.range, false)];
    case 'author': {
      // The index's key is the name in lower case (author-key.ts); records written before CLEANER_VERSION 0.2.21
      // have it as written until they are reprocessed, so a name typed otherwise is asked for too, after.
      const key = authorKeyOf(pattern.author) ?? pattern.author;
      const keys = key === pattern.author ? [key] : [key, pattern.author];
      return keys.map((value) =>
        keyQuery(table, 'byAuthor', 'authorKey', value, 'sortDate', pattern.range, false),
      );
    }
    case 'hash':
      return [keyQuery(table, 'byContentHash', 'contentHash', pattern.contentHash, 'id', {}, true)];
    case 'status': {
      const byStatus = keyQuery(
        table,
        'byStatus',
        'status',
        pattern.status,
        'processedAt',
        pattern.range,
        false,
      );
      if (pattern.status !== 'failed') return [byStatus];
      // Then the clean records whose newer version failed: their status stays clean (record-store.ts).
      return [
        byStatus,
        keyQuery(
          table,
          'byFailedVersion',
          'failedVersionStatus',
          FAILED_VERSION_STATUS,
          'failedVersionAt',
          pattern.range,
          false,
        ),
      ];
    }
    case 'processed':
      return pattern.statuses.map((status) =>
        keyQuery(table, 'byStatus', 'status', status, 'processedAt', pattern.range, true),
      );
  }
}

/**
 * A clean record whose newer version failed, as a row of the failed files: the failure's reason and time, and
 * a detail that says the stored record is of an older version. Any other row as it is.
 */
export function asFailedRow(row: Row): Row {
  const failed = row.failedVersion as Record<string, unknown> | undefined;
  if (row.status !== 'clean' || failed === undefined || failed === null) return row;
  const version = typeof failed.versionId === 'string' ? ` ${failed.versionId}` : '';
  return {
    ...row,
    reason: failed.reason,
    reasonDetail: `newer version${version}: ${String(failed.reasonDetail ?? failed.error ?? '')} (the clean record is of an older version)`,
    processedAt: failed.processedAt,
  };
}

function keyQuery(
  table: string,
  index: string,
  partitionKey: string,
  value: string,
  sortKey: string,
  range: Range,
  forward: boolean,
): QueryCommandInput {
  const names: Record<string, string> = { '#pk': partitionKey };
  const values: Record<string, string> = { ':pk': value };
  let condition = '#pk = :pk';
  const from = range.from;
  const to = range.to === undefined ? undefined : inclusiveEnd(range.to);
  if (from !== undefined || to !== undefined) {
    names['#sk'] = sortKey;
    if (from !== undefined && to !== undefined) {
      condition += ' AND #sk BETWEEN :from AND :to';
      Object.assign(values, { ':from': from, ':to': to });
    } else if (from !== undefined) {
      condition += ' AND #sk >= :from';
      values[':from'] = from;
    } else {
      condition += ' AND #sk <= :to';
      values[':to'] = to as string;
    }
  }
  return {
    TableName: table,
    IndexName: index,
    KeyConditionExpression: condition,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
    ScanIndexForward: forward,
  };
}

/** A date alone as an upper bound means the whole day (sort keys hold dates or ISO timestamps). */
export function inclusiveEnd(to: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(to) ? `${to}T23:59:59.999Z` : to;
}

export interface Page {
  items: Row[];
  /** Opaque cursor for `--after` to continue from, or null at the end. */
  cursor: string | null;
}

/**
 * Runs the requests in turn from `after` (a cursor printed by an earlier run). Without `all`, stops once
 * `limit` records are read (asking DynamoDB for no more than are missing); with `all`, reads every page
 * (`limit` records per request). Yields one page per request with the cursor after it.
 */
export async function* runQueries(
  documents: DynamoDBDocumentClient,
  inputs: QueryCommandInput[],
  options: { limit: number; all: boolean; after?: string | undefined },
): AsyncGenerator<Page> {
  let position = options.after ? decodeCursor(options.after) : { q: 0, k: undefined };
  let read = 0;
  while (position.q < inputs.length) {
    const input = inputs[position.q] as QueryCommandInput;
    const limit = options.all ? options.limit : options.limit - read;
    const result = await documents.send(
      new QueryCommand({ ...input, Limit: limit, ExclusiveStartKey: position.k }),
    );
    position = result.LastEvaluatedKey
      ? { q: position.q, k: result.LastEvaluatedKey }
      : { q: position.q + 1, k: undefined };
    const items = (result.Items ?? []) as Row[];
    read += items.length;
    const cursor = position.q < inputs.length ? encodeCursor(position) : null;
    yield { items, cursor };
    if (!options.all && read >= options.limit) return;
  }
}

function encodeCursor(position: { q: number; k: Record<string, unknown> | undefined }): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

function decodeCursor(cursor: string): { q: number; k: Record<string, unknown> | undefined } {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed.q === 'number') return { q: parsed.q, k: parsed.k ?? undefined };
  } catch {
    // fall through
  }
  throw new UsageError(`--after: not a cursor printed by copydesk: ${cursor}`);
}

export async function getRecord(
  documents: DynamoDBDocumentClient,
  table: string,
  id: string,
): Promise<Row | null> {
  const { Item } = await documents.send(new GetCommand({ TableName: table, Key: { id } }));
  return (Item as Row | undefined) ?? null;
}

export interface NearDuplicates {
  items: Row[];
  /** How the candidates were found: the MinHash band indexes, or a scan for records without a signature. */
  method: 'index' | 'scan';
}

export interface NearOptions {
  /** Keep records whose MinHash signatures agree on at least this share of values (0–1). */
  minSimilarity?: number | undefined;
  /** Keep records whose simhash is within this many bits (with the indexes: an extra filter; 0–64). */
  maxDistance?: number | undefined;
}

/** Without a signature (records written before MinHash), the old rule: simhash within this many bits. */
export const SCAN_MAX_DISTANCE = 3;

/**
 * Records near the record, most similar first (the record itself excluded), each with `similarity`
 * (estimated Jaccard similarity of the bodies' shingles, from the MinHash signatures) and `distance`
 * (simhash bits). Candidates come from the band indexes: every record sharing one of the record's bands.
 */
export async function nearDuplicates(
  documents: DynamoDBDocumentClient,
  table: string,
  record: Row,
  options: NearOptions = {},
): Promise<NearDuplicates> {
  const minhash = record.minhash;
  const simhash = record.simhash;
  if (typeof minhash !== 'string' && typeof simhash !== 'string') {
    throw new UsageError(`${record.id} has no MinHash signature or simhash (rejected records have none)`);
  }
  const minSimilarity = options.minSimilarity ?? NEAR_DUPLICATE_MIN_SIMILARITY;
  const candidates = new Map<string, { minhash?: string; simhash?: string }>();
  const method = typeof minhash === 'string' ? 'index' : 'scan';
  const input =
    method === 'index'
      ? Array.from({ length: MINHASH_BANDS }, (_, band) => ({
          TableName: table,
          IndexName: minhashBandIndex(band),
          KeyConditionExpression: '#band = :band',
          ExpressionAttributeNames: { '#band': minhashBandAttribute(band) },
          ExpressionAttributeValues: { ':band': record[minhashBandAttribute(band)] },
          ProjectionExpression: 'id, minhash, simhash',
        }))
      : [];
  for (const query of input) {
    for await (const page of paginateQuery({ client: documents }, query))
      for (const item of page.Items ?? []) candidates.set(item.id, item);
  }
  if (method === 'scan') {
    // Records written before the MinHash attributes are in no band index: compare simhashes instead.
    const pages = paginateScan(
      { client: documents },
      {
        TableName: table,
        ProjectionExpression: 'id, minhash, simhash',
        FilterExpression: 'attribute_exists(simhash)',
      },
    );
    for await (const page of pages) for (const item of page.Items ?? []) candidates.set(item.id, item);
  }
  const maxDistance = options.maxDistance ?? (method === 'scan' ? SCAN_MAX_DISTANCE : 64);
  const near = [...candidates]
    .filter(([id]) => id !== record.id)
    .map(([id, other]) => ({
      id,
      similarity:
        typeof minhash === 'string' && typeof other.minhash === 'string'
          ? estimatedSimilarity(minhash, other.minhash)
          : null,
      distance:
        typeof simhash === 'string' && typeof other.simhash === 'string'
          ? hamming(simhash, other.simhash)
          : null,
    }))
    .filter(
      (candidate) =>
        (method === 'scan' || (candidate.similarity ?? 0) >= minSimilarity) &&
        (candidate.distance ?? 0) <= maxDistance,
    );
  const full = await batchGet(
    documents,
    table,
    near.map((candidate) => candidate.id),
  );
  const items = near
    .flatMap(({ id, similarity, distance }) =>
      full.has(id) ? [{ ...full.get(id), similarity, distance } as Row] : [],
    )
    .sort(
      (a, b) =>
        Number(b.similarity ?? 0) - Number(a.similarity ?? 0) ||
        Number(a.distance ?? 64) - Number(b.distance ?? 64) ||
        String(a.id).localeCompare(String(b.id)),
    );
  return { items, method };
}

/** Full records by id, 100 per request, retrying what DynamoDB returns as unprocessed. */
export async function batchGet(
  documents: DynamoDBDocumentClient,
  table: string,
  ids: string[],
  projection?: string,
  names?: Record<string, string>,
): Promise<Map<string, Row>> {
  const found = new Map<string, Row>();
  for (let start = 0; start < ids.length; start += 100) {
    let keys: Record<string, unknown>[] = ids.slice(start, start + 100).map((id) => ({ id }));
    for (let attempt = 0; keys.length > 0; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
      const result = await documents.send(
        new BatchGetCommand({
          RequestItems: {
            [table]: {
              Keys: keys,
              ...(projection ? { ProjectionExpression: projection } : {}),
              ...(names ? { ExpressionAttributeNames: names } : {}),
            },
          },
        }),
      );
      for (const item of result.Responses?.[table] ?? []) found.set(item.id as string, item as Row);
      keys = (result.UnprocessedKeys?.[table]?.Keys ?? []) as Record<string, unknown>[];
    }
  }
  return found;
}

/** Bits that differ between two 16-hex-digit simhashes. */
export function hamming(a: string, b: string): number {
  let x = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let bits = 0;
  while (x > 0n) {
    bits += Number(x & 1n);
    x >>= 1n;
  }
  return bits;
}
