import { describe, expect, it } from 'vitest';
import { extractKeywords } from '../../functions/core/metadata/keywords.ts';

describe('keywords', () => {
  it('ranks the most frequent content words first', () => {
    const body = 'Budget talks: the budget vote. The council voted on the budget and the council agreed.';
    expect(extractKeywords(body).slice(0, 2)).toEqual(['budget', 'council']);
  });

  it('never returns stop words', () => {
    expect(extractKeywords('the the the and and of of budget budget')).toEqual(['budget']);
  });
});
