import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageLines } from '../../functions/core/metadata/author-lines.ts';
import { labelPatterns } from '../../functions/core/metadata/labels.ts';
import type { Block } from '../../functions/core/types.ts';
import { LANGUAGES, vocabularyOf } from '../../functions/core/vocabulary/index.ts';

// Openings of labels in several languages, words that start like them, case changes and characters past ASCII
// that case-fold to ASCII letters ("ſ", the Kelvin sign).
const PIECES = [
  'By',
  'by',
  'BY',
  'Byte',
  'Von',
  'Par',
  'Di',
  'Door',
  'Por',
  'Written by',
  'Author',
  'Authors',
  'Author(s)',
  'Autor',
  'Autore',
  'Auteur',
  'Writer',
  'Byline',
  'About the author',
  'The author',
  'Meet the writers',
  "L'auteur",
  'L’autore',
  "sull'autore",
  'Über den Autor',
  'À propos de l’auteur',
  'Rédaction',
  'Redacción',
  'Text & Fotos',
  'Guest post by',
  'A cura di',
  'und',
  'e',
  ':',
  '：',
  ' ',
  '\u00a0',
  '-',
  '|',
  'Jane Roe',
  'October 11, 2023 ',
  '12:30 Uhr ',
  'İ',
  'dİ ',
  'DI ',
  'Door:',
  'ſ',
  '\u212a',
  'É',
  's',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 5 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const language = fc.constantFrom(null, 'en', 'de', 'fr', 'it', 'es', 'nl', 'pt');

describe('labels.mayOpenLabel', () => {
  it('holds for every line a byline word, an author label or a label alone opens', () => {
    fc.assert(
      fc.property(text, language, (line, lang) => {
        const labels = labelPatterns(lang);
        if (labels.byline.test(line) || labels.authorLabel.test(line) || labels.labelOnly.test(line))
          expect(labels.mayOpenLabel(line)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses lines that open with another character', () => {
    const labels = labelPatterns('en');
    expect(['Home', '5 min read', 'Lorem ipsum'].map((line) => labels.mayOpenLabel(line))).toEqual([
      false,
      false,
      false,
    ]);
    expect(labels.mayOpenLabel('By Jane Roe')).toBe(true);
    expect(labels.mayOpenLabel('  By Jane Roe', 2)).toBe(true);
    expect(labels.mayOpenLabel('Über den Autor')).toBe(true);
  });
});

describe('labels.hasTrailingByline', () => {
  // The plain test it replaced: a byline word's last word in the lower-cased line, then the pattern.
  const plainTrailing = (line: string, lang: string | null) => {
    const vocabulary = vocabularyOf(lang);
    const en = LANGUAGES.find((l) => l.code === 'en')!;
    const languages = !vocabulary ? LANGUAGES : vocabulary.code === 'en' ? [en] : [en, vocabulary];
    const tails = new Set(languages.flatMap((l) => l.metadata.bylineWords).map((p) => p.split(' ').at(-1)!));
    const tail = new RegExp(`(?:${[...tails].join('|')})[ :]`);
    return tail.test(line.toLowerCase()) && labelPatterns(lang).trailingByline.test(line);
  };

  it('reads the line as the lower-cased test did', () => {
    fc.assert(
      fc.property(text, language, (line, lang) => {
        expect(labelPatterns(lang).hasTrailingByline(line)).toBe(plainTrailing(line, lang));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('PageLines', () => {
  it('gives each line of a block trimmed, with its input line, and labelled as the plain tests say', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), language, (lines, lang) => {
        const labels = labelPatterns(lang);
        const block: Block = { index: 0, text: lines.join('\n'), line: 7 };
        const page = new PageLines([block], labels);
        const read = page.of(0);
        expect(read.map((line) => [line.raw, line.text, line.number])).toEqual(
          block.text.split('\n').map((raw, k) => [raw, raw.trim(), 7 + k]),
        );
        for (const line of read) {
          const plain =
            labels.byline.test(line.text) ||
            labels.authorLabel.test(line.text) ||
            labels.hasTrailingByline(line.text);
          expect(page.labelled(line)).toBe(plain);
          expect(page.trailing(line)).toBe(labels.hasTrailingByline(line.text));
        }
        expect(page.of(1)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
