/** Comment threads: author lines, the thread as a unit, the entries read into the record, the 200 cap. */
import { describe, expect, it } from 'vitest';
import { clean } from '../../functions/core/clean.ts';
import { commentAuthor } from '../../functions/core/cleaning/comments.ts';
import { segment } from '../../functions/core/layout/blocks.ts';
import { normalise } from '../../functions/core/normalise.ts';
import { processText } from '../../functions/core/pipeline.ts';

const ARTICLE = [
  'How to keep fresh herbs for a week',
  'Fresh herbs wilt quickly because their leaves keep losing water after they are cut, and the dry air makes it worse.',
  'Treat soft herbs such as parsley and basil like cut flowers: trim the stems and stand them in a jar with water.',
  'Hardy herbs such as rosemary and thyme keep best wrapped in a damp paper towel inside a box in the fridge.',
].join('\n\n');

function cleanText(text: string) {
  return clean(segment(normalise(text)));
}

function thread(count: number): string {
  const entries: string[] = [];
  for (let k = 0; k < count; k++)
    entries.push(`Reader${k} says:\n\nComment number ${k} is a short opinion.\n\nReply`);
  return `${ARTICLE}\n\n${count} Comments\n\n${entries.join('\n\n')}`;
}

describe('commentAuthor', () => {
  it.each([
    ['Jane Doe says:', 'Jane Doe', null],
    ['jdoe123 says:', 'jdoe123', null],
    ['Jane Doe on March 3, 2024 at 4:12 pm said:', 'Jane Doe', 'March 3, 2024 at 4:12 pm'],
    ['Karin Vogel sagt:', 'Karin Vogel', null],
    ['Jean Dupont dit :', 'Jean Dupont', null],
  ])('reads %s', (line, author, posted) => {
    const result = commentAuthor(line);

    expect(result).toEqual({ author, posted });
  });

  it.each([
    'He says: the plan will fail.',
    'The minister says:',
    'She said the vote would be held on Monday after the budget debate in parliament.',
  ])('does not take %s for an author line', (line) => {
    const result = commentAuthor(line);

    expect(result).toBeNull();
  });
});

describe('comment threads', () => {
  it('removes the thread with kind comments and reads its entries', () => {
    const result = cleanText(thread(2));

    expect(result.body.map((b) => b.text).join('\n\n')).not.toContain('Comment number');
    expect(result.removed.filter((r) => r.text.startsWith('Comment number')).map((r) => r.kind)).toEqual([
      'comments',
      'comments',
    ]);
    expect(result.comments).toEqual([
      { author: 'Reader0', posted: null, text: 'Comment number 0 is a short opinion.' },
      { author: 'Reader1', posted: null, text: 'Comment number 1 is a short opinion.' },
    ]);
    expect(result.commentsTruncated).toBe(false);
  });

  it('keeps at most 200 comments and says the thread was truncated', () => {
    const result = cleanText(thread(205));

    expect(result.comments).toHaveLength(200);
    expect(result.commentsTruncated).toBe(true);
  });

  it('keeps a comment heading above the article from taking the article', () => {
    const text = `How to keep fresh herbs for a week\n\n12 Comments\n\n${ARTICLE.split('\n\n').slice(1).join('\n\n')}`;

    const result = cleanText(text);

    expect(result.body.map((b) => b.text)).toHaveLength(3);
    expect(result.comments).toEqual([]);
  });

  it('puts comments in the record with ISO dates where the day is certain', () => {
    const text = `${ARTICLE}\n\n1 Comment\n\nAna Ruiz says:\nMarch 3, 2024 at 9:14 am\n\nThe jar trick works for my coriander.\n\nReply`;

    const record = processText(text);

    expect(record.comments).toEqual([
      { author: 'Ana Ruiz', postedAt: '2024-03-03', text: 'The jar trick works for my coriander.' },
    ]);
    expect(record.commentsTruncated).toBe(false);
    expect(record.authors).not.toContain('Ana Ruiz');
  });
});

describe('comment dates in the language of the page', () => {
  const article = [
    'Wie man frische Kräuter eine Woche lang hält',
    'Frische Kräuter welken schnell, wenn man sie im Kühlschrank einfach in der Tüte lässt. Mit ein paar Handgriffen bleiben sie aber eine ganze Woche lang grün und duften wie am ersten Tag.',
    'Stellen Sie Petersilie und Koriander wie Blumen in ein Glas Wasser und decken Sie die Blätter locker mit einer Tüte ab. Wechseln Sie das Wasser alle zwei Tage, dann halten die Stiele lange.',
    'Basilikum mag keine Kälte: Es bleibt auf der Küchentheke, im Glas, an einem hellen Ort ohne direkte Sonne. So bleibt es frisch, bis Sie es brauchen.',
  ].join('\n\n');
  const thread = (posted: string) =>
    `${article}\n\n2 Kommentare\n\nAnna Berg sagt:\n${posted}\n\nDer Trick mit dem Glas funktioniert bei meinem Koriander.\n\nAntworten`;

  it('reads a numeric date in the order the language of the page writes it (day first in German)', () => {
    const record = processText(thread('05/06/2023'));

    expect(record.language).toBe('de');
    expect(record.comments.map((c) => c.postedAt)).toEqual(['2023-06-05']);
  });

  it('reads month names of the language of the page', () => {
    expect(processText(thread('12. Juni 2024 um 14:03 Uhr')).comments.map((c) => c.postedAt)).toEqual([
      '2024-06-12',
    ]);
  });
});

describe('a thread longer than the post', () => {
  // The thread's entries never start the region: the article is the densest run above its first author line.
  it('keeps the post, not the thread, as the article', () => {
    const post = [
      'Fog over the harbour',
      'We walked down to the harbour early this morning and the fog was so thick that the boats disappeared.',
      'By noon the sun had burnt it away, and the whole bay shone as if nothing had happened at all.',
    ].join('\n\n');
    const long = (k: number) =>
      `I remember a morning just like that one when we were ${k + 6} years old, and we waited on the pier for hours because the ferry could not find its way in through the fog, and our mother kept telling us it would be fine.`;
    const entries: string[] = [];
    for (let k = 0; k < 5; k++) entries.push(`Reader${k} says:\n\nLike\n\n${long(k)}\n\nReply`);
    const chrome = [
      'Share this:',
      'Share on Facebook',
      'Share on Twitter',
      'Print',
      'Email',
      'Related posts',
      'Home',
      'About',
      'Contact',
    ];
    const result = cleanText(`${post}\n\n${chrome.join('\n\n')}\n\n${entries.join('\n\n')}`);
    const body = result.body.map((b) => b.text).join('\n\n');

    expect(body).toContain('By noon the sun had burnt it away');
    expect(body).not.toContain('when we were 8 years old');
  });
});
