import { describe, expect, it } from 'vitest';
import { extractSources } from '../../functions/core/metadata/sources.ts';
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

  it('reads an agency in parentheses closing a paragraph, as German-language papers credit copy', () => {
    const long = `${PROSE} Der Senat hat sich dazu bisher skeptisch geäußert. (dpa)`;
    expect(extractSources(cleanedFrom(['Title', long]))).toEqual(['dpa']);
    expect(extractSources(cleanedFrom(['Title', PROSE, '(KNA 19.11.21)']))).toEqual(['KNA']);
    expect(extractSources(cleanedFrom(['Title', `Lisboa (Lusa) - ${PROSE}`]))).toEqual(['Lusa']);
  });

  it('takes no agency from a photo credit in parentheses, nor from a name with its initials', () => {
    const caption = 'Richard David Precht im Studio. (picture alliance / dpa / Oliver Berg)';
    expect(extractSources(cleanedFrom(['Title', PROSE, caption]))).toEqual([]);
    const mention = 'Meldungen des Evangelischen Pressedienstes (epd)';
    expect(extractSources(cleanedFrom(['Title', PROSE, mention]))).toEqual([]);
  });
});
