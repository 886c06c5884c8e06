/**
 * Reading the seed samples and their expected records (seeds/NAME.EXT + seeds/NAME.expected.json; EXT is
 * .txt, .md, .html, .json, .warc, .xml or .mhtml: the layouts and wrappers a user uploads).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');

/** The inputs among the seed files. */
export const SEED_INPUT = /(?<!\.expected)\.(?:txt|md|html|json|warc|xml|mhtml)$/;

export interface ExpectedSeed {
  about?: string;
  url?: string | null;
  /** Fields the record must hold exactly (`removed` compared on text, rule and kind). */
  record: Record<string, unknown>;
  /** Lists the record must include (it may hold more). */
  includes?: {
    entities?: { people?: string[]; places?: string[]; organizations?: string[] };
    quotes?: { speaker: string | null; text: string }[];
  };
}

export interface Seed {
  name: string;
  file: string;
  expected: ExpectedSeed;
}

export function loadSeeds(): Seed[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => SEED_INPUT.test(name))
    .sort()
    .map((file) => {
      const name = file.replace(SEED_INPUT, '');
      const expected = JSON.parse(
        readFileSync(join(SEEDS_DIR, `${name}.expected.json`), 'utf8'),
      ) as ExpectedSeed;
      return { name, file, expected };
    });
}

/** The removed audit reduced to what a seed pins down. */
export function removedSummary(removed: unknown): { text: string; rule: string; kind: string }[] {
  if (!Array.isArray(removed)) return [];
  return removed.map((item) => ({ text: item.text, rule: item.rule, kind: item.kind }));
}
