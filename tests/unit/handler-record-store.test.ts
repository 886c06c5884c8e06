import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { type PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PreparedList, prepareList } from '../../functions/handler/prepared-list.ts';
import { cutAtCodePoint } from '../../functions/handler/record-item.ts';
import {
  DYNAMODB_ITEM_LIMIT,
  fitItem,
  itemFits,
  itemSize,
  type RecordStore,
} from '../../functions/handler/record-store.ts';
import { truncateUtf8, utf8Length } from '../../functions/shared/utf8.ts';

describe('DynamoDB item size', () => {
  it('counts attribute names and string values in UTF-8 bytes', () => {
    expect(itemSize({ é: 'ab', id: '📰' })).toBe(2 + 2 + 2 + 4);
  });

  it('counts lists and maps with 3 bytes plus 1 per element', () => {
    expect(itemSize({ l: ['a', 'bc'], m: { k: 'v' } })).toBe(1 + (3 + 2 + 3) + 1 + (3 + 1 + 1 + 1));
  });

  it('counts null and booleans as one byte, and skips undefined', () => {
    expect(itemSize({ a: null, b: true, c: undefined })).toBe(2 + 2);
  });

  it('itemFits says whether itemSize is within the limit, for any item and limit', () => {
    const leaf = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.double({ noNaN: true }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.uint8Array({ maxLength: 8 }),
    );
    const value = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('value'), { maxLength: 5 }),
        fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 5 }),
        fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 4 }).map((members) => new Set(members)),
      ),
    })).value;
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 8 }), value, { maxKeys: 6 }),
        fc.nat(300),
        (item, limit) => {
          expect(itemFits(item, limit)).toBe(itemSize(item) <= limit);
          expect(itemFits(item, itemSize(item))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('cutting text', () => {
  it('never splits a surrogate pair when cutting to a byte budget', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(200), (text, budget) => {
        const cut = truncateUtf8(text, budget);
        expect(text.startsWith(cut)).toBe(true);
        expect(utf8Length(cut)).toBeLessThanOrEqual(budget);
        expect(/[\uD800-\uDBFF]$/.test(cut)).toBe(false);
      }),
      { seed: 6, numRuns: 500 },
    );
  });

  it('never ends an error text inside a surrogate pair', () => {
    expect(cutAtCodePoint('ab📰', 3)).toBe('ab…');
  });
});

describe('a removed list prepared as JSON by the core worker', () => {
  /** A store whose S3 keeps what is put (fitItem writes parts only). */
  function fakeStore() {
    const puts: { Key?: string; Body?: unknown }[] = [];
    const store = {
      ddb: {} as RecordStore['ddb'],
      s3: {
        send: async (command: PutObjectCommand) => {
          puts.push(command.input);
          return {};
        },
      } as unknown as RecordStore['s3'],
      table: 't',
      cleanBucket: 'clean',
    } satisfies RecordStore;
    return { store, puts };
  }

  it('is fitted as the list itself: the same item, the same removed.json', async () => {
    const removed = Array.from({ length: 5000 }, (_, k) => ({
      text: `Home | News ${k} | Sport | Weather`,
      rule: 'nav.link-row',
      kind: 'navigation',
      block: k + 3,
      line: 2 * k + 7,
    }));
    const size = itemSize({ removed }, DYNAMODB_ITEM_LIMIT);
    expect(size).toBeGreaterThan(DYNAMODB_ITEM_LIMIT);
    const base = {
      id: 's3://raw/a.txt',
      status: 'clean',
      sequencerOrder: '1',
      body: 'Short body.',
      title: 'T',
    };
    const plain = fakeStore();
    const fast = fakeStore();
    const fromList = await fitItem(plain.store, { ...base, removed });
    const fromJson = await fitItem(fast.store, {
      ...base,
      removed: PreparedList.of(prepareList(removed, size)),
    });
    expect(fromJson).toEqual(fromList);
    expect(fromList.removed).toBeNull();
    expect(fast.puts).toEqual(plain.puts);
    expect(plain.puts.map((put) => put.Key?.split('/').at(-1))).toEqual(['body.txt', 'removed.json']);
    // The bytes written are the list's JSON in UTF-8, keyed by its SHA-256 as before.
    const json = JSON.stringify(removed);
    expect(Buffer.from(fast.puts[1]!.Body as Uint8Array).toString('utf8')).toBe(json);
    const digest = createHash('sha256').update(json, 'utf8').digest('hex');
    expect(fast.puts[1]!.Key).toContain(`/${digest.slice(0, 16)}/removed.json`);
  });

  it('signs each part with the SHA-256 of the bytes written, the one its key holds', async () => {
    const sent: { headers: Record<string, string>; body: unknown }[] = [];
    const s3 = new S3Client({
      region: 'us-east-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      requestHandler: {
        handle: async (request: { headers: Record<string, string>; body: unknown }) => {
          sent.push(request);
          return { response: { statusCode: 200, headers: {}, body: Readable.from([]) } };
        },
      },
    });
    const store = {
      ddb: {} as RecordStore['ddb'],
      s3,
      table: 't',
      cleanBucket: 'clean',
    } satisfies RecordStore;
    const removed = Array.from({ length: 8000 }, (_, k) => ({
      text: `Home | Nachrichten ${k} | Wetter für München`,
      block: k,
    }));
    const size = itemSize({ removed }, DYNAMODB_ITEM_LIMIT);
    expect(size).toBeGreaterThan(DYNAMODB_ITEM_LIMIT);
    await fitItem(store, {
      id: 's3://raw/a.txt',
      status: 'clean',
      sequencerOrder: '1',
      body: 'Kurzer Text. Café.',
      removed: PreparedList.of(prepareList(removed, size)),
    });
    s3.destroy();
    expect(sent).toHaveLength(2);
    for (const request of sent) {
      const body = Buffer.from(request.body as Uint8Array);
      const digest = createHash('sha256').update(body).digest('hex');
      expect(request.headers['x-amz-content-sha256']).toBe(digest);
      expect((request as { path?: string }).path).toContain(`/${digest.slice(0, 16)}/`);
      expect(request.headers.authorization).toContain('Signature=');
    }
    expect(Buffer.from(sent[0]!.body as Uint8Array).toString('utf8')).toBe('Kurzer Text. Café.');
    expect(Buffer.from(sent[1]!.body as Uint8Array).toString('utf8')).toBe(JSON.stringify(removed));
  });

  it('reads back as the list in a JSON of the whole record', () => {
    const removed = [{ text: 'Share', rule: 'social.share', kind: 'social', block: 1, line: 2 }];
    const prepared = PreparedList.of({ ...prepareList(removed, 10), size: 10 });
    expect(JSON.stringify({ removed: prepared })).toBe(JSON.stringify({ removed }));
    expect(itemSize({ removed: prepared })).toBe('removed'.length + 10);
  });
});
