/**
 * `npm run bench:reliability`: the figures of the reliability guarantees, measured on the local stack
 * (s3rver + dynalite in this process, the real handler through the SQS-shaped bridge).
 *
 * - a file just under the size limit: MB/s end to end and peak RSS
 * - 200 small articles uploaded at once: documents per second, all accounted for
 * - 50 deliveries of one object version: records written
 */
process.env.POWERTOOLS_LOG_LEVEL ??= 'CRITICAL';
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { PutObjectCommand } from '@aws-sdk/client-s3';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { MAX_INPUT_BYTES_DEFAULT } from '../../functions/shared/definitions.ts';
import { startLocalStack } from '../../infra/local/local-stack.ts';

function article(targetBytes: number, seed: number): string {
  const parts = [`Report number ${seed} on the regional economy\n`];
  let size = parts[0]!.length;
  for (let index = 0; size < targetBytes; index++) {
    const paragraph =
      `Paragraph ${index}: officials said on Monday that the project, which employs ${100 + ((index + seed) % 900)} ` +
      'people, would finish next year. Residents described the work as slow but necessary for the town.\n\n';
    parts.push(paragraph);
    size += paragraph.length;
  }
  return parts.join('');
}

async function main(): Promise<void> {
  const stack = await startLocalStack({ batchWindowMs: 20 });
  const { rawBucket, table } = stack.names;
  const put = (key: string, body: string) =>
    stack.s3.send(new PutObjectCommand({ Bucket: rawBucket, Key: key, Body: body }));
  const count = async () => {
    let total = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const page = await stack.documents.send(
        new ScanCommand({ TableName: table, ExclusiveStartKey: start, Select: 'COUNT' }),
      );
      total += page.Count ?? 0;
      start = page.LastEvaluatedKey;
    } while (start);
    return total;
  };

  try {
    // 1. Just under the limit.
    const big = article(MAX_INPUT_BYTES_DEFAULT - 4096, 0);
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    let started = performance.now();
    await put('raw/bench/just-under-limit.txt', big);
    await stack.drain();
    let seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const mb = Buffer.byteLength(big) / 1048576;
    console.log(
      `just under the limit: ${mb.toFixed(2)} MB in ${seconds.toFixed(1)} s = ${(mb / seconds).toFixed(2)} MB/s ` +
        `(upload + notify + fetch + clean + offload + write); RSS ${(baseline / 1048576).toFixed(0)} → peak ${(peak / 1048576).toFixed(0)} MB`,
    );

    // 2. Many small files.
    const files = 200;
    started = performance.now();
    await Promise.all(
      Array.from({ length: files }, (_, index) => put(`raw/bench/small-${index}.txt`, article(3000, index))),
    );
    await stack.drain();
    seconds = (performance.now() - started) / 1000;
    const dead = (await stack.deadLetters.list()).length;
    console.log(
      `${files} small articles (3 KB): ${(files / seconds).toFixed(0)} documents/s; records ${(await count()) - 1}, dead letters ${dead}`,
    );

    // 3. Duplicate storm.
    const before = await count();
    await put('raw/bench/dup.txt', article(2000, 7));
    await stack.drain();
    const message = JSON.stringify({
      Records: [
        {
          eventVersion: '2.1',
          eventSource: 'aws:s3',
          eventName: 'ObjectCreated:Put',
          s3: {
            bucket: { name: rawBucket },
            object: { key: 'raw/bench/dup.txt', size: 2000, sequencer: '00000000000001' },
          },
        },
      ],
    });
    for (let index = 0; index < 50; index++) stack.bridge.send(message);
    await stack.drain();
    console.log(`one upload + 50 more deliveries of the same version: ${(await count()) - before} record(s)`);
  } finally {
    await stack.close();
  }
}

await main();
