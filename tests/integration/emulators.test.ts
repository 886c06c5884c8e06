/** The in-process S3 and DynamoDB emulators without a data folder: nothing of theirs outlives close(). */
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localS3Client } from '../../infra/local/clients.ts';
import { PortInUseError, startEmulators } from '../../infra/local/emulators.ts';
import { tempDir } from '../support/temp-dirs.ts';

// A temp folder of this file's own (os.tmpdir() reads TMPDIR at each call), so other test files' folders
// cannot be mistaken for the emulators'.
let privateTmp: string;
const savedTmp = process.env.TMPDIR;

beforeEach(async () => {
  privateTmp = await tempDir('copydesk-emulators-');
  process.env.TMPDIR = privateTmp;
});

afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});

describe('startEmulators without a data folder', () => {
  it('keeps the objects in a temporary folder and removes it on close', async () => {
    const emulators = await startEmulators({ s3Port: 0, dynamoPort: 0 });
    const s3 = localS3Client(emulators.s3Endpoint);
    await s3.send(new CreateBucketCommand({ Bucket: 'raw' }));
    await s3.send(new PutObjectCommand({ Bucket: 'raw', Key: 'a.txt', Body: 'some text' }));
    const folders = readdirSync(privateTmp);

    expect(folders).toHaveLength(1);
    expect(folders[0]).toMatch(/^copydesk-s3-/);
    expect(readdirSync(join(privateTmp, folders[0] as string))).not.toHaveLength(0);

    await emulators.close();
    s3.destroy();

    expect(readdirSync(privateTmp)).toEqual([]);
  });

  it('removes it when a port is taken', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const busy = (holder.address() as { port: number }).port;

    await expect(startEmulators({ s3Port: busy, dynamoPort: 0 })).rejects.toBeInstanceOf(PortInUseError);
    await new Promise((resolve) => holder.close(resolve));

    expect(readdirSync(privateTmp)).toEqual([]);
  });
});
