/**
 * Lambda entry point: an SQS batch of S3 event notifications. Thin: parse each message, process every
 * S3 record in it (never just Records[0]), report partial batch failures so one bad message never fails
 * its neighbours. The work itself is in process-object.ts and the pure core.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { createDocumentClient, createS3Client } from './clients.ts';
import { readConfig } from './config.ts';
import { type ProcessDeps, processObject, recordBadKey } from './process-object.ts';
import { parseMessageBody } from './s3-event.ts';

const logger = new Logger({ serviceName: 'copydesk-cleaner' });
const metrics = new Metrics({ namespace: 'copydesk', serviceName: 'copydesk-cleaner' });
const processor = new BatchProcessor(EventType.SQS);

let deps: ProcessDeps | undefined;

function getDeps(): ProcessDeps {
  if (!deps) {
    const config = readConfig();
    deps = {
      s3: createS3Client(),
      maxInputBytes: config.maxInputBytes,
      store: {
        ddb: createDocumentClient(),
        s3: createS3Client(),
        table: config.table,
        cleanBucket: config.cleanBucket,
      },
    };
  }
  return deps;
}

async function handleMessage(message: SQSRecord): Promise<void> {
  try {
    await processMessage(message);
  } catch (error) {
    // Logged here, rethrown for the batch processor: the message is reported failed and retried by SQS.
    logger.error('message failed', { messageId: message.messageId, error: error as Error });
    throw error;
  }
}

async function processMessage(message: SQSRecord): Promise<void> {
  const parsed = parseMessageBody(message.body);
  if (parsed.kind === 'test-event') {
    logger.info('s3:TestEvent acknowledged', { messageId: message.messageId });
    return;
  }
  for (const entry of parsed.entries) {
    if (entry.kind === 'ignored') {
      logger.info('event ignored', {
        messageId: message.messageId,
        eventName: entry.eventName,
        reason: entry.reason,
      });
      continue;
    }
    const started = performance.now();
    const outcome =
      entry.kind === 'bad-key'
        ? await recordBadKey(entry.object, entry.detail, getDeps())
        : await processObject(entry.object, getDeps());
    const durationMs = performance.now() - started;
    logger.info('object processed', { messageId: message.messageId, ...outcome, durationMs });
    metrics.addMetric(
      outcome.status === 'clean' ? 'DocumentsCleaned' : 'DocumentsRejected',
      MetricUnit.Count,
      1,
    );
    metrics.addMetric('LinesRemoved', MetricUnit.Count, outcome.linesRemoved);
    metrics.addMetric('BytesIn', MetricUnit.Bytes, outcome.bytesIn);
    metrics.addMetric('BytesOut', MetricUnit.Bytes, outcome.bytesOut);
    metrics.addMetric('ProcessingDuration', MetricUnit.Milliseconds, durationMs);
  }
}

export async function handler(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
  logger.addContext(context);
  try {
    return await processPartialResponse(event, handleMessage, processor, {
      context,
      // A batch where every message failed is still reported item by item, not thrown.
      throwOnFullBatchFailure: false,
    });
  } finally {
    metrics.publishStoredMetrics();
  }
}
