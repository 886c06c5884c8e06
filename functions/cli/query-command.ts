/** `copydesk query PATTERN …`: every access pattern of the GUIDE, as a table or JSON lines. */
import { parseArgs } from 'node:util';
import { NEAR_DUPLICATE_MIN_SIMILARITY } from '../shared/near-duplicates.ts';
import { chooseFormat, type OutputOptions, parseFields, type Row, writeRecords } from './output.ts';
import {
  asFailedRow,
  getRecord,
  nearDuplicates,
  type Pattern,
  queryInputs,
  runQueries,
  SCAN_MAX_DISTANCE,
  STATUSES,
} from './queries.ts';
import { recordIdFor, resolveTarget, TARGET_HELP, TARGET_OPTIONS, type Target } from './target.ts';
import { UsageError } from './usage-error.ts';

export const QUERY_HELP = `Usage: copydesk query PATTERN [ARGS] [options]

Patterns:
  key KEY                 the record of an object (KEY in the raw bucket, or s3://BUCKET/KEY)
  site SITE               a site's records, newest first (index bySite)
  author NAME             an author's records, newest first (index byAuthor; the FIRST author only; any case)
  hash CONTENT_HASH       all records with this body (index byContentHash)
  duplicates KEY          all records with the same body as KEY's record (itself included)
  near KEY                near duplicates of KEY's record, most similar first (MinHash band indexes)
  rejected | failed       rejected / failed files with their reasons, newest first (index byStatus);
                          failed then lists clean records whose newer version failed (byFailedVersion)
  status STATUS           records with a status (clean, rejected, failed), newest first
  processed               records processed in --from/--to, oldest first, for each status

Options:
  --from T, --to T        range on the index's sort key: publication date (site, author) or
                          processing time (status, processed), as an ISO date (2025-06-01) or time
                          (2025-06-01T08:00:00Z); a date alone as --to means that whole day
  --status S              with 'processed': only this status (default: ${STATUSES.join(', ')})
  --similarity S          with 'near': estimated share of shared word 3-shingles, 0-1 (default ${NEAR_DUPLICATE_MIN_SIMILARITY})
  --distance N            with 'near': also at most N differing simhash bits of 64 (records written
                          before MinHash signatures are compared by this alone, default ${SCAN_MAX_DISTANCE})
  --format F              table (default on a terminal), tsv (default in a pipe: a header line,
                          then one record per line, tab-separated) or json (one record per line)
  --json                  the same as --format json
  --fields A,B            columns (or JSON keys) to print; dot paths reach nested fields
  --limit N               records per DynamoDB request (default 25); prints the first page only
  --all                   follow DynamoDB's cursor to the last page
  --after CURSOR          continue from the cursor printed after an earlier page
  -h, --help              show this help

${TARGET_HELP}`;

const LIST_FIELDS = ['key', 'status', 'site', 'sortDate', 'authorKey', 'title'];
const PROBLEM_FIELDS = ['key', 'status', 'reason', 'reasonDetail', 'processedAt'];
const PROCESSED_FIELDS = ['processedAt', 'status', 'key', 'reason', 'title'];
const NEAR_FIELDS = ['similarity', 'distance', 'key', 'site', 'title'];

export async function queryCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...TARGET_OPTIONS,
      from: { type: 'string' },
      to: { type: 'string' },
      status: { type: 'string' },
      distance: { type: 'string' },
      similarity: { type: 'string' },
      json: { type: 'boolean', default: false },
      format: { type: 'string' },
      fields: { type: 'string' },
      limit: { type: 'string' },
      all: { type: 'boolean', default: false },
      after: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out.write(`${QUERY_HELP}\n`);
    return 0;
  }
  const [pattern, ...args] = positionals;
  if (!pattern) throw new UsageError('query: give a PATTERN (see copydesk query --help)');
  const limit = positiveInteger(values.limit ?? '25', '--limit');
  const range = { from: isoTime(values.from, '--from'), to: isoTime(values.to, '--to') };
  if (values.status !== undefined) knownStatus(values.status, '--status');
  const format = chooseFormat(out, values.format, values.json);
  const output = (defaultFields: string[]): OutputOptions => ({
    format,
    fields: parseFields(values.fields),
    defaultFields,
  });
  const argument = (name: string): string => {
    if (args.length !== 1) throw new UsageError(`query ${pattern}: give exactly one ${name}`);
    return args[0] as string;
  };

  const target = await resolveTarget(values);
  try {
    switch (pattern) {
      case 'key': {
        const id = recordIdFor(target, argument('KEY'));
        const record = await getRecord(target.documents, target.table, id);
        if (!record) return notFound(id);
        writeRecords(out, [record], output(LIST_FIELDS));
        return 0;
      }
      case 'duplicates': {
        const record = await recordOf(target, argument('KEY'));
        if (!record) return notFound(recordIdFor(target, args[0] as string));
        if (typeof record.contentHash !== 'string') {
          throw new UsageError(`${record.id} has no contentHash (rejected records have none)`);
        }
        const query: Pattern = { kind: 'hash', contentHash: record.contentHash };
        return list(target, query, output(LIST_FIELDS), out, { limit, all: values.all, after: values.after });
      }
      case 'near': {
        const record = await recordOf(target, argument('KEY'));
        if (!record) return notFound(recordIdFor(target, args[0] as string));
        const maxDistance =
          values.distance === undefined ? undefined : nonNegative(values.distance, '--distance');
        if (maxDistance !== undefined && maxDistance > 64) throw new UsageError('--distance: 0 to 64 bits');
        const minSimilarity = values.similarity === undefined ? undefined : share(values.similarity);
        const result = await nearDuplicates(target.documents, target.table, record, {
          minSimilarity,
          maxDistance,
        });
        if (result.method === 'scan') {
          process.stderr.write(
            `note: ${record.id} predates the MinHash attributes; scanned the table for simhashes within ` +
              `${maxDistance ?? SCAN_MAX_DISTANCE} bits instead (copydesk reprocess --force adds them)\n`,
          );
        }
        writeRecords(out, result.items, output(NEAR_FIELDS));
        return 0;
      }
      case 'site':
        return list(target, { kind: 'site', site: argument('SITE'), range }, output(LIST_FIELDS), out, {
          limit,
          all: values.all,
          after: values.after,
        });
      case 'author':
        return list(target, { kind: 'author', author: argument('NAME'), range }, output(LIST_FIELDS), out, {
          limit,
          all: values.all,
          after: values.after,
        });
      case 'hash':
        return list(
          target,
          { kind: 'hash', contentHash: argument('CONTENT_HASH') },
          output(LIST_FIELDS),
          out,
          { limit, all: values.all, after: values.after },
        );
      case 'rejected':
      case 'failed':
      case 'status': {
        const status = pattern === 'status' ? knownStatus(argument('STATUS'), 'query status') : pattern;
        if (pattern !== 'status' && args.length > 0)
          throw new UsageError(`query ${pattern}: takes no argument`);
        const fields = status === 'clean' ? LIST_FIELDS : PROBLEM_FIELDS;
        return list(target, { kind: 'status', status, range }, output(fields), out, {
          limit,
          all: values.all,
          after: values.after,
        });
      }
      case 'processed': {
        if (values.from === undefined && values.to === undefined) {
          throw new UsageError('query processed: give --from and/or --to');
        }
        const statuses = values.status ? [values.status] : [...STATUSES];
        return list(target, { kind: 'processed', statuses, range }, output(PROCESSED_FIELDS), out, {
          limit,
          all: values.all,
          after: values.after,
        });
      }
      default:
        throw new UsageError(`query: unknown pattern '${pattern}' (see copydesk query --help)`);
    }
  } finally {
    target.close();
  }
}

async function list(
  target: Target,
  pattern: Pattern,
  output: OutputOptions,
  out: NodeJS.WritableStream,
  paging: { limit: number; all: boolean; after?: string | undefined },
): Promise<number> {
  const table: Row[] = [];
  let cursor: string | null = null;
  let count = 0;
  const failedFiles = pattern.kind === 'status' && pattern.status === 'failed';
  try {
    for await (const result of runQueries(target.documents, queryInputs(pattern, target.table), paging)) {
      const page = failedFiles ? { ...result, items: result.items.map(asFailedRow) } : result;
      // JSON lines and TSV stream page by page; a table is printed whole so its columns line up.
      if (output.format === 'table') table.push(...page.items);
      else writeRecords(out, page.items, output, count === 0);
      count += page.items.length;
      cursor = page.cursor;
    }
  } catch (error) {
    // byFailedVersion, read last, is missing from a table made before it (a local table: dynalite cannot add
    // an index) or still filling after a deployment: the failed files are listed, these records are not.
    if (!(failedFiles && isMissingIndex(error, 'byFailedVersion'))) throw error;
    process.stderr.write(
      `note: the table cannot be read through its byFailedVersion index yet (${(error as Error).message}); ` +
        'clean records whose newer version failed are not listed: copydesk dlq list shows their messages\n',
    );
    cursor = null;
  }
  if (output.format === 'table') writeRecords(out, table, output);
  if (count === 0) process.stderr.write('no records\n');
  if (cursor) process.stderr.write(`more records: add --after ${cursor} (or --all)\n`);
  return 0;
}

/**
 * DynamoDB's answer to a query on `index` when the table does not have it, or is still building it (its messages
 * name the index: a missing byStatus is no reason to go on).
 */
function isMissingIndex(error: unknown, index: string): boolean {
  return (
    error instanceof Error &&
    error.name === 'ValidationException' &&
    /specified index|backfilling/i.test(error.message) &&
    error.message.includes(index)
  );
}

async function recordOf(target: Target, keyOrId: string): Promise<Row | null> {
  return getRecord(target.documents, target.table, recordIdFor(target, keyOrId));
}

function notFound(id: string): number {
  process.stderr.write(`no record for ${id}\n`);
  return 1;
}

export function positiveInteger(value: string, name: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new UsageError(`${name} takes a positive whole number`);
  return parsed;
}

/**
 * An ISO date or UTC date-time as a range bound (the sort keys hold ISO dates and UTC times, compared
 * as text): anything else, an offset included, would silently match the wrong records or none.
 */
export function isoTime(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?Z?)?$/;
  if (!iso.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(
      `${name}: not an ISO date or time: '${value}' (e.g. 2025-06-01 or 2025-06-01T08:00:00Z)`,
    );
  }
  return value;
}

/** A status the table can hold; another would silently match nothing. */
export function knownStatus(value: string, name: string): string {
  if (!(STATUSES as readonly string[]).includes(value)) {
    throw new UsageError(`${name}: unknown status '${value}' (one of ${STATUSES.join(', ')})`);
  }
  return value;
}

function nonNegative(value: string, name: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new UsageError(`${name} takes a whole number ≥ 0`);
  return parsed;
}

/** `--similarity`: a share of signature values, from 0 to 1. */
function share(value: string): number {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed < 0 || parsed > 1) {
    throw new UsageError('--similarity takes a number from 0 to 1 (say 0.4)');
  }
  return parsed;
}
