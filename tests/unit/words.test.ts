import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, sentenceStartBefore, sentences } from '../../functions/core/words.ts';
import { countWordsFast, countWordsUpTo } from '../../functions/core/words-fast.ts';

/** Characters that exercise every branch: spaces of every kind, punctuation, letters of several scripts, surrogates. */
const PIECES = [
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2009',
  '\u3000',
  '\ufeff',
  '—',
  '|',
  '.',
  "'",
  '’',
  '-',
  'a',
  'Z',
  '7',
  'é',
  'ß',
  'ж',
  '日本',
  '٣',
  '\u0301',
  '😀',
  '𝐀',
  '\ud800',
  '\udc00',
];

describe('countWords', () => {
  it('counts runs of non-space characters that hold a letter or digit', () => {
    expect(countWords("Don't stop — it's well-known: U.S. https://x.com 42")).toBe(7);
  });

  it('counts nothing in punctuation and space alone', () => {
    expect(countWords(' — | … \n\t ')).toBe(0);
  });

  it('counts words of every script', () => {
    expect(countWords('Straße café жизнь 東京 ٣')).toBe(5);
  });
});

describe('countWordsFast', () => {
  it('equals countWords on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 200 }), (text) => {
        expect(countWordsFast(text)).toBe(countWords(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('equals countWords on arbitrary UTF-16 (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(countWordsFast(text)).toBe(countWords(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('does not join lone surrogates around CJK characters into a letter (found by fast-check)', () => {
    const text = '\ud800日本\udc00';
    expect(countWords(text)).toBe(1);
    expect(countWordsFast(text)).toBe(1);
  });

  it('equals countWords on mixes of spaces, punctuation and letters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(countWordsFast(text)).toBe(countWords(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('sentences', () => {
  it('splits at a period, question or exclamation mark before a capital', () => {
    expect(sentences('It rained. Was it cold? Yes! "Very," she said.')).toEqual([
      'It rained.',
      'Was it cold?',
      'Yes!',
      '"Very," she said.',
    ]);
  });

  it('keeps abbreviations, initials and closing quotes inside the sentence', () => {
    expect(sentences('Dr. Roe met U.S. officials and J. K. Smith. “It went well.” Then they left.')).toEqual([
      'Dr. Roe met U.S. officials and J. K. Smith.',
      '“It went well.”',
      'Then they left.',
    ]);
  });

  it('keeps a German day before its month and abbreviations of other languages', () => {
    expect(sentences('Am 3. Oktober kam z.B. der Minister. Er blieb.')).toEqual([
      'Am 3. Oktober kam z.B. der Minister.',
      'Er blieb.',
    ]);
  });

  it('does not split before a lower-case word or inside a number', () => {
    expect(sentences('It cost 2.5 million. e.g. this one.')).toEqual(['It cost 2.5 million. e.g. this one.']);
  });

  it('finds the start of the sentence holding an offset', () => {
    const text = 'One thing. Then another thing.';

    expect(sentenceStartBefore(text, text.indexOf('another'))).toBe(text.indexOf('Then'));
    expect(sentenceStartBefore(text, 2)).toBe(0);
  });
});

describe('countWords: scripts without spaces', () => {
  it('counts kana and CJK ideographs half a word each, rounded up, beside the words around them', () => {
    expect(countWords('北京时间昨天晚上')).toBe(4);
    expect(countWords('東京 Tokyo 駅')).toBe(3);
    expect(countWords('日本X')).toBe(2);
  });

  it('counts Thai, Lao, Khmer and Myanmar a fifth of a word per code unit, rounded up', () => {
    // 48 code units: nine words as a Thai reader splits them.
    expect(countWords('รัฐบาลประกาศแผนใหม่ช่วยเหลือเกษตรกรในพื้นที่ชนบท')).toBe(10);
    expect(countWords('ข่าว')).toBe(1);
    expect(countWords('ข่าว Bangkok ກະຊວງ')).toBe(3);
    expect(countWords('ព័ត៌មាន မြန်မာ')).toBe(3);
  });

  it('equals countWordsFast on mixes of CJK, Thai, Latin and spaces', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '日',
            '本',
            'カ',
            'な',
            '語',
            'ก',
            'ข่',
            'า',
            'ວ',
            'ក',
            'မ',
            'a',
            'Z',
            '9',
            ' ',
            '，',
            '。',
            '\n',
          ),
          { maxLength: 60 },
        ),
        (pieces) => {
          const text = pieces.join('');
          expect(countWordsFast(text)).toBe(countWords(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('countWordsUpTo', () => {
  it('equals min(countWords, cap) on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-composite', maxLength: 200 }),
        fc.integer({ min: 0, max: 30 }),
        (text, cap) => {
          expect(countWordsUpTo(text, cap)).toBe(Math.min(countWords(text), cap));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('equals min(countWords, cap) on arbitrary UTF-16 (lone surrogates included)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.integer({ min: 0, max: 30 }),
        (text, cap) => {
          expect(countWordsUpTo(text, cap)).toBe(Math.min(countWords(text), cap));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('equals min(countWords, cap) on mixes of spaces, punctuation, letters and CJK', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES, '日本', '東', 'か', 'ข่าว', 'ก', 'ព័ត៌'), { maxLength: 60 }),
        fc.integer({ min: 0, max: 30 }),
        (pieces, cap) => {
          const text = pieces.join('');
          expect(countWordsUpTo(text, cap)).toBe(Math.min(countWords(text), cap));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
