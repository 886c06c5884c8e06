import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../functions/core/layout/lines.ts';
import { processText } from '../../functions/core/pipeline.ts';

describe('readLines', () => {
  it('makes each line a block, numbered with its line in the file', () => {
    const blocks = readLines('Home\nNews\nThe first paragraph of the article.');

    expect(blocks.map((b) => [b.index, b.text, b.line])).toEqual([
      [0, 'Home', 1],
      [1, 'News', 2],
      [2, 'The first paragraph of the article.', 3],
    ]);
  });

  it('keeps a sentence that runs on into the next line in one block', () => {
    const text =
      'The council voted on Tuesday to close the old bridge to\ntraffic until the repairs are done.\nNext';

    const blocks = readLines(text);

    expect(blocks.map((b) => b.text)).toEqual([
      'The council voted on Tuesday to close the old bridge to\ntraffic until the repairs are done.',
      'Next',
    ]);
  });

  it('does not join a line that ends a sentence to the next, even in lower case', () => {
    const blocks = readLines('The bridge closes on Monday for repairs to its deck.\nand then the rest.');

    expect(blocks).toHaveLength(2);
  });

  it('ends a block at a blank line and skips blank lines in the numbering', () => {
    const blocks = readLines('one\n\n\ntwo');

    expect(blocks.map((b) => [b.text, b.line])).toEqual([
      ['one', 1],
      ['two', 4],
    ]);
  });

  it('gives no block for an empty text', () => {
    expect(readLines('')).toEqual([]);
  });

  it("keeps a quoted e-mail message's lines in one block, so that its last line is no heading", () => {
    const quote =
      '> just in case the idea of sharing the changes sounded\n> strange, let me explain.\n> what do you think?';
    const blocks = readLines(`${quote}\nI am a big believer in sharing, absolutely.`);

    expect(blocks.map((b) => b.text)).toEqual([quote, 'I am a big believer in sharing, absolutely.']);
    // Cleaned, the quote is one paragraph of the body (on a DEV page its last line alone was read as a comments
    // heading, "what do you think?", and took the rest of the page with it as a thread).
    const p1 =
      'The workstation booted from its serial console after a long wait, and the firmware asked nothing.';
    const p2 = 'A week later the first patches arrived, and the port to the new machine began in earnest.';
    const p3 =
      'By the end of the year the kernel ran on every model of the family, the smallest one included.';
    const page = `The scariest boot loader code\n${p1}\n${quote}\n${p2}\n${p3}`;
    const body = processText(page, { layout: 'lines' }).body;
    expect(body).toContain(
      '> just in case the idea of sharing the changes sounded\n> strange, let me explain.',
    );
    expect(body).toContain(p2);
    expect(body).toContain(p3);
  });
});

describe('readLines on a text dump that puts each inline element on its own line', () => {
  it('joins the pieces of a sentence split at its links', () => {
    const text =
      'The best way to fly responsibly is to\nchoose direct flights\nwhen possible.\nA typical example is\nBergamo\n. Most people fly on.';

    const blocks = readLines(text);

    expect(blocks.map((b) => b.text)).toEqual([
      'The best way to fly responsibly is to\nchoose direct flights\nwhen possible.',
      'A typical example is\nBergamo\n. Most people fly on.',
    ]);
  });

  it('joins a capitalised link inside a sentence of prose broken off on a lower-case word', () => {
    expectOneElementThenNext([
      'For over a year, the museum has fought to buy the painting. Now it is receiving 15 million euros from',
      'LVMH (LVMHF)',
      ', the luxury group led by',
      'Bernard Arnault',
      '. The rest follows in an interview with',
      'Le Figaro.',
    ]);
  });

  it('joins a capitalised link after a shorter line broken off on a function word', () => {
    expectOneElementThenNext([
      'We want to tell you about the busy weeks of our',
      'Berlin',
      'office and what it won.',
    ]);
  });

  it('joins a title-cased link inside a sentence to the sentence going on after it', () => {
    // German capitalises its nouns: a book title inside prose reads as a headline by its capitals alone.
    expectOneElementThenNext([
      'Es braucht Zeit, sich auf diesen Text einzulassen. Weder Lyrikband noch Bericht noch Erzählung, verweigern',
      'Die Anleitungen der Vorfahren',
      'eine klare Gattungszuschreibung.',
    ]);
  });

  it('joins a short sentence start broken off on a function word when the sentence goes on after the link', () => {
    expectOneElementThenNext([
      'Auch auf dem',
      'KnowledgeCamp 2019',
      ', das in Berlin stattfand, waren wir live.',
    ]);
    expectOneElementThenNext(['We met at the', 'Berlin Forum', 'and talked for an hour.']);
  });

  it('joins a link that the sentence goes on after with a comma or a period, however short the line before it', () => {
    expectOneElementThenNext(['Agencies typically charge', '$500–$5,000 monthly', '. SEO takes patience.']);
    expectOneElementThenNext(['Try Planner 5D or', 'Floorplanner', ', or even the Notes app on your phone.']);
    expectOneElementThenNext([
      'Consumers want more than calories and protein from their snacks today, and brands have noticed. In the Innovative',
      'Healthy Snack Market Survey',
      ', consumers showed interest in texture.',
    ]);
  });

  it('keeps a headline or a name apart from the link under it, and a list whose items a comma alone separates', () => {
    // (The comma line carries on the name: a byline's role after the name, read with it.)
    expect(
      readLines('This County Criminalized Students for Bad Grades\nSarah Hinger\n, Staff Attorney').map(
        (b) => b.text,
      ),
    ).toEqual(['This County Criminalized Students for Bad Grades', 'Sarah Hinger\n, Staff Attorney']);
    expect(
      readLines('Daily decluttering: keep the stress away each day\nDecluttering\n,\nSimple Living').map(
        (b) => b.text,
      ),
    ).toEqual(['Daily decluttering: keep the stress away each day', 'Decluttering\n,', 'Simple Living']);
  });

  it('keeps a short line ending on a function word apart when no sentence goes on after the next line', () => {
    expectEachLineAnElement(['Follow us on', 'Twitter', 'Facebook']);
    expectEachLineAnElement(['Read more about', 'Climate', 'by Jane Roe']);
  });

  it('joins the quotation a line opens at its end', () => {
    expectOneElementThenNext([
      'Aus Sicht von Diess hat die Zentrale gute Chancen, "',
      'wieder zum Vorbild zu werden".',
    ]);
  });

  it('keeps a capitalised line apart from a sentence-cased headline that never ended', () => {
    // A headline in sentence case under which come the author links ("A", ",", "B"), a byline, a tag, a date:
    // none carries the headline's sentence on.
    expectEachLineAnElement([
      'Ich habe es satt, an Weihnachten gefragt zu werden, wieso ich Single bin',
      'Anna Berg',
    ]);
    expectEachLineAnElement([
      'The EU’s Green Deal isn’t enough to save us from climate catastrophe',
      'By Jo Roe | 12/10/2020',
    ]);
    expectEachLineAnElement([
      'This long teaser of a related article goes on and on for well over a hundred characters about',
      'March 3, 2024',
    ]);
  });

  it('keeps a capitalised line apart from prose when the line after it starts a byline or is a date', () => {
    const prose = 'The museum has fought to buy the painting for a year. Now it is receiving money from';
    expectEachLineAnElement([prose, 'Anna Berg', 'by Jane Roe']);
    expectEachLineAnElement([prose, 'Anna Berg', 'vor 4 Monaten']);
    expectEachLineAnElement([prose, 'Anna Berg and her friends of the old museum in town', 'and more']);
  });
});

/** The lines, joined as a file of one element per line, read back as one block each. */
function expectEachLineAnElement(lines: string[]): void {
  expect(readLines(lines.join('\n')).map((b) => b.text)).toEqual(lines);
}

/** The lines, then an element of their own ("Next element"), read back as one block and that element. */
function expectOneElementThenNext(lines: string[]): void {
  expect(readLines([...lines, 'Next element'].join('\n')).map((b) => b.text)).toEqual([
    lines.join('\n'),
    'Next element',
  ]);
}

describe('readLines under a headline', () => {
  it('keeps a byline in lower case apart from the headline above it, in any vocabulary language', () => {
    expectEachLineAnElement([
      'Keeping Your Home Spotless: Top Cleaning Trends',
      'by Karina Cohen | May 19, 2024',
      'Die neue Brücke',
      'von Anna Berg',
    ]);
  });

  it('still joins a wrapped sentence that goes on with "by" and a lower-case word', () => {
    const text = 'You can generate the whole specification faster\nby using the new assistant.';

    expect(readLines(text)).toHaveLength(1);
  });

  it('keeps a lower-case tag apart from a title-cased line, but not from a sentence-cased one', () => {
    const titled = 'Guide to Landscape Photography Composition: Framing the Landscape\nmaking images';
    const sentence = 'The council voted to close the old bridge to\ntraffic until the repairs are done.';

    expect(readLines(titled)).toHaveLength(2);
    expect(readLines(sentence)).toHaveLength(1);
  });

  it('joins closing punctuation to a title-cased line: the text of a link a dump put on its own line', () => {
    const text = 'The Common Application\n, which makes it easy to apply to several schools at once.';

    expect(readLines(text)).toHaveLength(1);
  });

  it('joins the rest of a compound a dump put under its linked first part ("KI" / "-Systeme")', () => {
    const text =
      'Damit die Vorteile von\nKI\n-Systemen in der Mobilität nutzbar werden, muss ein sicherer Einsatz gewährleistet sein.\n- a list item\nNext element';

    expect(readLines(text).map((block) => block.text)).toEqual([
      'Damit die Vorteile von\nKI\n-Systemen in der Mobilität nutzbar werden, muss ein sicherer Einsatz gewährleistet sein.',
      '- a list item',
      'Next element',
    ]);
  });

  it('keeps a date line in lower case apart from the headline above it', () => {
    expectEachLineAnElement([
      'New Balance: FuelCell Echo bringt Speed',
      'vor 4 Monaten',
      'The new bridge opens to cyclists',
      'updated 3 hours ago',
    ]);
  });

  it('keeps a byline word alone apart from the headline above it: the label of the name under it', () => {
    expectEachLineAnElement([
      'Halloween: Horrorclown versetzt Österreich in Angst',
      'von',
      'Max Muster',
      'The bridge reopens today',
      'by',
      'Jane Doe',
    ]);
  });

  it("keeps a post's meta line signed with a lower-case handle apart from the headline above it", () => {
    expectEachLineAnElement([
      'Intendanten-Wechsel beim MDR',
      'von eseppelt · 31. Oktober 2023',
      'Speaker sessions open for the spring meetup',
      'by whova | Apr 21, 2025',
    ]);
  });

  it('still joins a sentence that goes on with a byline word and a lower-case word', () => {
    expect(readLines('The pass was blocked for a week\nby snow and ice on the road.')).toHaveLength(1);
  });

  it('still joins a wrapped sentence that goes on with a byline word and more', () => {
    const text = 'The painting was restored last year at the museum\nby a team of six conservators.';

    expect(readLines(text)).toHaveLength(1);
  });

  it('gives a short lower-case tag line back from a sentence-cased headline that never ended', () => {
    const text =
      'Starting an eco-friendly lifestyle: tips for zero waste living\nstarting zero waste\nJun 2\nPosted on\nby\nmarc';

    expect(readLines(text).map((b) => [b.text, b.line])).toEqual([
      ['Starting an eco-friendly lifestyle: tips for zero waste living', 1],
      ['starting zero waste', 2],
      ['Jun 2', 3],
      ['Posted on', 4],
      ['by\nmarc', 5],
    ]);
  });

  it('keeps the last line of a wrapped sentence that ends, and a long lower-case rest, in the block', () => {
    const ended = 'The council will meet again next week to vote on the\nnew plans.';
    const long =
      'Wie man eine runde Tischdecke in nur sieben Schritten\nselbst nähen kann und was man dafür braucht';

    expect(readLines(ended)).toHaveLength(1);
    expect(readLines(long)).toHaveLength(1);
  });

  it('still joins a wrapped sentence whose next line holds a date among other words', () => {
    const text = 'The council will meet again to vote on the\nplans on 12 March 2024 in the town hall.';

    expect(readLines(text)).toHaveLength(1);
  });

  it('joins a German wrapped line, whose nouns alone are capitalised', () => {
    const text = 'Die Regierung hat am Montag neue Regeln für den\nöffentlichen Verkehr beschlossen.';

    expect(readLines(text)).toHaveLength(1);
  });
});

describe('readLines keeps every line, once, in order', () => {
  // Lines of every shape the joining rules look at: prose broken off on a lower-case word, capitalised links,
  // closing punctuation, bylines, dates, headlines, tags, blank lines.
  const line = fc.oneof(
    fc.constantFrom(
      '',
      '   ',
      'For over a year, the museum has fought to buy the painting. Now it is receiving 15 million euros from',
      'LVMH (LVMHF)',
      ', the luxury group led by',
      'Bernard Arnault',
      '.',
      'Le Figaro.',
      'by Jane Roe',
      'By',
      'vor 4 Monaten',
      'March 3, 2024',
      'Best Hiking Trails In The Alps',
      'starting zero waste',
      'and then the rest of the sentence goes on here.',
      'A typical example is',
      'Auch auf dem',
      'Die Anleitungen der Vorfahren',
      'eine klare Gattungszuschreibung.',
    ),
    fc.string({ maxLength: 40 }).map((text) => text.replace(/\n/g, ' ')),
  );

  it('the blocks hold the non-blank lines, each block numbered with its first line', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const blocks = readLines(lines.join('\n'));
        const kept = lines.map((text, i) => ({ text, line: i + 1 })).filter((l) => l.text.trim() !== '');
        expect(blocks.flatMap((b) => b.text.split('\n'))).toEqual(kept.map((l) => l.text));
        let next = 0;
        for (const block of blocks) {
          expect(block.line).toBe(kept[next]!.line);
          next += block.text.split('\n').length;
        }
      }),
      { numRuns: 500, seed: 20261205 },
    );
  });
});

describe('the body of a text dump that puts each link on its own line', () => {
  it('reads on past a link without a break before the punctuation after it; the audit keeps the file’s lines', () => {
    const text = [
      'Home',
      'News',
      'Innovation, explained',
      'Am 14. Juni 2005 hielt Steve Jobs eine vielbeachtete',
      'Rede vor den Absolventen der Stanford University',
      '. Den Zuhörern erzählte er drei Geschichten, die für sein Leben wichtig waren, und alle hörten ihm lange zu.',
      'Der Designer',
      'David Brier',
      ', international anerkannter Fachmann für Brand Identity Management, hat diesen Gedanken aufgegriffen und weitergeführt.',
      'Impressum',
    ].join('\n');

    const record = processText(text, { name: 'dump.txt' });

    expect(record.body).toContain('Stanford University. Den Zuhörern erzählte');
    expect(record.body).toContain('David Brier, international anerkannter');
    expect(record.body).not.toMatch(/\n[,.]/u);
    expect(record.removed.find((item) => item.text === 'Impressum')?.line).toBe(10);
  });
});
