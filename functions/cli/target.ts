/**
 * Which table (and bucket, queue) a CLI command talks to:
 * - `--local`: the watch-mode local stack (`npm start -- --watch`), found through `.local/endpoints.json`;
 *   the default when that file exists and the process that wrote it is alive.
 * - `--stack NAME`: a deployed stack, through its CloudFormation outputs (STACK_OUTPUTS).
 * - `--table NAME`: just a table (plus `--bucket`, `--queue-url` for reprocess).
 * AWS credentials and region come from the SDK's standard chain; `--region` overrides the region.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  EMULATOR_CREDENTIALS,
  EMULATOR_REGION,
  localDynamoClient,
  localS3Client,
} from '../../infra/local/clients.ts';
import { LOCAL_FILES } from '../../infra/local/dead-letters.ts';
import { recordId } from '../handler/record-item.ts';
import { LOCAL, RAW_PREFIX_DEFAULT, STACK_OUTPUTS } from '../shared/definitions.ts';
import { UsageError } from './usage-error.ts';

/** Options every table-reading command accepts (for node:util parseArgs). */
export const TARGET_OPTIONS = {
  local: { type: 'boolean' },
  'local-dir': { type: 'string' },
  stack: { type: 'string' },
  table: { type: 'string' },
  bucket: { type: 'string' },
  prefix: { type: 'string' },
  'queue-url': { type: 'string' },
  region: { type: 'string' },
} as const;

export const TARGET_HELP = `Target (default: --local when 'npm start -- --watch' is running):
  --local             the local stack; reads ${LOCAL.dataDir}/endpoints.json (--local-dir DIR to change)
  --stack NAME        a deployed stack: table, bucket and queue from its CloudFormation outputs
  --table NAME        a table by name (with --bucket B --queue-url URL for reprocess)
  --region R          AWS region (default: the standard chain, e.g. AWS_REGION)`;

export interface TargetFlags {
  local?: boolean | undefined;
  'local-dir'?: string | undefined;
  stack?: string | undefined;
  table?: string | undefined;
  bucket?: string | undefined;
  prefix?: string | undefined;
  'queue-url'?: string | undefined;
  region?: string | undefined;
}

/** What a watch-mode local stack writes to `.local/endpoints.json` (infra/local/start.ts). */
export interface LocalEndpoints {
  s3Endpoint: string;
  dynamoEndpoint: string;
  rawBucket: string;
  cleanBucket: string;
  table: string;
  prefix: string;
  pid: number;
  /** The SQS-compatible endpoint in front of the local bridge (infra/local/queue-endpoint.ts). */
  queueUrl?: string;
}

export interface Target {
  kind: 'local' | 'stack' | 'table';
  /** One line for messages: where the command is reading. */
  description: string;
  table: string;
  rawBucket: string | null;
  rawPrefix: string;
  queueUrl: string | null;
  /** The DynamoDB endpoint when not AWS's (the local stack), for printed `aws` commands. */
  dynamoEndpoint: string | null;
  dynamo: DynamoDBClient;
  documents: DynamoDBDocumentClient;
  s3: S3Client;
  sqs: SQSClient;
  close(): void;
}

export async function resolveTarget(flags: TargetFlags): Promise<Target> {
  const chosen = [
    flags.local ? '--local' : null,
    flags.stack ? '--stack' : null,
    flags.table ? '--table' : null,
  ];
  if (chosen.filter(Boolean).length > 1) {
    throw new UsageError(`give only one of ${chosen.filter(Boolean).join(', ')}`);
  }
  if (flags.stack) return stackTarget(flags.stack, flags);
  if (flags.table) return tableTarget(flags.table, flags);
  const localDir = flags['local-dir'] ?? LOCAL.dataDir;
  const endpoints = readLocalEndpoints(localDir);
  if (endpoints && (flags.local || isAlive(endpoints.pid))) return localTarget(endpoints, flags);
  if (flags.local) {
    throw new UsageError(
      `--local: no local stack found (${join(localDir, LOCAL_FILES.endpoints)}); start one with 'npm start -- --watch'`,
    );
  }
  throw new UsageError(
    "no target: start the local stack with 'npm start -- --watch', or pass --stack NAME or --table NAME",
  );
}

export function readLocalEndpoints(localDir: string): LocalEndpoints | null {
  try {
    return JSON.parse(readFileSync(join(localDir, LOCAL_FILES.endpoints), 'utf8')) as LocalEndpoints;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function localTarget(endpoints: LocalEndpoints, flags: TargetFlags): Target {
  const dynamo = localDynamoClient(endpoints.dynamoEndpoint);
  const s3 = localS3Client(endpoints.s3Endpoint);
  const queueUrl = flags['queue-url'] ?? endpoints.queueUrl ?? null;
  const sqs = new SQSClient({
    region: EMULATOR_REGION,
    credentials: EMULATOR_CREDENTIALS,
    ...(queueUrl ? { endpoint: new URL(queueUrl).origin } : {}),
  });
  return build('local', `local stack (table ${endpoints.table} at ${endpoints.dynamoEndpoint})`, {
    table: endpoints.table,
    rawBucket: flags.bucket ?? endpoints.rawBucket,
    rawPrefix: flags.prefix ?? endpoints.prefix,
    queueUrl,
    dynamoEndpoint: endpoints.dynamoEndpoint,
    dynamo,
    s3,
    sqs,
  });
}

/** A deployed stack's CloudFormation outputs by key (STACK_OUTPUTS names the ones copydesk reads). */
export async function stackOutputs(
  stackName: string,
  region: { region?: string },
): Promise<Record<string, string>> {
  const cloudFormation = new CloudFormationClient(region);
  try {
    const { Stacks } = await cloudFormation.send(new DescribeStacksCommand({ StackName: stackName }));
    return Object.fromEntries(
      (Stacks?.[0]?.Outputs ?? []).map((output) => [output.OutputKey ?? '', output.OutputValue ?? '']),
    );
  } finally {
    cloudFormation.destroy();
  }
}

/** One output of a stack, or a UsageError naming the missing output. */
export function requiredOutput(outputs: Record<string, string>, stackName: string, key: string): string {
  const value = outputs[key];
  if (!value) throw new UsageError(`--stack ${stackName}: the stack has no ${key} output`);
  return value;
}

async function stackTarget(stackName: string, flags: TargetFlags): Promise<Target> {
  const region = flags.region ? { region: flags.region } : {};
  const outputs = await stackOutputs(stackName, region);
  const table = requiredOutput(outputs, stackName, STACK_OUTPUTS.table);
  return build('stack', `stack ${stackName} (table ${table})`, {
    table,
    rawBucket: flags.bucket ?? outputs[STACK_OUTPUTS.rawBucket] ?? null,
    rawPrefix: flags.prefix ?? outputs[STACK_OUTPUTS.rawPrefix] ?? RAW_PREFIX_DEFAULT,
    queueUrl: flags['queue-url'] ?? outputs[STACK_OUTPUTS.queueUrl] ?? null,
    dynamoEndpoint: null,
    dynamo: new DynamoDBClient(region),
    s3: new S3Client(region),
    sqs: new SQSClient(region),
  });
}

function tableTarget(table: string, flags: TargetFlags): Target {
  const region = flags.region ? { region: flags.region } : {};
  return build('table', `table ${table}`, {
    table,
    rawBucket: flags.bucket ?? null,
    rawPrefix: flags.prefix ?? RAW_PREFIX_DEFAULT,
    queueUrl: flags['queue-url'] ?? null,
    dynamoEndpoint: null,
    dynamo: new DynamoDBClient(region),
    s3: new S3Client(region),
    sqs: new SQSClient(region),
  });
}

function build(
  kind: Target['kind'],
  description: string,
  parts: Omit<Target, 'kind' | 'description' | 'documents' | 'close'>,
): Target {
  const documents = DynamoDBDocumentClient.from(parts.dynamo, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return {
    kind,
    description,
    ...parts,
    documents,
    close() {
      parts.dynamo.destroy();
      parts.s3.destroy();
      parts.sqs.destroy();
    },
  };
}

/** `s3://bucket/key` as given, or a key in the target's raw bucket. */
export function recordIdFor(target: Target, keyOrId: string): string {
  if (keyOrId.startsWith('s3://')) return keyOrId;
  if (!target.rawBucket) {
    throw new UsageError(
      `'${keyOrId}' is a key but the raw bucket is unknown: give s3://BUCKET/KEY or --bucket`,
    );
  }
  return recordId(target.rawBucket, keyOrId);
}
