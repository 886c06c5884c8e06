import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../functions/core/metadata/quotes.ts';

const PEOPLE = ['Janet Yellen', 'Mao Ning', 'Antony Blinken'];

describe('quotes', () => {
  it('attributes a quote to the name before "said"', () => {
    const body = 'Spokesman Mao Ning said, “China has always maintained a fair stance.”';
    expect(extractQuotes(body, PEOPLE)).toEqual([
      { speaker: 'Mao Ning', text: 'China has always maintained a fair stance.' },
    ]);
  });

  it('resolves a surname to the full name mentioned earlier', () => {
    const body = 'Yellen said of her visit that she had “difficult conversations” about security.';
    expect(extractQuotes(body, PEOPLE)[0]?.speaker).toBe('Janet Yellen');
  });

  it('continues the last speaker for "She added"', () => {
    const body = 'Mao Ning said, “China is fair.”\n\nShe added, “We will not profit from it.”';
    expect(extractQuotes(body, PEOPLE).map((quote) => quote.speaker)).toEqual(['Mao Ning', 'Mao Ning']);
  });

  it('finds the speaker named after the quote', () => {
    const body = '“It went to 21 thousand,” said Melissa Cranon, who moved from California.';
    expect(extractQuotes(body, [])[0]?.speaker).toBe('Melissa Cranon');
  });

  it('finds the speaker named after the verb and a lower-case role', () => {
    const body =
      '“We wanted the school to come to the children,” said head teacher Anna Ruiz, who grew up on a boat.';

    const quotes = extractQuotes(body, ['Anna Ruiz']);

    expect(quotes[0]?.speaker).toBe('Anna Ruiz');
  });

  it('keeps the quote with a null speaker when nobody is named', () => {
    const body = '“She manages everything,” said the source.';
    expect(extractQuotes(body, [])).toEqual([{ speaker: null, text: 'She manages everything' }]);
  });

  it('skips scare quotes without a speech verb', () => {
    const body = 'The leaders signed an “open-ended” agreement on “strategic cooperation” last year.';
    expect(extractQuotes(body, PEOPLE)).toEqual([]);
  });
});
