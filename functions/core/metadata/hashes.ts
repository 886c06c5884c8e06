import { createHash } from 'node:crypto';

/** SHA-256 hex of the body: equal bodies, equal hashes (exact duplicates). */
export function contentHash(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

const SHINGLE = 3;

/**
 * 64-bit simhash of the body's word 3-shingles, as 16 hex digits. Near-duplicate bodies differ in
 * few bits (compare with Hamming distance; ≤ 3 of 64 is the usual threshold).
 */
export function simhash(body: string): string {
  const words = body.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return '0000000000000000';
  const features = new Map<string, number>();
  const size = Math.min(SHINGLE, words.length);
  for (let i = 0; i + size <= words.length; i++) {
    const shingle = words.slice(i, i + size).join(' ');
    features.set(shingle, (features.get(shingle) ?? 0) + 1);
  }
  const weights = new Array<number>(64).fill(0);
  for (const [feature, count] of features) {
    // Two independently seeded 32-bit hashes make one 64-bit feature hash; no crypto call per feature.
    const high = hash32(feature, 0x811c9dc5);
    const low = hash32(feature, 0x01000193);
    for (let bit = 0; bit < 32; bit++) {
      weights[bit] = (weights[bit] ?? 0) + ((high >>> (31 - bit)) & 1 ? count : -count);
      weights[32 + bit] = (weights[32 + bit] ?? 0) + ((low >>> (31 - bit)) & 1 ? count : -count);
    }
  }
  let hex = '';
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let bit = 0; bit < 4; bit++) value = (value << 1) | ((weights[nibble * 4 + bit] ?? 0) > 0 ? 1 : 0);
    hex += value.toString(16);
  }
  return hex;
}

/** Number of differing bits between two simhashes. */
export function hammingDistance(a: string, b: string): number {
  let distance = 0;
  for (let i = 0; i < 16; i++) {
    let x = Number.parseInt(a[i] ?? '0', 16) ^ Number.parseInt(b[i] ?? '0', 16);
    while (x) {
      distance += x & 1;
      x >>= 1;
    }
  }
  return distance;
}

/** FNV-1a over UTF-16 code units with a murmur-style finaliser, seeded. */
function hash32(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return finish32(h);
}

/** The murmur-style finaliser of the simhash's feature hashes (hashes-fast.ts ends its hashes with it too). */
export function finish32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
