import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagsOf } from '../../functions/core/metadata/lexicon.ts';
import { isGivenName, isKnownNonName, lexiconTags } from '../../functions/core/metadata/names.ts';
import { LEXICON_FILE, lexiconFileText, packLexicon } from '../support/lexicon-source.ts';

describe('lexicon.json (compromise lexicon, packed)', () => {
  it('is exactly what the pinned compromise gives (run `npm run lexicon` after upgrading it)', () => {
    expect(readFileSync(LEXICON_FILE, 'utf8')).toBe(lexiconFileText(packLexicon()));
  });

  it('tags given names, places, organisations and common words as compromise does', () => {
    expect(tagsOf('trevor')).toContain('MaleName');
    expect(tagsOf('new york')).toContain('Region');
    expect(tagsOf('france')).toContain('Country');
    expect(lexiconTags('Copy').length).toBeGreaterThan(0);
    expect(isGivenName('Nina')).toBe(true);
    expect(isKnownNonName('Key')).toBe(true);
    expect(isKnownNonName('Nina')).toBe(false);
  });

  it('knows nothing of unknown or non-lower-cased lookups', () => {
    expect(tagsOf('qzxv')).toEqual([]);
    expect(tagsOf('Trevor')).toEqual([]);
  });
});
