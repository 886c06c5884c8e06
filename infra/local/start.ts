/**
 * `npm start`: the pipeline end to end on the embedded local stack, over the seeds.
 * `npm start -- --watch`: keep the stack up (data in .local/, fixed ports) and clean every later upload.
 */
// The SDK's notice that Node 20 support ends is noise for a local tool; Lambda runs Node 22+.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ||= 'true';

import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSEvent } from 'aws-lambda';
import {
  LOCAL,
  matchesEventFilter,
  RAW_PREFIX_DEFAULT,
  RAW_SUFFIXES_DEFAULT,
} from '../../functions/shared/definitions.ts';
import { registerRunningStack } from './data-folder.ts';
import type { DeadLetter } from './dead-letters.ts';
import { type LocalStack, startLocalStack, writeEndpointsFile } from './local-stack.ts';
import { messageContents } from './messages.ts';
import { startQueueEndpoint } from './queue-endpoint.ts';

const HELP = `Usage: npm start [-- options]

Runs copydesk end to end on an embedded local stack (s3rver + dynalite in this process):
uploads every seed file (seeds/*${RAW_SUFFIXES_DEFAULT.join(', *')}) under the raw prefix, lets the
real Lambda handler clean them, and prints one line per file.

  --watch              keep the stack running and clean every file uploaded later
                       (data kept in ${LOCAL.dataDir}/ across restarts; fixed ports)
  --s3-port N          S3 port in watch mode (default ${LOCAL.s3Port})
  --dynamo-port N      DynamoDB port in watch mode (default ${LOCAL.dynamoPort})
  --data-dir DIR       data folder in watch mode (default ${LOCAL.dataDir}); copydesk finds the
                       running stack whatever its data folder
  --prefix P           only keys under P are cleaned (default ${RAW_PREFIX_DEFAULT}, as the CDK context 'prefix')
  --suffixes LIST      only keys ending in one of these are cleaned (default ${RAW_SUFFIXES_DEFAULT.join(',')},
                       as the CDK context 'suffixes'; "" for any key under the prefix)
  --seeds DIR          folder of files to upload first (default seeds)
  --verbose            show the handler's JSON logs and metrics, and the trace of an error
  -h, --help           show this help`;

/** Content types of the uploads, by suffix (S3 keeps them; the cleaner reads the bytes). */
const CONTENT_TYPES: Record<string, string> = {
  '.md': 'text/markdown; charset=utf-8',
  '.markdown': 'text/markdown; charset=utf-8',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.warc': 'application/warc',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.mhtml': 'multipart/related',
  '.mht': 'multipart/related',
};

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      watch: { type: 'boolean', default: false },
      's3-port': { type: 'string' },
      'dynamo-port': { type: 'string' },
      'data-dir': { type: 'string' },
      prefix: { type: 'string' },
      suffixes: { type: 'string' },
      seeds: { type: 'string', default: 'seeds' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const watch = values.watch;
  const dataDir = resolve(values['data-dir'] ?? LOCAL.dataDir);
  const prefix = values.prefix ?? RAW_PREFIX_DEFAULT;
  if (prefix === '') throw new Error('--prefix may not be empty (as in the deployed stack)');
  const suffixes = values.suffixes === undefined ? RAW_SUFFIXES_DEFAULT : parseList(values.suffixes);
  let stack: LocalStack | undefined;
  const printBatch = async ({ event, failedIds }: { event: SQSEvent; failedIds: ReadonlySet<string> }) => {
    if (!stack || !watch) return;
    for (const message of event.Records) {
      if (failedIds.has(message.messageId)) {
        const receives = message.attributes.ApproximateReceiveCount;
        console.log(
          `  retry    message ${message.messageId} failed (receive ${receives}); SQS would redeliver it`,
        );
        continue;
      }
      for (const id of messageContents(message.body).ids) console.log(await describeRecord(stack, id));
    }
  };
  stack = await startLocalStack({
    ...(watch
      ? {
          dataDir,
          s3Port: port(values['s3-port'], LOCAL.s3Port, '--s3-port'),
          dynamoPort: port(values['dynamo-port'], LOCAL.dynamoPort, '--dynamo-port'),
        }
      : {}),
    prefix,
    suffixes,
    verbose: values.verbose,
    onBatch: printBatch,
    onDeadLetter: (letter) => console.log(deadLetterLine(letter)),
    onFiltered: ({ key, reason }) => console.log(`  skipped  ${key}: not cleaned, ${reason}`),
  });
  const { names } = stack;
  const s3Endpoint = stack.emulators.s3Endpoint;
  const dynamoEndpoint = stack.emulators.dynamoEndpoint;

  const seedsDir = resolve(values.seeds);
  const files = (await readdir(seedsDir))
    .filter((name) => matchesEventFilter(name, '', suffixes) && !name.endsWith('.expected.json'))
    .sort();
  console.log(
    `copydesk local stack: ${files.length} seed file(s) from ${seedsDir} → s3://${names.rawBucket}/${prefix}`,
  );
  for (const file of files) {
    const url = await seedUrl(seedsDir, file);
    const suffix = Object.keys(CONTENT_TYPES).find((candidate) => file.endsWith(candidate));
    await stack.s3.send(
      new PutObjectCommand({
        Bucket: names.rawBucket,
        Key: `${prefix}${file}`,
        Body: await readFile(join(seedsDir, file)),
        ContentType: suffix ? CONTENT_TYPES[suffix] : 'text/plain; charset=utf-8',
        ...(url ? { Metadata: { url } } : {}),
      }),
    );
  }
  await stack.drain();
  if (!watch) {
    for (const file of files) {
      console.log(await describeRecord(stack, `s3://${names.rawBucket}/${prefix}${file}`));
    }
  }
  const dead = await stack.deadLetters.list();
  if (dead.length > 0) console.log(`${dead.length} message(s) in the local dead-letter store`);

  if (!watch) {
    console.log(
      `\nSee a full record: npx copydesk clean --format text seeds/${files[0] ?? 'NAME.txt'}\n` +
        'Keep the stack up and query it with the AWS CLI or copydesk: npm start -- --watch',
    );
    await stack.close();
    return 0;
  }

  // An SQS-compatible endpoint in front of the bridge, so `copydesk reprocess` (another process) can enqueue.
  const queue = await startQueueEndpoint(stack.bridge, names.queue);
  await writeEndpointsFile(dataDir, stack, { queueUrl: queue.queueUrl, pid: process.pid });
  const unregister = registerRunningStack(dataDir);
  console.log(`
Local stack running (data in ${dataDir}; Ctrl-C to stop)
  S3        ${s3Endpoint}   raw bucket s3://${names.rawBucket}/${prefix}   clean bucket ${names.cleanBucket}
  DynamoDB  ${dynamoEndpoint}   table ${names.table}
  cleans    keys under ${prefix} ending in ${suffixes.length > 0 ? suffixes.join(', ') : '(anything)'}
  credentials: AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_REGION=us-east-1

Upload a file (it is cleaned at once):
  aws --endpoint-url ${s3Endpoint} s3 cp article.txt s3://${names.rawBucket}/${prefix}
Read its record (copydesk finds this stack from any folder):
  npx copydesk show ${prefix}article.txt
  aws --endpoint-url ${dynamoEndpoint} dynamodb get-item --table-name ${names.table} \\
    --key '{"id":{"S":"s3://${names.rawBucket}/${prefix}article.txt"}}'
`);
  await new Promise<void>((resolveStop) => {
    process.once('SIGINT', resolveStop);
    process.once('SIGTERM', resolveStop);
  });
  console.log('stopping…');
  unregister();
  await queue.close();
  await stack.close();
  return 0;
}

function port(value: string | undefined, fallback: number, option: string): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
    throw new Error(`${option}: not a port number: ${value} (0-65535)`);
  }
  return parsed;
}

function parseList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A seed's source URL, when its expected record names one (given to S3 as object metadata). */
async function seedUrl(seedsDir: string, file: string): Promise<string | null> {
  const expectedPath = join(seedsDir, `${file.slice(0, file.lastIndexOf('.'))}.expected.json`);
  try {
    const expected = JSON.parse(await readFile(expectedPath, 'utf8')) as { url?: string | null };
    return expected.url ?? null;
  } catch {
    return null;
  }
}

function deadLetterLine(letter: DeadLetter): string {
  const objects = messageContents(letter.body).ids.join(' ') || '(no S3 object)';
  return (
    `  dead     message ${letter.messageId} (${objects}) moved to the dead-letter store after ` +
    `${letter.receiveCount} receives: ${letter.lastError}; see 'npx copydesk dlq list'`
  );
}

async function describeRecord(stack: LocalStack, id: string): Promise<string> {
  const { Item: item } = await stack.documents.send(
    new GetCommand({ TableName: stack.names.table, Key: { id } }),
  );
  // The whole key: two uploads with the same file name in different folders must not look alike.
  const key = typeof item?.key === 'string' ? item.key : id.replace(/^s3:\/\/[^/]+\//, '');
  if (!item) return `  missing  ${key}: no record (see the dead-letter store)`;
  if (item.status !== 'clean')
    return `  ${String(item.status).padEnd(8)} ${key}: ${item.reason} (${item.reasonDetail ?? ''})`;
  const quality = item.quality as { removedWords?: number } | undefined;
  const authors = (item.authors as string[] | undefined)?.join(', ') || '-';
  return (
    `  clean    ${key}\n` +
    `           title: ${item.title ?? '-'}\n` +
    `           authors: ${authors} | site: ${item.site ?? '-'} | words kept ${item.wordCount}, removed ${quality?.removedWords ?? 0}`
  );
}

const argv = process.argv.slice(2);
main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // One line saying what happened and what to do; the trace with --verbose.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`npm start: ${message}`);
    if (argv.includes('--verbose') && error instanceof Error) console.error(error.stack);
    process.exitCode = 1;
  },
);
