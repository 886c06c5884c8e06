/**
 * One definition of the names, key schema, indexes, event filter and limits, shared by the CDK stack
 * (infra/stack.ts), the local emulated stack (infra/local) and the handler, so they cannot drift.
 */
import { SIMHASH_BANDS, simhashBandAttribute, simhashBandIndex } from './simhash-bands.ts';

export const RAW_PREFIX_DEFAULT = 'raw/';
/**
 * The object suffixes cleaned by default: the layouts the core reads, plain text (blocks or lines),
 * markdown and HTML.
 * One list for the bucket's notification filter (CDK context `suffixes`), the local stack
 * (`npm start -- --suffixes`) and `copydesk clean DIR`. No suffix may end another (S3 refuses
 * overlapping notification filters): `.htm` does not end `.html`.
 */
export const RAW_SUFFIXES_DEFAULT: readonly string[] = ['.txt', '.md', '.markdown', '.html', '.htm'];

/** Default input size limit: larger objects are rejected from the event's size, never downloaded. */
export const MAX_INPUT_BYTES_DEFAULT = 10 * 1024 * 1024;

/** Partition key of the records table: `s3://bucket/key` (key decoded, never Unicode-normalised). */
export const TABLE_PARTITION_KEY = 'id';

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

/**
 * Global secondary indexes, one per access pattern of the GUIDE. All are sparse: an item without the
 * partition-key attribute (say, a record with no site) is simply not in that index.
 */
export const INDEXES: readonly IndexDefinition[] = [
  { name: 'bySite', partitionKey: 'site', sortKey: 'sortDate', serves: "a site's records, newest first" },
  {
    name: 'byAuthor',
    partitionKey: 'authorKey',
    sortKey: 'sortDate',
    serves: "an author's records, newest first",
  },
  {
    name: 'byContentHash',
    partitionKey: 'contentHash',
    sortKey: 'id',
    serves: 'all records with the same body (exact duplicates)',
  },
  {
    name: 'byStatus',
    partitionKey: 'status',
    sortKey: 'processedAt',
    serves: 'rejected and failed files; records processed in a time range',
  },
  // Near duplicates: the 64-bit simhash cut into 4 bands of 16 bits (functions/shared/simhash-bands.ts).
  // Two simhashes within Hamming distance 3 agree on at least one band (pigeonhole), so querying the
  // record's 4 bands finds every candidate; only the simhash is projected, to keep the writes small.
  ...Array.from(
    { length: SIMHASH_BANDS },
    (_, band): IndexDefinition => ({
      name: simhashBandIndex(band),
      partitionKey: simhashBandAttribute(band),
      sortKey: 'id',
      serves: `near duplicates (simhash band ${band} of ${SIMHASH_BANDS})`,
      projection: { type: 'INCLUDE', attributes: ['simhash'] },
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
