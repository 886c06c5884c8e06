/**
 * Property-based fuzzing of the metadata readers on text pages in the vocabulary's languages: documents built from
 * bylines, datelines (impossible dates among them), credit lines, quotes with their speech verbs and quotation
 * marks, chrome and prose in English, German, French, Spanish, Italian, Portuguese, Dutch and Polish, as plain text
 * and as markdown. Every record's declared fields must be what a user can rely on: dates that are days of the calendar
 * and not in the future, an update no earlier than the publication, names, quotes, sources, entities and keywords
 * as trimmed non-empty strings, confidences in [0, 1]. Seed printed on failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../functions/core/pipeline.ts';
import { isCleanString, isRealPastDay } from './helpers.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261205);

const LINES = [
  '# Bridge closes for the winter',
  'By Jane Doe and John Roe',
  'Von Anna Berg | 03.04.2024',
  'Par Camille Lefèvre, publié le 12 mars 2024',
  'Por María López — 5 de mayo de 2023',
  'Di Marco Rossi, 31/02/2024',
  'Door Jan Smit, 29-02-2023',
  'Autor: Anna Kowalska | 31 lutego 2024',
  'Opublikowano: 5 marca 2024 r.',
  '„Nie mamy wyboru” – powiedział Jan Nowak.',
  '29.02.2023',
  '2024-02-30',
  '31 April 2024',
  'Updated: 13/13/2024',
  'Aktualisiert am 1. Januar 2020',
  '(Reporting by Lena Fischer; Editing by Tom Hays)',
  'LONDON (Reuters) -',
  'Der Senat hat sich dazu bisher skeptisch geäußert. (dpa)',
  '(KNA 19.11.21)',
  '"We have no choice," he said.',
  '„Wir haben keine Wahl“, sagte Bürgermeisterin Anna Berg.',
  '„Das ist gut“, so Berg.',
  '« Nous n’avons pas le choix », a-t-il déclaré.',
  '«No tenemos otra opción», dijo María López.',
  '»Die Brücke kommt«, sagte sie.',
  'Ist das so? Den Plan kennt keiner. Seine Pläne sind groß.',
  "L'école et l'avenir de l'Europe, qu'il dit.",
  'The council voted on Tuesday to close the bridge for repairs until spring, officials said.',
  'Der Stadtrat hat den Bau einer neuen Brücke über den Fluss beschlossen, die Arbeiten beginnen im Frühjahr.',
  'Price Range | $$ — $$$',
  'Share on Facebook',
  '* Home',
  '[Read more](https://x.com/a)',
  '| a | b |',
  '|---|---|',
  '```',
  '© 2024 Example',
  '',
  ' ',
];

const DOCUMENT = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...LINES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    ),
    { maxLength: 40 },
  )
  .chain((lines) =>
    fc
      .array(fc.constantFrom('\n', '\n\n'), { minLength: lines.length, maxLength: lines.length })
      .map((separators) => lines.map((line, index) => `${line}${separators[index]}`).join('')),
  );

describe("fuzzing the metadata readers on pages in the vocabulary's languages", () => {
  it('declares real past days, ordered dates, clean names and confidences in [0, 1] (3,000 pages, text and markdown)', () => {
    fc.assert(
      fc.property(DOCUMENT, fc.constantFrom('page.txt', 'page.md'), (text, name) => {
        const record = processDocument(Buffer.from(text), { name });
        if (record.status !== 'clean') return;
        for (const date of [record.publishedAt, record.updatedAt])
          if (date !== null) expect(isRealPastDay(date)).toBe(true);
        if (record.publishedAt && record.updatedAt) expect(record.updatedAt >= record.publishedAt).toBe(true);
        for (const value of [
          ...record.authors,
          ...record.contributors.map((contributor) => contributor.name),
          ...record.sources,
          ...record.keywords,
          ...record.entities.people,
          ...record.entities.places,
          ...record.entities.organizations,
          ...record.quotes.map((quote) => quote.text),
          ...record.quotes.flatMap((quote) => (quote.speaker === null ? [] : [quote.speaker])),
        ])
          expect(isCleanString(value)).toBe(true);
        if (record.title !== null) expect(isCleanString(record.title)).toBe(true);
        for (const field of Object.values(record.provenance))
          if (field !== null) expect(field.confidence >= 0 && field.confidence <= 1).toBe(true);
      }),
      { numRuns: 3000, seed: SEED },
    );
  });
});
