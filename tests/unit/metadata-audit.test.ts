import { describe, expect, it } from 'vitest';
import { auditRemoved } from '../../functions/core/metadata/audit.ts';
import type { RemovedItem } from '../../functions/core/types.ts';
import { WHEN } from './metadata-helpers.ts';

const removed = (text: string, kind: RemovedItem['kind'], block = 1): RemovedItem => ({
  text,
  rule: `test.${kind}`,
  kind,
  block,
  line: block * 2 + 1,
});

const FACTS = {
  authors: ['Jane Doe'],
  contributors: ['Tom Hays'],
  publishedAt: '2024-03-03',
  updatedAt: '2024-04-01',
  zones: { excluded: new Set([9]), late: new Set<number>() },
  authorsUnused: new Map([[4, 'other-byline-chosen' as const]]),
  datesRefused: new Map(),
  when: WHEN,
};

describe('audit of removed bylines and datelines', () => {
  it('names the fields a removed line gave its values to', () => {
    const [byline, dateline, both] = auditRemoved(
      [
        removed('By Jane Doe', 'byline'),
        removed('Updated April 1, 2024', 'dateline'),
        removed('Jane Doe | March 3, 2024', 'byline'),
      ],
      FACTS,
    );

    expect(byline?.usedFor).toEqual(['authors']);
    expect(dateline?.usedFor).toEqual(['updatedAt']);
    expect(both?.usedFor).toEqual(['authors', 'publishedAt']);
  });

  it('says why a removed line gave nothing', () => {
    const notes = auditRemoved(
      [
        removed('March 3, 2031', 'dateline', 2),
        removed('March 3, 1989', 'dateline', 3),
        removed('By Max Muster', 'byline', 4),
        removed(
          'By Ann Lee, Bo Chan, Cy Diaz, Di Ekk, Ed Fox, Flo Gray, Gus Hill, Hal Ives and Ida Joy',
          'byline',
          5,
        ),
        removed('04/05/2024', 'dateline', 6),
        removed('March 2024', 'dateline', 7),
        removed('By Industry', 'byline', 8),
        removed('By Kim Roe | May 1, 2024', 'byline', 9),
        removed('February 2, 2024', 'dateline', 10),
      ],
      FACTS,
    ).map((item) => item.unusedBecause);

    expect(notes).toEqual([
      'date-in-future',
      'date-too-old',
      'other-byline-chosen',
      'too-many-names',
      'ambiguous-day-month',
      'no-full-date',
      'no-name',
      'comment-or-related-list',
      'other-date-chosen',
    ]);
  });

  it("says when a byline's name was the headline's subject", () => {
    const facts = { ...FACTS, authors: [], authorsUnused: new Map([[3, 'headline-subject' as const]]) };
    const [note] = auditRemoved([removed('Hannah Brooks', 'byline', 3)], facts);
    expect(note?.unusedBecause).toBe('headline-subject');
  });

  it('leaves the other removed items as they were', () => {
    const item = removed('Share on Facebook', 'social');

    expect(auditRemoved([item], FACTS)[0]).toBe(item);
  });
});
