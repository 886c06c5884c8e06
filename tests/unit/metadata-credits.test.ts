import { describe, expect, it } from 'vitest';
import { extractCredits } from '../../functions/core/metadata/credits.ts';
import { labelPatterns } from '../../functions/core/metadata/labels.ts';
import { extractSources } from '../../functions/core/metadata/sources.ts';
import { processText } from '../../functions/core/pipeline.ts';
import { cleanedFrom, PROSE } from './metadata-helpers.ts';

const EN = labelPatterns('en');

describe('credit lines', () => {
  it('reads "(Reporting by …; Editing by …)" as contributors with their roles, and no source', () => {
    // Prepare
    const cleaned = cleanedFrom(['Title', PROSE, '(Reporting by Lena Fischer; Editing by Tom Hays)']);
    // Act
    const credits = extractCredits(cleaned, EN);
    // Assess
    expect(credits.contributors).toEqual([
      { name: 'Lena Fischer', role: 'reporting' },
      { name: 'Tom Hays', role: 'editing' },
    ]);
    expect(credits.reporters).toEqual(['Lena Fischer']);
    expect(extractSources(cleaned, credits.agencies)).toEqual([]);
  });

  it("splits a credit's names at the page language's conjunction", () => {
    // Prepare
    const cleaned = cleanedFrom(['Titre', PROSE, 'Avec la collaboration de Claire Martin et Paul Durand']);
    // Act
    const credits = extractCredits(cleaned, labelPatterns('fr'));
    // Assess
    expect(credits.contributors.map((c) => c.name)).toEqual(['Claire Martin', 'Paul Durand']);
  });

  it('reads "Additional reporting by" and "Compiled by", several names each', () => {
    const cleaned = cleanedFrom([
      'Title',
      PROSE,
      'Additional reporting by Ana Ruiz and Jo Park in Madrid',
      'Compiled by Sam Lee',
    ]);

    expect(extractCredits(cleaned, EN).contributors).toEqual([
      { name: 'Ana Ruiz', role: 'additional-reporting' },
      { name: 'Jo Park', role: 'additional-reporting' },
      { name: 'Sam Lee', role: 'compiling' },
    ]);
  });

  it('gives an agency named in a credit to the sources, not to the people', () => {
    const cleaned = cleanedFrom(['Title', PROSE, '(Reporting by Reuters; Editing by Tom Hays)']);
    const credits = extractCredits(cleaned, EN);

    expect(credits.contributors).toEqual([{ name: 'Tom Hays', role: 'editing' }]);
    expect(extractSources(cleaned, credits.agencies)).toEqual(['Reuters']);
  });

  it('reads a text once: the block of its first appearance holds the credit, a second copy adds nothing', () => {
    const credit = '(Reporting by Lena Fischer; Editing by Tom Hays)';
    const cleaned = cleanedFrom(['Title', PROSE, credit, credit], [{ index: 2, kind: 'credit' }]);
    const credits = extractCredits(cleaned, EN);

    expect([...credits.blocks]).toEqual([2]);
    expect(credits.reporterLine).toBe(5);
    expect(credits.contributors).toEqual([
      { name: 'Lena Fischer', role: 'reporting' },
      { name: 'Tom Hays', role: 'editing' },
    ]);
  });

  it('reads a credit on a later line of a block, bracketed or not, and none on a line longer than a credit', () => {
    const long = `Reporting by ${'Lena Fischer and '.repeat(20)}Tom Hays`;
    const cleaned = cleanedFrom([
      'Title',
      PROSE,
      `${PROSE}\n  Editing by Tom Hays).\n${long}`,
      'Compiled by Sam Lee, editing by Ana Ruiz',
    ]);
    const credits = extractCredits(cleaned, EN);

    expect(long.length).toBeGreaterThan(303);
    expect(credits.contributors).toEqual([
      { name: 'Tom Hays', role: 'editing' },
      { name: 'Sam Lee', role: 'compiling' },
      { name: 'Ana Ruiz', role: 'editing' },
    ]);
    expect([...credits.blocks]).toEqual([2, 3]);
  });

  it('reads nothing from a sentence that mentions reporting', () => {
    const cleaned = cleanedFrom([
      'Title',
      'Reporting by the local paper led to the inquiry, the council said.',
    ]);

    expect(extractCredits(cleaned, EN).contributors).toEqual([]);
  });
});

describe('credit lines in the record', () => {
  it('takes the reporters as authors when no byline names anyone, the editors as contributors', () => {
    // Prepare
    const text = [
      'World',
      'Harbour city opens its first floating school',
      PROSE,
      'Teachers said the idea came from parents who spent hours each week rowing their children to classes.',
      '(Reporting by Lena Fischer; Editing by Tom Hays)',
    ].join('\n\n');
    // Act
    const record = processText(text);
    // Assess
    expect(record.authors).toEqual(['Lena Fischer']);
    expect(record.provenance.authors?.evidence).toBe('credit-line');
    expect(record.contributors).toEqual([{ name: 'Tom Hays', role: 'editing' }]);
    expect(record.sources).toEqual([]);
  });

  it('credits an agency named in the byline as a source', () => {
    const text = [
      'World',
      'Harbour city opens its first floating school',
      'By Lena Fischer, Reuters',
      PROSE,
      'Teachers said the idea came from parents who spent hours each week rowing their children to classes.',
    ].join('\n\n');

    const record = processText(text);

    expect(record.authors).toEqual(['Lena Fischer']);
    expect(record.sources).toEqual(['Reuters']);
  });
});
