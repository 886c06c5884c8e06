/**
 * sources-fast.ts's `extractSourcesFast` gives what sources.ts's `extractSources` gives, in the same order: on
 * the seeds' blocks and on random pages of credit-like lines (datelines, sign-offs, "Source:", copyright,
 * bylines with an agency, credit lines, their pieces in any case and order, parentheses past the 60th
 * character, long lines, repeated texts, non-ASCII openings), with and without agencies from credit lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSources } from '../../functions/core/metadata/sources.ts';
import { extractSourcesFast } from '../../functions/core/metadata/sources-fast.ts';
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
});
