/**
 * Key attributes of the near-duplicate indexes (bySimhashBand0..3 in definitions.ts). Pure.
 *
 * The 64-bit simhash (16 hex digits) is cut into 4 bands of 4 hex digits. Two simhashes within Hamming
 * distance 3 differ in at most 3 bands, so they share at least one band exactly: querying each band
 * index with the record's band value finds every near duplicate; the distance is checked afterwards.
 */

export const SIMHASH_BANDS = 4;
/** The usual near-duplicate threshold for a 64-bit simhash; the bands guarantee recall up to it. */
export const NEAR_DUPLICATE_MAX_DISTANCE = SIMHASH_BANDS - 1;

const SIMHASH_PATTERN = /^[0-9a-f]{16}$/;

export function simhashBandAttribute(band: number): string {
  return `simhashBand${band}`;
}

export function simhashBandIndex(band: number): string {
  return `bySimhashBand${band}`;
}

/**
 * `{ simhashBand0: 'abcd', …, simhashBand3: '0123' }` for a valid simhash, `{}` otherwise (rejected
 * records have none, and index keys must be absent rather than null). The band value is prefixed
 * with its number so a value read alone says which band it is.
 */
export function simhashBands(simhash: unknown): Record<string, string> {
  if (typeof simhash !== 'string') return {};
  const hex = simhash.toLowerCase();
  if (!SIMHASH_PATTERN.test(hex)) return {};
  const bands: Record<string, string> = {};
  for (let band = 0; band < SIMHASH_BANDS; band++) {
    bands[simhashBandAttribute(band)] = `${band}:${hex.slice(band * 4, band * 4 + 4)}`;
  }
  return bands;
}
