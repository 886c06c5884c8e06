/** `copydesk reprocess` end to end on the local stack, through its SQS-compatible queue endpoint. */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLEANER_VERSION } from '../../functions/core/version.ts';
import { failedItem } from '../../functions/handler/record-item.ts';
import { parseMessageBody } from '../../functions/handler/s3-event.ts';
import { article, type LocalTarget, startLocalTarget } from './local-target.ts';

// One stack for the file (the handler keeps its clients for the process); each test works under its
// own prefix, so tests never see each other's objects.
let target: LocalTarget;
let send: (body: string) => string;
let test = 0;
/** This test's folder under the raw prefix. */
let folder: string;
/** Keys of the objects in the messages the bridge received, in order. */
let sent: string[];

beforeAll(async () => {
  target = await startLocalTarget();
  send = target.stack.bridge.send.bind(target.stack.bridge);
});

beforeEach(() => {
  test += 1;
  folder = `t${test}/`;
  sent = [];
  target.stack.bridge.send = (body: string) => {
    const parsed = parseMessageBody(body);
    if (parsed.kind === 'entries') {
      for (const entry of parsed.entries) if (entry.kind === 'object') sent.push(entry.object.key);
    }
    return send(body);
  };
});

afterAll(async () => {
  await target.close();
});

/** `copydesk reprocess ARGS` limited to this test's folder (unless ARGS give a --prefix). */
function reprocessCli(args: string[], signal?: AbortSignal) {
  const prefix = args.includes('--prefix') ? [] : ['--prefix', `${target.stack.prefix}${folder}`];
  return target.cli(['reprocess', ...prefix, ...args], signal);
}

async function uploadMany(count: number, prefix = ''): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${folder}${prefix}doc-${String(i).padStart(3, '0')}.txt`;
    const paragraph = `Item ${i}: the town council met on Monday to discuss the budget for the coming year and the repairs to the old library.`;
    keys.push(await target.upload(name, article(`Council meeting number ${i}`, 'Jane Doe', [paragraph])));
  }
  await target.stack.drain();
  sent = [];
  return keys;
}

async function record(key: string): Promise<Record<string, string>> {
  const { Item } = await target.stack.documents.send(
    new GetCommand({
      TableName: target.stack.names.table,
      Key: { id: `s3://${target.stack.names.rawBucket}/${key}` },
    }),
  );
  return Item as Record<string, string>;
}

async function ageRecords(keys: string[]): Promise<void> {
  for (const key of keys) {
    await target.stack.documents.send(
      new UpdateCommand({
        TableName: target.stack.names.table,
        Key: { id: `s3://${target.stack.names.rawBucket}/${key}` },
        // The write rules compare cleanerVersionOrder: an older cleaner's record carries an older one.
        UpdateExpression: 'SET cleanerVersion = :old, cleanerVersionOrder = :oldOrder',
        ExpressionAttributeValues: { ':old': '0.0.1-old', ':oldOrder': '000000.000000.000000' },
      }),
    );
  }
}

describe('copydesk reprocess', () => {
  it('skips objects whose record has the current cleanerVersion and eTag', async () => {
    await uploadMany(3);

    const result = await reprocessCli(['--rate', '0', '--wait']);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('3 object(s) listed, sent 0');
    expect(sent).toEqual([]);
  });

  it('re-cleans records of an older cleanerVersion, keeping their sequencer', async () => {
    const keys = await uploadMany(3);
    await ageRecords(keys);
    const before = await record(keys[0] as string);

    const result = await reprocessCli(['--rate', '0', '--wait']);

    const after = await record(keys[0] as string);
    expect(result.stdout).toContain('sent 3 (0 with a new sequencer)');
    expect(after.cleanerVersion).toBe(CLEANER_VERSION);
    expect(after.sequencer).toBe(before.sequencer);
    expect((after.processedAt as string) > (before.processedAt as string)).toBe(true);
  });

  it('re-cleans up-to-date records with --force, through a sequencer after the stored one', async () => {
    const keys = await uploadMany(2);
    const before = await record(keys[0] as string);

    await reprocessCli(['--force', '--rate', '0', '--wait']);

    const after = await record(keys[0] as string);
    expect(sent).toEqual(keys);
    expect((after.sequencerOrder as string) > (before.sequencerOrder as string)).toBe(true);
    expect((after.processedAt as string) > (before.processedAt as string)).toBe(true);
  });

  it('lets a later upload win over a forced reprocess', async () => {
    const [key] = await uploadMany(1);
    await reprocessCli(['--force', '--rate', '0', '--wait']);

    await target.upload(
      `${folder}doc-000.txt`,
      article('A new version', 'John Roe', [
        'The new version of the text is longer and says something else entirely about the town.',
      ]),
    );
    await target.stack.drain();

    expect((await record(key as string)).title).toBe('A new version');
  });

  it('retries a failed record and it becomes clean', async () => {
    const [key] = await uploadMany(1);
    const stored = await record(key as string);
    await target.stack.documents.send(
      new PutCommand({
        TableName: target.stack.names.table,
        Item: failedItem(
          {
            bucket: target.stack.names.rawBucket,
            key: key as string,
            rawKey: key as string,
            versionId: null,
            size: Number(stored.size),
            eTag: stored.eTag as string,
            sequencer: stored.sequencer as string,
            eventName: 'ObjectCreated:Put',
            eventTime: null,
          },
          'timed out',
          5,
          { processedAt: new Date().toISOString(), url: null, cleanerVersion: CLEANER_VERSION },
        ),
      }),
    );

    await reprocessCli(['--rate', '0', '--wait']);

    expect((await record(key as string)).status).toBe('clean');
  });

  it('creates the record of an object that has none', async () => {
    const [key] = await uploadMany(1);
    await target.stack.documents.send(
      new DeleteCommand({
        TableName: target.stack.names.table,
        Key: { id: `s3://${target.stack.names.rawBucket}/${key}` },
      }),
    );

    await reprocessCli(['--rate', '0', '--wait']);

    expect((await record(key as string)).status).toBe('clean');
  });

  it('only sends objects under --prefix', async () => {
    await uploadMany(2, 'a/');
    const keysB = await uploadMany(2, 'b/');

    await reprocessCli(['--force', '--prefix', `${target.stack.prefix}${folder}b/`, '--rate', '0']);

    expect(sent).toEqual(keysB);
  });

  it('only sends objects modified at or after --since', async () => {
    await uploadMany(2, 'old/');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    // S3's LastModified has whole seconds: a --since on a second boundary.
    const since = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
    const recent = await uploadMany(2, 'new/');

    await reprocessCli(['--force', '--since', since, '--rate', '0']);

    expect(sent).toEqual(recent);
  });

  it('sends nothing with --dry-run, and says what it would send', async () => {
    await uploadMany(2);

    const result = await reprocessCli(['--force', '--dry-run']);

    expect(result.stdout).toContain('would send 2');
    expect(sent).toEqual([]);
  });

  it('resumes an interrupted run after the last object sent, without sending any twice', async () => {
    const keys = await uploadMany(45);
    const controller = new AbortController();
    const counting = target.stack.bridge.send.bind(target.stack.bridge);
    target.stack.bridge.send = (body: string) => {
      if (sent.length >= 19) controller.abort(); // Ctrl-C during the second batch
      return counting(body);
    };

    const first = await reprocessCli(['--force', '--rate', '0'], controller.signal);
    const checkpoints = (await readdir(target.dir)).filter((name) => name.startsWith('reprocess-'));
    const second = await reprocessCli(['--force', '--rate', '0', '--wait']);

    expect(first.code).toBe(130);
    expect(first.stdout).toContain('run the same command to resume');
    expect(checkpoints).toHaveLength(1);
    expect(second.stdout).toContain(`resumed after ${target.stack.prefix}${folder}doc-019.txt`);
    expect(sent).toEqual(keys);
    expect(existsSync(join(target.dir, checkpoints[0] as string))).toBe(false);
  });

  it('limits its send rate to --rate messages per second', async () => {
    await uploadMany(30);
    const started = Date.now();

    await reprocessCli(['--force', '--rate', '20']);

    expect(sent).toHaveLength(30);
    // 30 messages at 20/s: the first batch leaves at once, the rest take at least (30 - 10) / 20 s.
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('prints plain progress lines with rate and ETA when stderr is not a terminal', async () => {
    await uploadMany(3);

    const result = await reprocessCli(['--force', '--rate', '0']);

    expect(result.stderr).toMatch(
      /^3\/3 objects 100% {2}[\d.]+\/s {2}ETA 0s {2}sent 3 {2}up to date 0 {2}elapsed \d+s$/m,
    );
    expect(result.stderr).not.toContain('\r');
  });

  it('refuses to run without a queue to send to', async () => {
    const result = await reprocessCli(['--queue-url', '', '--rate', '0']);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('publishes no queue');
  });
});

describe('the local queue endpoint', () => {
  it('accepts SendMessageBatch from the SQS client and hands the bodies to the bridge', async () => {
    const { SQSClient, SendMessageBatchCommand } = await import('@aws-sdk/client-sqs');
    const sqs = new SQSClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });

    const result = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: target.queue.queueUrl,
        Entries: [{ Id: 'a', MessageBody: JSON.stringify({ Event: 's3:TestEvent' }) }],
      }),
    );
    sqs.destroy();

    expect(result.Successful?.map((entry) => entry.Id)).toEqual(['a']);
  });
});
