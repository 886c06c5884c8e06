import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../functions/core/pipeline.ts';
import type { Entities, Quote } from '../../functions/core/types.ts';

interface Expected {
  title?: string;
  authors?: string[];
  authorBio?: string | null;
  publishedAt?: string | null;
  site?: string | null;
  sources?: string[];
  language?: string | null;
  url?: string;
  entities_includes?: Partial<Entities>;
  quotes_includes?: Quote[];
}

/** The repository's seeds, plus the given sample from ../shared/seeds when the repo lacks its expectation. */
function seeds(): Array<{ name: string; txt: string; expected: Expected }> {
  const found = new Map<string, { name: string; txt: string; expected: Expected }>();
  for (const dir of ['seeds', '../shared/seeds']) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.expected.json'))) {
      const name = basename(file, '.expected.json');
      const input = ['txt', 'md', 'html']
        .map((ext) => join(dir, `${name}.${ext}`))
        .find((path) => existsSync(path));
      if (found.has(name) || !input) continue;
      const txt = input;
      found.set(name, { name, txt, expected: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Expected });
    }
  }
  return [...found.values()];
}

const METADATA_FIELDS = ['authors', 'authorBio', 'publishedAt', 'site', 'sources', 'language'] as const;

describe.each(seeds())('seed $name metadata', ({ txt, expected }) => {
  const record = processDocument(readFileSync(txt), { url: expected.url ?? null, name: basename(txt) });
  if (record.status !== 'clean') throw new Error(`seed rejected: ${record.reason}`);

  for (const field of METADATA_FIELDS) {
    if (expected[field] === undefined) continue;
    it(`has the expected ${field}`, () => {
      expect(record[field]).toEqual(expected[field]);
    });
  }

  it('includes the expected entities', () => {
    for (const kind of ['people', 'places', 'organizations'] as const) {
      expect(record.entities[kind]).toEqual(expect.arrayContaining(expected.entities_includes?.[kind] ?? []));
    }
  });

  it('includes the expected quotes with their speakers', () => {
    expect(record.quotes).toEqual(expect.arrayContaining(expected.quotes_includes ?? []));
  });
});
