/** Pure parts of the query and reprocess CLI: no stack needed. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseFormat, jsonLines, table, tsv } from '../../functions/cli/output.ts';
import { Progress } from '../../functions/cli/progress.ts';
import { asFailedRow, hamming, inclusiveEnd, queryInputs } from '../../functions/cli/queries.ts';
import { bumpSequencer, eventBody } from '../../functions/cli/reprocess.ts';
import { resolveTarget } from '../../functions/cli/target.ts';
import { estimatedSimilarity, MINHASH_BANDS, minhashOf } from '../../functions/core/minhash.ts';
import { parseMessageBody, sequencerOrder } from '../../functions/handler/s3-event.ts';
import { minhashBands, NEAR_DUPLICATE_MIN_SIMILARITY } from '../../functions/shared/near-duplicates.ts';

/** What a record carries: the core's signature and the handler's band keys. */
function nearDuplicateKeys(body: string | undefined): Record<string, string> {
  const minhash = body === undefined ? null : minhashOf(body);
  return minhash ? { minhash, ...minhashBands(minhash) } : {};
}

import { capture } from '../support/capture.ts';
import { tempDir } from '../support/temp-dirs.ts';

describe('MinHash keys (near duplicates)', () => {
  const body = (last: string) =>
    'The harbour authority closed the port on Monday after a storm damaged two of the cranes used to unload ' +
    'container ships, officials said. Repairs are expected to take two days, and shipping companies have ' +
    'been told to divert vessels to the neighbouring port in the meantime. The harbour master said that ' +
    `the port would reopen as soon as it was safe, and added that nobody had been hurt. ${last}`;

  it('gives a record its signature and one numbered band per index', () => {
    const keys = nearDuplicateKeys(body('The end.'));

    expect(Object.keys(keys)).toEqual([
      'minhash',
      ...Array.from({ length: MINHASH_BANDS }, (_, band) => `minhashBand${band}`),
    ]);
    expect(keys.minhash).toMatch(/^[0-9a-f]{128}$/);
    expect(keys.minhashBand3).toBe(`3:${keys.minhash?.slice(48, 64)}`);
  });

  it('gives no attributes to a body without words', () => {
    expect(nearDuplicateKeys('')).toEqual({});
    expect(nearDuplicateKeys(' … — ')).toEqual({});
    expect(nearDuplicateKeys(undefined)).toEqual({});
  });

  it('keeps a body whose last sentence was replaced near its original', () => {
    const a = nearDuplicateKeys(body('Trains will run as usual.'));
    const b = nearDuplicateKeys(body('Ferries to the islands were cancelled until Thursday.'));

    expect(estimatedSimilarity(a.minhash as string, b.minhash as string)).toBeGreaterThanOrEqual(
      NEAR_DUPLICATE_MIN_SIMILARITY,
    );
    expect(Object.keys(a).some((band) => band !== 'minhash' && a[band] === b[band])).toBe(true);
  });

  it('keeps unrelated bodies apart', () => {
    const a = nearDuplicateKeys(body('The end.'));
    const b = nearDuplicateKeys(
      'Voters in the northern district chose a new council on Sunday, with turnout well above the figure ' +
        'recorded at the previous election. The count finished late in the evening.',
    );

    expect(estimatedSimilarity(a.minhash as string, b.minhash as string)).toBeLessThan(0.2);
  });

  it('counts differing simhash bits', () => {
    expect(hamming('0123456789abcdef', '0123456789abcdee')).toBe(1);
  });
});

describe('bumpSequencer', () => {
  it('sorts after the stored sequencer and before the next real one', () => {
    const stored = '0055AED6DCD90281E5';
    const next = '0055AED6DCD90281E6';

    const bumped = bumpSequencer(stored);

    expect(sequencerOrder(bumped) > sequencerOrder(stored)).toBe(true);
    expect(sequencerOrder(bumped) < sequencerOrder(next)).toBe(true);
  });

  it('counts up again on a bumped sequencer', () => {
    const once = bumpSequencer('0A');

    expect(sequencerOrder(bumpSequencer(once)) > sequencerOrder(once)).toBe(true);
  });

  it('gives an object without a record a sequencer below any real one', () => {
    expect(sequencerOrder(bumpSequencer(null)) < sequencerOrder('01')).toBe(true);
  });
});

describe('eventBody', () => {
  it('is an S3 ObjectCreated:Put notification the handler parses back to the same key', () => {
    const body = eventBody(
      'raw-bucket',
      { key: 'raw/a b+c é.txt', size: 12, eTag: 'abc', lastModified: new Date('2025-01-02T03:04:05Z') },
      'SEQ1',
      'v1',
      'eu-west-1',
    );

    const parsed = parseMessageBody(body);

    expect(parsed).toEqual({
      kind: 'entries',
      entries: [
        {
          kind: 'object',
          object: expect.objectContaining({
            bucket: 'raw-bucket',
            key: 'raw/a b+c é.txt',
            versionId: 'v1',
            size: 12,
            eTag: 'abc',
            sequencer: 'SEQ1',
            eventName: 'ObjectCreated:Put',
            eventTime: '2025-01-02T03:04:05.000Z',
          }),
        },
      ],
    });
  });
});

describe('queries', () => {
  it('reads a site newest first on bySite', () => {
    const [input] = queryInputs({ kind: 'site', site: 'example.com', range: {} }, 'T');

    expect(input).toMatchObject({
      IndexName: 'bySite',
      ScanIndexForward: false,
      KeyConditionExpression: '#pk = :pk',
    });
  });

  it('queries byStatus once per status for a time range', () => {
    const inputs = queryInputs(
      { kind: 'processed', statuses: ['clean', 'failed'], range: { from: 'A', to: 'B' } },
      'T',
    );

    expect(inputs.map((input) => input.ExpressionAttributeValues)).toEqual([
      { ':pk': 'clean', ':from': 'A', ':to': 'B' },
      { ':pk': 'failed', ':from': 'A', ':to': 'B' },
    ]);
  });

  it('lists failed files on byStatus, then clean records whose newer version failed on byFailedVersion', () => {
    const inputs = queryInputs({ kind: 'status', status: 'failed', range: { from: 'A' } }, 'T');

    expect(inputs.map((input) => [input.IndexName, input.ExpressionAttributeValues])).toEqual([
      ['byStatus', { ':pk': 'failed', ':from': 'A' }],
      ['byFailedVersion', { ':pk': 'failed', ':from': 'A' }],
    ]);
    expect(queryInputs({ kind: 'status', status: 'rejected', range: {} }, 'T')).toHaveLength(1);
  });

  it("shows a clean record with a failed newer version by that version's failure", () => {
    const row = {
      key: 'raw/story.txt',
      status: 'clean',
      processedAt: '2026-01-01T00:00:00.000Z',
      failedVersion: {
        versionId: 'v2',
        reason: 'retries-exhausted',
        reasonDetail: 'failed on all 5 deliveries',
        processedAt: '2026-01-02T00:00:00.000Z',
      },
    };

    expect(asFailedRow(row)).toMatchObject({
      status: 'clean',
      reason: 'retries-exhausted',
      reasonDetail: 'newer version v2: failed on all 5 deliveries (the clean record is of an older version)',
      processedAt: '2026-01-02T00:00:00.000Z',
    });
    expect(asFailedRow({ key: 'raw/lost.txt', status: 'failed' })).toEqual({
      key: 'raw/lost.txt',
      status: 'failed',
    });
  });

  it('takes a date alone as the end of that whole day', () => {
    expect(inclusiveEnd('2025-06-30')).toBe('2025-06-30T23:59:59.999Z');
    expect(inclusiveEnd('2025-06-30T08:00:00Z')).toBe('2025-06-30T08:00:00Z');
  });
});

describe('output', () => {
  it('cuts long cells with an ellipsis on a terminal only', () => {
    const records = [{ title: 'x'.repeat(100) }];

    expect(table(records, ['title'], true).split('\n')[1]).toHaveLength(48);
    expect(table(records, ['title'], false).split('\n')[1]).toHaveLength(100);
  });

  it('prints the same keys on every JSON line with --fields, absent ones as null', () => {
    expect(
      jsonLines([{ id: 'a', quality: { removedWords: 3 } }, { id: 'b' }], ['id', 'quality.removedWords']),
    ).toBe('{"id":"a","quality.removedWords":3}\n{"id":"b","quality.removedWords":null}\n');
  });

  it('chooses a table on a terminal and TSV in a pipe, unless told otherwise', () => {
    const terminal = Object.assign(capture().stream, { isTTY: true });
    const pipe = capture().stream;

    expect([chooseFormat(terminal, undefined, false), chooseFormat(pipe, undefined, false)]).toEqual([
      'table',
      'tsv',
    ]);
    expect([chooseFormat(terminal, 'tsv', false), chooseFormat(pipe, 'table', false)]).toEqual([
      'tsv',
      'table',
    ]);
    expect(chooseFormat(terminal, undefined, true)).toBe('json');
  });

  it('refuses an unknown --format', () => {
    expect(() => chooseFormat(capture().stream, 'xml', false)).toThrow('--format takes table, tsv, json');
  });

  it('writes TSV cells without padding, tabs or line breaks, absent values empty', () => {
    expect(
      tsv(
        [{ key: 'a\tb', title: 'two\nlines', authors: ['A', 'B'] }, { key: 'c' }],
        ['key', 'title', 'authors'],
      ),
    ).toBe('key\ttitle\tauthors\na b\ttwo lines\tA, B\nc\t\t\n');
  });
});

describe('Progress', () => {
  it('redraws one bar with rate and ETA on a terminal', () => {
    const out = capture();
    let now = 0;
    const progress = new Progress({
      stream: out.stream,
      terminal: true,
      total: 100,
      unit: 'objects',
      now: () => now,
    });

    now = 10_000;
    progress.update(50, 'sent 50');

    expect(out.text()).toBe(
      `\r\x1b[2K[${'█'.repeat(12)}${'░'.repeat(12)}] 50/100 objects 50%  5.0/s  ETA 10s  sent 50`,
    );
  });

  it('prints plain lines at most once per interval otherwise', () => {
    const out = capture();
    let now = 0;
    const progress = new Progress({
      stream: out.stream,
      terminal: false,
      total: 10,
      unit: 'objects',
      intervalMs: 5000,
      now: () => now,
    });

    for (let done = 1; done <= 10; done++) {
      now = done * 1000;
      progress.update(done, '');
    }
    progress.finish();

    expect(out.text().trim().split('\n')).toEqual([
      '5/10 objects 50%  1.0/s  ETA 5s  elapsed 5s',
      '10/10 objects 100%  1.0/s  ETA 0s  elapsed 10s',
    ]);
  });
});

describe('resolveTarget', () => {
  it('refuses two targets at once', async () => {
    await expect(resolveTarget({ stack: 'a', table: 'b' })).rejects.toThrow(
      'give only one of --stack, --table',
    );
  });

  it('refuses a data folder whose stack has stopped, saying how to start it', async () => {
    const dir = await tempDir('copydesk-target-');
    await writeFile(join(dir, 'endpoints.json'), JSON.stringify({ pid: 2 ** 22 + 12345, table: 't' }));

    await expect(resolveTarget({ 'data-dir': dir })).rejects.toThrow(
      `no local stack is running in ${dir} (its process has stopped); start it with 'npm start -- --watch --data-dir ${dir}'`,
    );
  });
});
