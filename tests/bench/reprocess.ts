/**
 * `npm run bench:reprocess`: how long `copydesk reprocess` takes over 1,000 objects on the local stack
 * (in-process emulators, the real handler, the CLI sending through the SQS-compatible queue endpoint).
 * Prints three figures: a pass with nothing to do, a rule change (every record from an older
 * cleanerVersion), and --force; each until the queue is drained.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { paginateScan, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { main } from '../../functions/cli/main.ts';
import { startLocalStack, writeEndpointsFile } from '../../infra/local/local-stack.ts';
import { startQueueEndpoint } from '../../infra/local/queue-endpoint.ts';

const COUNT = Number(process.env.BENCH_OBJECTS ?? 1000);

const stack = await startLocalStack();
const queue = await startQueueEndpoint(stack.bridge, stack.names.queue);
const dir = await mkdtemp(join(tmpdir(), 'copydesk-bench-'));
await writeEndpointsFile(dir, stack, { queueUrl: queue.queueUrl, pid: process.pid });

const started = performance.now();
for (let i = 0; i < COUNT; i++) {
  const words = Array.from({ length: 120 }, (_, w) => `word${(i * 7 + w * 13) % 997}`).join(' ');
  await stack.s3.send(
    new PutObjectCommand({
      Bucket: stack.names.rawBucket,
      Key: `${stack.prefix}bench/doc-${String(i).padStart(5, '0')}.txt`,
      Body: `Bench article number ${i}\n\nBy Jane Doe\n\n${words}.\n\nThe second paragraph of article ${i} says a little more about the town and its council.\n\nFollow us on Twitter\n`,
      Metadata: { url: `https://www.example.com/news/${i}` },
    }),
  );
}
await stack.drain();
const uploadSeconds = (performance.now() - started) / 1000;

async function reprocess(args: string[]): Promise<{ seconds: number; summary: string }> {
  let text = '';
  const out = new Writable({
    write(chunk, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  const stderr = process.stderr.write;
  process.stderr.write = (() => true) as typeof stderr; // the progress lines are not the figure
  const begin = performance.now();
  try {
    const code = await main(['reprocess', '--rate', '0', '--wait', '--local-dir', dir, ...args], out);
    if (code !== 0) throw new Error(`reprocess exited ${code}: ${text}`);
  } finally {
    process.stderr.write = stderr;
  }
  const summary = text.split('\n').find((line) => line.includes('listed')) ?? '';
  return { seconds: (performance.now() - begin) / 1000, summary };
}

const upToDate = await reprocess([]);

// A rule change: every record now carries an older cleanerVersion.
for await (const page of paginateScan(
  { client: stack.documents },
  { TableName: stack.names.table, ProjectionExpression: 'id' },
)) {
  for (const item of page.Items ?? []) {
    await stack.documents.send(
      new UpdateCommand({
        TableName: stack.names.table,
        Key: { id: item.id },
        // The write rules compare cleanerVersionOrder: an older cleaner's record carries an older one.
        UpdateExpression: 'SET cleanerVersion = :old, cleanerVersionOrder = :oldOrder',
        ExpressionAttributeValues: { ':old': '0.0.0-bench', ':oldOrder': '000000.000000.000000' },
      }),
    );
  }
}
const ruleChange = await reprocess([]);
const forced = await reprocess(['--force']);

const line = (name: string, run: { seconds: number; summary: string }) =>
  `  ${name.padEnd(34)} ${run.seconds.toFixed(2).padStart(6)} s  ${(COUNT / run.seconds).toFixed(0).padStart(5)} objects/s   (${run.summary})`;
console.log(
  `copydesk reprocess, ${COUNT} local objects (in-process s3rver + dynalite, real handler, --rate 0):`,
);
console.log(`  ${'initial upload and clean'.padEnd(34)} ${uploadSeconds.toFixed(2).padStart(6)} s`);
console.log(line('nothing to do (all up to date)', upToDate));
console.log(line('rule change (older cleanerVersion)', ruleChange));
console.log(line('--force', forced));

await queue.close();
await stack.close();
await rm(dir, { recursive: true, force: true });
