import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../functions/core/pipeline.ts';
import type { Contributor, Entities, Quote } from '../../functions/core/types.ts';

/** A seed's expected record (`record`) and what its entities and quotes must include (`includes`). */
interface Expected {
  url?: string | null;
  record: {
    title?: string | null;
    authors?: string[];
    authorBio?: string | null;
    contributors?: Contributor[];
    publishedAt?: string | null;
    updatedAt?: string | null;
    site?: string | null;
    sources?: string[];
    language?: string | null;
  };
  includes?: { entities?: Partial<Entities>; quotes?: Quote[] };
}

/** The repository's seeds, plus the given sample from ../shared/seeds when the repo lacks its expectation. */
function seeds(): Array<{ name: string; txt: string; expected: Expected }> {
  const found = new Map<string, { name: string; txt: string; expected: Expected }>();
  for (const dir of ['seeds', '../shared/seeds']) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.expected.json'))) {
      const name = basename(file, '.expected.json');
      const input = ['txt', 'md', 'html', 'json']
        .map((ext) => join(dir, `${name}.${ext}`))
        .find((path) => existsSync(path));
      if (found.has(name) || !input) continue;
      const txt = input;
      found.set(name, { name, txt, expected: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Expected });
    }
  }
  return [...found.values()];
}

const METADATA_FIELDS = [
  'title',
  'authors',
  'authorBio',
  'contributors',
  'publishedAt',
  'updatedAt',
  'site',
  'sources',
  'language',
] as const;

describe.each(seeds())('seed $name metadata', ({ txt, expected }) => {
  const record = processDocument(readFileSync(txt), { url: expected.url ?? null, name: basename(txt) });
  if (record.status !== 'clean') throw new Error(`seed rejected: ${record.reason}`);

  it('states every metadata field it checks', () => {
    expect(Object.keys(expected.record)).toEqual(expect.arrayContaining(['title', 'authors', 'publishedAt']));
  });

  for (const field of METADATA_FIELDS) {
    if (expected.record[field] === undefined) continue;
    it(`has the expected ${field}`, () => {
      expect(record[field]).toEqual(expected.record[field]);
    });
  }

  it('includes the expected entities', () => {
    for (const kind of ['people', 'places', 'organizations'] as const) {
      expect(record.entities[kind]).toEqual(
        expect.arrayContaining(expected.includes?.entities?.[kind] ?? []),
      );
    }
  });

  it('includes the expected quotes with their speakers', () => {
    expect(record.quotes).toEqual(expect.arrayContaining(expected.includes?.quotes ?? []));
  });

  it('notes for every removed byline and dateline what it gave the record, or why not', () => {
    for (const item of record.removed)
      if (item.kind === 'byline' || item.kind === 'dateline')
        expect(item.usedFor !== undefined || item.unusedBecause !== undefined).toBe(true);
  });
});
