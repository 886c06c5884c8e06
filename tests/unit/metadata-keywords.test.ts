import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extractKeywords,
  KEYWORD_SAMPLE_CHARS,
  keywordSample,
} from '../../functions/core/metadata/keywords.ts';
import { extractKeywordsFast } from '../../functions/core/metadata/keywords-fast.ts';
import {
  extractSegmentedKeywords,
  PIECE_CHARS,
  pieceEnd,
  SEGMENTED_LANGUAGES,
} from '../../functions/core/metadata/keywords-segmented.ts';
import { processText } from '../../functions/core/pipeline.ts';

describe('keywords', () => {
  it('ranks the most frequent content words first', () => {
    const body = 'Budget talks: the budget vote. The council voted on the budget and the council agreed.';
    expect(extractKeywords(body).slice(0, 2)).toEqual(['budget', 'council']);
  });

  it('reads a body of up to KEYWORD_SAMPLE_CHARS whole, and a longer one up to its last line break within them', () => {
    const line = 'budget council vote\n';
    const whole = line.repeat(Math.floor(KEYWORD_SAMPLE_CHARS / line.length));
    expect(keywordSample(whole)).toBe(whole);
    // Past the sample, words that would outnumber the others are not counted.
    const long = `${whole}${'harbour '.repeat(KEYWORD_SAMPLE_CHARS)}`;
    const sample = keywordSample(long);
    expect(sample.length).toBeLessThanOrEqual(KEYWORD_SAMPLE_CHARS);
    expect(long.startsWith(sample)).toBe(true);
    expect(long.charAt(sample.length)).toBe('\n');
    expect(extractKeywords(long)).toEqual(['budget', 'council', 'vote']);
    expect(extractKeywordsFast(long)).toEqual(['budget', 'council', 'vote']);
    // No line break within the sample: cut at KEYWORD_SAMPLE_CHARS.
    expect(keywordSample('word '.repeat(KEYWORD_SAMPLE_CHARS)).length).toBe(KEYWORD_SAMPLE_CHARS);
  });

  it('never returns stop words', () => {
    expect(extractKeywords('the the the and and of of budget budget')).toEqual(['budget']);
  });

  it("drops the function words of the page's language", () => {
    const german =
      'Der Stadtrat und die Bürger: die Brücke wird gebaut. Der Stadtrat sagt, die Brücke und der Fluss ' +
      'werden sich verändern, und die Bürger sind für die Brücke.';
    expect(extractKeywords(german, 'de')).toEqual(['brücke', 'stadtrat', 'bürger']);
    // Without the language, only English function words are known.
    expect(extractKeywords(german).slice(0, 3)).toEqual(['die', 'der', 'und']);
    expect(extractKeywordsFast(german, 'de')).toEqual(extractKeywords(german, 'de'));
  });

  it('reads the word after an elided article or pronoun in French and Italian', () => {
    const french = "L'école et l'école : qu'il parle de l'école, c'est l'avenir de l'Europe et de l'Europe.";
    expect(extractKeywords(french, 'fr')).toEqual(['école', 'europe']);
    expect(extractKeywordsFast(french, 'fr')).toEqual(['école', 'europe']);
    const italian = "Dell'anno scorso, nell'anno nuovo: l'anno dell'Europa e l’Europa.";
    expect(extractKeywords(italian, 'it')).toEqual(['anno', 'europa']);
    // "aujourd'hui" (seven letters before the apostrophe) is one word.
    expect(extractKeywords("aujourd'hui aujourd'hui", 'fr')).toEqual(["aujourd'hui"]);
  });
});

describe('extractKeywordsFast', () => {
  it('equals extractKeywords on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 300 }), (text) => {
        expect(extractKeywordsFast(text)).toEqual(extractKeywords(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('equals extractKeywords on arbitrary UTF-16 (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(extractKeywordsFast(text)).toEqual(extractKeywords(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('equals extractKeywords on repeated words with apostrophes, hyphens, digits and astral letters', () => {
    const pieces = [
      'Budget',
      "budget's",
      'budget’s',
      'co-op',
      'co-op-',
      "rock'n'roll",
      'x2',
      'ab',
      'abc',
      'İstanbul',
      '𝒜𝒷𝒸',
      '𝒜b',
      'ß',
      'the',
      '42',
      "'s",
      '-',
      '\ud800',
      '😀',
      'ÆØÅ',
      'Σσς',
      "BUDGET'S",
      'Co-Op',
      'THE',
      "It'S",
      '\u212aelvin',
      'kelvin',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(' ', '', '\n', ', ', '—', '-', "'")), {
          maxLength: 120,
        }),
        (pairs) => {
          const text = pairs.map(([word, separator]) => word + separator).join('');
          expect(extractKeywordsFast(text)).toEqual(extractKeywords(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
  it("equals extractKeywords for a page's language: its stop words and elisions", () => {
    const pieces = [
      "l'école",
      "L'École",
      "qu'il",
      "Qu'il",
      'c’est',
      "aujourd'hui",
      "lorsqu'on",
      "jusqu'à",
      "dell'anno",
      'nell’Europa',
      "a'b",
      "abcdef'g",
      "abcdefg'h",
      "l'",
      "l'1",
      "l''a",
      "x-y'z",
      'der',
      'Die',
      'und',
      'Brücke',
      'brücke',
      'école',
      'anno',
      "it's",
      'the',
      'İ',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(' ', '', ', ', "'", '’')), {
          maxLength: 80,
        }),
        fc.constantFrom(null, 'en', 'de', 'fr', 'it', 'fr-FR', 'it_IT', 'ca', 'ru', 'x-default'),
        (pairs, language) => {
          const text = pairs.map(([word, separator]) => word + separator).join('');
          expect(extractKeywordsFast(text, language)).toEqual(extractKeywords(text, language));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('equals extractKeywords on thousands of distinct ASCII words (the in-place word table grows)', () => {
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9'-]{0,7}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 500, maxLength: 3000 }), fc.nat(), (words, shift) => {
        // Every word twice, the second copies in another order, so that many words tie on their counts.
        const text = [...words, ...words.map((_, i) => words[(i + shift) % words.length]!)].join(' ');
        expect(extractKeywordsFast(text)).toEqual(extractKeywords(text));
      }),
      { numRuns: 100 },
    );
  });
});

describe('keywords of languages written without spaces (keywords-segmented.ts)', () => {
  it('reads Chinese words, not the runs between punctuation marks, without function words', () => {
    const body =
      '政府周四批准了环境保护法草案。部长说，新规定将于明年生效。专家认为，环境保护法将改善空气质量。'.repeat(
        3,
      );

    const keywords = extractSegmentedKeywords(body, 'zh');

    expect(keywords.slice(0, 2)).toEqual(['环境', '保护']);
    expect(keywords).toContain('草案');
    expect(keywords.every((word) => [...word].length >= 2)).toBe(true);
    expect(keywords).not.toContain('政府周四批准了环境保护法草案');
  });

  it('reads Japanese words, leaving out words of hiragana alone (particles, verb endings)', () => {
    const body =
      '政府は木曜日、環境保護法案を承認した。環境保護は重要な課題であり、政府は法案の成立を急いでいる。'.repeat(
        3,
      );

    const keywords = extractSegmentedKeywords(body, 'ja');

    expect(keywords.slice(0, 3)).toEqual(['政府', '環境', '保護']);
    expect(keywords).not.toContain('した');
  });

  it('is what the core gives a Chinese or Japanese page, and a spaced language keeps its reader', () => {
    const chinese = `环境新闻\n\n${'政府周四批准了环境保护法草案。部长说，新规定将于明年生效。这是一个重要的决定，我们都很关心这个问题。\n\n'.repeat(8)}`;
    const record = processText(chinese);

    expect(record.language).toBe('zh');
    expect(record.keywords).toEqual(extractSegmentedKeywords(record.body, 'zh'));
    expect(SEGMENTED_LANGUAGES.has('de')).toBe(false);
  });

  it('hands the segmenter the whole text in pieces of at most PIECE_CHARS, never splitting a surrogate pair (property)', () => {
    const text = fc.string({
      unit: fc.constantFrom('环', '境', '。', ' ', '\n', 'a', '😀', '保'),
      maxLength: 3000,
    });

    fc.assert(
      fc.property(text, (sample) => {
        const pieces: string[] = [];
        for (let from = 0; from < sample.length; ) {
          const to = pieceEnd(sample, from);
          if (to <= from || to - from > PIECE_CHARS + 1) return false;
          const last = sample.charCodeAt(to - 1);
          if (to < sample.length && last >= 0xd800 && last <= 0xdbff) return false;
          pieces.push(sample.slice(from, to));
          from = to;
        }
        return pieces.join('') === sample;
      }),
    );
  });

  it('reads a long text without any break as well (the pieces cut at their limit)', () => {
    const body = '环境保护法草案政府批准'.repeat(400);

    expect(extractSegmentedKeywords(body, 'zh').slice(0, 5)).toEqual(
      expect.arrayContaining(['环境', '草案', '批准', '政府']),
    );
  });
});
