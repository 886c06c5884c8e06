/**
 * Which uploads the local stack cleans: text, markdown, HTML, JSON, WARC and gzip by default (RAW_SUFFIXES_DEFAULT, the
 * same list as the bucket's notification filter), another list when configured.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalBridge } from '../../infra/local/bridge.ts';
import { memoryDeadLetters } from '../../infra/local/dead-letters.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/local-stack.ts';

const ARTICLE =
  'A headline about the harbour\n\nThe first paragraph of the article says something useful about the harbour and the town.\n';
const KEYS = [
  'raw/a.txt',
  'raw/b.md',
  'raw/c.markdown',
  'raw/d.html',
  'raw/e.htm',
  'raw/f.csv',
  'raw/g.html.gz',
  'raw/h.json',
  'raw/i.warc',
  'raw/j.xml',
  'raw/k.rss',
  'raw/l.atom',
  'raw/m.mhtml',
  'raw/n.mht',
];

// One local stack per test file: the handler's clients are made once per process, for the first stack.
let stack: LocalStack | undefined;

afterAll(async () => {
  await stack?.close();
});

async function cleanedKeys(local: LocalStack): Promise<string[]> {
  for (const key of KEYS) {
    await local.s3.send(new PutObjectCommand({ Bucket: local.names.rawBucket, Key: key, Body: ARTICLE }));
  }
  await local.drain();
  const cleaned: string[] = [];
  for (const key of KEYS) {
    const { Item } = await local.documents.send(
      new GetCommand({ TableName: local.names.table, Key: { id: `s3://${local.names.rawBucket}/${key}` } }),
    );
    if (Item) cleaned.push(key);
  }
  return cleaned;
}

describe('the local stack', () => {
  it('cleans .txt, .md, .markdown, .html, .htm, .json, .warc, .xml, .rss, .atom, .mhtml, .mht and .gz uploads by default, and nothing else', async () => {
    stack = await startLocalStack({ batchWindowMs: 0 });

    const cleaned = await cleanedKeys(stack);

    expect(cleaned).toEqual([
      'raw/a.txt',
      'raw/b.md',
      'raw/c.markdown',
      'raw/d.html',
      'raw/e.htm',
      'raw/g.html.gz',
      'raw/h.json',
      'raw/i.warc',
      'raw/j.xml',
      'raw/k.rss',
      'raw/l.atom',
      'raw/m.mhtml',
      'raw/n.mht',
    ]);
  });
});

describe('the local notification filter', () => {
  it('passes only the configured suffixes when told (npm start -- --suffixes .txt,.csv)', () => {
    const bridge = new LocalBridge({
      rawBucket: 'raw-bucket',
      prefix: 'raw/',
      suffixes: ['.txt', '.csv'],
      handler: async () => ({ batchItemFailures: [] }),
      deadLetters: memoryDeadLetters(),
      queueName: 'q',
      region: 'us-east-1',
      batchSize: 10,
      maxReceiveCount: 5,
    });
    const created = (key: string) => ({
      eventName: 'ObjectCreated:Put',
      eventTime: new Date().toISOString(),
      s3: { bucket: { name: 'raw-bucket' }, object: { key, size: 1, eTag: 'e' } },
    });

    const passed = KEYS.filter((key) => bridge.notify(created(key)));

    expect(passed).toEqual(['raw/a.txt', 'raw/f.csv']);
  });
});
