/**
 * `npm start`: the pipeline end to end on the embedded local stack, over seeds/*.txt.
 * `npm start -- --watch`: keep the stack up (data in .local/, fixed ports) and clean every later upload.
 */
// The SDK's notice that Node 20 support ends is noise for a local tool; Lambda runs Node 22+.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSEvent } from 'aws-lambda';
import { recordId } from '../../functions/handler/record-item.ts';
import { parseMessageBody } from '../../functions/handler/s3-event.ts';
import { LOCAL } from '../../functions/shared/definitions.ts';
import { type LocalStack, startLocalStack, writeEndpointsFile } from './local-stack.ts';
import { startQueueEndpoint } from './queue-endpoint.ts';

const HELP = `Usage: npm start [-- options]

Runs copydesk end to end on an embedded local stack (s3rver + dynalite in this process):
uploads every seeds/*.txt under the raw prefix, lets the real Lambda handler clean them,
and prints one line per file.

  --watch              keep the stack running and clean every file uploaded later
                       (data kept in ${LOCAL.dataDir}/ across restarts; fixed ports)
  --s3-port N          S3 port in watch mode (default ${LOCAL.s3Port})
  --dynamo-port N      DynamoDB port in watch mode (default ${LOCAL.dynamoPort})
  --data-dir DIR       data folder in watch mode (default ${LOCAL.dataDir})
  --seeds DIR          folder of *.txt to upload first (default seeds)
  --verbose            show the handler's JSON logs and metrics
  -h, --help           show this help`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      watch: { type: 'boolean', default: false },
      's3-port': { type: 'string' },
      'dynamo-port': { type: 'string' },
      'data-dir': { type: 'string' },
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
  let stack: LocalStack | undefined;
  const printBatch = async ({ event, failedIds }: { event: SQSEvent; failedIds: ReadonlySet<string> }) => {
    if (!stack || !watch) return;
    for (const message of event.Records) {
      if (failedIds.has(message.messageId)) {
        console.log(
          `  retry   ${message.messageId} (the handler reported a failure; SQS would redeliver it)`,
        );
        continue;
      }
      for (const id of idsInMessage(message.body)) console.log(await describeRecord(stack, id));
    }
  };
  stack = await startLocalStack({
    ...(watch
      ? {
          dataDir,
          s3Port: port(values['s3-port'], LOCAL.s3Port),
          dynamoPort: port(values['dynamo-port'], LOCAL.dynamoPort),
        }
      : {}),
    verbose: values.verbose,
    onBatch: printBatch,
  });
  const { names, prefix } = stack;
  const s3Endpoint = stack.emulators.s3Endpoint;
  const dynamoEndpoint = stack.emulators.dynamoEndpoint;

  const seedsDir = resolve(values.seeds);
  const files = (await readdir(seedsDir)).filter((name) => name.endsWith('.txt')).sort();
  console.log(
    `copydesk local stack: ${files.length} seed file(s) from ${seedsDir} → s3://${names.rawBucket}/${prefix}`,
  );
  for (const file of files) {
    const url = await seedUrl(seedsDir, file);
    await stack.s3.send(
      new PutObjectCommand({
        Bucket: names.rawBucket,
        Key: `${prefix}${file}`,
        Body: await readFile(join(seedsDir, file)),
        ContentType: 'text/plain; charset=utf-8',
        ...(url ? { Metadata: { url } } : {}),
      }),
    );
  }
  await stack.drain();
  if (!watch) {
    for (const file of files) {
      console.log(await describeRecord(stack, recordId(names.rawBucket, `${prefix}${file}`)));
    }
  }
  const dead = await stack.deadLetters.list();
  if (dead.length > 0) console.log(`${dead.length} message(s) in the local dead-letter store`);

  if (!watch) {
    console.log(
      `\nSee a full record: npx copydesk clean seeds/${files[0] ?? 'NAME.txt'}\n` +
        'Keep the stack up and query it with the AWS CLI or copydesk: npm start -- --watch',
    );
    await stack.close();
    return 0;
  }

  // An SQS-compatible endpoint in front of the bridge, so `copydesk reprocess` (another process) can enqueue.
  const queue = await startQueueEndpoint(stack.bridge, names.queue);
  await writeEndpointsFile(dataDir, stack, { queueUrl: queue.queueUrl, pid: process.pid });
  console.log(`
Local stack running (data in ${dataDir}; Ctrl-C to stop)
  S3        ${s3Endpoint}   raw bucket s3://${names.rawBucket}/${prefix}   clean bucket ${names.cleanBucket}
  DynamoDB  ${dynamoEndpoint}   table ${names.table}
  credentials: AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_REGION=us-east-1

Upload a file (it is cleaned at once):
  aws --endpoint-url ${s3Endpoint} s3 cp article.txt s3://${names.rawBucket}/${prefix}
Read its record:
  aws --endpoint-url ${dynamoEndpoint} dynamodb get-item --table-name ${names.table} \\
    --key '{"id":{"S":"s3://${names.rawBucket}/${prefix}article.txt"}}'
`);
  await new Promise<void>((resolveStop) => {
    process.once('SIGINT', resolveStop);
    process.once('SIGTERM', resolveStop);
  });
  console.log('stopping…');
  await queue.close();
  await stack.close();
  return 0;
}

function port(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535)
    throw new Error(`not a port number: ${value}`);
  return parsed;
}

/** A seed's source URL, when its expected record names one (given to S3 as object metadata). */
async function seedUrl(seedsDir: string, file: string): Promise<string | null> {
  const expectedPath = join(seedsDir, file.replace(/\.txt$/, '.expected.json'));
  try {
    const expected = JSON.parse(await readFile(expectedPath, 'utf8')) as { url?: string | null };
    return expected.url ?? null;
  } catch {
    return null;
  }
}

function idsInMessage(body: string): string[] {
  try {
    const parsed = parseMessageBody(body);
    if (parsed.kind !== 'entries') return [];
    return parsed.entries.flatMap((entry) =>
      entry.kind === 'object' ? [recordId(entry.object.bucket, entry.object.key)] : [],
    );
  } catch {
    return [];
  }
}

async function describeRecord(stack: LocalStack, id: string): Promise<string> {
  const { Item: item } = await stack.documents.send(
    new GetCommand({ TableName: stack.names.table, Key: { id } }),
  );
  const name = String(id.split('/').pop());
  if (!item) return `  missing  ${name}: no record (see the dead-letter store)`;
  if (item.status !== 'clean')
    return `  ${String(item.status).padEnd(8)} ${name}: ${item.reason} (${item.reasonDetail ?? ''})`;
  const quality = item.quality as { removedWords?: number } | undefined;
  const authors = (item.authors as string[] | undefined)?.join(', ') || '-';
  return (
    `  clean    ${name}\n` +
    `           title: ${item.title ?? '-'}\n` +
    `           authors: ${authors} | site: ${item.site ?? '-'} | words kept ${item.wordCount}, removed ${quality?.removedWords ?? 0}`
  );
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`npm start failed: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
