import { describe, expect, it } from 'vitest';
import { extractAuthors } from '../../functions/core/metadata/authors.ts';
import { processText } from '../../functions/core/pipeline.ts';
import { cleanedFrom, PROSE, WHEN } from './metadata-helpers.ts';

const authorsOf = (paragraphs: string[]) => extractAuthors(cleanedFrom(paragraphs), 0, WHEN).authors;

describe('author segments (issue 13)', () => {
  it('reads a byline behind a rule or a bullet, and with a social handle glued on', () => {
    expect(authorsOf(['Council passes budget', '---- by Jane Roe', PROSE])).toEqual(['Jane Roe']);
    expect(authorsOf(['Council passes budget', 'By Jane Roe@janeroe', PROSE])).toEqual(['Jane Roe']);
  });

  it("keeps the surname before a byline's closing colon, and ends the name at a label", () => {
    // "Newton:" at the line's end is the byline's punctuation, not a label ("Foto: …") that ends the name.
    expect(authorsOf(['Council passes budget', 'By Mark Newton:', PROSE])).toEqual(['Mark Newton']);
    expect(authorsOf(['Council passes budget', 'Von Mark Newton:', PROSE])).toEqual(['Mark Newton']);
    expect(authorsOf(['Council passes budget', 'By Mark Newton Photos: Jane Roe', PROSE])).toEqual([
      'Mark Newton',
    ]);
    // After a full name, a closing "Word:" is a label whose value is on the next line.
    expect(authorsOf(['Council passes budget', 'Von Anna Berg Edition:', PROSE])).toEqual(['Anna Berg']);
    // Without a byline label, "Name:" closing a line is an interview's speaker, no byline.
    expect(authorsOf(['Council passes budget', 'Tareq Salem:', PROSE])).toEqual([]);
  });

  it('reads a byline whose surname the lexicon knows as a company ("Par Jean Dupont"), not as a menu line', () => {
    // "Jean" is a noun to the English lexicon and "Dupont" a company; a menu line ("By Use Case") is made of
    // common words, which a company's name is not.
    expect(authorsOf(['Le gouvernement présente son budget', 'Par Jean Dupont', PROSE])).toEqual([
      'Jean Dupont',
    ]);
    expect(authorsOf(['Council passes budget', 'By Tom Ford', PROSE])).toEqual(['Tom Ford']);
    expect(authorsOf(['Council passes budget', 'By Use Case', PROSE])).toEqual([]);
  });

  it('reads the name after "our" and the writer\'s role ("Von unserem Redakteur Peter Meyer")', () => {
    expect(authorsOf(['Stadtfest lockt Besucher an', 'Von unserem Redakteur Peter Meyer', PROSE])).toEqual([
      'Peter Meyer',
    ]);
    expect(
      authorsOf(['Stadtfest lockt Besucher an', 'Von unserer freien Mitarbeiterin Katrin Weber', PROSE]),
    ).toEqual(['Katrin Weber']);
    expect(
      authorsOf(['Le budget est présenté', 'Par notre correspondant à Berlin, Pierre Martin', PROSE]),
    ).toEqual(['Pierre Martin']);
    expect(authorsOf(['Council passes budget', 'By our reporter Jane Roe', PROSE])).toEqual(['Jane Roe']);
    // "Jan" joined to a given name by a hyphen is no month.
    expect(
      authorsOf(['Stadtfest lockt Besucher an', 'Von unserem Redakteur Jan-Hendrik Meyer', PROSE]),
    ).toEqual(['Jan-Hendrik Meyer']);
  });

  it('reads a byline of a language with no vocabulary module by its short label before a known given name', () => {
    const swedish = [
      'Hem',
      'Nyheter',
      'Regeringen presenterar ny budget',
      'Av Erik Lindqvist',
      'Publicerad 12 mars 2025 kl. 10.15',
      'Regeringen presenterade på tisdagen sin budget för nästa år. "Det här är en ansvarsfull budget", sade finansminister Elisabeth Svantesson på en presskonferens i Stockholm.',
      'Enligt TT väntas oppositionen lägga fram egna förslag. Debatten i riksdagen börjar nästa vecka.',
      'Dela på Facebook',
      '© 2025 Exempeltidningen AB',
    ].join('\n\n');
    const record = processText(swedish, { name: 'budget.txt' });
    if (record.status !== 'clean') throw new Error(record.status);
    expect(record.language).toBe('sv');
    expect(record.authors).toEqual(['Erik Lindqvist']);
    expect(record.publishedAt).toBe('2025-03-12');
  });
});
