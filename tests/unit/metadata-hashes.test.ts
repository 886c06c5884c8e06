import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentHash, hammingDistance, simhash } from '../../functions/core/metadata/hashes.ts';
import { PROSE } from './metadata-helpers.ts';

describe('hashes', () => {
  it('contentHash is the SHA-256 hex of the body', () => {
    expect(contentHash(PROSE)).toBe(createHash('sha256').update(PROSE).digest('hex'));
  });

  it('simhash is 16 hex digits', () => {
    expect(simhash(PROSE)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('simhash of a near duplicate is within 8 bits', () => {
    const long = `${PROSE} ${PROSE.replace('council', 'board')} ${PROSE.replace('library', 'museum')}`;
    expect(hammingDistance(simhash(long), simhash(long.replace('spring', 'winter')))).toBeLessThanOrEqual(8);
  });

  it('simhash of unrelated texts differs in many bits', () => {
    const other =
      'Quantum processors rely on superconducting qubits cooled close to absolute zero inside dilution refrigerators.';
    expect(hammingDistance(simhash(PROSE), simhash(other))).toBeGreaterThan(12);
  });
});
