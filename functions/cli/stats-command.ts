/**
 * `copydesk stats`: counts by status, site, rejection reason (a clean record whose newer version failed counted by
 * that failure's reason) and cleaner version.
 *
 * Reads every record once, through the byStatus index (one Query per status) rather than a Scan: the
 * cost is the same (DynamoDB charges by item size read either way), but the Query names the statuses
 * it counts. Projection keeps the transfer small. Fine for an operator's occasional look; a dashboard
 * over millions of records would keep running counters instead.
 */
import { parseArgs } from 'node:util';
import { type DynamoDBDocumentClient, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { STATUSES } from './queries.ts';
import { resolveTarget, TARGET_HELP, TARGET_OPTIONS } from './target.ts';
import { UsageError } from './usage-error.ts';

export const STATS_HELP = `Usage: copydesk stats [options]

Counts records by status, site, rejection reason and cleaner version.

  --json        print the counts as one JSON object
  -h, --help    show this help

${TARGET_HELP}`;

export interface Stats {
  total: number;
  byStatus: Record<string, number>;
  bySite: Record<string, number>;
  byReason: Record<string, number>;
  byCleanerVersion: Record<string, number>;
}

export async function statsCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...TARGET_OPTIONS,
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out.write(`${STATS_HELP}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError('stats: takes no arguments');
  const target = await resolveTarget(values);
  try {
    const stats = await countRecords(target.documents, target.table);
    out.write(values.json ? `${JSON.stringify(stats)}\n` : formatStats(stats));
    return 0;
  } finally {
    target.close();
  }
}

export async function countRecords(documents: DynamoDBDocumentClient, table: string): Promise<Stats> {
  const stats: Stats = { total: 0, byStatus: {}, bySite: {}, byReason: {}, byCleanerVersion: {} };
  const add = (counts: Record<string, number>, key: string) => {
    counts[key] = (counts[key] ?? 0) + 1;
  };
  for (const status of STATUSES) {
    const pages = paginateQuery(
      { client: documents },
      {
        TableName: table,
        IndexName: 'byStatus',
        KeyConditionExpression: '#status = :status',
        ExpressionAttributeNames: { '#status': 'status', '#site': 'site', '#reason': 'reason' },
        ExpressionAttributeValues: { ':status': status },
        // A clean record's failedVersion.reason: its newer version failed (record-store.ts), counted by reason too.
        ProjectionExpression: '#site, #reason, cleanerVersion, failedVersion.#reason',
      },
    );
    for await (const page of pages) {
      for (const item of page.Items ?? []) {
        stats.total += 1;
        add(stats.byStatus, status);
        if (status === 'clean') add(stats.bySite, typeof item.site === 'string' ? item.site : '(no site)');
        else add(stats.byReason, `${status}: ${typeof item.reason === 'string' ? item.reason : '(none)'}`);
        const newerFailed = item.failedVersion?.reason;
        if (status === 'clean' && newerFailed !== undefined) {
          add(stats.byReason, `clean, newer version failed: ${String(newerFailed)}`);
        }
        add(stats.byCleanerVersion, String(item.cleanerVersion ?? '(none)'));
      }
    }
  }
  return stats;
}

export function formatStats(stats: Stats): string {
  const section = (title: string, counts: Record<string, number>) => {
    const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const width = Math.max(0, ...entries.map(([name]) => name.length));
    const rows = entries.map(([name, count]) => `  ${name.padEnd(width)}  ${String(count).padStart(7)}`);
    return [`${title}:`, ...(rows.length > 0 ? rows : ['  -'])].join('\n');
  };
  return `${[
    `records: ${stats.total}`,
    section('by status', stats.byStatus),
    section('by site (clean records)', stats.bySite),
    section('by reason (rejected, failed, and clean records whose newer version failed)', stats.byReason),
    section('by cleaner version', stats.byCleanerVersion),
  ].join('\n\n')}\n`;
}
