/**
 * npm run bench:coldstart — the deployed handler bundle's size and its cold start on this machine.
 *
 * 1. Builds the handler with the esbuild options the stack uses (infra/constructs/bundling.ts).
 * 2. Starts the local emulators (s3rver, dynalite) with the bucket and table of the shared definitions.
 * 3. RUNS times: a fresh Node process (with --enable-source-maps, as the stack sets) imports the bundle and
 *    handles one SQS message carrying one S3 event for a fresh object; it reports the import time and the
 *    first invocation's time. One untimed run first warms the OS file cache. Prints the medians.
 *
 * Targets (issue 5): bundle ≤ 1.5 MB minified (the handler's, the core worker's and the data files they read),
 * import ≤ 150 ms median.
 */
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { build } from 'esbuild';
import { ENV, LOCAL, MAX_INPUT_BYTES_DEFAULT, resourceNames } from '../../functions/shared/definitions.ts';
import { CONFIG_DEFAULTS } from '../../infra/config.ts';
import {
  CORE_WORKER_ENTRY,
  CORE_WORKER_FILE,
  copyHandlerAssets,
  esbuildOptions,
  HANDLER_ASSETS,
  REPO_ROOT,
} from '../../infra/constructs/bundling.ts';
import {
  EMULATOR_CREDENTIALS,
  EMULATOR_REGION,
  localDynamoClient,
  localS3Client,
} from '../../infra/local/clients.ts';
import { startEmulators } from '../../infra/local/emulators.ts';
import { ensureBucket, ensureTable } from '../../infra/local/resources.ts';
import { wholeFamilies } from './core-families.ts';

const RUNS = Number(process.env.COLDSTART_RUNS ?? 10);
/**
 * Extra Node flags for the measured processes, e.g. COLDSTART_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"
 * (the worker thread writes its own profile) or "--trace-gc". COLDSTART_LARGEST_ONLY=1 skips the typical page.
 */
const NODE_ARGS = (process.env.COLDSTART_NODE_ARGS ?? '').split(' ').filter(Boolean);
const LARGEST_ONLY = process.env.COLDSTART_LARGEST_ONLY === '1';
const TARGET_BUNDLE_BYTES = 1.5 * 1024 * 1024;
const TARGET_IMPORT_MS = 150;
const OUT_DIR = join(REPO_ROOT, '.bench-out', 'cold-start');
const SAMPLE = join(REPO_ROOT, 'seeds', '000_6948aba9408f395b.txt');
/** Real pages to build the largest allowed input from (falls back to the sample when absent). */
const PAGES = join(REPO_ROOT, '..', 'shared', 'bench', 'dev');

/** Runs in the fresh process: import the bundle, handle the event, report the two times. */
const CHILD = `
const [bundleUrl, eventJson] = process.argv.slice(2);
const c0 = process.cpuUsage();
const t0 = performance.now();
const { handler } = await import(bundleUrl);
const t1 = performance.now();
const c1 = process.cpuUsage(c0);
const deadline = Date.now() + 120_000;
const context = {
  functionName: 'copydesk-bench-cleaner', functionVersion: '$LATEST', awsRequestId: 'bench',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:copydesk-bench-cleaner',
  memoryLimitInMB: '1769', logGroupName: '/aws/lambda/copydesk-bench-cleaner', logStreamName: 'bench',
  callbackWaitsForEmptyEventLoop: true, getRemainingTimeInMillis: () => deadline - Date.now(),
};
const response = await handler(JSON.parse(eventJson), context);
const t2 = performance.now();
const c2 = process.cpuUsage();
const importCpuMs = (c1.user + c1.system) / 1000;
const invokeCpuMs = (c2.user + c2.system) / 1000 - importCpuMs;
const maxRssMiB = process.resourceUsage().maxRSS / 1024;
process.send({ importMs: t1 - t0, importCpuMs, invokeMs: t2 - t1, invokeCpuMs, maxRssMiB, response }, () => process.exit(0));
`;

interface RunResult {
  importMs: number;
  /** CPU time spent importing: less sensitive than wall time to other processes on a busy machine. */
  importCpuMs: number;
  invokeMs: number;
  invokeCpuMs: number;
  /** Peak resident memory of the whole process. */
  maxRssMiB: number;
  processMs: number;
  response: { batchItemFailures: unknown[] };
}

async function main(): Promise<void> {
  // The SDK's notice that Node 20 support ends is noise here; Lambda runs Node 24.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  await mkdir(OUT_DIR, { recursive: true });
  const bundlePath = join(OUT_DIR, 'index.mjs');
  const built = await build(esbuildOptions(bundlePath));
  // The core's worker thread loads its own bundle (the core alone), as in the stack's asset.
  const workerPath = join(OUT_DIR, CORE_WORKER_FILE);
  await build(esbuildOptions(workerPath, CORE_WORKER_ENTRY));
  copyHandlerAssets(OUT_DIR);
  const bundleBytes = (await stat(bundlePath)).size;
  const workerBytes = (await stat(workerPath)).size;
  const mapBytes = (await stat(`${bundlePath}.map`)).size;
  // The data files shipped beside the bundle count against the size target too: the handler loads them.
  let dataBytes = 0;
  for (const asset of HANDLER_ASSETS) dataBytes += (await stat(join(OUT_DIR, asset.name))).size;
  const loadedBytes = bundleBytes + workerBytes + dataBytes;
  console.log(`bundle   ${bundlePath.replace(REPO_ROOT, '')}`);
  console.log(
    `size     ${formatBytes(loadedBytes)} (${formatBytes(bundleBytes)} + ${formatBytes(workerBytes)} worker minified code + ${formatBytes(dataBytes)} data: ${HANDLER_ASSETS.map((asset) => asset.name).join(', ')}; target ≤ 1.50 MB: ${loadedBytes <= TARGET_BUNDLE_BYTES ? 'met' : 'MISSED'}), source map ${formatBytes(mapBytes)}`,
  );
  console.log(`packages ${largestPackages(built.metafile?.outputs ?? {}).join(', ')}`);

  const emulators = await startEmulators({ s3Port: 0, dynamoPort: 0 });
  const names = resourceNames(LOCAL.stage);
  const s3 = localS3Client(emulators.s3Endpoint);
  const dynamo = localDynamoClient(emulators.dynamoEndpoint);
  const childPath = join(OUT_DIR, 'child.mjs');
  await writeFile(childPath, CHILD);
  try {
    await ensureBucket(s3, names.rawBucket);
    await ensureBucket(s3, names.cleanBucket);
    await ensureTable(dynamo, names.table);
    const body = await readFile(SAMPLE);
    const env = {
      ...process.env,
      [ENV.table]: names.table,
      [ENV.cleanBucket]: names.cleanBucket,
      [ENV.maxInputBytes]: String(MAX_INPUT_BYTES_DEFAULT),
      AWS_ENDPOINT_URL_S3: emulators.s3Endpoint,
      AWS_ENDPOINT_URL_DYNAMODB: emulators.dynamoEndpoint,
      AWS_REGION: EMULATOR_REGION,
      AWS_ACCESS_KEY_ID: EMULATOR_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: EMULATOR_CREDENTIALS.secretAccessKey,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      POWERTOOLS_SERVICE_NAME: 'copydesk-cleaner',
      POWERTOOLS_METRICS_NAMESPACE: 'copydesk',
      LOG_LEVEL: 'INFO',
      // As Lambda sets it: the core's worker caps its heap at a share of it (core-runner.ts).
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(CONFIG_DEFAULTS.memoryMiB),
    };

    const bundleUrl = pathToFileURL(bundlePath).href;
    const runOnce = async (name: string, objectBody: Buffer, run: number): Promise<RunResult> => {
      const key = `raw/bench/${name}-${Date.now()}-${run}.txt`;
      const put = await s3.send(
        new PutObjectCommand({ Bucket: names.rawBucket, Key: key, Body: objectBody }),
      );
      const event = sqsEvent(names.rawBucket, key, objectBody.length, put.ETag ?? '', run);
      const result = await coldRun(childPath, bundleUrl, event, env);
      const item = await dynamo.send(
        new GetItemCommand({ TableName: names.table, Key: { id: { S: `s3://${names.rawBucket}/${key}` } } }),
      );
      if (result.response.batchItemFailures.length > 0 || item.Item?.status?.S !== 'clean') {
        throw new Error(`${name} ${run}: no clean record (${JSON.stringify(result.response)})`);
      }
      return result;
    };

    const results: RunResult[] = [];
    await runOnce('cold-start', body, 0); // warms the OS file cache; not counted
    for (let run = 1; run <= (LARGEST_ONLY ? 1 : RUNS); run++)
      results.push(await runOnce('cold-start', body, run));
    // Sizing memory and timeout: the largest input the stack accepts, in a fresh process.
    const largest = await largestInput(MAX_INPUT_BYTES_DEFAULT - 1024);
    const large = await runOnce('largest', largest.body, 0);
    // The same size in the shape that costs the most memory per byte: 10 MB of tiny blocks ("w1", "w2", …).
    const tinyBody = Buffer.from(wholeFamilies['tiny blocks']!(MAX_INPUT_BYTES_DEFAULT - 1024));
    const tiny = await runOnce('largest-tiny', tinyBody, 0);

    const importMs = median(results.map((r) => r.importMs));
    console.log(
      `runs     ${RUNS} fresh Node ${process.version} processes, one S3 event each, emulators in-process; ` +
        `${cpus().length} CPUs, load average ${loadavg()
          .map((value) => value.toFixed(1))
          .join(' ')}`,
    );
    console.log(
      `import   median ${importMs.toFixed(1)} ms (target ≤ ${TARGET_IMPORT_MS} ms: ${importMs <= TARGET_IMPORT_MS ? 'met' : 'MISSED'}); min ${Math.min(...results.map((r) => r.importMs)).toFixed(1)}, max ${Math.max(...results.map((r) => r.importMs)).toFixed(1)}`,
    );
    console.log(
      `import   CPU time median ${median(results.map((r) => r.importCpuMs)).toFixed(1)} ms (user + system; less sensitive to a busy machine)`,
    );
    console.log(
      `first    median ${median(results.map((r) => r.invokeMs)).toFixed(1)} ms (first invocation: clients, fetch, clean, write)`,
    );
    console.log(
      `largest  ${formatBytes(largest.body.length)} (${largest.source}): first invocation ${(large.invokeMs / 1000).toFixed(1)} s, CPU ${(large.invokeCpuMs / 1000).toFixed(1)} s, peak RSS ${large.maxRssMiB.toFixed(0)} MiB (typical page: ${median(results.map((r) => r.maxRssMiB)).toFixed(0)} MiB)`,
    );
    console.log(
      `largest  ${formatBytes(tinyBody.length)} (tiny blocks): first invocation ${(tiny.invokeMs / 1000).toFixed(1)} s, CPU ${(tiny.invokeCpuMs / 1000).toFixed(1)} s, peak RSS ${tiny.maxRssMiB.toFixed(0)} MiB`,
    );
    console.log(
      `process  median ${median(results.map((r) => r.processMs)).toFixed(1)} ms (spawn to result, incl. Node start-up)`,
    );
  } finally {
    s3.destroy();
    dynamo.destroy();
    await emulators.close();
  }
}

/** One fresh process; resolves with its timings. */
function coldRun(
  childPath: string,
  bundleUrl: string,
  event: unknown,
  env: NodeJS.ProcessEnv,
): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = fork(childPath, [bundleUrl, JSON.stringify(event)], {
      env,
      // As in Lambda: the stack sets NODE_OPTIONS=--enable-source-maps. Handler logs are not needed here.
      execArgv: ['--enable-source-maps', ...NODE_ARGS],
      stdio: ['ignore', NODE_ARGS.length > 0 ? 'inherit' : 'ignore', 'inherit', 'ipc'],
    });
    let result: Omit<RunResult, 'processMs'> | undefined;
    child.on('message', (message) => {
      result = message as Omit<RunResult, 'processMs'>;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (result) resolve({ ...result, processMs: performance.now() - started });
      else reject(new Error(`cold-start child exited with ${code} and no result`));
    });
  });
}

/** Real pages concatenated (blank line between) up to `bytes`: the worst case the size limit allows. */
async function largestInput(bytes: number): Promise<{ body: Buffer; source: string }> {
  const files = existsSync(PAGES)
    ? (await readdir(PAGES)).filter((name) => name.endsWith('.txt')).map((name) => join(PAGES, name))
    : [SAMPLE];
  const parts: Buffer[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const page = await readFile(files[i % files.length]!);
    parts.push(page, Buffer.from('\n\n'));
    length += page.length + 2;
  }
  const source = files.length > 1 ? `${files.length} DEV pages concatenated` : 'the sample repeated';
  return { body: Buffer.concat(parts).subarray(0, bytes), source };
}

/** What SQS delivers to the function for one S3 ObjectCreated notification. */
function sqsEvent(bucket: string, key: string, size: number, eTag: string, run: number) {
  const now = new Date();
  const notification = {
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: EMULATOR_REGION,
        eventTime: now.toISOString(),
        eventName: 'ObjectCreated:Put',
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'bench',
          bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}` },
          object: {
            key: encodeURIComponent(key).replace(/%2F/g, '/'),
            size,
            eTag: eTag.replace(/"/g, ''),
            sequencer: (now.getTime() * 100 + run).toString(16).toUpperCase().padStart(18, '0'),
          },
        },
      },
    ],
  };
  return {
    Records: [
      {
        messageId: `bench-${run}`,
        receiptHandle: `bench-${run}`,
        body: JSON.stringify(notification),
        attributes: {
          ApproximateReceiveCount: '1',
          SentTimestamp: String(now.getTime()),
          SenderId: 'bench',
          ApproximateFirstReceiveTimestamp: String(now.getTime()),
        },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: `arn:aws:sqs:${EMULATOR_REGION}:000000000000:copydesk-local-events`,
        awsRegion: EMULATOR_REGION,
      },
    ],
  };
}

/** The packages contributing most bytes to the bundle, from esbuild's metafile. */
function largestPackages(outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>) {
  const byPackage = new Map<string, number>();
  for (const output of Object.values(outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
      const name = match?.[1] ?? 'copydesk (own code)';
      byPackage.set(name, (byPackage.get(name) ?? 0) + input.bytesInOutput);
    }
  }
  return [...byPackage]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([name, bytes]) => `${name} ${formatBytes(bytes)}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
}

await main();
