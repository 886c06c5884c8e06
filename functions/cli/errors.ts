/**
 * Every error of a command as one line for people: what happened and what to do. The trace only with
 * `--verbose`. Exit codes: 2 for a mistake in how the command was called, 1 for everything else.
 */
import { UsageError } from './usage-error.ts';

export interface Explained {
  message: string;
  exitCode: number;
  /** A case this module recognises (its message says what to do); false for the generic fallback. */
  known: boolean;
}

interface ErrorLike {
  name?: string;
  message?: string;
  code?: string;
  address?: string;
  port?: number;
  cause?: unknown;
  errors?: unknown[];
  $metadata?: { httpStatusCode?: number };
  $fault?: string;
}

/** What to do about an AWS service error, by its name. */
const AWS_HINTS: Record<string, string> = {
  AccessDenied:
    "the credentials in use may not do this: check 'aws sts get-caller-identity' and the role's policy",
  AccessDeniedException:
    "the credentials in use may not do this: check 'aws sts get-caller-identity' and the role's policy",
  ExpiredToken: 'the credentials have expired: refresh them (aws sso login, or new keys)',
  ExpiredTokenException: 'the credentials have expired: refresh them (aws sso login, or new keys)',
  InvalidAccessKeyId: 'the access key is unknown to AWS: check AWS_ACCESS_KEY_ID or AWS_PROFILE',
  UnrecognizedClientException: 'the access key is unknown to AWS: check AWS_ACCESS_KEY_ID or AWS_PROFILE',
  SignatureDoesNotMatch: 'the secret key does not match the access key: check AWS_SECRET_ACCESS_KEY',
  NoSuchBucket:
    "the bucket does not exist in this account and region: check --bucket, --region or the stack's outputs",
  ResourceNotFoundException: 'check the table name (--table, or the stack given to --stack) and --region',
  QueueDoesNotExist: "check --queue-url, or the stack's QueueUrl output",
  'AWS.SimpleQueueService.NonExistentQueue': "check --queue-url, or the stack's QueueUrl output",
  ThrottlingException: 'AWS is throttling the requests: try again, or lower --rate',
  ProvisionedThroughputExceededException: 'AWS is throttling the requests: try again, or lower --rate',
};

export function explainError(error: unknown): Explained {
  const e = (error ?? {}) as ErrorLike;
  if (error instanceof UsageError || e.code?.startsWith('ERR_PARSE_ARGS')) {
    return { message: e.message ?? String(error), exitCode: 2, known: true };
  }
  const message = e.message ?? String(error);
  if (e.name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
    return fail(
      "no AWS credentials found: set AWS_PROFILE (after 'aws configure' or 'aws sso login'), or " +
        'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; for the local stack start it with ' +
        "'npm start -- --watch'",
    );
  }
  if (/Region is missing/i.test(message)) {
    return fail('no AWS region: pass --region REGION, or set AWS_REGION (or a region in your AWS profile)');
  }
  const stack = /Stack with id (\S+) does not exist/.exec(message);
  if (stack) {
    return fail(
      `stack ${stack[1]} not found in this account and region: check the name ('npx cdk list' shows ` +
        'the stacks of this app; deployed ones are copydesk-STAGE) and --region',
    );
  }
  const refused = connectionRefused(e);
  if (refused) {
    return fail(
      `nothing answers at ${refused}: if that is the local stack, it has stopped; start it with ` +
        "'npm start -- --watch'",
    );
  }
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') {
    return fail(
      `cannot resolve ${e.message?.split(' ').pop() ?? 'the endpoint'}: check the network and --region`,
    );
  }
  if (e.$metadata && e.name) {
    const status = e.$metadata.httpStatusCode ? ` (HTTP ${e.$metadata.httpStatusCode})` : '';
    const hint = AWS_HINTS[e.name];
    return fail(`AWS ${e.name}${status}: ${message}${hint ? `; ${hint}` : ''}`);
  }
  if (e.code === 'ENOENT' || e.code === 'EACCES' || e.code === 'EPERM') return fail(message);
  return {
    message: `${e.name && e.name !== 'Error' ? `${e.name}: ` : ''}${message}`,
    exitCode: 1,
    known: false,
  };
}

function fail(message: string): Explained {
  return { message, exitCode: 1, known: true };
}

/** `host:port` of a refused connection, wherever the SDK nested it (cause, AggregateError). */
function connectionRefused(error: ErrorLike, depth = 0): string | null {
  if (depth > 4 || !error) return null;
  if (error.code === 'ECONNREFUSED') {
    return error.address ? `${error.address}${error.port ? `:${error.port}` : ''}` : 'the endpoint';
  }
  for (const inner of [error.cause, ...(error.errors ?? [])]) {
    if (inner && typeof inner === 'object') {
      const found = connectionRefused(inner as ErrorLike, depth + 1);
      if (found) return found;
    }
  }
  return null;
}
