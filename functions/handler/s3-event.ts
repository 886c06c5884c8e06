/**
 * Parsing of SQS message bodies that carry S3 event notifications. Pure: no AWS calls.
 *
 * Policy for what a body may hold (documented in the README):
 * - `s3:TestEvent` (sent by S3 when the notification is configured): acknowledged, nothing written.
 * - `ObjectCreated:*` records with eventVersion 2.x: each becomes one object to process.
 * - Any other event (ObjectRemoved, LifecycleExpiration, restore, replication, unknown major version):
 *   acknowledged and logged as ignored; the pipeline only cleans created objects.
 * - A body that is not JSON or not an S3 notification at all: a poison message, reported as a failure
 *   so SQS retries it and finally keeps it in the dead-letter queue.
 */

export interface S3ObjectRef {
  bucket: string;
  /** The decoded object key, exactly as uploaded (never Unicode-normalised). */
  key: string;
  /** The key as the event carried it (URL-encoded, `+` for a space). */
  rawKey: string;
  versionId: string | null;
  size: number | null;
  eTag: string | null;
  sequencer: string | null;
  eventName: string;
  eventTime: string | null;
}

export type ParsedEntry =
  | { kind: 'object'; object: S3ObjectRef }
  | { kind: 'ignored'; reason: string; eventName: string }
  /** The key's percent-encoding is malformed: deterministic, so it becomes a rejected record. */
  | { kind: 'bad-key'; object: S3ObjectRef; detail: string };

export type ParsedBody = { kind: 'test-event' } | { kind: 'entries'; entries: ParsedEntry[] };

export class PoisonMessageError extends Error {
  override name = 'PoisonMessageError';
}

/** Decode an S3 event key: `+` is a space, then percent-decoding. Throws URIError when malformed. */
export function decodeS3Key(rawKey: string): string {
  return decodeURIComponent(rawKey.replace(/\+/g, ' '));
}

/** Encode a key the way S3 does in event notifications (form encoding; `/` kept). */
export function encodeS3Key(key: string): string {
  return key
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%20/g, '+'))
    .join('/');
}

export interface CreatedObjectEvent {
  bucket: string;
  /** The object key as uploaded; encoded here the way S3 encodes it. */
  key: string;
  size: number;
  eTag: string;
  versionId?: string | null;
  sequencer: string;
  eventName: `ObjectCreated:${string}`;
  eventTime: string;
  region: string;
  /** Who produced the event (the local bridge, reprocess): goes where S3 puts its own ids. */
  origin: string;
}

/**
 * One S3 ObjectCreated record shaped as S3 sends it (eventVersion 2.1, form-encoded key, real bucket
 * ARN): what the local bridge and `copydesk reprocess` put on the queue, the inverse of parseMessageBody.
 */
export function createdObjectRecord(event: CreatedObjectEvent) {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: event.region,
    eventTime: event.eventTime,
    eventName: event.eventName,
    userIdentity: { principalId: event.origin },
    requestParameters: { sourceIPAddress: '127.0.0.1' },
    responseElements: { 'x-amz-request-id': event.origin, 'x-amz-id-2': event.origin },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: event.origin,
      bucket: {
        name: event.bucket,
        ownerIdentity: { principalId: event.origin },
        arn: `arn:aws:s3:::${event.bucket}`,
      },
      object: {
        key: encodeS3Key(event.key),
        size: event.size,
        eTag: event.eTag,
        ...(event.versionId ? { versionId: event.versionId } : {}),
        sequencer: event.sequencer,
      },
    },
  };
}

export function parseMessageBody(body: string): ParsedBody {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new PoisonMessageError('message body is not JSON');
  }
  if (!isObject(parsed)) throw new PoisonMessageError('message body is not a JSON object');
  if (parsed.Event === 's3:TestEvent') return { kind: 'test-event' };
  const records = parsed.Records;
  if (!Array.isArray(records)) throw new PoisonMessageError('message body has no S3 Records array');
  return { kind: 'entries', entries: records.map(parseRecord) };
}

function parseRecord(record: unknown): ParsedEntry {
  if (!isObject(record)) throw new PoisonMessageError('an S3 record is not an object');
  const eventName = typeof record.eventName === 'string' ? record.eventName : '';
  const eventVersion = typeof record.eventVersion === 'string' ? record.eventVersion : '';
  if (record.eventSource !== 'aws:s3') return { kind: 'ignored', reason: 'not an S3 event', eventName };
  if (!eventVersion.startsWith('2.')) {
    return { kind: 'ignored', reason: `unsupported event version ${eventVersion || '(none)'}`, eventName };
  }
  if (!eventName.startsWith('ObjectCreated:')) {
    return { kind: 'ignored', reason: 'not an ObjectCreated event', eventName };
  }
  const s3 = isObject(record.s3) ? record.s3 : {};
  const bucket = isObject(s3.bucket) ? s3.bucket : {};
  const object = isObject(s3.object) ? s3.object : {};
  if (typeof bucket.name !== 'string' || typeof object.key !== 'string') {
    throw new PoisonMessageError('an ObjectCreated record has no bucket name or object key');
  }
  const ref: S3ObjectRef = {
    bucket: bucket.name,
    key: object.key,
    rawKey: object.key,
    versionId: stringOrNull(object.versionId),
    size: typeof object.size === 'number' ? object.size : null,
    eTag: stringOrNull(object.eTag),
    sequencer: stringOrNull(object.sequencer),
    eventName,
    eventTime: stringOrNull(record.eventTime),
  };
  try {
    return { kind: 'object', object: { ...ref, key: decodeS3Key(ref.rawKey) } };
  } catch {
    return { kind: 'bad-key', object: ref, detail: 'malformed percent-encoding in the event key' };
  }
}

/**
 * Sequencers are hex strings of varying length; S3 says to right-pad the shorter with zeros before a
 * string comparison. Stored padded (upper case) so a DynamoDB condition can compare them directly.
 */
export function sequencerOrder(sequencer: string | null): string {
  return (sequencer ?? '').toUpperCase().padEnd(SEQUENCER_WIDTH, '0');
}

const SEQUENCER_WIDTH = 48;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
