/**
 * One Template assertion per promise of issue 5. Synthesis runs cdk-nag as well (see nag.test.ts).
 */
import { type CfnElement, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, test } from 'vitest';
import { INDEXES, MAX_RECEIVE_COUNT, STACK_OUTPUTS } from '../../functions/shared/definitions.ts';
import type { CopydeskStack } from '../../infra/stack.ts';
import { buildApp } from './synth.ts';

interface Synth {
  stack: CopydeskStack;
  template: Template;
  id: (construct: { node: { defaultChild?: unknown } }) => string;
}

function synth(context: Record<string, unknown> = {}): Synth {
  const { stack } = buildApp(context);
  const template = Template.fromStack(stack);
  const id = (construct: { node: { defaultChild?: unknown } }) =>
    Stack.of(stack).getLogicalId(construct.node.defaultChild as CfnElement);
  return { stack, template, id };
}

type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Sid?: string };

/** Every statement of every identity policy in the template (inline role policies and AWS::IAM::Policy). */
function identityStatements(template: Template): Statement[] {
  const statements: Statement[] = [];
  for (const policy of Object.values(template.findResources('AWS::IAM::Policy'))) {
    statements.push(...policy.Properties.PolicyDocument.Statement);
  }
  for (const role of Object.values(template.findResources('AWS::IAM::Role'))) {
    for (const inline of role.Properties.Policies ?? []) statements.push(...inline.PolicyDocument.Statement);
  }
  return statements;
}

const actionsOf = (statement: Statement) => [statement.Action].flat();
const mentions = (value: unknown, logicalId: string) => JSON.stringify(value).includes(`"${logicalId}"`);

let prod: Synth;
beforeAll(() => {
  prod = synth();
});

describe.each([
  ['raw', (s: Synth) => s.id(s.stack.rawBucket)],
  ['clean', (s: Synth) => s.id(s.stack.cleanBucket)],
])('the %s bucket', (_name, bucketId) => {
  test('blocks all public access', () => {
    const bucket = prod.template.toJSON().Resources[bucketId(prod)];

    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
  });

  test('denies every request not sent over TLS', () => {
    const policies = prod.template.findResources('AWS::S3::BucketPolicy', {
      Properties: {
        Bucket: { Ref: bucketId(prod) },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Principal: { AWS: '*' },
              Action: 's3:*',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      },
    });

    expect(Object.keys(policies)).toHaveLength(1);
  });

  test('is encrypted with S3-managed keys', () => {
    const bucket = prod.template.toJSON().Resources[bucketId(prod)];

    expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration).toEqual([
      { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
    ]);
  });

  test('is versioned', () => {
    const bucket = prod.template.toJSON().Resources[bucketId(prod)];

    expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
  });

  test('is retained when the stack is deleted', () => {
    const bucket = prod.template.toJSON().Resources[bucketId(prod)];

    expect([bucket.DeletionPolicy, bucket.UpdateReplacePolicy]).toEqual(['Retain', 'Retain']);
  });

  test('expires noncurrent versions with a lifecycle rule', () => {
    const bucket = prod.template.toJSON().Resources[bucketId(prod)];

    expect(bucket.Properties.LifecycleConfiguration.Rules).toContainEqual(
      expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 30 }, Status: 'Enabled' }),
    );
  });

  test('writes server access logs to the log bucket', () => {
    const bucket = prod.template.toJSON().Resources[bucketId(prod)];

    expect(bucket.Properties.LoggingConfiguration.DestinationBucketName).toEqual({
      Ref: prod.id(prod.stack.node.findChild('AccessLogBucket') as never),
    });
  });
});

describe('the access-log bucket', () => {
  const logBucketId = () => prod.id(prod.stack.node.findChild('AccessLogBucket') as never);

  test('is private, encrypted, retained and expires logs after a year', () => {
    const bucket = prod.template.toJSON().Resources[logBucketId()];

    expect({
      publicAccess: bucket.Properties.PublicAccessBlockConfiguration,
      encryption: bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration,
      expiration: bucket.Properties.LifecycleConfiguration.Rules.map(
        (r: { ExpirationInDays?: number }) => r.ExpirationInDays,
      ),
      deletionPolicy: bucket.DeletionPolicy,
    }).toEqual({
      publicAccess: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      encryption: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      expiration: [365],
      deletionPolicy: 'Retain',
    });
  });

  test('denies every request not sent over TLS', () => {
    const policies = prod.template.findResources('AWS::S3::BucketPolicy', {
      Properties: {
        Bucket: { Ref: logBucketId() },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      },
    });

    expect(Object.keys(policies)).toHaveLength(1);
  });
});

describe('the raw bucket notification', () => {
  test('sends ObjectCreated events on the prefix and each default suffix (text, markdown, HTML, gzip) only, to the queue', () => {
    const bucket = prod.template.toJSON().Resources[prod.id(prod.stack.rawBucket)];

    expect(bucket.Properties.NotificationConfiguration).toEqual({
      QueueConfigurations: [
        '.txt',
        '.md',
        '.markdown',
        '.html',
        '.htm',
        '.json',
        '.warc',
        '.xml',
        '.rss',
        '.atom',
        '.mhtml',
        '.mht',
        '.gz',
      ].map((suffix) => ({
        Event: 's3:ObjectCreated:*',
        Filter: {
          S3Key: {
            Rules: [
              { Name: 'prefix', Value: 'raw/' },
              { Name: 'suffix', Value: suffix },
            ],
          },
        },
        Queue: { 'Fn::GetAtt': [prod.id(prod.stack.queue), 'Arn'] },
      })),
    });
  });

  test('has one filter per configured suffix', () => {
    const multi = synth({ prefix: 'in/', suffixes: '.txt,.md' });

    const configurations =
      multi.template.toJSON().Resources[multi.id(multi.stack.rawBucket)].Properties.NotificationConfiguration
        .QueueConfigurations;

    expect(configurations.map((c: { Filter: unknown }) => c.Filter)).toEqual([
      {
        S3Key: {
          Rules: [
            { Name: 'prefix', Value: 'in/' },
            { Name: 'suffix', Value: '.txt' },
          ],
        },
      },
      {
        S3Key: {
          Rules: [
            { Name: 'prefix', Value: 'in/' },
            { Name: 'suffix', Value: '.md' },
          ],
        },
      },
    ]);
  });

  test('filters on the prefix alone when no suffix is configured', () => {
    const any = synth({ suffixes: '' });

    const configurations =
      any.template.toJSON().Resources[any.id(any.stack.rawBucket)].Properties.NotificationConfiguration
        .QueueConfigurations;

    expect(configurations.map((c: { Filter: unknown }) => c.Filter)).toEqual([
      { S3Key: { Rules: [{ Name: 'prefix', Value: 'raw/' }] } },
    ]);
  });

  test('is created only after the queue policy that lets S3 send to the queue', () => {
    const bucket = prod.template.toJSON().Resources[prod.id(prod.stack.rawBucket)];

    expect(bucket.DependsOn).toContain(prod.id(prod.stack.queue.node.findChild('Policy') as never));
  });

  test('may be sent to the queue by the raw bucket of this account only', () => {
    const queuePolicy =
      prod.template.toJSON().Resources[prod.id(prod.stack.queue.node.findChild('Policy') as never)];

    const allows = queuePolicy.Properties.PolicyDocument.Statement.filter(
      (s: Statement) => s.Effect === 'Allow',
    );

    expect(allows).toEqual([
      expect.objectContaining({
        Principal: { Service: 's3.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Condition: {
          ArnEquals: {
            'aws:SourceArn': {
              'Fn::Join': [
                '',
                [
                  'arn:',
                  { Ref: 'AWS::Partition' },
                  ':s3:::copydesk-prod-raw-',
                  { Ref: 'AWS::AccountId' },
                  '-',
                  { Ref: 'AWS::Region' },
                ],
              ],
            },
          },
          StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
        },
      }),
    ]);
  });
});

describe('IAM', () => {
  test('no policy grants any s3:Put* or s3:Delete* on the raw bucket', () => {
    const rawId = prod.id(prod.stack.rawBucket);

    const writes = identityStatements(prod.template)
      .filter((s) => mentions(s.Resource, rawId))
      .flatMap(actionsOf)
      .filter((action) => /^s3:(Put|Delete|\*)/.test(action) || action === '*');

    expect(writes).toEqual([]);
  });

  test('the function reads only object versions under the raw prefix, and lists the raw bucket', () => {
    const rawId = prod.id(prod.stack.rawBucket);

    const reads = identityStatements(prod.template).filter((s) => mentions(s.Resource, rawId));

    expect(reads).toEqual([
      expect.objectContaining({
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:GetObjectVersion'],
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [rawId, 'Arn'] }, '/raw/*']] },
      }),
      // So that S3 answers 404 for a deleted object instead of 403 (issue 15 item 4).
      expect.objectContaining({
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: { 'Fn::GetAtt': [rawId, 'Arn'] },
      }),
    ]);
  });

  test('the function can write and delete objects under records/ in the clean bucket only', () => {
    const cleanId = prod.id(prod.stack.cleanBucket);

    const s3Writes = identityStatements(prod.template).filter((s) =>
      actionsOf(s).some((action) => /^s3:(Put|Delete|Replicate|Restore|\*)/.test(action)),
    );

    expect(s3Writes).toEqual([
      expect.objectContaining({
        Action: ['s3:DeleteObject', 's3:PutObject'],
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [cleanId, 'Arn'] }, '/records/*']] },
      }),
    ]);
  });

  test('on the table only PutItem, UpdateItem and GetItem are allowed (no Scan, no DeleteItem)', () => {
    const dynamoActions = identityStatements(prod.template)
      .flatMap(actionsOf)
      .filter((action) => action.startsWith('dynamodb:'));

    expect(dynamoActions.sort()).toEqual(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']);
  });

  test('table access is limited to the table itself, not its indexes or other tables', () => {
    const tableStatements = identityStatements(prod.template).filter((s) =>
      actionsOf(s).some((action) => action.startsWith('dynamodb:')),
    );

    expect(tableStatements.map((s) => s.Resource)).toEqual([
      { 'Fn::GetAtt': [prod.id(prod.stack.table), 'Arn'] },
    ]);
  });

  test('no policy uses a wildcard action', () => {
    const wildcards = identityStatements(prod.template)
      .flatMap(actionsOf)
      .filter((action) => action.includes('*'));

    expect(wildcards).toEqual([]);
  });

  test('no role carries an AWS-managed policy', () => {
    const roles = Object.values(prod.template.findResources('AWS::IAM::Role'));

    expect(roles.flatMap((role) => role.Properties.ManagedPolicyArns ?? [])).toEqual([]);
  });

  test('no metrics permission is granted (metrics go out as EMF log lines)', () => {
    const cloudwatch = identityStatements(prod.template)
      .flatMap(actionsOf)
      .filter((action) => action.startsWith('cloudwatch:'));

    expect(cloudwatch).toEqual([]);
  });
});

describe('the queues', () => {
  test.each([
    ['queue', (s: Synth) => s.id(s.stack.queue)],
    ['dead-letter queue', (s: Synth) => s.id(s.stack.deadLetterQueue)],
  ])('the %s is encrypted with SQS-managed keys', (_name, queueId) => {
    const queue = prod.template.toJSON().Resources[queueId(prod)];

    expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
  });

  test.each([
    ['queue', (s: Synth) => s.id(s.stack.queue)],
    ['dead-letter queue', (s: Synth) => s.id(s.stack.deadLetterQueue)],
  ])('the %s denies every request not sent over TLS', (_name, queueId) => {
    const policies = prod.template.findResources('AWS::SQS::QueuePolicy', {
      Properties: {
        Queues: [{ Ref: queueId(prod) }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      },
    });

    expect(Object.keys(policies)).toHaveLength(1);
  });

  test('the dead-letter queue is kept when the stack is deleted or the queue replaced (issue 15 item 8)', () => {
    const dlq = prod.template.toJSON().Resources[prod.id(prod.stack.deadLetterQueue)];

    expect([dlq.DeletionPolicy, dlq.UpdateReplacePolicy]).toEqual(['Retain', 'Retain']);
  });

  test('the dead-letter queue keeps messages 14 days', () => {
    const dlq = prod.template.toJSON().Resources[prod.id(prod.stack.deadLetterQueue)];

    expect(dlq.Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
  });

  test('a message moves to the dead-letter queue after 5 receives', () => {
    const queue = prod.template.toJSON().Resources[prod.id(prod.stack.queue)];

    expect(queue.Properties.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [prod.id(prod.stack.deadLetterQueue), 'Arn'] },
      maxReceiveCount: MAX_RECEIVE_COUNT,
    });
  });

  test.each([[undefined], [30]])(
    'the visibility timeout is at least 6 × the function timeout (timeoutSeconds %s)',
    (timeoutSeconds) => {
      const s = timeoutSeconds ? synth({ timeoutSeconds }) : prod;
      const resources = s.template.toJSON().Resources;

      const visibility = resources[s.id(s.stack.queue)].Properties.VisibilityTimeout;
      const functionTimeout = resources[s.id(s.stack.cleaner.function)].Properties.Timeout;

      expect(visibility).toBeGreaterThanOrEqual(6 * functionTimeout);
    },
  );

  test('the queue has room for a 64 KB S3 event', () => {
    const queue = prod.template.toJSON().Resources[prod.id(prod.stack.queue)];

    expect(queue.Properties.MaximumMessageSize).toBeGreaterThanOrEqual(64 * 1024);
  });
});

describe('the function', () => {
  const fn = () => prod.template.toJSON().Resources[prod.id(prod.stack.cleaner.function)].Properties;

  test('runs on Node.js 22 or 24', () => {
    expect(['nodejs22.x', 'nodejs24.x']).toContain(fn().Runtime);
  });

  test('runs on ARM64', () => {
    expect(fn().Architectures).toEqual(['arm64']);
  });

  test('writes to its own log group, which has a retention period', () => {
    const logGroupId = prod.id(prod.stack.cleaner.logGroup);
    const logGroup = prod.template.toJSON().Resources[logGroupId];

    expect([fn().LoggingConfig.LogGroup, logGroup.Properties.RetentionInDays]).toEqual([
      { Ref: logGroupId },
      90,
    ]);
  });

  test('has the configured memory and timeout (1769 MB, 120 s by default)', () => {
    expect([fn().MemorySize, fn().Timeout]).toEqual([1769, 120]);
  });

  test('gets the table, clean bucket, input limit, Powertools settings and source maps from its environment', () => {
    expect(fn().Environment.Variables).toEqual({
      TABLE_NAME: { Ref: prod.id(prod.stack.table) },
      CLEAN_BUCKET: { Ref: prod.id(prod.stack.cleanBucket) },
      MAX_INPUT_BYTES: String(10 * 1024 * 1024),
      POWERTOOLS_SERVICE_NAME: 'copydesk-cleaner',
      POWERTOOLS_METRICS_NAMESPACE: 'copydesk',
      LOG_LEVEL: 'INFO',
      REMAINING_TIME_MARGIN_MS: '30000',
      NODE_OPTIONS: '--enable-source-maps',
    });
  });

  test('passes a configured input size limit to the handler', () => {
    const small = synth({ maxInputBytes: '1048576' });

    const variables =
      small.template.toJSON().Resources[small.id(small.stack.cleaner.function)].Properties.Environment
        .Variables;

    expect(variables.MAX_INPUT_BYTES).toBe('1048576');
  });

  test('consumes the queue in batches of 10 with a 5 s window, partial batch failures and a maximum concurrency', () => {
    prod.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [prod.id(prod.stack.queue), 'Arn'] },
      FunctionName: { Ref: prod.id(prod.stack.cleaner.function) },
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: 5,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 10 },
    });
  });

  test('takes its maximum concurrency from the configuration', () => {
    const wide = synth({ maxConcurrency: '50' });

    wide.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      ScalingConfig: { MaximumConcurrency: 50 },
    });
  });
});

describe('the table', () => {
  const table = () => prod.template.toJSON().Resources[prod.id(prod.stack.table)];

  test('is keyed by id (s3://bucket/key)', () => {
    expect(table().Properties.KeySchema).toEqual([{ AttributeName: 'id', KeyType: 'HASH' }]);
  });

  test('is billed on demand', () => {
    expect(table().Properties.BillingMode).toBe('PAY_PER_REQUEST');
  });

  test('has point-in-time recovery', () => {
    expect(table().Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
  });

  test('has deletion protection and is retained when the stack is deleted', () => {
    const t = table();

    expect([t.Properties.DeletionProtectionEnabled, t.DeletionPolicy, t.UpdateReplacePolicy]).toEqual([
      true,
      'Retain',
      'Retain',
    ]);
  });

  test('has exactly the indexes of the shared definitions, with their projections', () => {
    const indexes = table().Properties.GlobalSecondaryIndexes.map(
      (i: {
        IndexName: string;
        KeySchema: { AttributeName: string }[];
        Projection: { ProjectionType: string; NonKeyAttributes?: string[] };
      }) => [i.IndexName, i.KeySchema.map((k) => k.AttributeName), i.Projection],
    );

    expect(indexes).toEqual(
      INDEXES.map((i) => [
        i.name,
        [i.partitionKey, ...(i.sortKey ? [i.sortKey] : [])],
        !i.projection
          ? { ProjectionType: 'ALL' }
          : i.projection.type === 'INCLUDE'
            ? { ProjectionType: 'INCLUDE', NonKeyAttributes: i.projection.attributes }
            : { ProjectionType: 'KEYS_ONLY' },
      ]),
    );
  });
});

describe('dev mode', () => {
  let dev: Synth;
  beforeAll(() => {
    dev = synth({ stage: 'dev', devMode: 'true' });
  });

  test('drops the table deletion protection and deletes the table with the stack', () => {
    const table = dev.template.toJSON().Resources[dev.id(dev.stack.table)];

    expect([table.Properties.DeletionProtectionEnabled, table.DeletionPolicy]).toEqual([false, 'Delete']);
  });

  test('deletes the buckets and their objects with the stack', () => {
    const resources = dev.template.toJSON().Resources;
    const bucketIds = Object.keys(dev.template.findResources('AWS::S3::Bucket'));

    expect({
      policies: bucketIds.map((id) => resources[id].DeletionPolicy),
      autoDelete: Object.keys(dev.template.findResources('Custom::S3AutoDeleteObjects')).length,
    }).toEqual({ policies: ['Delete', 'Delete', 'Delete'], autoDelete: 3 });
  });

  test('deletes the dead-letter queue with the stack', () => {
    expect(dev.template.toJSON().Resources[dev.id(dev.stack.deadLetterQueue)].DeletionPolicy).toBe('Delete');
  });

  test('names every resource after the stage', () => {
    dev.template.hasResourceProperties('AWS::DynamoDB::Table', { TableName: 'copydesk-dev-records' });
  });
});

describe('alarms', () => {
  test('alarm when the dead-letter queue is not empty', () => {
    prod.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [
        { Name: 'QueueName', Value: { 'Fn::GetAtt': [prod.id(prod.stack.deadLetterQueue), 'QueueName'] } },
      ],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  test('alarm on the age of the oldest queued message', () => {
    prod.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateAgeOfOldestMessage',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [prod.id(prod.stack.queue), 'QueueName'] } }],
      Threshold: 1800,
    });
  });

  test.each([['Errors'], ['Throttles']])('alarm on function %s', (metricName) => {
    prod.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: metricName,
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: prod.id(prod.stack.cleaner.function) } }],
      Threshold: 1,
    });
  });

  test('alarm on the share of rejected and failed records (issue 15 item 8)', () => {
    const alarm = Object.values(prod.template.findResources('AWS::CloudWatch::Alarm')).find(
      (candidate) => candidate.Properties.AlarmName === 'copydesk-prod-problem-share',
    );
    const metrics = alarm?.Properties.Metrics as {
      Id: string;
      Expression?: string;
      MetricStat?: { Metric: { Namespace: string; MetricName: string }; Stat: string };
    }[];

    expect({
      threshold: alarm?.Properties.Threshold,
      inputs: metrics
        .filter((metric) => metric.MetricStat)
        .map((metric) => [metric.MetricStat?.Metric.Namespace, metric.MetricStat?.Metric.MetricName])
        .sort(),
      expression: metrics.find((metric) => metric.Expression)?.Expression,
    }).toEqual({
      threshold: 20,
      inputs: [
        ['copydesk', 'DocumentsCleaned'],
        ['copydesk', 'DocumentsRejected'],
        ['copydesk', 'RecordsFailed'],
      ],
      expression: expect.stringContaining('/'),
    });
  });

  test('without an alarm e-mail every alarm still notifies the topic, whose ARN is an output (issue 15 item 8)', () => {
    const topicId = prod.id(prod.stack.alarmTopic);
    const alarms = Object.values(prod.template.findResources('AWS::CloudWatch::Alarm'));

    expect({
      actions: alarms.map((alarm) => alarm.Properties.AlarmActions),
      subscriptions: prod.template.findResources('AWS::SNS::Subscription'),
      output: prod.template.toJSON().Outputs.AlarmTopicArn?.Value,
    }).toEqual({
      actions: alarms.map(() => [{ Ref: topicId }]),
      subscriptions: {},
      output: { Ref: topicId },
    });
  });

  test('without an alarm e-mail the synth (and so every deploy) says that nobody is notified', () => {
    const { stack } = buildApp();

    const messages = Annotations.fromStack(stack).findInfo('*', Match.stringLikeRegexp('alarmEmail'));

    expect(messages).toHaveLength(1);
    expect(String(messages[0]?.entry.data)).toContain('AlarmTopicArn');
  });

  test('with an alarm e-mail every alarm notifies a TLS-only topic with that e-mail subscribed', () => {
    const mail = synth({ alarmEmail: 'ops@example.com' });
    const topicId = mail.id(mail.stack.alarmTopic);
    const alarms = Object.values(mail.template.findResources('AWS::CloudWatch::Alarm'));
    const topicPolicy = Object.values(mail.template.findResources('AWS::SNS::TopicPolicy'))[0];

    expect({
      actions: alarms.map((alarm) => alarm.Properties.AlarmActions),
      subscriptions: Object.values(mail.template.findResources('AWS::SNS::Subscription')).map((sub) => [
        sub.Properties.Protocol,
        sub.Properties.Endpoint,
        sub.Properties.TopicArn,
      ]),
      tlsOnly: JSON.stringify(topicPolicy?.Properties.PolicyDocument).includes('aws:SecureTransport'),
    }).toEqual({
      actions: alarms.map(() => [{ Ref: topicId }]),
      subscriptions: [['email', 'ops@example.com', { Ref: topicId }]],
      tlsOnly: true,
    });
  });
});

describe('outputs', () => {
  test('name the buckets, prefix, table, indexes, queues and function', () => {
    const outputs = Object.keys(prod.template.toJSON().Outputs);

    expect(outputs).toEqual(
      expect.arrayContaining([
        ...Object.values(STACK_OUTPUTS),
        ...INDEXES.map((i) => `${i.name.charAt(0).toUpperCase()}${i.name.slice(1)}IndexName`),
        'QueueName',
        'DeadLetterQueueName',
      ]),
    );
  });
});
