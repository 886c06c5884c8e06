/**
 * `npm start -- --watch` as a user runs it: a separate process on fixed ports, a file uploaded later with
 * the SDK is cleaned, and the data survives a restart; `copydesk` (its own process, started from another
 * folder) finds the stack whatever its data folder; the log says what happened to every upload.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { type AddressInfo, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL, MAX_RECEIVE_COUNT, resourceNames } from '../../functions/shared/definitions.ts';
import {
  EMULATOR_CREDENTIALS,
  EMULATOR_REGION,
  localDynamoClient,
  localS3Client,
} from '../../infra/local/clients.ts';
import { RUNTIME_DIR_VARIABLE, readEndpoints } from '../../infra/local/data-folder.ts';
import { tempDir } from '../support/temp-dirs.ts';

const REPO_ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);
const names = resourceNames(LOCAL.stage);
const running: ChildProcess[] = [];
/** Where the watch processes of these tests register as running (not the user's own folder). */
let runtimeDir: string;

beforeAll(async () => {
  runtimeDir = await tempDir('copydesk-runtime-');
});

afterEach(async () => {
  for (const child of running.splice(0)) await stop(child);
});

/**
 * Ports that are free now, below Linux's ephemeral range (32768+), so servers the other test files start
 * on port 0 cannot take them in the meantime. All are held open together: no port is handed out twice.
 */
async function freePorts(count: number): Promise<number[]> {
  const held: Server[] = [];
  while (held.length < count) {
    const port = 20_000 + Math.floor(Math.random() * 10_000);
    const server = createServer();
    const bound = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (bound) held.push(server);
  }
  const ports = held.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(held.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** Starts watch mode and resolves with its output once it says it is running. */
async function startWatch(args: string[]): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts', '--watch', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, [RUNTIME_DIR_VARIABLE]: runtimeDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk.toString();
  });
  await waitFor(
    () => output.includes('Local stack running'),
    () => output,
  );
  return { child, output: () => output };
}

async function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  return exited;
}

async function waitFor(condition: () => boolean | Promise<boolean>, describe: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out; output so far:\n${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('npm start -- --watch', () => {
  it('cleans a file uploaded after start-up, keeps it across a restart, and stops cleanly on Ctrl-C', async () => {
    const dataDir = await tempDir('copydesk-watch-');
    const seeds = join(dataDir, 'no-seeds');
    await mkdir(seeds);
    const [s3Port, dynamoPort] = await freePorts(2);
    const args = ['--s3-port', String(s3Port), '--dynamo-port', String(dynamoPort), '--data-dir', dataDir];
    args.push('--seeds', seeds);
    const first = await startWatch(args);
    const s3 = localS3Client(`http://127.0.0.1:${s3Port}`);
    const documents = DynamoDBDocumentClient.from(localDynamoClient(`http://127.0.0.1:${dynamoPort}`));
    const key = 'raw/later upload.txt';
    const read = async () =>
      (
        await documents.send(
          new GetCommand({ TableName: names.table, Key: { id: `s3://${names.rawBucket}/${key}` } }),
        )
      ).Item;

    await s3.send(
      new PutObjectCommand({
        Bucket: names.rawBucket,
        Key: key,
        Body: 'A headline for the later upload\n\nThe article arrived after the stack had started, and it was cleaned.',
      }),
    );
    await waitFor(async () => (await read()) !== undefined, first.output);
    const firstCode = await stop(first.child);
    await startWatch(args);
    const afterRestart = await read();

    expect(firstCode).toBe(0);
    expect(first.output()).toContain(`http://127.0.0.1:${s3Port}`);
    expect(first.output()).toContain('later upload.txt');
    expect(afterRestart).toMatchObject({ status: 'clean', key });
    s3.destroy();
    documents.destroy();
  });
});

/** `copydesk ARGS` as its own process, started in a folder with no .local/ of its own. */
async function copydesk(
  args: string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [join(REPO_ROOT, 'functions/cli/bin.mjs'), ...args],
      {
        cwd,
        env: { ...process.env, [RUNTIME_DIR_VARIABLE]: runtimeDir },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm start -- --watch --data-dir DIR, used from elsewhere', () => {
  const ARTICLE =
    'A headline for a watched upload\n\nThe article arrived while the stack was running, and it was cleaned at once by the handler.\n';
  let watch: { child: ChildProcess; output: () => string };
  let dataDir: string;
  let elsewhere: string;
  let s3: ReturnType<typeof localS3Client>;
  let documents: DynamoDBDocumentClient;

  beforeAll(async () => {
    dataDir = await tempDir('copydesk-watch-dir-');
    elsewhere = await tempDir('copydesk-elsewhere-');
    const seeds = join(dataDir, 'no-seeds');
    await mkdir(seeds);
    const [s3Port, dynamoPort] = await freePorts(2);
    watch = await startWatch([
      ...['--s3-port', String(s3Port), '--dynamo-port', String(dynamoPort)],
      ...['--data-dir', join(dataDir, 'data'), '--seeds', seeds],
    ]);
    // Shared by this block's tests: stopped in afterAll, not after each test.
    running.splice(running.indexOf(watch.child), 1);
    s3 = localS3Client(`http://127.0.0.1:${s3Port}`);
    documents = DynamoDBDocumentClient.from(localDynamoClient(`http://127.0.0.1:${dynamoPort}`));
  });

  afterAll(async () => {
    s3?.destroy();
    documents?.destroy();
    if (watch) await stop(watch.child);
  });

  const upload = (key: string, body: string = ARTICLE) =>
    s3.send(new PutObjectCommand({ Bucket: names.rawBucket, Key: key, Body: body }));
  const record = async (key: string) =>
    (
      await documents.send(
        new GetCommand({ TableName: names.table, Key: { id: `s3://${names.rawBucket}/${key}` } }),
      )
    ).Item;

  it('is found by copydesk without a target flag, from a folder with no .local/', async () => {
    await upload('raw/found.txt');
    await waitFor(async () => (await record('raw/found.txt')) !== undefined, watch.output);

    const result = await copydesk(['query', 'key', 'raw/found.txt', '--json'], elsewhere);

    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ key: 'raw/found.txt', status: 'clean' });
  });

  it('logs the whole key of every record it writes', async () => {
    await upload('raw/2025/06/story.txt');

    await waitFor(() => watch.output().includes('clean    raw/2025/06/story.txt\n'), watch.output);
  });

  it('logs an upload that the prefix/suffix filter leaves alone', async () => {
    await upload('raw/notes.csv', 'a,b\n');
    await upload('elsewhere/story.txt');

    await waitFor(
      () =>
        watch.output().includes('skipped  raw/notes.csv: not cleaned, its name does not end in .txt, .md,') &&
        watch.output().includes('skipped  elsewhere/story.txt: not cleaned, it is not under the prefix raw/'),
      watch.output,
    );
  });

  it("cleans a key whose segments pass the file system's 255-byte name limit, up to 1,024 bytes", async () => {
    const key = `raw/${'é'.repeat(300)}/${'a'.repeat(1024 - 4 - 600 - 1 - 4)}.txt`;
    expect(Buffer.byteLength(key)).toBe(1024);

    await upload(key);

    await waitFor(async () => (await record(key))?.status === 'clean', watch.output);
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: names.rawBucket, Prefix: 'raw/é' }));
    expect(listed.Contents?.map((object) => object.Key)).toEqual([key]);
  });

  it('refuses a key over 1,024 bytes as S3 does, and keeps running', async () => {
    const key = `raw/${'a'.repeat(1021)}.txt`;

    await expect(upload(key)).rejects.toMatchObject({ name: 'KeyTooLongError' });
    await upload('raw/after-the-long-key.txt');
    await waitFor(async () => (await record('raw/after-the-long-key.txt')) !== undefined, watch.output);
    expect(watch.child.exitCode).toBeNull();
  });

  it('says in its log when a message is dead-lettered, and why', async () => {
    const { queueUrl } = readEndpoints(join(dataDir, 'data')) ?? {};
    const sqs = new SQSClient({
      region: EMULATOR_REGION,
      credentials: EMULATOR_CREDENTIALS,
      endpoint: new URL(String(queueUrl)).origin,
    });

    await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: 'not json at all' }));
    sqs.destroy();

    await waitFor(
      () =>
        new RegExp(
          `dead     message \\S+ \\(\\(no S3 object\\)\\) moved to the dead-letter store after ${MAX_RECEIVE_COUNT} receives: message body is not JSON`,
        ).test(watch.output()),
      watch.output,
    );
  });

  it("lists that message with copydesk dlq list, no target flag, with the handler's reason", async () => {
    await waitFor(() => watch.output().includes('message body is not JSON'), watch.output);

    const result = await copydesk(['dlq', 'list'], elsewhere);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^1 message\(s\) in the dead-letter queue/);
    expect(result.stdout).toContain('(not an S3 notification)\n  last error: message body is not JSON');
  });
});
