/** `copydesk show ID`: one record, with every removed line and the rule that removed it. */
import { parseArgs } from 'node:util';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { cellText, fieldValue, isTerminal, type Row } from './output.ts';
import { getRecord } from './queries.ts';
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

interface Removed {
  text: string;
  rule: string;
  kind: string;
  line: number;
}

const SUMMARY: [label: string, path: string][] = [
  ['title', 'title'],
  ['authors', 'authors'],
  ['site', 'site'],
  ['publishedAt', 'publishedAt'],
  ['url', 'url'],
  ['language', 'language'],
  ['sources', 'sources'],
  ['contentHash', 'contentHash'],
  ['simhash', 'simhash'],
  ['eTag', 'eTag'],
  ['versionId', 'versionId'],
];

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

export function formatRecord(record: Row, removed: Removed[], terminal: boolean): string {
  const lines = [String(record.id)];
  const label = (name: string, value: string) => lines.push(`  ${name.padEnd(14)}${value}`);
  const processed = `cleaner ${cellText(record.cleanerVersion)}, processed ${cellText(record.processedAt)}`;
  label('status', `${cellText(record.status)} (${processed})`);
  if (record.status !== 'clean') {
    label('reason', `${cellText(record.reason)}: ${cellText(record.reasonDetail)}`);
  }
  for (const [name, path] of SUMMARY) {
    const value = fieldValue(record, path);
    if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) {
      label(name, cellText(value));
    }
  }
  const quality = record.quality as Record<string, number> | undefined;
  if (quality) {
    const share = `${Math.round((quality.removedWordShare ?? 0) * 1000) / 10}%`;
    label(
      'words',
      `${cellText(record.wordCount)} kept; ${quality.removedWords} of ${quality.inputWords} removed (${share})`,
    );
  }
  if (record.status === 'clean') {
    lines.push('', `Removed (${removed.length}):`);
    if (removed.length === 0) lines.push('  nothing');
    const ruleWidth = Math.max(4, ...removed.map((item) => item.rule.length));
    const kindWidth = Math.max(4, ...removed.map((item) => item.kind.length));
    lines.push(`  ${'LINE'.padStart(5)}  ${'RULE'.padEnd(ruleWidth)}  ${'KIND'.padEnd(kindWidth)}  TEXT`);
    const maxText = terminal ? 80 : Number.POSITIVE_INFINITY;
    for (const item of removed) {
      // A removed block keeps its lines: one row each, numbered, the rule on the first.
      item.text.split('\n').forEach((text, offset) => {
        const shown = text.length > maxText ? `${text.slice(0, maxText - 1)}…` : text;
        const rule = offset === 0 ? item.rule : '';
        const kind = offset === 0 ? item.kind : '';
        lines.push(
          `  ${String(item.line + offset).padStart(5)}  ${rule.padEnd(ruleWidth)}  ${kind.padEnd(kindWidth)}  ${shown}`,
        );
      });
    }
  }
  return `${lines.join('\n')}\n`;
}

async function readPointer(s3: S3Client, location: unknown, as: 'json' | 'text'): Promise<unknown> {
  if (typeof location !== 'string') return null;
  const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(location);
  if (!match) return null;
  const response = await s3.send(new GetObjectCommand({ Bucket: match[1], Key: match[2] }));
  const text = (await response.Body?.transformToString('utf-8')) ?? '';
  return as === 'json' ? JSON.parse(text) : text;
}
