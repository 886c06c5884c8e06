/**
 * Re-runs cleaning over objects already in the raw bucket by sending S3-shaped ObjectCreated messages
 * to the queue, so a backfill takes the same path, limits and retries as a live upload.
 *
 * Which sequencer each message carries decides what the handler's conditional write accepts
 * (record-store.ts: new id, OR newer sequencer, OR same sequencer with another cleanerVersion):
 * - record up to date (current cleanerVersion, same eTag): skipped, unless --force;
 * - record from an older cleanerVersion, same eTag: the record's own sequencer and versionId, so the
 *   write lands only because the version changed, and a newer upload's event still wins;
 * - --force, a failed record, an object whose eTag differs from its record, or no record: a sequencer that sorts just
 *   after the stored one (`bumpSequencer`), so the write lands; a later real upload still sorts after it.
 *
 * Resuming: a checkpoint file holds the last key whose message was sent (keys are listed in order), so
 * an interrupted run continues after it. A message sent twice (a crash between send and checkpoint)
 * writes once: the second delivery meets the same sequencer and cleanerVersion and is a no-op.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { HeadObjectCommand, paginateListObjectsV2, type S3Client } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand, SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { reprocessCheckpointFile } from '../../infra/local/data-folder.ts';
import { CLEANER_VERSION } from '../core/version.ts';
import { recordId } from '../handler/record-item.ts';
import { createdObjectRecord, sequencerOrder } from '../handler/s3-event.ts';
import { matchesEventFilter, RAW_SUFFIXES_DEFAULT } from '../shared/definitions.ts';
import type { Row } from './output.ts';
import { Progress } from './progress.ts';
import { batchGet } from './queries.ts';

export interface ReprocessJob {
  table: string;
  bucket: string;
  prefix: string;
  queueUrl: string;
  since: string | null;
  force: boolean;
}

export interface ReprocessClients {
  s3: S3Client;
  sqs: SQSClient;
  documents: DynamoDBDocumentClient;
}

export interface ReprocessOptions {
  /** Messages per second; 0 = as fast as the queue takes them. */
  rate: number;
  checkpointFile: string;
  /** Ignore (and replace) an existing checkpoint. */
  restart: boolean;
  dryRun: boolean;
  suffixes?: readonly string[];
  /** Stops the run cleanly (after the current batch), keeping the checkpoint. */
  signal?: AbortSignal;
  progress: { stream: NodeJS.WritableStream; terminal: boolean; intervalMs?: number };
  region?: string;
}

export interface ReprocessSummary {
  listed: number;
  sent: number;
  /** Objects whose record already has the current cleanerVersion and eTag. */
  upToDate: number;
  /** Of the sent: how many needed a new sequencer (--force, changed eTag, or no record). */
  newSequencer: number;
  /** Objects already handled by the interrupted run this one resumed. */
  resumedAfter: string | null;
  interrupted: boolean;
  elapsedMs: number;
}

interface Checkpoint {
  job: ReprocessJob;
  lastKey: string;
  sent: number;
  upToDate: number;
}

interface Listed {
  key: string;
  size: number;
  eTag: string;
  lastModified: Date;
}

interface Planned {
  object: Listed;
  body: string;
  newSequencer: boolean;
}

const BATCH = 10;
const LOOKUP = 100;

export async function reprocess(
  job: ReprocessJob,
  clients: ReprocessClients,
  options: ReprocessOptions,
): Promise<ReprocessSummary> {
  const started = Date.now();
  const checkpoint = options.restart ? null : await readCheckpoint(options.checkpointFile, job);
  const objects = await listObjects(clients.s3, job, checkpoint?.lastKey ?? null, options.suffixes);
  const summary: ReprocessSummary = {
    listed: objects.length,
    sent: 0,
    upToDate: 0,
    newSequencer: 0,
    resumedAfter: checkpoint?.lastKey ?? null,
    interrupted: false,
    elapsedMs: 0,
  };
  const progress = new Progress({ ...options.progress, total: objects.length, unit: 'objects' });
  const limiter = rateLimiter(options.rate);
  const batchSize = options.rate > 0 ? Math.max(1, Math.min(BATCH, Math.floor(options.rate))) : BATCH;
  let done = 0;
  const report = () => progress.update(done, `sent ${summary.sent}  up to date ${summary.upToDate}`);

  for (let start = 0; start < objects.length && !summary.interrupted; start += LOOKUP) {
    const chunk = objects.slice(start, start + LOOKUP);
    const records = await batchGet(
      clients.documents,
      job.table,
      chunk.map((object) => recordId(job.bucket, object.key)),
      'id, #status, eTag, cleanerVersion, sequencer, sequencerOrder, versionId',
      { '#status': 'status' },
    );
    let pending: Planned[] = [];
    let lastDecided: string | null = null;
    const flush = async () => {
      if (pending.length > 0 && !options.dryRun) {
        await limiter(pending.length);
        await sendBatch(
          clients.sqs,
          job.queueUrl,
          pending.map((planned) => planned.body),
        );
      }
      summary.sent += pending.length;
      summary.newSequencer += pending.filter((planned) => planned.newSequencer).length;
      done += pending.length;
      pending = [];
      if (lastDecided !== null && !options.dryRun) {
        await writeCheckpoint(options.checkpointFile, {
          job,
          lastKey: lastDecided,
          sent: (checkpoint?.sent ?? 0) + summary.sent,
          upToDate: (checkpoint?.upToDate ?? 0) + summary.upToDate,
        });
      }
      report();
    };
    for (const object of chunk) {
      if (options.signal?.aborted) {
        summary.interrupted = true;
        break;
      }
      const record = records.get(recordId(job.bucket, object.key)) ?? null;
      const planned = await plan(object, record, job, clients.s3, options.region ?? 'us-east-1');
      lastDecided = object.key;
      if (planned) pending.push(planned);
      else {
        summary.upToDate += 1;
        done += 1;
      }
      if (pending.length >= batchSize) await flush();
    }
    await flush();
  }
  progress.finish();
  if (!summary.interrupted && !options.dryRun) await rm(options.checkpointFile, { force: true });
  summary.elapsedMs = Date.now() - started;
  return summary;
}

/** The message for an object, or null when its record is up to date and --force is off. */
async function plan(
  object: Listed,
  record: Row | null,
  job: ReprocessJob,
  s3: S3Client,
  region: string,
): Promise<Planned | null> {
  const sameETag = record !== null && unquote(record.eTag) === object.eTag;
  // A failed record is retried whatever its version; its own sequencer would meet the same version.
  const failed = record?.status === 'failed';
  if (!job.force && !failed && sameETag && record?.cleanerVersion === CLEANER_VERSION) return null;
  const stored = storedSequencer(record);
  if (!job.force && !failed && sameETag && stored !== null) {
    // Only the cleaner changed: same object version, same sequencer.
    const versionId = typeof record?.versionId === 'string' ? record.versionId : null;
    return { object, body: eventBody(job.bucket, object, stored, versionId, region), newSequencer: false };
  }
  if (sameETag) {
    // Forced or failed, same object version: a sequencer after the stored one; the version is known.
    const versionId = typeof record?.versionId === 'string' ? record.versionId : null;
    return {
      object,
      body: eventBody(job.bucket, object, bumpSequencer(stored), versionId, region),
      newSequencer: true,
    };
  }
  // New or changed object: ask S3 for its current version, to name it explicitly (a versioned bucket).
  const head = await s3
    .send(new HeadObjectCommand({ Bucket: job.bucket, Key: object.key }))
    .catch(() => null);
  const versionId = head?.VersionId && head.VersionId !== 'null' ? head.VersionId : null;
  const current = head?.ETag ? { ...object, eTag: unquote(head.ETag) } : object;
  return {
    object,
    body: eventBody(job.bucket, current, bumpSequencer(stored), versionId, region),
    newSequencer: true,
  };
}

function storedSequencer(record: Row | null): string | null {
  if (!record) return null;
  if (typeof record.sequencer === 'string' && record.sequencer !== '') return record.sequencer;
  if (typeof record.sequencerOrder === 'string' && /[1-9A-F]/.test(record.sequencerOrder))
    return record.sequencerOrder;
  return null;
}

/**
 * A sequencer that sorts just after `stored` (or after nothing): the stored one padded to the
 * handler's comparison width, its last 8 hex digits counted up. S3's sequencers are ~18 digits, so
 * those positions are always zero in a real one, and any later real event for the key still sorts
 * after the bumped value.
 */
export function bumpSequencer(stored: string | null): string {
  const order = sequencerOrder(stored);
  const head = order.slice(0, -8);
  const tail = Number.parseInt(order.slice(-8), 16) + 1;
  return `${head}${tail.toString(16).toUpperCase().padStart(8, '0')}`;
}

/** One S3 ObjectCreated notification, shaped as S3 sends it (key form-encoded). */
export function eventBody(
  bucket: string,
  object: Pick<Listed, 'key' | 'size' | 'eTag' | 'lastModified'>,
  sequencer: string,
  versionId: string | null,
  region: string,
): string {
  return JSON.stringify({
    Records: [
      createdObjectRecord({
        bucket,
        key: object.key,
        size: object.size,
        eTag: object.eTag,
        versionId,
        sequencer,
        eventName: 'ObjectCreated:Put',
        eventTime: object.lastModified.toISOString(),
        region,
        origin: 'copydesk-reprocess',
      }),
    ],
  });
}

async function listObjects(
  s3: S3Client,
  job: ReprocessJob,
  startAfter: string | null,
  suffixes: readonly string[] = RAW_SUFFIXES_DEFAULT,
): Promise<Listed[]> {
  const since = job.since ? new Date(job.since).getTime() : null;
  const objects: Listed[] = [];
  const pages = paginateListObjectsV2(
    { client: s3 },
    { Bucket: job.bucket, Prefix: job.prefix, ...(startAfter ? { StartAfter: startAfter } : {}) },
  );
  for await (const page of pages) {
    for (const item of page.Contents ?? []) {
      if (!item.Key || !matchesEventFilter(item.Key, job.prefix, suffixes)) continue;
      const lastModified = item.LastModified ?? new Date(0);
      if (since !== null && lastModified.getTime() < since) continue;
      objects.push({ key: item.Key, size: item.Size ?? 0, eTag: unquote(item.ETag), lastModified });
    }
  }
  // ListObjectsV2 returns keys in UTF-8 byte order; the checkpoint relies on that order.
  return objects;
}

async function sendBatch(sqs: SQSClient, queueUrl: string, bodies: string[]): Promise<void> {
  let entries = bodies.map((body, index) => ({ Id: String(index), MessageBody: body }));
  for (let attempt = 0; entries.length > 0; attempt++) {
    if (attempt > 0) await sleep(Math.min(5000, 100 * 2 ** attempt));
    if (attempt > 8) throw new Error(`SendMessageBatch kept failing for ${entries.length} message(s)`);
    const result = await sqs.send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries }));
    const failed = new Set((result.Failed ?? []).map((failure) => failure.Id));
    const senderFault = (result.Failed ?? []).find((failure) => failure.SenderFault);
    if (senderFault)
      throw new Error(`SendMessageBatch refused a message: ${senderFault.Message ?? senderFault.Code}`);
    entries = entries.filter((entry) => failed.has(entry.Id));
  }
}

/** Waits until the queue has nothing visible or in flight (three quiet reads in a row). */
export async function waitForQueue(sqs: SQSClient, queueUrl: string, local: boolean): Promise<void> {
  if (local) {
    // The local endpoint answers once the bridge has processed everything (infra/local/queue-endpoint.ts).
    const response = await fetch(new URL(queueUrl).origin, {
      method: 'POST',
      headers: { 'x-amz-target': 'CopydeskLocal.Drain', 'content-type': 'application/x-amz-json-1.0' },
      body: '{}',
    });
    if (!response.ok) throw new Error(`local queue drain failed: HTTP ${response.status}`);
    return;
  }
  for (let quiet = 0; quiet < 3; ) {
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: queueUrl,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    const waiting =
      Number(Attributes?.ApproximateNumberOfMessages ?? 0) +
      Number(Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0);
    quiet = waiting === 0 ? quiet + 1 : 0;
    await sleep(2000);
  }
}

/** Spaces sends so that on average `rate` messages per second leave; 0 = no limit. */
function rateLimiter(rate: number): (count: number) => Promise<void> {
  let next = Date.now();
  return async (count) => {
    if (rate <= 0) return;
    const now = Date.now();
    if (next > now) await sleep(next - now);
    next = Math.max(next, now) + (count / rate) * 1000;
  };
}

export function checkpointPath(directory: string, job: ReprocessJob): string {
  const digest = createHash('sha256').update(JSON.stringify(job)).digest('hex').slice(0, 12);
  return reprocessCheckpointFile(directory, digest);
}

async function readCheckpoint(file: string, job: ReprocessJob): Promise<Checkpoint | null> {
  let checkpoint: Checkpoint;
  try {
    checkpoint = JSON.parse(await readFile(file, 'utf8')) as Checkpoint;
  } catch {
    return null;
  }
  // A checkpoint of another job (other prefix, --since, --force…) must not skip this job's objects.
  return JSON.stringify(checkpoint.job) === JSON.stringify(job) ? checkpoint : null;
}

async function writeCheckpoint(file: string, checkpoint: Checkpoint): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  await writeFile(temporary, `${JSON.stringify(checkpoint)}\n`);
  await rename(temporary, file); // atomic: an interrupt never leaves half a checkpoint
}

function unquote(value: unknown): string {
  return typeof value === 'string' ? value.replace(/^"|"$/g, '') : '';
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
