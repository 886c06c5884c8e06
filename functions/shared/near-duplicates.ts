/**
 * The near-duplicate indexes (byMinhashBand0..N in definitions.ts): the core's MinHash signature
 * (functions/core/minhash.ts) cut into LSH bands, each band the key of one sparse index. Pure.
 *
 * Two bodies share a band (ROWS consecutive signature values) with probability 1 − (1 − J^ROWS)^BANDS for a
 * Jaccard similarity J of their shingles: ~0.995 at J = 0.7, ~0.9 at J = 0.5, ~0.0008 at J = 0.01
 * (unrelated articles). A query reads the record's bands and keeps the candidates whose signatures agree
 * on at least NEAR_DUPLICATE_MIN_SIMILARITY of their values.
 */
import { SIGNATURE_SHAPE, type SignatureShape } from '../core/minhash.ts';

/** Estimated Jaccard similarity from which two bodies are near duplicates (`query near` default). */
export const NEAR_DUPLICATE_MIN_SIMILARITY = 0.4;

export function minhashBandAttribute(band: number): string {
  return `minhashBand${band}`;
}

export function minhashBandIndex(band: number): string {
  return `byMinhashBand${band}`;
}

/**
 * The keys of the near-duplicate indexes for a stored signature: `minhashBand0`… (band number, then the
 * band's values), or none without a signature (index keys must be absent, not empty).
 */
export function minhashBands(
  minhash: unknown,
  shape: SignatureShape = SIGNATURE_SHAPE,
): Record<string, string> {
  const width = shape.rows * 8;
  if (typeof minhash !== 'string' || minhash.length !== shape.bands * width || !/^[0-9a-f]+$/.test(minhash)) {
    return {};
  }
  const bands: Record<string, string> = {};
  for (let band = 0; band < shape.bands; band++) {
    bands[minhashBandAttribute(band)] = `${band}:${minhash.slice(band * width, (band + 1) * width)}`;
  }
  return bands;
}
