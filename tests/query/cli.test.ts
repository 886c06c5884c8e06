/** `copydesk query / show / stats` against the local stack, records written by the real pipeline. */
import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpSequencer } from '../../functions/cli/reprocess.ts';
import { CLEANER_VERSION } from '../../functions/core/version.ts';
import { failedItem } from '../../functions/handler/record-item.ts';
import { writeFailedRecord } from '../../functions/handler/record-store.ts';
import { idOf, ids, keysOf, stripBands, uploadFixtures } from './fixtures.ts';
import { type LocalTarget, startLocalTarget } from './local-target.ts';

let target: LocalTarget;
const started = new Date().toISOString();

beforeAll(async () => {
  target = await startLocalTarget();
  await uploadFixtures(target);
  await stripBands(target, ['flood.txt', 'flood copy+1 é.txt']);
  // A failed record as the handler writes it on a message's last delivery.
  await target.stack.documents.send(
    new PutCommand({
      TableName: target.stack.names.table,
      Item: failedItem(
        {
          bucket: target.stack.names.rawBucket,
          key: 'raw/lost.txt',
          rawKey: 'raw/lost.txt',
          versionId: null,
          size: 10,
          eTag: 'abc',
          sequencer: '0A',
          eventName: 'ObjectCreated:Put',
          eventTime: null,
        },
        'S3 GetObject timed out',
        5,
        { processedAt: new Date().toISOString(), url: null, cleanerVersion: CLEANER_VERSION },
      ),
    }),
  );
});

afterAll(async () => {
  await target.close();
});

describe('copydesk query key', () => {
  it('prints the record of an object as a table row with --format table', async () => {
    const result = await target.cli(['query', 'key', 'raw/storm.txt', '--format', 'table']);

    expect(result.code).toBe(0);
    const [header, row] = result.stdout.trim().split('\n');
    expect(header).toMatch(/^KEY\s+STATUS\s+SITE\s+SORTDATE\s+AUTHORKEY\s+TITLE$/);
    expect(row).toMatch(
      /^raw\/storm\.txt\s+clean\s+example\.com\s+2024-03-03\s+jane doe\s+Storm closes harbour/,
    );
  });

  it('prints tab-separated values under a header line when its output is not a terminal', async () => {
    const result = await target.cli(['query', 'key', 'raw/storm.txt']);

    expect(result.code).toBe(0);
    const [header, row] = result.stdout.trimEnd().split('\n');
    expect(header).toBe('key\tstatus\tsite\tsortDate\tauthorKey\ttitle');
    expect(row?.split('\t')).toEqual([
      'raw/storm.txt',
      'clean',
      'example.com',
      '2024-03-03',
      'jane doe',
      'Storm closes harbour for two days',
    ]);
  });

  it('prints the whole record as one JSON line with --json', async () => {
    const result = await target.cli(['query', 'key', 'raw/storm.txt', '--json']);

    const record = JSON.parse(result.stdout);
    expect(record.id).toBe(idOf(target, 'storm.txt'));
    expect(record.removed.length).toBeGreaterThan(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('finds a key with spaces, a plus and an accent, given as s3://bucket/key', async () => {
    const id = idOf(target, 'flood copy+1 é.txt');

    const result = await target.cli(['query', 'key', id, '--json', '--fields', 'id,key']);

    expect(JSON.parse(result.stdout)).toEqual({ id, key: 'raw/flood copy+1 é.txt' });
  });

  it('exits 1 with a message for an object without a record', async () => {
    const result = await target.cli(['query', 'key', 'raw/none.txt']);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`no record for ${idOf(target, 'none.txt')}`);
  });
});

describe('copydesk query site / author', () => {
  it("lists a site's records newest first", async () => {
    const result = await target.cli(['query', 'site', 'example.com', '--json']);

    expect(ids(result.stdout)).toEqual(keysOf(target, ['bridge.txt', 'storm.txt', 'election.txt']));
  });

  it('restricts a site to a publication-date range with --from/--to', async () => {
    const result = await target.cli([
      'query',
      'site',
      'example.com',
      '--from',
      '2024-01-01',
      '--to',
      '2024-03-03',
      '--json',
    ]);

    expect(ids(result.stdout)).toEqual(keysOf(target, ['storm.txt']));
  });

  it("lists an author's records", async () => {
    const result = await target.cli(['query', 'author', 'Jane Doe', '--json']);

    expect(ids(result.stdout).sort()).toEqual(keysOf(target, ['storm-copy.txt', 'storm.txt']));
  });

  it("finds an author's records however the name is cased, and a record keyed as written before 0.2.21", async () => {
    const shouted = await target.cli(['query', 'author', 'JANE DOE', '--json']);
    expect(ids(shouted.stdout).sort()).toEqual(keysOf(target, ['storm-copy.txt', 'storm.txt']));
    // A record of an older version: its key is the name as written, until it is reprocessed.
    const legacy = { ...(await recordOf('storm.txt')), id: 's3://legacy/old.txt', authorKey: 'Jane Doe' };
    const table = target.stack.names.table;
    await target.stack.documents.send(new PutCommand({ TableName: table, Item: legacy }));
    try {
      const asWritten = await target.cli(['query', 'author', 'Jane Doe', '--json']);
      expect(ids(asWritten.stdout).sort()).toEqual(
        [...keysOf(target, ['storm-copy.txt', 'storm.txt']), 's3://legacy/old.txt'].sort(),
      );
    } finally {
      await target.stack.documents.send(new DeleteCommand({ TableName: table, Key: { id: legacy.id } }));
    }
  });

  it('finds a co-authored record under its first author only', async () => {
    const record = JSON.parse((await target.cli(['query', 'key', 'raw/bridge.txt', '--json'])).stdout);
    expect(record.authors).toHaveLength(2);

    const first = await target.cli(['query', 'author', record.authors[0], '--json']);
    const second = await target.cli(['query', 'author', record.authors[1], '--json']);

    expect(ids(first.stdout)).toEqual([idOf(target, 'bridge.txt')]);
    expect(ids(second.stdout)).toEqual([]);
  });
});

describe('copydesk query duplicates / hash / near', () => {
  it('lists every record with the same body, itself included', async () => {
    const result = await target.cli(['query', 'duplicates', 'raw/storm.txt', '--json']);

    expect(ids(result.stdout)).toEqual(keysOf(target, ['storm-copy.txt', 'storm.txt']));
  });

  it('lists the records of a content hash', async () => {
    const record = JSON.parse((await target.cli(['query', 'key', 'raw/storm.txt', '--json'])).stdout);

    const result = await target.cli(['query', 'hash', record.contentHash, '--json']);

    expect(ids(result.stdout)).toEqual(keysOf(target, ['storm-copy.txt', 'storm.txt']));
  });

  it('finds near duplicates through the MinHash band indexes, most similar first, itself excluded', async () => {
    const result = await target.cli([
      'query',
      'near',
      'raw/storm.txt',
      '--json',
      '--fields',
      'id,similarity,distance',
    ]);

    expect(result.stderr).toBe('');
    expect(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([{ id: idOf(target, 'storm-copy.txt'), similarity: 1, distance: 0 }]);
  });

  it('falls back to a scan by simhash, and says so, for records written before the MinHash indexes', async () => {
    const result = await target.cli(['query', 'near', 'raw/flood.txt', '--json', '--fields', 'id,distance']);

    expect(result.stderr).toContain('scanned the table');
    expect(ids(result.stdout)).toEqual([idOf(target, 'flood copy+1 é.txt')]);
  });

  it('refuses a similarity outside 0 to 1', async () => {
    const result = await target.cli(['query', 'near', 'raw/storm.txt', '--similarity', '1.5']);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('from 0 to 1');
  });
});

describe('copydesk query rejected / failed / processed', () => {
  it('lists rejected files with their reasons', async () => {
    const result = await target.cli(['query', 'rejected', '--json', '--fields', 'key,reason']);

    const rows = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows.sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: 'raw/binary.txt', reason: 'binary' },
      { key: 'raw/empty.txt', reason: 'empty' },
    ]);
  });

  it('lists failed files with their reason and detail', async () => {
    const result = await target.cli(['query', 'failed']);

    expect(result.stdout).toMatch(/raw\/lost\.txt\s+failed\s+retries-exhausted\s+failed on all 5 deliveries/);
  });

  it('lists a clean record whose newer version failed after the failed files, by that failure', async () => {
    const { table, rawBucket, cleanBucket } = target.stack.names;
    const { Item: stored } = await target.stack.documents.send(
      new GetCommand({ TableName: table, Key: { id: idOf(target, 'election.txt') } }),
    );
    const newer = failedItem(
      {
        bucket: rawBucket,
        key: 'raw/election.txt',
        rawKey: 'raw/election.txt',
        versionId: 'v-newer',
        size: 10,
        eTag: 'def',
        sequencer: bumpSequencer(stored?.sequencer),
        eventName: 'ObjectCreated:Put',
        eventTime: null,
      },
      'S3 GetObject timed out',
      5,
      { processedAt: new Date().toISOString(), url: null, cleanerVersion: CLEANER_VERSION },
    );
    const store = { ddb: target.stack.documents, s3: target.stack.s3, table, cleanBucket };
    expect(await writeFailedRecord(store, newer)).toBe('attached-to-older-clean');

    const result = await target.cli([
      'query',
      'failed',
      '--json',
      '--fields',
      'key,status,reason,reasonDetail',
    ]);

    expect(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      {
        key: 'raw/lost.txt',
        status: 'failed',
        reason: 'retries-exhausted',
        reasonDetail: expect.stringContaining('failed on all 5 deliveries'),
      },
      {
        key: 'raw/election.txt',
        status: 'clean',
        reason: 'retries-exhausted',
        reasonDetail: expect.stringMatching(
          /^newer version v-newer: failed on all 5 deliveries.*\(the clean record is of an older version\)$/,
        ),
      },
    ]);
  });

  it('lists the records processed in a time range, for every status', async () => {
    const result = await target.cli([
      'query',
      'processed',
      '--from',
      started,
      '--all',
      '--json',
      '--fields',
      'id,status',
    ]);

    const rows = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows).toHaveLength(9);
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(['clean', 'rejected', 'failed']));
  });

  it('lists nothing for a range before anything was processed', async () => {
    const result = await target.cli(['query', 'processed', '--to', '2001-01-01', '--json']);

    expect(result.stdout).toBe('');
  });
});

describe('paging and fields', () => {
  it('prints --limit records and a cursor that --after continues from, without overlap', async () => {
    const all = ids((await target.cli(['query', 'processed', '--from', started, '--all', '--json'])).stdout);

    const first = await target.cli(['query', 'processed', '--from', started, '--limit', '4', '--json']);
    const cursor = /--after (\S+)/.exec(first.stderr)?.[1] as string;
    const rest = await target.cli([
      'query',
      'processed',
      '--from',
      started,
      '--after',
      cursor,
      '--all',
      '--json',
    ]);

    expect(ids(first.stdout)).toHaveLength(4);
    expect([...ids(first.stdout), ...ids(rest.stdout)]).toEqual(all);
    expect(rest.stderr).not.toContain('--after');
  });

  it('prints only the --fields columns, dot paths included', async () => {
    const result = await target.cli([
      'query',
      'key',
      'raw/storm.txt',
      '--fields',
      'key,quality.removedItems',
      '--format',
      'table',
    ]);

    const [header, row] = result.stdout.trim().split('\n');
    expect(header).toMatch(/^KEY\s+QUALITY\.REMOVEDITEMS$/);
    expect(row).toMatch(/^raw\/storm\.txt\s+\d+$/);
  });
});

describe('copydesk show', () => {
  it('prints every removed line with its rule id and kind', async () => {
    const record = JSON.parse((await target.cli(['query', 'key', 'raw/storm.txt', '--json'])).stdout);

    const result = await target.cli(['show', 'raw/storm.txt']);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Removed (${record.removed.length}):`);
    for (const item of record.removed) {
      const first = item.text.split('\n')[0];
      expect(result.stdout).toMatch(
        new RegExp(`${item.line}\\s+${item.rule.replace('.', '\\.')}\\s+${item.kind}\\s+${first}`),
      );
    }
  });

  it("prints a rejected record's reason", async () => {
    const result = await target.cli(['show', 'raw/empty.txt']);

    expect(result.stdout).toMatch(/status\s+rejected/);
    expect(result.stdout).toMatch(/reason\s+empty: /);
  });
});

describe('copydesk stats', () => {
  it('counts records by status, site and reason', async () => {
    const result = await target.cli(['stats', '--json']);

    const stats = JSON.parse(result.stdout);
    expect(stats.total).toBe(9);
    expect(stats.byStatus).toEqual({ clean: 6, rejected: 2, failed: 1 });
    expect(stats.bySite).toEqual({ 'example.com': 3, 'other.org': 1, 'news.example.net': 2 });
    // election.txt's newer version failed (the query failed test above): its clean record counts by that reason.
    expect(stats.byReason).toEqual({
      'rejected: empty': 1,
      'rejected: binary': 1,
      'failed: retries-exhausted': 1,
      'clean, newer version failed: retries-exhausted': 1,
    });
  });

  it('prints readable sections', async () => {
    const result = await target.cli(['stats']);

    expect(result.stdout).toMatch(/^records: 9$/m);
    expect(result.stdout).toMatch(/^ {2}example\.com\s+3$/m);
  });
});

describe('arguments that would silently match nothing', () => {
  it('refuses a --from that is not an ISO date or time', async () => {
    const result = await target.cli(['query', 'processed', '--from', 'notadate']);

    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      "copydesk query: --from: not an ISO date or time: 'notadate' (e.g. 2025-06-01 or 2025-06-01T08:00:00Z)\n",
    );
  });

  it('refuses a status the table cannot hold', async () => {
    const result = await target.cli(['query', 'status', 'bogus']);

    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      "copydesk query status: unknown status 'bogus' (one of clean, rejected, failed)\n",
    );
  });
});

describe('target resolution', () => {
  it('explains how to start a stack when none is running', async () => {
    const result = await target.cli(['query', 'rejected', '--local-dir', '/nonexistent']);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('npm start -- --watch');
  });
});

/** The stored item of an uploaded fixture. */
async function recordOf(name: string): Promise<Record<string, unknown>> {
  const id = idOf(target, name);
  const found = await target.stack.documents.send(
    new GetCommand({ TableName: target.stack.names.table, Key: { id } }),
  );
  return found.Item as Record<string, unknown>;
}
