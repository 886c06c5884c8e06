/**
 * Every seed travels the whole path on the local stack — SDK upload to s3rver, a real S3 event through
 * the SQS-shaped bridge, the real Lambda handler, a conditional put to dynalite — and the stored record
 * is compared with the seed's expected record.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../infra/local/local-stack.ts';
import { loadSeeds, removedSummary, SEEDS_DIR } from '../support/seeds.ts';

const seeds = loadSeeds();
let stack: LocalStack;
const stored = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  stack = await startLocalStack();
  for (const seed of seeds) {
    await stack.s3.send(
      new PutObjectCommand({
        Bucket: stack.names.rawBucket,
        Key: `${stack.prefix}${seed.file}`,
        Body: await readFile(join(SEEDS_DIR, seed.file)),
        ...(seed.expected.url ? { Metadata: { url: seed.expected.url } } : {}),
      }),
    );
  }
  await stack.drain();
  for (const seed of seeds) {
    const id = `s3://${stack.names.rawBucket}/${stack.prefix}${seed.file}`;
    const { Item } = await stack.documents.send(
      new GetCommand({ TableName: stack.names.table, Key: { id } }),
    );
    if (Item) stored.set(seed.name, Item);
  }
});

afterAll(async () => {
  await stack?.close();
});

describe.each(seeds)('seed $name end to end', ({ name, file, expected }) => {
  it('lands as a record with its identity', () => {
    const record = stored.get(name);

    expect(record).toBeDefined();
    expect(record).toMatchObject({
      id: `s3://${stack.names.rawBucket}/${stack.prefix}${file}`,
      bucket: stack.names.rawBucket,
      key: `${stack.prefix}${file}`,
    });
  });

  it.each(Object.keys(expected.record))('stores the expected %s', (field) => {
    const record = stored.get(name) ?? {};

    // Index key attributes without a value are stored absent (DynamoDB refuses NULL index keys).
    const actual = field === 'removed' ? removedSummary(record.removed) : (record[field] ?? null);
    const wanted = field === 'removed' ? removedSummary(expected.record.removed) : expected.record[field];

    expect(actual).toEqual(wanted);
  });

  it('includes the expected entities and quotes', () => {
    const record = stored.get(name) ?? {};
    const entities = (record.entities ?? {}) as Record<string, string[]>;

    for (const [group, names] of Object.entries(expected.includes?.entities ?? {})) {
      expect(entities[group] ?? []).toEqual(expect.arrayContaining(names ?? []));
    }
    expect(record.quotes ?? []).toEqual(expect.arrayContaining(expected.includes?.quotes ?? []));
  });
});
