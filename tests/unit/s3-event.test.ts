import { describe, expect, it } from 'vitest';
import {
  createdObjectRecord,
  decodeS3Key,
  encodeS3Key,
  PoisonMessageError,
  parseMessageBody,
  sequencerOrder,
} from '../../functions/handler/s3-event.ts';

function body(record: Record<string, unknown>): string {
  return JSON.stringify({ Records: [record] });
}

const CREATED = {
  eventVersion: '2.1',
  eventSource: 'aws:s3',
  eventName: 'ObjectCreated:Put',
  s3: { bucket: { name: 'b' }, object: { key: 'raw/a+b%2Bc.txt', size: 10, sequencer: '0A' } },
};

describe('S3 event parsing', () => {
  it("decodes a key's + as a space and %2B as a literal plus", () => {
    const parsed = parseMessageBody(body(CREATED));

    expect(parsed).toMatchObject({
      kind: 'entries',
      entries: [{ kind: 'object', object: { key: 'raw/a b+c.txt' } }],
    });
  });

  it('round-trips awkward keys through the S3 event encoding', () => {
    const keys = ['raw/a b+c%d#e?f.txt', 'raw/新闻 📰.txt', 'raw/café'.normalize('NFD')];

    expect(keys.map((key) => decodeS3Key(encodeS3Key(key)))).toEqual(keys);
  });

  it('turns malformed percent-encoding into a bad-key entry instead of throwing', () => {
    const parsed = parseMessageBody(
      body({ ...CREATED, s3: { ...CREATED.s3, object: { key: 'raw/%E0%A4%A.txt' } } }),
    );

    expect(parsed).toMatchObject({ kind: 'entries', entries: [{ kind: 'bad-key' }] });
  });

  it('acknowledges s3:TestEvent', () => {
    expect(parseMessageBody(JSON.stringify({ Event: 's3:TestEvent' }))).toEqual({ kind: 'test-event' });
  });

  it('ignores removals, lifecycle expiries and unknown event versions', () => {
    const parsed = parseMessageBody(
      JSON.stringify({
        Records: [
          { ...CREATED, eventName: 'ObjectRemoved:Delete' },
          { ...CREATED, eventName: 'LifecycleExpiration:Delete' },
          { ...CREATED, eventVersion: '3.0' },
        ],
      }),
    );

    expect(parsed.kind === 'entries' && parsed.entries.map((entry) => entry.kind)).toEqual([
      'ignored',
      'ignored',
      'ignored',
    ]);
  });

  it('treats a body that is not an S3 notification as a poison message', () => {
    expect(() => parseMessageBody('not json')).toThrow(PoisonMessageError);
    expect(() => parseMessageBody('{"Records":"no"}')).toThrow(PoisonMessageError);
  });

  it('orders sequencers of different lengths as S3 does: right-padded with zeros', () => {
    const sequencers = ['0055AED6DCD90281E6', '0055AED6DCD90281E5A0', '0055AED6DCD90281E5'];

    const sorted = [...sequencers].sort((a, b) => (sequencerOrder(a) < sequencerOrder(b) ? -1 : 1));

    expect(sorted).toEqual(['0055AED6DCD90281E5', '0055AED6DCD90281E5A0', '0055AED6DCD90281E6']);
  });
});

describe('createdObjectRecord', () => {
  it('builds a record that parseMessageBody reads back to the same object, key included', () => {
    const record = createdObjectRecord({
      bucket: 'raw-bucket',
      key: 'raw/a file+plus %.txt',
      size: 12,
      eTag: 'abc',
      versionId: 'v1',
      sequencer: '0055AED6DCD90281E5',
      eventName: 'ObjectCreated:Put',
      eventTime: '2026-01-01T00:00:00.000Z',
      region: 'us-east-1',
      origin: 'test',
    });

    const parsed = parseMessageBody(JSON.stringify({ Records: [record] }));

    expect(parsed).toMatchObject({
      kind: 'entries',
      entries: [
        {
          kind: 'object',
          object: {
            bucket: 'raw-bucket',
            key: 'raw/a file+plus %.txt',
            versionId: 'v1',
            size: 12,
            eTag: 'abc',
          },
        },
      ],
    });
  });
});
