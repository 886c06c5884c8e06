/**
 * The errors a newcomer meets first, each as its own process prints it: one line saying what happened
 * and what to do, no stack trace, no AWS SDK notice.
 */
import { execFile } from 'node:child_process';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeEndpoints } from '../../infra/local/data-folder.ts';
import { type LocalTarget, startLocalTarget } from '../query/local-target.ts';
import { tempDir } from '../support/temp-dirs.ts';

const REPO_ROOT = join(import.meta.dirname, '..', '..');

async function runProcess(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  // As a user's shell has it: without the variable vitest sets to silence the SDK's Node-version notice.
  const { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: _, ...userEnv } = process.env;
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, {
      cwd: REPO_ROOT,
      env: { ...userEnv, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('npm start', () => {
  it('says in one line that a port is busy, and which option picks another', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const busy = (holder.address() as AddressInfo).port;
    const dataDir = await tempDir('copydesk-busy-');

    const result = await runProcess(
      [
        '--import',
        'tsx',
        'infra/local/start.ts',
        '--watch',
        '--s3-port',
        String(busy),
        '--data-dir',
        dataDir,
      ],
      { COPYDESK_RUNTIME_DIR: dataDir },
    );
    await new Promise((resolve) => holder.close(resolve));

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `npm start: port ${busy} (local S3) is already in use, perhaps by another 'npm start -- --watch': stop it, or choose another port with --s3-port N\n`,
    );
  });
});

describe('the CDK app', () => {
  it('names a bad context value in one line', async () => {
    const result = await runProcess(['--import', 'tsx', 'infra/app.ts'], {
      CDK_CONTEXT_JSON: JSON.stringify({ maxConcurrency: 1 }),
    });

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'copydesk: context "maxConcurrency": must be 2-1000 (set it with -c KEY=VALUE or in cdk.json; see README, Context options)\n',
    );
  });
});

describe('the copydesk command', () => {
  it('says in one line that a local stack stopped answering, without the AWS SDK notice', async () => {
    const dataDir = await tempDir('copydesk-stopped-');
    const port = await closedPort();
    // A stack that says it is running (this process) but whose emulators are gone.
    writeEndpoints(dataDir, {
      s3Endpoint: `http://127.0.0.1:${port}`,
      dynamoEndpoint: `http://127.0.0.1:${port}`,
      rawBucket: 'copydesk-local-raw',
      cleanBucket: 'copydesk-local-clean',
      table: 'copydesk-local-records',
      prefix: 'raw/',
      pid: process.pid,
    });

    const result = await runProcess(['functions/cli/bin.mjs', 'stats', '--data-dir', dataDir]);

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `copydesk stats: nothing answers at 127.0.0.1:${port}: if that is the local stack, it has stopped; start it with 'npm start -- --watch'\n`,
    );
  });
});

describe('copydesk reprocess', () => {
  let target: LocalTarget;

  beforeAll(async () => {
    target = await startLocalTarget();
  });

  afterAll(async () => {
    await target.close();
  });

  it('reports an S3 error in one line', async () => {
    const result = await target.cli(['reprocess', '--bucket', 'no-such-bucket', '--rate', '0']);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^copydesk reprocess: AWS NoSuchBucket \(HTTP 404\): The specified bucket does not exist; [^\n]*\n$/,
    );
  });
});
