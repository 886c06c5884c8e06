/**
 * `npm start -- --watch` as a user runs it: a separate process on fixed ports, a file uploaded later with
 * the SDK is cleaned, and the data survives a restart.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { type AddressInfo, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL, resourceNames } from '../../functions/shared/definitions.ts';
import { localDynamoClient, localS3Client } from '../../infra/local/clients.ts';

const names = resourceNames(LOCAL.stage);
const running: ChildProcess[] = [];

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
    cwd: join(import.meta.dirname, '..', '..'),
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
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
  const deadline = Date.now() + 30_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out; output so far:\n${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('npm start -- --watch', () => {
  it('cleans a file uploaded after start-up, keeps it across a restart, and stops cleanly on Ctrl-C', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'copydesk-watch-'));
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
