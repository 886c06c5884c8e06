/**
 * Local protocol emulators, started in this process: s3rver (S3) and dynalite (DynamoDB).
 * Both speak the real HTTP protocols, so the real AWS SDK (and /usr/bin/aws) talk to them.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dynalite from 'dynalite';
import S3rver from 's3rver';
import { DATA_FOLDER_FILES } from './data-folder.ts';
import { supportLongKeys } from './s3-long-keys.ts';

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

/** A port another process holds: what happened and what to do, in one line. */
export class PortInUseError extends Error {
  override name = 'PortInUseError';
  constructor(
    readonly service: string,
    readonly port: number,
    readonly option: string,
  ) {
    super(
      `port ${port} (local ${service}) is already in use, perhaps by another 'npm start -- --watch': ` +
        `stop it, or choose another port with ${option} N`,
    );
  }
}

export async function startEmulators(options: EmulatorOptions): Promise<Emulators> {
  const host = options.host ?? '127.0.0.1';
  // Without a data folder the objects live in a temporary folder that close() removes.
  const temporary = options.dataDir ? undefined : await mkdtemp(join(tmpdir(), 'copydesk-s3-'));
  const s3Directory = temporary ?? join(options.dataDir as string, DATA_FOLDER_FILES.s3);
  await mkdir(s3Directory, { recursive: true });
  const s3rver = new S3rver({ address: host, port: options.s3Port, silent: true, directory: s3Directory });
  supportLongKeys(s3rver);
  // Our own HTTP server rather than s3rver.run(): s3rver's listen drops 'error' (a busy port crashed
  // the process with a stack trace); this one reports it.
  const s3Server = createServer(s3rver.callback());
  const removeTemporary = () => (temporary ? rm(temporary, { recursive: true, force: true }) : undefined);
  try {
    await listen(s3Server, options.s3Port, host, new PortInUseError('S3', options.s3Port, '--s3-port'));
  } catch (error) {
    await removeTemporary();
    throw error;
  }
  s3rver.httpServer = s3Server;

  const dynamoPath = options.dataDir ? join(options.dataDir, DATA_FOLDER_FILES.dynamodb) : undefined;
  if (dynamoPath) await mkdir(dynamoPath, { recursive: true });
  const dynamo = dynalite({
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
    ...(dynamoPath ? { path: dynamoPath } : {}),
  });
  try {
    await listen(
      dynamo,
      options.dynamoPort,
      host,
      new PortInUseError('DynamoDB', options.dynamoPort, '--dynamo-port'),
    );
  } catch (error) {
    await new Promise((resolve) => s3Server.close(resolve));
    await removeTemporary();
    throw error;
  }

  return {
    s3rver,
    s3Endpoint: `http://${host}:${(s3Server.address() as AddressInfo).port}`,
    dynamoEndpoint: `http://${host}:${(dynamo.address() as AddressInfo).port}`,
    async close() {
      await new Promise((resolve) => s3Server.close(resolve));
      await new Promise<void>((resolve) => dynamo.close(() => resolve()));
      await removeTemporary();
    },
  };
}

/** Listens, turning EADDRINUSE into `busy` (any other error as it is). */
function listen(server: Server, port: number, host: string, busy: PortInUseError): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? busy : error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
