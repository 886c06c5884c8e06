/** `copydesk query failed` on a table without the byFailedVersion index (made before it, or still filling). */
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../functions/cli/main.ts';
import { capture, captureStderr } from '../support/capture.ts';

function validation(message: string): Error {
  return Object.assign(new Error(message), {
    name: 'ValidationException',
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
  });
}

describe('copydesk query failed without the byFailedVersion index', () => {
  const documents = mockClient(DynamoDBDocumentClient);
  let stderr: () => string;

  beforeEach(() => {
    stderr = captureStderr();
    documents.reset();
    documents
      .on(QueryCommand, { IndexName: 'byStatus' })
      .resolves({ Items: [{ key: 'raw/lost.txt', status: 'failed', reason: 'retries-exhausted' }] });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  const run = async () => {
    const out = capture();
    const code = await main(
      ['query', 'failed', '--table', 'T', '--region', 'eu-west-1', '--json', '--fields', 'key,status'],
      out.stream,
    );
    return { code, stdout: out.text() };
  };

  it('lists the failed files and says why the others are missing', async () => {
    documents
      .on(QueryCommand, { IndexName: 'byFailedVersion' })
      .rejects(validation('The table does not have the specified index: byFailedVersion'));

    const { code, stdout } = await run();

    expect(code).toBe(0);
    expect(stdout).toBe('{"key":"raw/lost.txt","status":"failed"}\n');
    expect(stderr()).toMatch(
      /^note: the table cannot be read through its byFailedVersion index yet .*dlq list/,
    );
  });

  it('still fails on any other refusal', async () => {
    documents
      .on(QueryCommand, { IndexName: 'byFailedVersion' })
      .rejects(validation('Invalid KeyConditionExpression'));

    const { code } = await run();

    expect(code).toBe(1);
    expect(stderr()).toMatch(/^copydesk query: .*Invalid KeyConditionExpression/);
  });
});
