/** Every error of the CLI is one line saying what happened and what to do; --verbose adds the trace. */
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { explainError } from '../../functions/cli/errors.ts';
import { main } from '../../functions/cli/main.ts';
import { UsageError } from '../../functions/cli/usage-error.ts';
import { capture, captureStderr } from '../support/capture.ts';

/** An AWS SDK service error as the SDK builds it. */
function serviceError(name: string, message: string, status: number): Error {
  return Object.assign(new Error(message), { name, $fault: 'client', $metadata: { httpStatusCode: status } });
}

describe('explainError', () => {
  it('keeps a usage error as it is, exit code 2', () => {
    expect(explainError(new UsageError('query: give a PATTERN'))).toEqual({
      message: 'query: give a PATTERN',
      exitCode: 2,
      known: true,
    });
  });

  it('says how to give credentials when the SDK finds none', () => {
    const error = Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError',
    });

    expect(explainError(error).message).toMatch(
      /^no AWS credentials found: set AWS_PROFILE .* AWS_ACCESS_KEY_ID/,
    );
  });

  it('says how to give a region when the SDK has none', () => {
    expect(explainError(new Error('Region is missing')).message).toBe(
      'no AWS region: pass --region REGION, or set AWS_REGION (or a region in your AWS profile)',
    );
  });

  it('names an unknown stack and what to check', () => {
    const error = serviceError('ValidationError', 'Stack with id copydesk-nope does not exist', 400);

    expect(explainError(error).message).toMatch(
      /^stack copydesk-nope not found in this account and region: check/,
    );
  });

  it('says the local stack has stopped when a connection is refused, however deep the SDK nests it', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4567'), {
      code: 'ECONNREFUSED',
      address: '127.0.0.1',
      port: 4567,
    });
    const error = Object.assign(new Error(''), { name: 'AggregateError', errors: [refused] });

    expect(explainError(error).message).toMatch(
      /^nothing answers at 127\.0\.0\.1:4567: .*npm start -- --watch/,
    );
  });

  it('gives an S3 error its name, status and a hint', () => {
    const error = serviceError('NoSuchBucket', 'The specified bucket does not exist', 404);

    expect(explainError(error).message).toBe(
      "AWS NoSuchBucket (HTTP 404): The specified bucket does not exist; the bucket does not exist in this account and region: check --bucket, --region or the stack's outputs",
    );
  });

  it('falls back to the error name and message for anything else, marked as not explained', () => {
    expect(explainError(new TypeError('x is not a function'))).toEqual({
      message: 'TypeError: x is not a function',
      exitCode: 1,
      known: false,
    });
  });
});

describe('copydesk on an error', () => {
  let stderr: () => string;
  const cloudFormation = mockClient(CloudFormationClient);

  beforeEach(() => {
    stderr = captureStderr();
    cloudFormation.reset();
    cloudFormation
      .on(DescribeStacksCommand)
      .rejects(serviceError('ValidationError', 'Stack with id copydesk-nope does not exist', 400));
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('prints one line naming the command, exit code 1', async () => {
    const code = await main(['query', 'rejected', '--stack', 'copydesk-nope', '--region', 'eu-west-1']);

    expect(code).toBe(1);
    expect(stderr()).toMatch(
      /^copydesk query: stack copydesk-nope not found in this account and region: [^\n]*\n$/,
    );
  });

  it('adds the stack trace with --verbose', async () => {
    await main(['query', 'rejected', '--stack', 'copydesk-nope', '--region', 'eu-west-1', '--verbose']);

    const [line, ...trace] = stderr().trimEnd().split('\n');
    expect(line).toMatch(/^copydesk query: stack copydesk-nope not found/);
    expect(trace[0]).toBe('ValidationError: Stack with id copydesk-nope does not exist');
    expect(trace.length).toBeGreaterThan(1);
  });
});

describe('copydesk --version', () => {
  it('prints the package and cleaner versions', async () => {
    const out = capture();

    const code = await main(['--version'], out.stream);

    expect(code).toBe(0);
    expect(out.text()).toMatch(/^copydesk \d+\.\d+\.\d+ \(cleaner \d+\.\d+\.\d+\)\n$/);
  });
});
