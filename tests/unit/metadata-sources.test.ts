import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DATELINE_CREDIT,
  extractSources,
  mayHoldDateline,
  mayHoldSignoff,
  SIGNOFF_CREDIT,
} from '../../functions/core/metadata/sources.ts';
import { cleanedFrom, PROSE } from './metadata-helpers.ts';

describe('sources', () => {
  it('lists the agencies of a "contains information from" credit', () => {
    const cleaned = cleanedFrom([
      'Title',
      PROSE,
      'This report contains information from Reuters, the Associated Press and AFP.',
    ]);
    expect(extractSources(cleaned)).toEqual(['Reuters', 'Associated Press', 'AFP']);
  });

  it('reads a "(Reuters) -" dateline', () => {
    expect(extractSources(cleanedFrom(['Title', `BEIJING (Reuters) - ${PROSE}`]))).toEqual(['Reuters']);
  });

  it('reads a "— AP" sign-off', () => {
    expect(extractSources(cleanedFrom(['Title', PROSE, '— AP']))).toEqual(['Associated Press']);
  });

  it('does not credit an agency merely mentioned in a sentence', () => {
    expect(
      extractSources(
        cleanedFrom(['Title', 'Reuters reported that the council approved the budget on Monday.']),
      ),
    ).toEqual([]);
  });

  it('takes only agencies from a weak "Source:" line', () => {
    expect(extractSources(cleanedFrom(['Title', PROSE, 'Source: Statista']))).toEqual([]);
  });
});

describe('the pre-tests of the source patterns', () => {
  const piece = fc.constantFrom(
    'BEIJING ',
    '(Reuters)',
    '(AP)',
    ' - ',
    ' — ',
    '–',
    'AFP',
    'the Associated Press',
    '. ',
    '(',
    ')',
    ':',
    'x'.repeat(30),
    '  ',
    '\t',
  );
  const line = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

  it('are necessary conditions: no line the pre-test turns away matches the pattern', () => {
    fc.assert(
      fc.property(line, (text) => {
        if (DATELINE_CREDIT.test(text.slice(0, 120))) expect(mayHoldDateline(text)).toBe(true);
        if (SIGNOFF_CREDIT.test(text)) expect(mayHoldSignoff(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
