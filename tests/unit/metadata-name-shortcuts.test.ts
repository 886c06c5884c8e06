/**
 * The shortcuts of the name helpers (names.ts, author-rules.ts) give what the patterns they skip give: each is
 * checked against the plain formulation on arbitrary text, with fast-check.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCommonNoun, isForeign, teamName } from '../../functions/core/metadata/author-rules.ts';
import { isRoleWord, tidyName } from '../../functions/core/metadata/names.ts';
import { LANGUAGES } from '../../functions/core/vocabulary/index.ts';

// Letters (ASCII, accented, the Kelvin sign and "İ"), honorifics' letters, an initial's period, the characters
// tidyName strips at either end, white space of several kinds, a digit, an astral letter.
const unit = fc.constantFrom(
  'a',
  'e',
  'n',
  'E',
  'N',
  'J',
  'D',
  'r',
  'M',
  's',
  'Dr',
  'mr',
  'Prof',
  'ü',
  'Ö',
  '\u212a',
  'İ',
  '.',
  ',',
  '"',
  "'",
  '’',
  '“',
  '(',
  ')',
  '[',
  ']',
  '@',
  '|',
  '•',
  '-',
  ':',
  ' ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '1',
  '𝐀',
);
const text = fc.string({ unit, maxLength: 24 });

/** tidyName's steps, without its shortcut or its cache. */
function tidyPlain(value: string): string {
  let tidy = value
    .replace(/^[\s"'“”‘’([@]+|[\s"'“”‘’)\],.;:|•·@-]+$/gu, '')
    .replace(/^(?:dr|mr|mrs|ms|mx|prof|sir|dame|rev|hon)\.?\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (/\S\s\p{Lu}$/u.test(tidy) && /\s\p{Lu}\.[\s"'”’)\],;:|•·@-]*$/u.test(value)) tidy += '.';
  return tidy;
}

describe('tidyName', () => {
  it('equals its patterns on arbitrary text', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(tidyName(value)).toBe(tidyPlain(value));
      }),
      { numRuns: 5000 },
    );
  });

  it('returns a tidy name as it is', () => {
    expect(tidyName('Jane Roe')).toBe('Jane Roe');
    expect(tidyName('Dr. Jane Roe,')).toBe('Jane Roe');
    expect(tidyName('Juan Carlos Muñoz C.')).toBe('Juan Carlos Muñoz C.');
    expect(tidyName('Jane  Roe')).toBe('Jane Roe');
  });
});

describe('isRoleWord and isCommonNoun', () => {
  const word = fc.string({
    unit: fc.constantFrom('e', 'd', 'i', 't', 'o', 'r', 'E', 'D', '-', 'é', '’', '1', '.', 'ß'),
    maxLength: 10,
  });
  const words = fc.oneof(
    word,
    fc.constantFrom('Editor', 'editor’s', 'EDITOR', 'co-founder', 'news', 'News.', 'Strategy'),
  );

  it('equal their patterns on arbitrary words', () => {
    fc.assert(
      fc.property(words, (value) => {
        const role = value.toLowerCase().replace(/[^\p{L}-]/gu, '');
        expect(isRoleWord(value)).toBe(isRoleWord(role));
        const noun = value.toLowerCase().replace(/[^\p{L}]/gu, '');
        expect(isCommonNoun(value)).toBe(isCommonNoun(noun));
      }),
      { numRuns: 3000 },
    );
    expect(isRoleWord('Editor,')).toBe(true);
    expect(isCommonNoun('News.')).toBe(true);
    expect(isCommonNoun('Jane')).toBe(false);
  });
});

describe('isForeign', () => {
  it('is true for a known language other than English, whatever the case of its tag', () => {
    expect(isForeign('en-US')).toBe(false);
    expect(isForeign('EN')).toBe(false);
    expect(isForeign('de')).toBe(true);
    expect(isForeign('pt-BR')).toBe(true);
    expect(isForeign(null)).toBe(false);
    expect(isForeign('')).toBe(false);
  });
});

describe('teamName', () => {
  const NEWSROOM = new Set(LANGUAGES.flatMap((language) => language.metadata.newsroomWords));
  const TEAM =
    /^(?:(?:Our|The)\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){0,3}(?:Editorial\s+)?(?:Team|Staff|Editors|Desk|Newsdesk)$|^News\s?[Dd]esk$/u;
  /** newsroomName as written before its last-word shortcut. */
  const newsroomPlain = (name: string) => {
    const words = name.split(' ');
    const last = words.at(-1) ?? '';
    if (words.length > 3 || !/^\p{Lu}/u.test(last) || !NEWSROOM.has(last.toLowerCase())) return null;
    return words
      .slice(0, -1)
      .every((word) => /^\p{Lu}[\p{L}'’-]*$/u.test(word) || /^[\p{Ll}\d-]+\.\p{Ll}{2,}$/u.test(word))
      ? name
      : null;
  };
  const piece = fc.constantFrom(
    'Our ',
    'The ',
    'Sports ',
    'Editorial ',
    'Team',
    'Staff',
    'Editors',
    'Desk',
    'desk',
    'Newsdesk',
    'News',
    'News ',
    'Redaktion',
    'La ',
    'Rédaction',
    'auto-motor.at ',
    'jane ',
    'Jane ',
    ' ',
    ',',
  );

  it('finds the same teams and newsrooms as its patterns alone', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const value = pieces.join('');
        const name = tidyName(value);
        // teamName's own tests, then TEAM (its shortcut skips TEAM only where TEAM finds nothing), else a newsroom.
        if (name.length > 50 || /^by\b/i.test(name)) expect(teamName(value)).toBeNull();
        else if (!TEAM.test(name)) expect(teamName(value)).toBe(newsroomPlain(name));
        // The shortcut's condition: every name TEAM matches ends so.
        else expect(/(?:Team|Staff|Editors|esk)$/u.test(name)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(teamName('Sports Desk')).toBe('Sports Desk');
    expect(teamName('auto-motor.at Redaktion')).toBe('auto-motor.at Redaktion');
    expect(teamName('Jane Roe')).toBeNull();
  });
});
