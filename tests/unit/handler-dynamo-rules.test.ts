import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { idSortKey } from '../../functions/handler/record-item.ts';
import { itemSize } from '../../functions/handler/record-store.ts';
import { dynamoRuleViolations, itemBytes } from '../reliability/dynamo-rules.ts';

const item = (fields: Record<string, unknown>) => marshall(fields, { removeUndefinedValues: true }) as never;

describe("the tests' DynamoDB rules (dynamo-rules.ts)", () => {
  it('accepts an ordinary record', () => {
    expect(
      dynamoRuleViolations(item({ id: 's3://b/k', status: 'clean', contentHash: 'ab', idSortKey: 'x' })),
    ).toEqual([]);
  });

  it('refuses an index sort key over 1,024 bytes', () => {
    const violations = dynamoRuleViolations(
      item({ id: 's3://b/k', contentHash: 'ab', idSortKey: 'x'.repeat(1025) }),
    );

    expect(violations).toEqual([expect.stringContaining('over the limit of 1024')]);
  });

  it('refuses an index partition key over 2,048 bytes', () => {
    expect(dynamoRuleViolations(item({ id: 's3://b/k', site: 'é'.repeat(1025) }))).toEqual([
      expect.stringContaining('over the limit of 2048'),
    ]);
  });

  it('refuses an empty string as an index key', () => {
    expect(dynamoRuleViolations(item({ id: 's3://b/k', authorKey: '' }))).toEqual([
      expect.stringContaining('empty string'),
    ]);
  });

  it('refuses an index key of another type than the table declares', () => {
    expect(dynamoRuleViolations(item({ id: 's3://b/k', sortDate: 2024 }))).toEqual(
      expect.arrayContaining([expect.stringContaining('Type mismatch for key sortDate')]),
    );
  });

  it('refuses an item over 400 KB', () => {
    expect(dynamoRuleViolations(item({ id: 's3://b/k', body: 'x'.repeat(400 * 1024) }))).toEqual([
      expect.stringContaining('maximum allowed size'),
    ]);
  });

  it("measures strings, lists and maps as the handler's own fitting does, numbers no larger", () => {
    const fields = { id: 's3://b/k', list: ['a', 'é'], map: { k: null, t: true } };
    const withNumber = { ...fields, n: 12345.5 };

    expect(itemBytes(item(fields))).toBe(itemSize(fields));
    // The handler counts one byte more per number (an upper bound), so it never fits an item too large.
    expect(itemBytes(item(withNumber))).toBeLessThanOrEqual(itemSize(withNumber));
  });
});

describe('idSortKey', () => {
  it('is the id itself when it fits a sort key', () => {
    expect(idSortKey('s3://bucket/raw/a.txt')).toBe('s3://bucket/raw/a.txt');
  });

  it('keeps a long id within 1,024 bytes, its prefix first, and tells two long ids apart', () => {
    const a = `s3://bucket/${'é'.repeat(600)}a`;
    const b = `s3://bucket/${'é'.repeat(600)}b`;

    expect(Buffer.byteLength(idSortKey(a))).toBeLessThanOrEqual(1024);
    expect(idSortKey(a).startsWith('s3://bucket/éé')).toBe(true);
    expect(idSortKey(a)).not.toBe(idSortKey(b));
  });
});
