/**
 * Local protocol emulators, started in this process: s3rver (S3) and dynalite (DynamoDB).
 * Both speak the real HTTP protocols, so the real AWS SDK (and /usr/bin/aws) talk to them.
 */
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import dynalite from 'dynalite';
import S3rver from 's3rver';

export interface EmulatorOptions {
  /** Folder for persistent data (watch mode); a fresh temporary folder / memory when absent. */
  dataDir?: string;
  /** Ports; 0 picks a free one. */
  s3Port: number;
  dynamoPort: number;
  host?: string;
}

export interface Emulators {
  s3rver: S3rver;
  s3Endpoint: string;
  dynamoEndpoint: string;
  close(): Promise<void>;
}

export async function startEmulators(options: EmulatorOptions): Promise<Emulators> {
  const host = options.host ?? '127.0.0.1';
  const s3Directory = options.dataDir ? join(options.dataDir, 's3') : await temporaryDirectory();
  await mkdir(s3Directory, { recursive: true });
  const s3rver = new S3rver({ address: host, port: options.s3Port, silent: true, directory: s3Directory });
  const s3Address = await s3rver.run();

  const dynamoPath = options.dataDir ? join(options.dataDir, 'dynamodb') : undefined;
  if (dynamoPath) await mkdir(dynamoPath, { recursive: true });
  const dynamo = dynalite({
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
    ...(dynamoPath ? { path: dynamoPath } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    dynamo.once('error', reject);
    dynamo.listen(options.dynamoPort, host, () => resolve());
  });
  const dynamoAddress = dynamo.address() as AddressInfo;

  return {
    s3rver,
    s3Endpoint: `http://${host}:${s3Address.port}`,
    dynamoEndpoint: `http://${host}:${dynamoAddress.port}`,
    async close() {
      await s3rver.close();
      await new Promise<void>((resolve) => dynamo.close(() => resolve()));
    },
  };
}

async function temporaryDirectory(): Promise<string> {
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  return mkdtemp(join(tmpdir(), 'copydesk-s3-'));
}
