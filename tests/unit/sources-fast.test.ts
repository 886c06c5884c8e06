/**
 * sources-fast.ts's `extractSourcesFast` gives what sources.ts's `extractSources` gives, in the same order: on
 * the seeds' blocks and on random pages of credit-like lines (datelines, sign-offs, "Source:", copyright,
 * bylines with an agency, credit lines and every language's source-credit phrases, their pieces in any case and
 * order, parentheses past the 60th character, long lines, repeated texts, non-ASCII openings), with and without
 * agencies from credit lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSources } from '../../functions/core/metadata/sources.ts';
import { extractSourcesFast } from '../../functions/core/metadata/sources-fast.ts';
import { READ_REACH, readerRanges } from '../../functions/core/metadata/zones.ts';
import type { Block, CleanResult, RemovedItem } from '../../functions/core/types.ts';
import { seedPages } from '../support/seed-block-pages.ts';

function cleanedOf(texts: string[], removedTexts: string[]): CleanResult {
  const blocks: Block[] = texts.map((text, index) => ({
    index,
    text,
    line: index + 1,
    hints: undefined,
    markup: undefined,
  }));
  const removed: RemovedItem[] = removedTexts.map((text, k) => ({
    text,
    rule: 'test',
    kind: 'navigation',
    block: k,
    line: k + 1,
  }));
  return {
    blocks,
    title: null,
    titleBlock: null,
    body: blocks,
    removed,
    comments: [],
    commentsTruncated: false,
    inputWords: 0,
    removedWords: 0,
  };
}

const piece = fc.oneof(
  fc.constantFrom(
    '(Reuters) -',
    'BEIJING (Reuters) —',
    'WASHINGTON (AP) –',
    '(AFP):',
    '— AP',
    '- Reuters.',
    '(dpa)',
    '(dpa).',
    '(KNA 19.11.21)',
    '(dpa/lno)',
    '(epd)',
    '(picture alliance / dpa / Oliver Berg)',
    'Lisboa (Lusa) -',
    '– dpa',
    'Source: Reuters',
    'source : AP, AFP and Xinhua',
    'Courtesy: Bloomberg',
    'Via: PTI / IANS',
    'ſource: Reuters',
    '© 2024 The Associated Press',
    '(c) Reuters',
    'Copyright 2023 AFP',
    'COPYRIGHT Reuters',
    'By Lena Fischer, Reuters',
    'Von Max Muster, dpa',
    'By Jane Doe and AP',
    'Por Ana Ruiz | EFE',
    'This report contains information from Reuters and The Hindu.',
    'With inputs from PTI',
    '( with files from AFP',
    'information from Kyodo News',
    'The',
    'said',
    'Share',
    'w123',
    '  ',
    ' ',
    '\n',
    '(',
    ')',
    '-',
    'Écrit par Jean Dupont, AFP',
    // Source-credit phrases of the vocabulary's languages (SOURCE_CREDIT_LABEL), their openings in other cases.
    '(avec AFP)',
    'Avec l’AFP et Reuters',
    'Con información de EFE y Europa Press.',
    'Quelle: dpa',
    'QUELLE : Statista',
    'Źródło: PAP',
    'źródło: PAP',
    'The Associated Press contributed to this report.',
    '[Mit Material von dpa',
    'AP Photo',
    'İ',
    'É',
    'Über',
    'x'.repeat(70),
    'word '.repeat(70),
  ),
  fc.string({ maxLength: 12 }),
);
const text = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(' '));
const page = fc.tuple(
  fc.array(text, { maxLength: 25 }),
  fc.array(text, { maxLength: 6 }),
  fc.subarray(['Reuters', 'AFP', 'Associated Press', 'dpa']),
);

describe('extractSourcesFast', () => {
  it('finds the sources extractSources finds on every seed page', () => {
    for (const blocks of seedPages) {
      const cleaned = cleanedOf(
        blocks.map((block) => block.text),
        [],
      );
      expect(extractSourcesFast(cleaned)).toEqual(extractSources(cleaned));
    }
  });

  it('finds the sources extractSources finds, in its order, on random pages of credit-like lines', () => {
    fc.assert(
      fc.property(page, ([texts, removed, agencies]) => {
        // Repeated texts too: every text once more at the end.
        const cleaned = cleanedOf([...texts, ...texts], removed);
        expect(extractSourcesFast(cleaned, agencies)).toEqual(extractSources(cleaned, agencies));
      }),
      { numRuns: 300 },
    );
  });

  it('with ranges, finds what extractSources finds on the blocks and removed lines in them', () => {
    // Disjoint, ordered ranges [from, to) as readRanges makes them: pairs of sorted cut points.
    const cuts = fc.uniqueArray(fc.nat(70), { maxLength: 6 }).map((points) => {
      const sorted = points.sort((a, b) => a - b);
      const ranges: [number, number][] = [];
      for (let k = 0; k + 1 < sorted.length; k += 2) ranges.push([sorted[k]!, sorted[k + 1]!]);
      return ranges;
    });
    fc.assert(
      fc.property(page, page, cuts, ([texts, removed, agencies], [more], spans) => {
        const all = [...texts, ...more, ...texts];
        const reach = spans
          .map(([from, to]): [number, number] => [Math.min(from, all.length), Math.min(to, all.length)])
          .filter(([from, to]) => from < to);
        const cleaned = cleanedOf(all, removed);
        // The removed lines sit at blocks 0, 1, …: some inside the ranges, some outside.
        const inside = (block: number) => reach.some(([from, to]) => block >= from && block < to);
        const seen = cleanedOf(
          all.filter((_, i) => inside(i)),
          removed.filter((_, k) => inside(k)),
        );
        expect(extractSourcesFast(cleaned, agencies, reach)).toEqual(extractSources(seen, agencies));
      }),
      { numRuns: 500 },
    );
  });

  it('reads a page past the reach only near its start, end, headline and body ends', () => {
    const texts = Array.from({ length: 2 * READ_REACH + 2000 }, (_, i) => `w${i}`);
    texts[1] = 'BEIJING (Reuters) - a dateline at the start';
    texts[READ_REACH + 1000] = 'Source: AFP';
    texts[texts.length - 1] = '— AP';
    const cleaned = cleanedOf(texts, []);
    const reach = readerRanges(cleaned, null);
    expect(reach).not.toBeNull();
    expect(extractSourcesFast(cleaned, [], reach)).toEqual(['Reuters', 'Associated Press']);
    expect(extractSourcesFast(cleaned)).toEqual(extractSources(cleaned));
  });
});
