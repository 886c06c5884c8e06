/**
 * One definition of the names, key schema, indexes, event filter and limits, shared by the CDK stack
 * (infra/stack.ts), the local emulated stack (infra/local) and the handler, so they cannot drift.
 */
import { MINHASH_BANDS } from '../core/minhash.ts';
import { minhashBandAttribute, minhashBandIndex } from './near-duplicates.ts';

export const RAW_PREFIX_DEFAULT = 'raw/';
/**
 * The object suffixes cleaned by default: the layouts the core reads, plain text (blocks or lines),
 * markdown and HTML, a scraper's JSON item, a web archive's record (`.warc`, one record per object), a feed's item
 * (`.xml`, `.rss`, `.atom`: one item per object), a page saved as one file (`.mhtml`, `.mht`), and any of them
 * gzip-compressed (`.gz`: "page.html.gz"; the core reads the name without it).
 * One list for the bucket's notification filter (CDK context `suffixes`), the local stack
 * (`npm start -- --suffixes`) and `copydesk clean DIR`. No suffix may end another (S3 refuses
 * overlapping notification filters): `.htm` does not end `.html`, and `.gz` ends none of them.
 */
export const RAW_SUFFIXES_DEFAULT: readonly string[] = [
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.json',
  '.warc',
  '.xml',
  '.rss',
  '.atom',
  '.mhtml',
  '.mht',
  '.gz',
];

/** Every part of a record moved to the clean bucket lives under this prefix (the function writes only there). */
export const OFFLOAD_PREFIX = 'records/';

/** Default input size limit: larger objects are rejected from the event's size, never downloaded. */
export const MAX_INPUT_BYTES_DEFAULT = 10 * 1024 * 1024;

/** Partition key of the records table: `s3://bucket/key` (key decoded, never Unicode-normalised). */
export const TABLE_PARTITION_KEY = 'id';

/**
 * DynamoDB's key limits, for the table and every index: UTF-8 bytes of a partition key and of a sort
 * key; a key attribute may not be an empty string. An item whose index key breaks them is refused.
 * `id` is at most 5 + 63 + 1 + 1,024 bytes (S3's bucket name and key limits), so it fits a partition
 * key but not a sort key: indexes sort by `idSortKey` (record-item.ts), never by `id`.
 */
export const KEY_LIMITS = { partitionKeyBytes: 2048, sortKeyBytes: 1024 } as const;

export interface IndexDefinition {
  name: string;
  partitionKey: string;
  sortKey?: string;
  /** Why the index exists: the access pattern it serves. */
  serves: string;
  /**
   * Attributes copied into the index besides the keys; absent = ALL. Narrow indexes cost one small
   * write per record instead of a second copy of the whole item.
   */
  projection?: { type: 'KEYS_ONLY' } | { type: 'INCLUDE'; attributes: string[] };
}

/** `failedVersionStatus` of a clean record whose newer version failed: byFailedVersion's one partition. */
export const FAILED_VERSION_STATUS = 'failed';

/**
 * Global secondary indexes, one per access pattern of the GUIDE. All are sparse: an item without the
 * partition-key attribute (say, a record with no site) is simply not in that index.
 */
export const INDEXES: readonly IndexDefinition[] = [
  { name: 'bySite', partitionKey: 'site', sortKey: 'sortDate', serves: "a site's records, newest first" },
  {
    name: 'byAuthor',
    // The first author's name in lower case (author-key.ts authorKeyOf), since CLEANER_VERSION 0.2.21.
    partitionKey: 'authorKey',
    sortKey: 'sortDate',
    serves: "an author's records, newest first",
  },
  {
    name: 'byContentHash',
    partitionKey: 'contentHash',
    // Not `id`: a 1,024-byte S3 key makes an id over the 1,024-byte sort-key limit.
    sortKey: 'idSortKey',
    serves: 'all records with the same body (exact duplicates)',
  },
  {
    name: 'byStatus',
    partitionKey: 'status',
    sortKey: 'processedAt',
    serves: 'rejected and failed files; records processed in a time range',
  },
  {
    // A clean record keeps its status when a newer version of its object fails (record-store.ts attaches the
    // failure as `failedVersion`): byStatus cannot list it among the failed files, this index does. Only such
    // records carry the key attributes, and a later clean write replaces the whole item, so it leaves again.
    name: 'byFailedVersion',
    partitionKey: 'failedVersionStatus',
    sortKey: 'failedVersionAt',
    serves: 'clean records whose newer object version failed',
    projection: { type: 'INCLUDE', attributes: ['key', 'status', 'failedVersion'] },
  },
  // Near duplicates: the MinHash signature's LSH bands (functions/shared/near-duplicates.ts), one sparse
  // index each. A query reads the record's bands and keeps candidates whose signatures agree enough; only
  // the signature and the simhash are projected, to keep each index write under 1 KB (one write unit).
  // No sort key: band lookups need no order, and `id` can pass the 1,024-byte sort-key limit.
  ...Array.from(
    { length: MINHASH_BANDS },
    (_, band): IndexDefinition => ({
      name: minhashBandIndex(band),
      partitionKey: minhashBandAttribute(band),
      serves: `near duplicates (MinHash band ${band} of ${MINHASH_BANDS})`,
      projection: { type: 'INCLUDE', attributes: ['minhash', 'simhash'] },
    }),
  ),
];

/** Names used when the stack is not told otherwise (and by the local stack). */
export function resourceNames(stage: string) {
  return {
    rawBucket: `copydesk-${stage}-raw`,
    cleanBucket: `copydesk-${stage}-clean`,
    table: `copydesk-${stage}-records`,
    queue: `copydesk-${stage}-events`,
    deadLetterQueue: `copydesk-${stage}-events-dlq`,
  };
}

/** Does an object key pass the stack's notification filter (prefix and one of the suffixes)? */
export function matchesEventFilter(key: string, prefix: string, suffixes: readonly string[]): boolean {
  if (!key.startsWith(prefix)) return false;
  return suffixes.length === 0 || suffixes.some((suffix) => key.endsWith(suffix));
}

/** Environment variables the handler reads (set by the stack and by the local stack). */
export const ENV = {
  table: 'TABLE_NAME',
  cleanBucket: 'CLEAN_BUCKET',
  maxInputBytes: 'MAX_INPUT_BYTES',
} as const;

/**
 * The byte limit of each attribute that is a key of some index (the smaller when it is a partition key
 * of one and a sort key of another), for the handler to keep index keys within DynamoDB's limits.
 */
export function indexKeyLimits(): Map<string, number> {
  const limits = new Map<string, number>();
  const note = (name: string, limit: number) => limits.set(name, Math.min(limits.get(name) ?? limit, limit));
  for (const index of INDEXES) {
    note(index.partitionKey, KEY_LIMITS.partitionKeyBytes);
    if (index.sortKey) note(index.sortKey, KEY_LIMITS.sortKeyBytes);
  }
  return limits;
}

/** Every attribute used as a table or index key (all strings), for the table's attribute definitions. */
export function keyAttributeNames(): string[] {
  const names = new Set<string>([TABLE_PARTITION_KEY]);
  for (const index of INDEXES) {
    names.add(index.partitionKey);
    if (index.sortKey) names.add(index.sortKey);
  }
  return [...names];
}

/** Settings of the local emulated stack (npm start). */
export const LOCAL = {
  stage: 'local',
  s3Port: 4569,
  dynamoPort: 4567,
  dataDir: '.local',
  batchSize: 10,
} as const;

/**
 * The handler's CloudWatch metrics (EMF log lines through Powertools, which adds the `service`
 * dimension), named once for the handler and for the stack's alarms on them.
 */
export const METRICS = {
  namespace: 'copydesk',
  service: 'copydesk-cleaner',
  /** One per clean record written. */
  cleaned: 'DocumentsCleaned',
  /** One per rejected record written. */
  rejected: 'DocumentsRejected',
  /** One per object given up on: a `failed` record left on the message's last delivery. */
  failed: 'RecordsFailed',
} as const;

/** Receives before SQS moves a message to the dead-letter queue (the stack and the local bridge). */
export const MAX_RECEIVE_COUNT = 5;

/**
 * CloudFormation output keys of the stack; `copydesk --stack NAME` reads them to find the resources.
 */
export const STACK_OUTPUTS = {
  rawBucket: 'RawBucketName',
  rawPrefix: 'RawPrefix',
  cleanBucket: 'CleanBucketName',
  table: 'TableName',
  queueUrl: 'QueueUrl',
  deadLetterQueueUrl: 'DeadLetterQueueUrl',
  functionName: 'FunctionName',
} as const;
