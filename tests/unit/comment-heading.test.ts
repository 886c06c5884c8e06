/** Comment-count headings whose words come from more than one language (a theme translated in part). */
import { describe, expect, it } from 'vitest';
import { clean } from '../../functions/core/clean.ts';
import { verdictForLine } from '../../functions/core/cleaning/classify.ts';
import { wordCount } from '../../functions/core/cleaning/text.ts';
import { segment } from '../../functions/core/layout/blocks.ts';
import { normalise } from '../../functions/core/normalise.ts';

const verdictOf = (line: string) => verdictForLine(line, wordCount(line));

describe('comment headings of mixed languages', () => {
  it.each([
    '5 Kommentare on “Scherenschnitt (3)”',
    '3 Antworten to „Ein Tag am Meer“',
    '2 comments zu "Der Garten im Mai"',
    '4 réponses on « Le marché »',
  ])('reads %s as a comment heading', (line) => {
    const verdict = verdictOf(line);

    expect(verdict?.rule).toBe('comments.heading');
  });

  it.each(['5 Kommentare on the new law were sent to the ministry', '3 Kommentare on average per post'])(
    'does not read %s as one (no quoted title)',
    (line) => {
      const verdict = verdictOf(line);

      expect(verdict?.rule).not.toBe('comments.heading');
    },
  );

  it('removes the thread under such a heading with kind comments', () => {
    const article = [
      'Die Stadt am Abend',
      'Am Abend lag die Stadt schwarz und still unter dem Himmel, und nur ein Flugzeug zog einen hellen Streifen über die Dächer.',
      'Das erste Bild entstand aus der freien Hand, das zweite mit Stativ, und beide zeigen denselben Blick über den Fluss.',
      'Für eine Kamera dieser Größe ist das Rauschen bei dieser Empfindlichkeit gering, auch wenn die Schatten etwas leiden.',
    ];
    const entries = [
      'Anna sagt:\n\nBeide Bilder gefallen mir sehr gut.\n\nAntworten',
      'Ben sagt:\n\nDas zweite ist schärfer.\n\nAntworten',
    ];
    const text = [...article, '2 Kommentare on “Die Stadt am Abend”', ...entries].join('\n\n');

    const result = clean(segment(normalise(text)));

    expect(result.body.map((b) => b.text).join('\n')).not.toContain('Beide Bilder gefallen');
    expect((result.comments ?? []).map((c) => c.author)).toEqual(['Anna', 'Ben']);
  });
});
