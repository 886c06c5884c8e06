/** Reading the seed samples and their expected records (seeds/NAME.txt, .md, .html… + seeds/NAME.expected.json). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RAW_SUFFIXES_DEFAULT } from '../../functions/shared/definitions.ts';

export const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');

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

/** Every seed input (a file with one of the default suffixes: text, markdown, HTML), by file name. */
export function loadSeeds(): Seed[] {
  return readdirSync(SEEDS_DIR)
    .filter((file) => RAW_SUFFIXES_DEFAULT.some((suffix) => file.endsWith(suffix)))
    .sort()
    .map((file) => {
      const name = file.slice(0, file.lastIndexOf('.'));
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
