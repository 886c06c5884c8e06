/**
 * Which table (and bucket, queue) a CLI command talks to:
 * - the running local stack (`npm start -- --watch`) by default: the current directory's `.local/`, or
 *   the one watch-mode stack running anywhere (infra/local/data-folder.ts); `--data-dir DIR` names one;
 * - `--stack NAME`: a deployed stack, through its CloudFormation outputs (STACK_OUTPUTS);
 * - `--table NAME`: just a table (plus `--bucket`, `--queue-url` for reprocess).
 * AWS credentials and region come from the SDK's standard chain; `--region` overrides the region.
 */
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
import {
  type Discovery,
  defaultDataDir,
  endpointsFile,
  type FoundStack,
  findRunningStack,
  stackIn,
} from '../../infra/local/data-folder.ts';
import { recordId } from '../handler/record-item.ts';
import { LOCAL, RAW_PREFIX_DEFAULT, STACK_OUTPUTS } from '../shared/definitions.ts';
import { UsageError } from './usage-error.ts';

/** Options every table-reading command accepts (for node:util parseArgs). */
export const TARGET_OPTIONS = {
  local: { type: 'boolean' },
  'data-dir': { type: 'string' },
  /** The earlier name of --data-dir, still accepted. */
  'local-dir': { type: 'string' },
  stack: { type: 'string' },
  table: { type: 'string' },
  bucket: { type: 'string' },
  prefix: { type: 'string' },
  'queue-url': { type: 'string' },
  region: { type: 'string' },
} as const;

export const TARGET_HELP = `Target (default: the running local stack, 'npm start -- --watch'):
  --local             the local stack: ./${LOCAL.dataDir}, else the one watch-mode stack running
  --data-dir DIR      the local stack started with 'npm start -- --watch --data-dir DIR'
  --stack NAME        a deployed stack: table, bucket and queue from its CloudFormation outputs
  --table NAME        a table by name (with --bucket B --queue-url URL for reprocess)
  --region R          AWS region (default: the standard chain, e.g. AWS_REGION)`;

export interface TargetFlags {
  local?: boolean | undefined;
  'data-dir'?: string | undefined;
  'local-dir'?: string | undefined;
  stack?: string | undefined;
  table?: string | undefined;
  bucket?: string | undefined;
  prefix?: string | undefined;
  'queue-url'?: string | undefined;
  region?: string | undefined;
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
  /** The local stack's data folder (null for AWS targets). */
  dataDir: string | null;
  dynamo: DynamoDBClient;
  documents: DynamoDBDocumentClient;
  s3: S3Client;
  sqs: SQSClient;
  close(): void;
}

export async function resolveTarget(flags: TargetFlags, discovery: Discovery = {}): Promise<Target> {
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
  return localTarget(findLocalStack(flags, discovery), flags);
}

/** The data folder named by --data-dir (or its old name --local-dir), if any. */
export function namedDataDir(flags: Pick<TargetFlags, 'data-dir' | 'local-dir'>): string | undefined {
  return flags['data-dir'] ?? flags['local-dir'];
}

/**
 * The local stack a command means: the folder named by --data-dir, else the running one
 * (data-folder.ts: ./.local, or the only watch-mode stack registered as running).
 */
export function findLocalStack(flags: TargetFlags, discovery: Discovery = {}): FoundStack {
  const named = namedDataDir(flags);
  if (named !== undefined) {
    const found = stackIn(named);
    if (found && (found.running || flags.local)) return found;
    throw new UsageError(
      `no local stack is running in ${named} (${found ? 'its process has stopped' : `no ${endpointsFile(named)}`}); ` +
        `start it with 'npm start -- --watch --data-dir ${named}'`,
    );
  }
  const { stack, candidates } = findRunningStack(discovery);
  if (stack) return stack;
  if (candidates.length > 1) {
    throw new UsageError(
      `${candidates.length} local stacks are running (data in ${candidates.map((c) => c.dataDir).join(', ')}): ` +
        'pick one with --data-dir DIR',
    );
  }
  const where = defaultDataDir(discovery.cwd);
  throw new UsageError(
    flags.local
      ? `--local: no local stack is running (none in ${where}, none registered); start one with 'npm start -- --watch'`
      : "no target: start the local stack with 'npm start -- --watch', or pass --stack NAME or --table NAME",
  );
}

function localTarget(found: FoundStack, flags: TargetFlags): Target {
  const { endpoints } = found;
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
    dataDir: found.dataDir,
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
    dataDir: null,
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
    dataDir: null,
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
