/** `copydesk dlq` against SQS, with the SQS, DynamoDB and CloudFormation clients mocked. */
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import {
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SQSClient,
  StartMessageMoveTaskCommand,
} from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-vitest/extend';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../functions/cli/main.ts';
import { STACK_OUTPUTS } from '../../functions/shared/definitions.ts';
import { capture } from '../support/capture.ts';
import { notification } from './helpers.ts';

const DLQ_URL = 'https://sqs.eu-west-1.amazonaws.com/123456789012/copydesk-prod-events-dlq';
const sqs = mockClient(SQSClient);
const documents = mockClient(DynamoDBDocumentClient);
const cloudFormation = mockClient(CloudFormationClient);

afterEach(() => {
  sqs.reset();
  documents.reset();
  cloudFormation.reset();
});

const MESSAGE = {
  MessageId: 'm-1',
  Body: notification({ bucket: 'raw-bucket', key: 'raw/a story.txt' }),
  Attributes: { ApproximateReceiveCount: '6' },
};

describe('copydesk dlq against SQS', () => {
  it("lists each message's object, receive count and the failed record's error", async () => {
    cloudFormation.on(DescribeStacksCommand).resolves({
      Stacks: [
        {
          StackName: 'copydesk-prod',
          CreationTime: new Date(0),
          StackStatus: 'CREATE_COMPLETE',
          Outputs: [
            { OutputKey: STACK_OUTPUTS.deadLetterQueueUrl, OutputValue: DLQ_URL },
            { OutputKey: STACK_OUTPUTS.table, OutputValue: 'copydesk-prod-records' },
          ],
        },
      ],
    });
    sqs
      .on(ReceiveMessageCommand)
      .resolvesOnce({ Messages: [MESSAGE] })
      .resolves({ Messages: [MESSAGE] });
    documents
      .on(GetCommand, { TableName: 'copydesk-prod-records', Key: { id: 's3://raw-bucket/raw/a story.txt' } })
      .resolves({ Item: { status: 'failed', error: 'ProvisionedThroughputExceededException: throttled' } });
    const out = capture();

    const code = await main(['dlq', 'list', '--stack', 'copydesk-prod', '--json'], out.stream);

    expect(code).toBe(0);
    expect(JSON.parse(out.text())).toEqual({
      messageId: 'm-1',
      receiveCount: 6,
      objects: ['s3://raw-bucket/raw/a story.txt'],
      lastError: 'ProvisionedThroughputExceededException: throttled',
    });
    expect(sqs).toHaveReceivedCommandWith(ReceiveMessageCommand, { QueueUrl: DLQ_URL, VisibilityTimeout: 0 });
  });

  it('lists a message without a failed record by its receive count, pointing to the logs', async () => {
    sqs
      .on(ReceiveMessageCommand)
      .resolvesOnce({ Messages: [MESSAGE] })
      .resolves({});
    const out = capture();

    await main(['dlq', 'list', '--queue-url', DLQ_URL], out.stream);

    expect(out.text()).toContain('m-1  receives 6  s3://raw-bucket/raw/a story.txt');
    expect(out.text()).toContain('no failed record');
  });

  it('redrives with an SQS message move task from the dead-letter queue', async () => {
    const arn = 'arn:aws:sqs:eu-west-1:123456789012:copydesk-prod-events-dlq';
    sqs.on(GetQueueAttributesCommand).resolves({ Attributes: { QueueArn: arn } });
    sqs.on(StartMessageMoveTaskCommand).resolves({ TaskHandle: 'task-1' });
    const out = capture();

    const code = await main(['dlq', 'redrive', '--queue-url', DLQ_URL], out.stream);

    expect(code).toBe(0);
    expect(sqs).toHaveReceivedCommandWith(StartMessageMoveTaskCommand, { SourceArn: arn });
    expect(out.text()).toContain('task-1');
  });

  it('exits 2 without a target', async () => {
    expect(await main(['dlq', 'list'], capture().stream)).toBe(2);
  });
});
