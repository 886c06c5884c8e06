import { describe, expect, it } from 'vitest';
import { namesFromByline } from '../../functions/core/metadata/author-rules.ts';
import { labelPatterns } from '../../functions/core/metadata/labels.ts';
import { extractSources } from '../../functions/core/metadata/sources.ts';
import { extractSourcesFast } from '../../functions/core/metadata/sources-fast.ts';
import { processText } from '../../functions/core/pipeline.ts';
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

  it('reads the Spanish wires\' datelines: "MADRID, 18 (EFE).-" and a dated line the agency closes', () => {
    expect(extractSources(cleanedFrom(['Title', `MADRID, 18 (EFE).- ${PROSE}`]))).toEqual(['EFE']);
    expect(extractSources(cleanedFrom(['Title', 'Madrid, 18 de marzo de 2024 (EFE).', PROSE]))).toEqual([
      'EFE',
    ]);
    // Europa Press writes its name in capitals there, as the wires in English sometimes do.
    expect(extractSources(cleanedFrom(['Title', 'MADRID, 15 Mar. (EUROPA PRESS) -', PROSE]))).toEqual([
      'Europa Press',
    ]);
    expect(extractSources(cleanedFrom(['Title', `LONDON (REUTERS) - ${PROSE}`]))).toEqual(['Reuters']);
    // Undated, a line closing on an agency's initials is a name with them.
    expect(extractSources(cleanedFrom(['Title', 'Meldungen des Pressedienstes (epd)', PROSE]))).toEqual([]);
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

  it("reads the agencies of every vocabulary language's source-credit line, as the cleaner removes them", () => {
    const credits = [
      ['(avec AFP)', ['AFP']],
      ['Avec l’AFP et Reuters', ['AFP', 'Reuters']],
      ['Con información de EFE y Europa Press.', ['EFE', 'Europa Press']],
      ['Quelle: dpa', ['dpa']],
      ['Source : AFP', ['AFP']],
      ['Mit Material von dpa und AFP', ['dpa', 'AFP']],
      ['Com informações de Reuters', ['Reuters']],
      ['Bron: ANP', ['ANP']],
      ['Źródło: PAP', ['PAP']],
      ['The Associated Press contributed to this report.', ['Associated Press']],
    ] as const;
    for (const [line, agencies] of credits)
      expect(extractSources(cleanedFrom(['Title', PROSE, line])), line).toEqual(agencies);
  });

  it('takes from a source-credit line only known agencies, and not one that opens a longer name', () => {
    expect(extractSources(cleanedFrom(['Title', PROSE, 'Quelle: Statista']))).toEqual([]);
    expect(extractSources(cleanedFrom(['Title', PROSE, 'Fuente: AP Photo']))).toEqual([]);
    // No credit phrase opens the line: an agency in a sentence credits nothing.
    expect(extractSources(cleanedFrom(['Title', PROSE, 'Selon AFP, le vote a eu lieu mardi.']))).toEqual([]);
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

describe('sources: agencies a byline adds "with"', () => {
  it.each([
    ['Par Claire Monnier avec AFP', ['AFP']],
    ['Par Claire Monnier (avec AFP)', ['AFP']],
    ["Par Claire Monnier avec l'AFP et Reuters", ['AFP', 'Reuters']],
    ['Von Max Muster mit dpa', ['dpa']],
    ['Por Ana Gómez con EFE', ['EFE']],
    ['By Jane Roe with AP', ['Associated Press']],
    ['By Jane Roe Associated Press', ['Associated Press']],
    ['By JANE ROE The Associated Press', ['Associated Press']],
    ['By Jane Roe and John Doe Bloomberg News', ['Bloomberg']],
  ])('reads "%s" as crediting %j', (byline, agencies) => {
    expect(extractSources(cleanedFrom(['Title', byline, PROSE]))).toEqual(agencies);
    expect(extractSourcesFast(cleanedFrom(['Title', byline, PROSE]))).toEqual(agencies);
  });

  it('keeps the writer apart from the agencies', () => {
    const labels = labelPatterns('fr');
    expect(namesFromByline('Claire Monnier avec AFP', labels, true)).toEqual(['Claire Monnier']);
    expect(namesFromByline("Claire Monnier avec l'AFP et Reuters", labels, true)).toEqual(['Claire Monnier']);
    expect(namesFromByline('Max Muster mit dpa', labelPatterns('de'), true)).toEqual(['Max Muster']);
  });
});

describe('sources: an agency beside the name the authors were read from, without a byline word', () => {
  const article = (byline: string) =>
    `Home\n\nNews\n\nCity council approves new riverside bike path\n\n${byline}\n\n${PROSE}\n\n${PROSE}\n\nPrivacy\n\nContact\n`;

  it.each([
    ['Jane Doe (Reuters)', ['Jane Doe'], ['Reuters']],
    ['Jane Doe, The Associated Press', ['Jane Doe'], ['Associated Press']],
    ['Anna Berg/dpa', ['Anna Berg'], ['dpa']],
  ])('reads "%s" as the writer %j and the agency %j', (byline, authors, sources) => {
    const record = processText(article(byline), { name: 'story.txt' });
    expect([record.authors, record.sources]).toEqual([authors, sources]);
  });

  it('credits no agency from a name line that names none', () => {
    const record = processText(article('Jane Doe (Staff)'), { name: 'story.txt' });
    expect(record.sources).toEqual([]);
  });
});
