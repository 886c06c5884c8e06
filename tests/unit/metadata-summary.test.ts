import { describe, expect, it } from 'vitest';
import { extractSummary } from '../../functions/core/metadata/summary.ts';
import { PROSE } from './metadata-helpers.ts';

describe('summary', () => {
  it('takes the first sentences of the first real paragraph, skipping a short heading', () => {
    const body = `Key points\n\n${PROSE} It passed by seven votes to two. Residents welcomed it. A fourth sentence.`;
    expect(extractSummary(body)).toBe(`${PROSE} It passed by seven votes to two. Residents welcomed it.`);
  });

  it('is null for a body without prose', () => {
    expect(extractSummary('Home\n\nMenu')).toBeNull();
  });
});
