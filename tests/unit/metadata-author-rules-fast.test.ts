import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PLAIN_READERS,
  ruleCandidates,
  segmentNames,
  startsWithLabel,
} from '../../functions/core/metadata/author-rules.ts';
import {
  FAST_READERS,
  segmentNamesFast,
  startsWithLabelFast,
} from '../../functions/core/metadata/author-rules-fast.ts';
import { labelPatterns } from '../../functions/core/metadata/labels.ts';
import { blockZones } from '../../functions/core/metadata/zones.ts';
import type { Block } from '../../functions/core/types.ts';
import { cleanedFrom, NOW } from './metadata-helpers.ts';

// Pieces of bylines, labels, names, dates, bios and post lines, glued in any order: every gate of the fast
// readers meets lines it must pass and lines it may refuse.
const PIECES = [
  'By',
  'by',
  'Von',
  'Par',
  'Written by',
  'Author',
  'Author:',
  'Autor:',
  'About the author',
  'Photo by',
  '| ',
  '• ',
  '— ',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  ',',
  ':',
  '"',
  '(',
  'Dr.',
  'Mr',
  'Jane',
  'Roe',
  'Jane Roe',
  'Maria Keller',
  'Surja',
  'Nina',
  'April',
  'Home',
  'Share',
  'Team',
  'Redaktion',
  'May 3, 2024',
  'October 11, 2023',
  '12. März 2024',
  '3',
  'Surja is a writer who covers local news, courts and the council for the paper every week.',
  'Jane is a reporter and she writes about schools, roads and the budget of the town council.',
  "I'm a writer and the founder of a small blog about gardens, trees and birds in the city.",
  'lifestyle',
  'lifestyleChristy GammelFebruary 3, 2026Comment',
  'GARDEN MAINTENANCEannette thurmonJune 17, 2021',
  'Christy Gammel',
  'Comment',
  'ſ',
  'K',
  'É',
  'é',
  // Label openings in other cases and spacings, and their near misses (labelPairCodes).
  'BY',
  'bY',
  'a post by',
  'A\tpost by',
  'a\u00a0post by',
  'Text von',
  'Über den Autor:',
  'écrit par',
  'Bye',
  'Ab',
  'au',
  'Ar',
  '\u017ftory by',
  // Segments the generic reader reads (segmentNames): a credential after a comma, a newsroom, team words.
  'Jane,MD',
  ',PhD',
  'News desk',
  'Sports Desk',
  'The Editors',
  'auto-motor.at Redaktion',
  'jroe',
  'and',
  'und',
  'van der',
  '[email protected]',
  '@janeroe',
  '—',
  '-',
  // Short name blocks (bareNameLine, singleNameOverBio, a name over a role label): small letters, honorifics in
  // either case, openers before the name, role labels under it.
  'dr.',
  'DR ',
  'jane roe',
  'surja',
  '@',
  '[',
  '’',
  'Staff Writer',
  'writer',
  'Contributor',
  'guest  author',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((parts) => parts.join(''));
const page = fc.array(text, { minLength: 1, maxLength: 10 });
// Pages of few distinct lines, so that a post line (or a name) comes back as it does on a one-author blog.
const repeating = fc
  .tuple(fc.array(text, { minLength: 1, maxLength: 3 }), fc.array(fc.nat(), { minLength: 1, maxLength: 10 }))
  .map(([lines, picks]) => picks.map((k) => lines[k % lines.length]!));
const language = fc.constantFrom(null, 'en', 'de', 'fr');

const blocksOf = (texts: string[]): Block[] => texts.map((t, index) => ({ index, text: t, line: index + 1 }));

describe('author-rules-fast readers', () => {
  it('give what the plain readers give, block by block', () => {
    fc.assert(
      fc.property(fc.oneof(page, repeating), language, fc.boolean(), (texts, lang, foreign) => {
        const blocks = blocksOf(texts);
        const labels = labelPatterns(lang);
        for (const block of blocks) {
          expect(FAST_READERS.labelledNames(block, blocks, labels, foreign)).toEqual(
            PLAIN_READERS.labelledNames(block, blocks, labels, foreign),
          );
          expect(FAST_READERS.explicitByline(block, blocks, labels)).toEqual(
            PLAIN_READERS.explicitByline(block, blocks, labels),
          );
          expect(FAST_READERS.bareNameLine(block.text)).toEqual(PLAIN_READERS.bareNameLine(block.text));
          expect(FAST_READERS.singleNameOverBio(block, blocks)).toEqual(
            PLAIN_READERS.singleNameOverBio(block, blocks),
          );
        }
        const cleaned = cleanedFrom(texts);
        expect(FAST_READERS.gluedPostMeta(cleaned)).toEqual(PLAIN_READERS.gluedPostMeta(cleaned));
      }),
      { numRuns: 1500 },
    );
  });

  it('read a line and a segment of the generic reader as the plain tests do', () => {
    fc.assert(
      fc.property(
        text,
        fc.constantFrom(null, 'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl'),
        (line, lang) => {
          const labels = labelPatterns(lang);
          expect(startsWithLabelFast(line, labels)).toBe(startsWithLabel(line, labels));
          expect(segmentNamesFast(line, labels)).toEqual(segmentNames(line, labels));
          const trimmed = line.trim();
          expect(startsWithLabelFast(trimmed, labels)).toBe(startsWithLabel(trimmed, labels));
          expect(segmentNamesFast(trimmed, labels)).toEqual(segmentNames(trimmed, labels));
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('make ruleCandidates give what it gives with the plain readers', () => {
    fc.assert(
      fc.property(fc.oneof(page, repeating), language, (texts, lang) => {
        const cleaned = cleanedFrom(texts);
        const when = { now: NOW, language: lang };
        const zones = blockZones(cleaned, 0);
        expect(ruleCandidates(cleaned, 0, when, zones, FAST_READERS)).toEqual(
          ruleCandidates(cleaned, 0, when, zones, PLAIN_READERS),
        );
      }),
      { numRuns: 1500 },
    );
  });

  it('find the byline, the bare name and the name over its bio', () => {
    const cleaned = cleanedFrom([
      'Council passes budget',
      'By Jane Roe | May 3, 2024',
      'Surja',
      'Surja is a writer who covers local news, courts and the council for the paper every week.',
      'Nina:',
      'Nina is a reporter and she writes about schools, roads and the budget of the town council.',
    ]);
    const when = { now: NOW, language: 'en' };
    const found = ruleCandidates(cleaned, 0, when, blockZones(cleaned, 0), FAST_READERS);
    expect(found.map((c) => [c.why, c.names])).toEqual([
      ['byline', ['Jane Roe']],
      ['bio', ['Surja']],
      ['bio', ['Nina']],
    ]);
  });
});
