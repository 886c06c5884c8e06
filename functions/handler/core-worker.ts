/**
 * The core's worker thread (core-runner.ts starts it): answers each job with processDocument's record.
 *
 * Its own module and, in the Lambda asset, its own bundle (core-worker.mjs beside index.mjs, see
 * infra/constructs/bundling.ts): the worker loads the core and nothing else. Started from the handler's bundle
 * it parsed, compiled and ran the AWS SDK and Powertools too (1.01 MB of code against 0.5 MB), before every
 * first record and after every recycled worker. Nothing here may import the SDK (record-store.ts): the size
 * rule it needs is in item-size.ts.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { type CoreRecord, processDocument } from '../core/pipeline.ts';
import { type CoreJob, type Reply, WORKER_ROLE } from './core-runner.ts';
import { DYNAMODB_ITEM_LIMIT, itemSize } from './item-size.ts';
import { type PreparedListData, prepareList } from './prepared-list.ts';

/**
 * In a worker started by a WorkerCoreRunner: answer jobs with `process` (processDocument; a test may
 * pass a deliberately slow one). Does nothing in the main thread.
 */
export function serveCoreJobs(process: (job: CoreJob) => CoreRecord = runCore): void {
  if (isMainThread || !isCoreWorker() || !parentPort) return;
  const port = parentPort;
  port.on('message', (message: CoreJob & { id: number }) => {
    let reply: Reply;
    try {
      reply = { id: message.id, ...prepared(process(message)) };
    } catch (error) {
      const { name, message: text } = error as Error;
      reply = { id: message.id, error: { name, message: text } };
    }
    // The prepared list's bytes move to the main thread instead of being copied.
    port.postMessage(
      reply,
      'removed' in reply && reply.removed ? [reply.removed.bytes.buffer as ArrayBuffer] : [],
    );
  });
}

/**
 * The reply's record, its `removed` list written as JSON when the list alone is over the DynamoDB item limit (see
 * prepared-list.ts): 10 MB of DEV pages has 143,000 removed lines, which the main thread no longer rebuilds as
 * objects from the clone nor writes as JSON again.
 */
function prepared(record: CoreRecord): { record: CoreRecord; removed?: PreparedListData } {
  if (record.status !== 'clean' || record.removed.length === 0) return { record };
  const size = itemSize({ removed: record.removed }, DYNAMODB_ITEM_LIMIT);
  if (size <= DYNAMODB_ITEM_LIMIT) return { record };
  return { record: { ...record, removed: [] }, removed: prepareList(record.removed, size) };
}

function runCore(job: CoreJob): CoreRecord {
  return processDocument(job.bytes, job.hints, job.options);
}

function isCoreWorker(): boolean {
  return (workerData as { role?: string } | null)?.role === WORKER_ROLE;
}

// Loaded as the worker's own entry (not imported by another entry that serves its own way): serve.
if (!isMainThread && isCoreWorker() && (workerData as { entry: string }).entry === import.meta.url) {
  serveCoreJobs();
}
