/**
 * The production stack: raw bucket -> ObjectCreated (prefix/suffix) -> SQS (DLQ) -> cleaner Lambda ->
 * DynamoDB, bodies too big for an item -> clean bucket. Names, key schema, indexes, filter and env var
 * names come from functions/shared/definitions.ts, shared with the local stack and the handler.
 */
import {
  Annotations,
  Aws,
  CfnOutput,
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  Validations,
} from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cloudwatchActions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { REMAINING_TIME_MARGIN_ENV } from '../functions/handler/config.ts';
import {
  ENV,
  INDEXES,
  type IndexDefinition,
  MAX_RECEIVE_COUNT,
  METRICS,
  OFFLOAD_PREFIX,
  resourceNames,
  STACK_OUTPUTS,
  TABLE_PARTITION_KEY,
} from '../functions/shared/definitions.ts';
import type { CopydeskConfig } from './config.ts';
import { CleanerFunction } from './constructs/cleaner-function.ts';
import { AccessLogBucket, SecureBucket } from './constructs/secure-bucket.ts';

/** AWS guidance for SQS -> Lambda: visibility timeout at least six times the function timeout. */
export const VISIBILITY_TIMEOUT_FACTOR = 6;
/** Event source: records per invocation, and how long to wait to fill a batch. */
export const BATCH_SIZE = 10;
export const MAX_BATCHING_WINDOW_SECONDS = 5;
/** Access logs are kept this long. */
export const ACCESS_LOG_DAYS = 365;

export interface CopydeskStackProps extends StackProps {
  config: CopydeskConfig;
}

export class CopydeskStack extends Stack {
  readonly config: CopydeskConfig;
  readonly rawBucket: s3.Bucket;
  readonly cleanBucket: s3.Bucket;
  readonly table: dynamodb.Table;
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;
  readonly cleaner: CleanerFunction;
  readonly alarms: cloudwatch.Alarm[];
  readonly alarmTopic: sns.Topic;

  constructor(scope: Construct, id: string, props: CopydeskStackProps) {
    super(scope, id, props);
    const { config } = props;
    this.config = config;
    const names = resourceNames(config.stage);
    const devMode = config.devMode;

    // --- Buckets ---------------------------------------------------------------------------------------
    const accessLogs = new AccessLogBucket(this, 'AccessLogBucket', {
      devMode,
      expirationDays: ACCESS_LOG_DAYS,
    });
    // Bucket names are global: make them unique per account and region. A name known before the bucket
    // exists also lets the queue policy name the bucket without a reference cycle (see below).
    const rawBucketName = `${names.rawBucket}-${Aws.ACCOUNT_ID}-${Aws.REGION}`;
    this.rawBucket = new SecureBucket(this, 'RawBucket', {
      devMode,
      bucketName: rawBucketName,
      accessLogs: { bucket: accessLogs, prefix: 'raw/' },
      noncurrentVersionDays: config.noncurrentVersionDays,
    });
    this.cleanBucket = new SecureBucket(this, 'CleanBucket', {
      devMode,
      bucketName: `${names.cleanBucket}-${Aws.ACCOUNT_ID}-${Aws.REGION}`,
      accessLogs: { bucket: accessLogs, prefix: 'clean/' },
      noncurrentVersionDays: config.noncurrentVersionDays,
    });

    // --- Table -----------------------------------------------------------------------------------------
    this.table = new dynamodb.Table(this, 'Records', {
      tableName: names.table,
      partitionKey: { name: TABLE_PARTITION_KEY, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: !devMode,
      removalPolicy: devMode ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });
    for (const index of INDEXES) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: dynamodb.AttributeType.STRING },
        sortKey: index.sortKey ? { name: index.sortKey, type: dynamodb.AttributeType.STRING } : undefined,
        ...projection(index),
      });
    }

    // --- Queues ----------------------------------------------------------------------------------------
    const functionTimeout = Duration.seconds(config.timeoutSeconds);
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      queueName: names.deadLetterQueue,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // The longest SQS allows: time to notice the alarm, fix the cause and redrive.
      retentionPeriod: Duration.days(14),
      // Dead-lettered events are the only trace of files that failed: kept like the table and buckets.
      removalPolicy: devMode ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });
    this.queue = new sqs.Queue(this, 'Queue', {
      queueName: names.queue,
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS guidance: a message must not become visible again while a batch holding it may still run.
      visibilityTimeout: Duration.seconds(config.timeoutSeconds * VISIBILITY_TIMEOUT_FACTOR),
      // An S3 event notification can reach 64 KB (long keys, several records): SQS's 256 KiB holds it.
      maxMessageSizeBytes: 256 * 1024,
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: MAX_RECEIVE_COUNT },
    });

    // --- Notifications: raw bucket -> queue --------------------------------------------------------------
    // Declared on the bucket itself rather than with addEventNotification(), which deploys a Lambda-backed
    // custom resource with a broad role. S3 checks the destination when the bucket is created, so the
    // queue policy must exist first; it names the bucket by its (known) ARN, avoiding a reference cycle.
    this.queue.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowRawBucketObjectCreatedEvents',
        principals: [new iam.ServicePrincipal('s3.amazonaws.com')],
        actions: ['sqs:SendMessage'],
        resources: [this.queue.queueArn],
        conditions: {
          ArnEquals: { 'aws:SourceArn': `arn:${Aws.PARTITION}:s3:::${rawBucketName}` },
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
        },
      }),
    );
    const queuePolicy = this.queue.node.findChild('Policy');
    this.rawBucket.node.addDependency(queuePolicy);
    const rawCfnBucket = this.rawBucket.node.defaultChild as s3.CfnBucket;
    rawCfnBucket.notificationConfiguration = {
      queueConfigurations: notificationFilters(config.prefix, config.suffixes).map((rules) => ({
        event: 's3:ObjectCreated:*',
        queue: this.queue.queueArn,
        filter: { s3Key: { rules } },
      })),
    };

    // --- Function ----------------------------------------------------------------------------------------
    this.cleaner = new CleanerFunction(this, 'Cleaner', {
      functionName: `copydesk-${config.stage}-cleaner`,
      memoryMiB: config.memoryMiB,
      timeout: functionTimeout,
      logRetentionDays: config.logRetentionDays,
      devMode,
      environment: {
        [ENV.table]: this.table.tableName,
        [ENV.cleanBucket]: this.cleanBucket.bucketName,
        [ENV.maxInputBytes]: String(config.maxInputBytes),
        POWERTOOLS_SERVICE_NAME: METRICS.service,
        POWERTOOLS_METRICS_NAMESPACE: METRICS.namespace,
        LOG_LEVEL: 'INFO',
        // Stop starting records with a quarter of the timeout left: room for one largest input to finish.
        [REMAINING_TIME_MARGIN_ENV]: String((config.timeoutSeconds * 1000) / 4),
      },
    });
    const fn = this.cleaner.function;
    grantCleanerAccess(this.cleaner.role, {
      rawBucket: this.rawBucket,
      rawPrefix: config.prefix,
      cleanBucket: this.cleanBucket,
      table: this.table,
    });
    fn.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: BATCH_SIZE,
        maxBatchingWindow: Duration.seconds(MAX_BATCHING_WINDOW_SECONDS),
        reportBatchItemFailures: true,
        maxConcurrency: config.maxConcurrency,
      }),
    );

    // --- Alarms ------------------------------------------------------------------------------------------
    const prefix = `copydesk-${config.stage}`;
    this.alarms = [
      new cloudwatch.Alarm(this, 'DeadLetterQueueNotEmpty', {
        alarmName: `${prefix}-dlq-not-empty`,
        alarmDescription: 'Objects failed cleaning after all retries; inspect and redrive the DLQ.',
        metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
          period: Duration.minutes(1),
          statistic: cloudwatch.Stats.MAXIMUM,
        }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      new cloudwatch.Alarm(this, 'OldestMessageAge', {
        alarmName: `${prefix}-oldest-message-age`,
        alarmDescription: `Events wait more than ${config.oldestMessageAlarmSeconds} s: the cleaner is falling behind or stuck.`,
        metric: this.queue.metricApproximateAgeOfOldestMessage({
          period: Duration.minutes(5),
          statistic: cloudwatch.Stats.MAXIMUM,
        }),
        threshold: config.oldestMessageAlarmSeconds,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      new cloudwatch.Alarm(this, 'FunctionErrors', {
        alarmName: `${prefix}-cleaner-errors`,
        alarmDescription: 'The cleaner failed whole invocations (crash, timeout, out of memory).',
        metric: fn.metricErrors({ period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      new cloudwatch.Alarm(this, 'FunctionThrottles', {
        alarmName: `${prefix}-cleaner-throttles`,
        alarmDescription:
          'The cleaner was throttled: account concurrency is exhausted (maxConcurrency should prevent this).',
        metric: fn.metricThrottles({ period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }),
      this.problemShareAlarm(prefix, config.problemShareAlarmPercent),
    ];
    // Every alarm notifies one topic, with or without an e-mail subscriber: subscribe any endpoint to it.
    // No SSE on this topic: CloudWatch cannot publish to one encrypted with the AWS-managed SNS key, and
    // alarm messages carry alarm names and metric values only.
    this.alarmTopic = new sns.Topic(this, 'AlarmTopic', { topicName: `${prefix}-alarms`, enforceSSL: true });
    const action = new cloudwatchActions.SnsAction(this.alarmTopic);
    for (const alarm of this.alarms) {
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
    }
    if (config.alarmEmail) {
      this.alarmTopic.addSubscription(new subscriptions.EmailSubscription(config.alarmEmail));
    } else {
      // Printed by every synth and deploy: alarms fire, but nobody hears them until someone subscribes.
      Annotations.of(this).addInfo(
        'No alarmEmail: the alarms notify the SNS topic in the AlarmTopicArn output, which has no ' +
          'subscriber. Subscribe an endpoint to it, or deploy with -c alarmEmail=you@example.com.',
      );
    }

    // --- Outputs -----------------------------------------------------------------------------------------
    const output = (id: string, value: string, description: string) =>
      new CfnOutput(this, id, { value, description });
    output(STACK_OUTPUTS.rawBucket, this.rawBucket.bucketName, 'Upload raw texts here');
    output(STACK_OUTPUTS.rawPrefix, config.prefix, 'Only keys under this prefix are cleaned');
    output(
      'RawSuffixes',
      // An output cannot be empty.
      config.suffixes.length > 0 ? config.suffixes.join(',') : '(any)',
      'Only keys ending in one of these are cleaned',
    );
    output(
      STACK_OUTPUTS.cleanBucket,
      this.cleanBucket.bucketName,
      'Clean bodies too large for a DynamoDB item',
    );
    output(STACK_OUTPUTS.table, this.table.tableName, 'One record per raw object');
    for (const index of INDEXES) {
      output(`${upperFirst(index.name)}IndexName`, index.name, `Index: ${index.serves}`);
    }
    output('QueueName', this.queue.queueName, 'S3 events waiting to be cleaned');
    output(STACK_OUTPUTS.queueUrl, this.queue.queueUrl, 'S3 events waiting to be cleaned');
    output('DeadLetterQueueName', this.deadLetterQueue.queueName, 'Events that failed all retries');
    output(STACK_OUTPUTS.deadLetterQueueUrl, this.deadLetterQueue.queueUrl, 'Events that failed all retries');
    output(STACK_OUTPUTS.functionName, fn.functionName, 'The cleaner Lambda');
    output('LogGroupName', this.cleaner.logGroup.logGroupName, "The cleaner's logs");
    output('AlarmTopicArn', this.alarmTopic.topicArn, 'Alarm notifications: subscribe to be told');
    output(
      'AlarmSubscription',
      config.alarmEmail ?? 'none (subscribe to AlarmTopicArn, or deploy with -c alarmEmail=...)',
      'Who the alarms notify',
    );
  }

  /**
   * The share of an hour's records that are rejected or failed, once at least PROBLEM_SHARE_MIN_RECORDS
   * were written: a burst of binary uploads, a broken scraper or a failing dependency shows here first.
   */
  private problemShareAlarm(prefix: string, percent: number): cloudwatch.Alarm {
    const count = (metricName: string) =>
      new cloudwatch.Metric({
        namespace: METRICS.namespace,
        metricName,
        dimensionsMap: { service: METRICS.service },
        statistic: cloudwatch.Stats.SUM,
        period: Duration.hours(1),
      });
    const share = new cloudwatch.MathExpression({
      expression: `IF(total >= ${PROBLEM_SHARE_MIN_RECORDS}, 100 * (FILL(rejected, 0) + FILL(failed, 0)) / total, 0)`,
      usingMetrics: {
        cleaned: count(METRICS.cleaned),
        rejected: count(METRICS.rejected),
        failed: count(METRICS.failed),
        total: new cloudwatch.MathExpression({
          expression: 'FILL(cleaned, 0) + FILL(rejected, 0) + FILL(failed, 0)',
          usingMetrics: {
            cleaned: count(METRICS.cleaned),
            rejected: count(METRICS.rejected),
            failed: count(METRICS.failed),
          },
        }),
      },
      period: Duration.hours(1),
      label: 'rejected or failed records (%)',
    });
    return new cloudwatch.Alarm(this, 'ProblemShare', {
      alarmName: `${prefix}-problem-share`,
      alarmDescription: `Over ${percent} % of the last hour's records were rejected or failed: check their reasons (copydesk query rejected / failed).`,
      metric: share,
      threshold: percent,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }
}

/** Below this many records in an hour, the share of rejected or failed ones says little. */
export const PROBLEM_SHARE_MIN_RECORDS = 20;

/** One S3 filter per suffix (S3 filters take one prefix and one suffix each); no suffixes: prefix only. */
export function notificationFilters(prefix: string, suffixes: readonly string[]) {
  const prefixRule = prefix ? [{ name: 'prefix', value: prefix }] : [];
  if (suffixes.length === 0) return [prefixRule];
  return suffixes.map((suffix) => [...prefixRule, { name: 'suffix', value: suffix }]);
}

/**
 * Exactly what the handler calls, nothing more: read raw object versions under the prefix, write records
 * (conditional PutItem) and read them back (GetItem), and write clean bodies. Never any write or delete
 * on the raw bucket, so the function cannot trigger itself.
 */
function grantCleanerAccess(
  role: iam.Role,
  resources: { rawBucket: s3.Bucket; rawPrefix: string; cleanBucket: s3.Bucket; table: dynamodb.Table },
): void {
  const { rawBucket, rawPrefix, cleanBucket, table } = resources;
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({
      sid: 'ReadRawObjectVersionsUnderPrefix',
      actions: ['s3:GetObject', 's3:GetObjectVersion'],
      resources: [rawBucket.arnForObjects(`${rawPrefix}*`)],
    }),
  );
  // Without s3:ListBucket, S3 answers a GetObject for a deleted object with 403 AccessDenied (so a
  // caller cannot learn which keys exist), and the handler would retry it five times as a permission
  // fault. With it, S3 answers 404 NoSuchKey / NoSuchVersion: `object-missing` on the first delivery.
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({
      sid: 'TellMissingRawObjectsFromDenied',
      actions: ['s3:ListBucket'],
      resources: [rawBucket.bucketArn],
    }),
  );
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({
      sid: 'WriteCleanBodies',
      // DeleteObject: the parts of a write that did not land, or of a replaced record (no orphans).
      actions: ['s3:PutObject', 's3:DeleteObject'],
      resources: [cleanBucket.arnForObjects(`${OFFLOAD_PREFIX}*`)],
    }),
  );
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({
      sid: 'WriteAndReadRecords',
      // UpdateItem only attaches a newer version's failure to an older clean record (failedVersion).
      actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:GetItem'],
      resources: [table.tableArn],
    }),
  );
  // The two object wildcards are the narrowest IAM can express: object keys are not known in advance.
  Validations.of(role).acknowledge(
    {
      id: `AwsSolutions-IAM5[Resource::<${logicalId(rawBucket)}.Arn>/${rawPrefix}*]`,
      reason:
        'The cleaner reads whichever object an S3 event names; keys are unknown in advance, so read ' +
        '(GetObject, GetObjectVersion only) is scoped to the configured raw prefix, the narrowest key pattern.',
    },
    {
      id: `AwsSolutions-IAM5[Resource::<${logicalId(cleanBucket)}.Arn>/${OFFLOAD_PREFIX}*]`,
      reason:
        'The cleaner writes clean bodies too large for a DynamoDB item under keys derived from the source ' +
        'key, version and content, unknown in advance, and deletes the ones no record points at: PutObject ' +
        'and DeleteObject only, under its own prefix of a bucket that holds nothing else.',
    },
  );
}

function logicalId(bucket: s3.Bucket): string {
  return Stack.of(bucket).getLogicalId(bucket.node.defaultChild as s3.CfnBucket);
}

/**
 * The index's projection as the shared definitions state it. The default is ALL: the record listings
 * (by site, author, content, status) show whole records (title, date, status, reason), and a KEYS_ONLY
 * index would cost one GetItem per row; items stay under DynamoDB's 400 KB (record-store.ts moves big
 * bodies to S3), so the extra storage and write units are bounded. Lookup-only indexes (simhash bands) project less.
 */
function projection(index: IndexDefinition) {
  if (!index.projection) return { projectionType: dynamodb.ProjectionType.ALL };
  if (index.projection.type === 'KEYS_ONLY') return { projectionType: dynamodb.ProjectionType.KEYS_ONLY };
  return {
    projectionType: dynamodb.ProjectionType.INCLUDE,
    nonKeyAttributes: [...index.projection.attributes],
  };
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
