import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entrySizesFrom, type PackedLexicon, tagsOf } from '../../functions/core/metadata/lexicon.ts';
import { genderOf, isGivenName, isKnownNonName, lexiconTags } from '../../functions/core/metadata/names.ts';
import { LEXICON_FILE, lexiconFileText, packLexicon } from '../support/lexicon-source.ts';

describe('lexicon.json (compromise lexicon and German given names, packed)', () => {
  it('is exactly what the pinned compromise and gender-detection-from-name give (run `npm run lexicon` after upgrading either)', () => {
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

  it("knows the German given names compromise lacks, with their gender, and not the list's common nouns", () => {
    expect(['Jürgen', 'Götz', 'Henriette', 'Eberhard', 'Uwe'].every(isGivenName)).toBe(true);
    expect(genderOf('Jürgen')).toBe('male');
    expect(genderOf('Henriette')).toBe('female');
    // In the package's list, but first of all nouns ("Job", "Wolf") or a company's name ("Meta").
    expect(['Job', 'Wolf', 'Meta'].some(isGivenName)).toBe(false);
    // compromise's own tags win where it knows the word: "Mark" stays as compromise tags it.
    expect(tagsOf('mark')).toEqual(['FirstName']);
  });

  it('knows a word written with diacritics by its letters without them, as the English lexicon writes it', () => {
    // Prepare: words the lexicon has only without their marks ("gregory", "jose", "zurich", "soren").
    const written = ['Grégory', 'José', 'Hélène', 'Søren', 'Zürich', 'Bogotá'];

    // Act
    const known = written.map((word) => lexiconTags(word).length > 0);

    // Assess: each known, given names as given names, places as places; a word with no folded entry stays unknown.
    expect(known).toEqual([true, true, true, true, true, true]);
    expect(['Grégory', 'José', 'Hélène', 'Søren'].every(isGivenName)).toBe(true);
    expect(tagsOf('zürich')).toEqual(tagsOf('zurich'));
    expect(tagsOf('çqxzé')).toEqual([]);
    // An entry found as written is not folded: the lexicon's own tags of the plain word.
    expect(tagsOf('trevor')).toBe(tagsOf('trevor'));
  });

  it('knows nothing of unknown or non-lower-cased lookups', () => {
    expect(tagsOf('qzxv')).toEqual([]);
    expect(tagsOf('Trevor')).toEqual([]);
  });

  it('announces every entry of several words by its first word and its number of words', () => {
    const packed = JSON.parse(readFileSync(LEXICON_FILE, 'utf8')) as PackedLexicon;
    const entries = Object.values(packed.tags).flatMap((words) => words.split(packed.separator));
    let several = 0;
    for (const entry of entries) {
      const words = entry.split(' ');
      if (words.length < 2) continue;
      several++;
      expect(entrySizesFrom(words[0]!) & (1 << (words.length - 1))).not.toBe(0);
    }
    expect(several).toBeGreaterThan(1000);
    expect(entrySizesFrom('new') & 2).not.toBe(0);
    expect(entrySizesFrom('qzxv')).toBe(0);
  });
});
