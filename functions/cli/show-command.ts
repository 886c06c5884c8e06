/** `copydesk show ID`: one record, with every removed line and the rule that removed it. */
import { parseArgs } from 'node:util';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { isTerminal } from './output.ts';
import { getRecord } from './queries.ts';
import { formatRecord, type Removed } from './record-text.ts';
import { recordIdFor, resolveTarget, TARGET_HELP, TARGET_OPTIONS } from './target.ts';
import { UsageError } from './usage-error.ts';

export const SHOW_HELP = `Usage: copydesk show ID|KEY [options]

Prints one record: its outcome and metadata, then every line or block the cleaner removed with the
rule id and kind of boilerplate, in document order.

  ID|KEY        s3://BUCKET/KEY, or a KEY in the raw bucket
  --body        print the clean body too
  --json        print the whole record as one JSON line
  -h, --help    show this help

${TARGET_HELP}`;

export async function showCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...TARGET_OPTIONS,
      body: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out.write(`${SHOW_HELP}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('show: give exactly one ID or KEY');
  const target = await resolveTarget(values);
  try {
    const id = recordIdFor(target, positionals[0] as string);
    const record = await getRecord(target.documents, target.table, id);
    if (!record) {
      process.stderr.write(`no record for ${id}\n`);
      return 1;
    }
    // Items too big for DynamoDB keep their body and audit in the clean bucket (record-store.ts).
    const removed = (record.removed ?? (await readPointer(target.s3, record.removedLocation, 'json'))) as
      | Removed[]
      | null;
    const body = values.body
      ? (record.body ?? (await readPointer(target.s3, record.bodyLocation, 'text')))
      : null;
    if (values.json) {
      out.write(`${JSON.stringify({ ...record, removed, ...(values.body ? { body } : {}) })}\n`);
      return 0;
    }
    out.write(formatRecord(record, removed ?? [], isTerminal(out)));
    if (values.body) out.write(`\nBody:\n${body ?? '-'}\n`);
    return 0;
  } finally {
    target.close();
  }
}

async function readPointer(s3: S3Client, location: unknown, as: 'json' | 'text'): Promise<unknown> {
  if (typeof location !== 'string') return null;
  const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(location);
  if (!match) return null;
  const response = await s3.send(new GetObjectCommand({ Bucket: match[1], Key: match[2] }));
  const text = (await response.Body?.transformToString('utf-8')) ?? '';
  return as === 'json' ? JSON.parse(text) : text;
}
