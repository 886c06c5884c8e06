import { describe, expect, it } from 'vitest';
import { aboutNamePattern, languageCode, vocabularyOf } from '../../functions/core/vocabulary/index.ts';
import { caselessPattern, escapePattern, phrasePattern } from '../../functions/core/vocabulary/patterns.ts';

describe('vocabulary patterns', () => {
  it('writes a phrase case-free letter by letter, so a capital elsewhere in the expression stays case-sensitive', () => {
    expect(caselessPattern('by')).toBe('[bB][yY]');
    expect(new RegExp(`^${caselessPattern('written by')}$`, 'u').test('Written  BY')).toBe(true);
    expect(caselessPattern('à propos')).toBe('[àÀ]\\s+[pP][rR][oO][pP][oO][sS]');
  });

  it('escapes regex characters and lets any white space stand between words', () => {
    expect(escapePattern('a.b (c)')).toBe('a\\.b \\(c\\)');
    expect(new RegExp(`^${phrasePattern('Dr. med')}$`).test('Dr.\tmed')).toBe(true);
    expect(new RegExp(`^${phrasePattern('Dr. med')}$`).test('Drx med')).toBe(false);
  });

  it('reads an author box heading in any vocabulary language and needs a real capital for the name', () => {
    const about = aboutNamePattern('.*');
    expect(about.exec('About Jane Doe')?.[1]).toBe('Jane Doe');
    expect(about.exec('ABOUT Jane Doe')?.[1]).toBe('Jane Doe');
    expect(about.exec('Über Anna Berg')?.[1]).toBe('Anna Berg');
    expect(about.exec('À propos de Jean Dupont')?.[1]).toBe('Jean Dupont');
    // Under the `i` flag \p{Lu} matched lower case: these were names.
    expect(about.exec('about the author')).toBeNull();
    expect(about.exec('About jane doe')).toBeNull();
  });

  it('bounds the name by the pattern the caller gives', () => {
    expect(aboutNamePattern('[^\\n]{0,5}').exec('About Jane Doe')).toBeNull();
    expect(aboutNamePattern('[^\\n]{0,5}').exec('About Jane')?.[1]).toBe('Jane');
  });
});

describe('languageCode: what a language tag names', () => {
  it.each([
    ['de', 'de'],
    ['de-DE', 'de'],
    ['de_DE', 'de'],
    [' EN-gb ', 'en'],
    ['fil', 'fil'],
    ['zh-Hant-TW', 'zh'],
  ])('reads "%s" as %s', (tag, code) => {
    expect(languageCode(tag)).toBe(code);
  });

  it.each(['x-default', '*', '', 'deutsch', 'ru RU', 'e', '12'])('reads "%s" as no language', (tag) => {
    expect(languageCode(tag)).toBeNull();
  });

  it('gives a locale written with an underscore its vocabulary', () => {
    expect(vocabularyOf('de_DE')?.code).toBe('de');
    expect(vocabularyOf('pt_BR')?.code).toBe('pt');
    expect(vocabularyOf('pl-PL')?.code).toBe('pl');
    expect(vocabularyOf('x-default')).toBeNull();
  });
});
