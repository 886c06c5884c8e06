/**
 * The whole pipeline on this machine: emulators, the same resources as the CDK stack, the event bridge
 * and the real Lambda handler. Used by `npm start`, the integration tests, the CLI and the benchmarks.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  ENV,
  LOCAL,
  MAX_INPUT_BYTES_DEFAULT,
  MAX_RECEIVE_COUNT,
  RAW_PREFIX_DEFAULT,
  RAW_SUFFIXES_DEFAULT,
  resourceNames,
} from '../../functions/shared/definitions.ts';
import { type BridgeOptions, type EmulatorEventRecord, LocalBridge } from './bridge.ts';
import { EMULATOR_CREDENTIALS, EMULATOR_REGION, localDynamoClient, localS3Client } from './clients.ts';
import { deadLettersFile, writeEndpoints } from './data-folder.ts';
import {
  type DeadLetterStore,
  fileDeadLetters,
  memoryDeadLetters,
  REDRIVE_POLL_MS,
  watchRedriveInbox,
} from './dead-letters.ts';
import { type Emulators, startEmulators } from './emulators.ts';
import { ensureBucket, ensureTable } from './resources.ts';

export interface LocalStackOptions {
  /** Persistent data folder (watch mode); omitted = throwaway stack. */
  dataDir?: string;
  s3Port?: number;
  dynamoPort?: number;
  prefix?: string;
  suffixes?: readonly string[];
  maxInputBytes?: number;
  /** Show the handler's JSON logs (default: warnings and errors only). */
  verbose?: boolean;
  batchWindowMs?: number;
  onBatch?: BridgeOptions['onBatch'];
  onDeadLetter?: BridgeOptions['onDeadLetter'];
  onFiltered?: BridgeOptions['onFiltered'];
  /** With a dataDir: how often to pick up messages `copydesk dlq redrive --local` put in the inbox. */
  redrivePollMs?: number;
}

export interface LocalStack {
  emulators: Emulators;
  names: ReturnType<typeof resourceNames>;
  prefix: string;
  suffixes: readonly string[];
  s3: S3Client;
  dynamo: DynamoDBClient;
  documents: DynamoDBDocumentClient;
  bridge: LocalBridge;
  deadLetters: DeadLetterStore;
  /** Wait until every queued event has been processed (or dead-lettered). */
  drain(): Promise<void>;
  close(): Promise<void>;
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const emulators = await startEmulators({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    s3Port: options.s3Port ?? 0,
    dynamoPort: options.dynamoPort ?? 0,
  });
  const names = resourceNames(LOCAL.stage);
  const prefix = options.prefix ?? RAW_PREFIX_DEFAULT;
  const suffixes = options.suffixes ?? RAW_SUFFIXES_DEFAULT;
  configureHandlerEnvironment(emulators, names, options);

  const s3 = localS3Client(emulators.s3Endpoint);
  const dynamo = localDynamoClient(emulators.dynamoEndpoint);
  const documents = DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } });
  await ensureBucket(s3, names.rawBucket);
  await ensureBucket(s3, names.cleanBucket);
  await ensureTable(dynamo, names.table);

  // Imported only now: the handler reads its environment (log level, metrics switch) when loaded.
  const { handler } = await import('../../functions/handler/handler.ts');
  const deadLetters = options.dataDir
    ? fileDeadLetters(deadLettersFile(options.dataDir))
    : memoryDeadLetters();
  const bridge = new LocalBridge({
    rawBucket: names.rawBucket,
    prefix,
    suffixes,
    handler,
    deadLetters,
    queueName: names.queue,
    region: EMULATOR_REGION,
    batchSize: LOCAL.batchSize,
    maxReceiveCount: MAX_RECEIVE_COUNT,
    ...(options.batchWindowMs !== undefined ? { batchWindowMs: options.batchWindowMs } : {}),
    ...(options.onBatch ? { onBatch: options.onBatch } : {}),
    ...(options.onDeadLetter ? { onDeadLetter: options.onDeadLetter } : {}),
    ...(options.onFiltered ? { onFiltered: options.onFiltered } : {}),
  });
  emulators.s3rver.on('event', (event: { Records: EmulatorEventRecord[] }) => {
    for (const record of event.Records) bridge.notify(record);
  });
  // Persistent stacks: tell `copydesk --local` where they are, and take redriven dead letters back.
  const redrive = options.dataDir
    ? watchRedriveInbox(
        options.dataDir,
        (body) => bridge.send(body),
        options.redrivePollMs ?? REDRIVE_POLL_MS,
      )
    : null;
  if (options.dataDir) await writeEndpointsFile(options.dataDir, { emulators, names, prefix });

  return {
    emulators,
    names,
    prefix,
    suffixes,
    s3,
    dynamo,
    documents,
    bridge,
    deadLetters,
    drain: () => bridge.drain(),
    async close() {
      await redrive?.stop();
      await bridge.drain();
      s3.destroy();
      dynamo.destroy();
      await emulators.close();
    },
  };
}

/**
 * Publishes a stack in its data folder (`endpoints.json`, data-folder.ts), where `copydesk` finds it.
 * `queueUrl` and `pid` are added by a process that serves the queue and stays up.
 */
export async function writeEndpointsFile(
  dir: string,
  stack: Pick<LocalStack, 'emulators' | 'names' | 'prefix'>,
  extra: { queueUrl?: string; pid?: number } = {},
): Promise<void> {
  writeEndpoints(dir, {
    s3Endpoint: stack.emulators.s3Endpoint,
    dynamoEndpoint: stack.emulators.dynamoEndpoint,
    ...stack.names,
    prefix: stack.prefix,
    ...extra,
  });
}

/** The environment the deployed function gets from the stack, pointed at the emulators. */
function configureHandlerEnvironment(
  emulators: Emulators,
  names: ReturnType<typeof resourceNames>,
  options: LocalStackOptions,
): void {
  Object.assign(process.env, {
    [ENV.table]: names.table,
    [ENV.cleanBucket]: names.cleanBucket,
    [ENV.maxInputBytes]: String(options.maxInputBytes ?? MAX_INPUT_BYTES_DEFAULT),
    AWS_ENDPOINT_URL_S3: emulators.s3Endpoint,
    AWS_ENDPOINT_URL_DYNAMODB: emulators.dynamoEndpoint,
    AWS_REGION: EMULATOR_REGION,
    AWS_ACCESS_KEY_ID: EMULATOR_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: EMULATOR_CREDENTIALS.secretAccessKey,
    POWERTOOLS_LOG_LEVEL: options.verbose ? 'INFO' : 'WARN',
    POWERTOOLS_METRICS_DISABLED: options.verbose ? 'false' : 'true',
  });
}
