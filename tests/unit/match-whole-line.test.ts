/**
 * match.ts's whole-line look-up is guarded by the phrases' shapes (first character and length, first two
 * characters): every whole-line phrase of every rule still matches as its own key, and a key of a phrase's
 * shape with other first two characters is not taken for it.
 */
import { describe, expect, it } from 'vitest';
import { matchLine } from '../../functions/core/cleaning/match.ts';
import { RULES } from '../../functions/core/rules.ts';

describe('matchLine whole lines', () => {
  it('matches every whole-line phrase given as its own key', () => {
    // A phrase belongs to the first rule that lists it.
    const owner = new Map<string, (typeof RULES)[number]>();
    for (const rule of RULES)
      for (const line of rule.lines ?? []) if (!owner.has(line)) owner.set(line, rule);
    for (const [line, rule] of owner)
      expect(matchLine(line, 1, { key: line, prefix: line })?.rule, line).toBe(rule);
    expect(owner.size).toBeGreaterThan(100);
  });

  it('takes no one-word key shaped like a phrase but opening otherwise for it', () => {
    expect(matchLine('w123', 1, { key: 'w123', prefix: 'w123' })).toBeNull();
  });
});
