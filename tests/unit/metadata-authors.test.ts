import { describe, expect, it } from 'vitest';
import AUTHOR_MODEL from '../../functions/core/metadata/author-model.json' with { type: 'json' };
import {
  explicitByline,
  namesFromByline,
  segmentNames,
  teamName,
  userHandle,
} from '../../functions/core/metadata/author-rules.ts';
import {
  AUTHOR_FEATURES,
  extractAuthors,
  nameCandidates,
  pickAuthors,
  scoreName,
} from '../../functions/core/metadata/authors.ts';
import { labelPatterns } from '../../functions/core/metadata/labels.ts';
import { asPersonName, splitNames } from '../../functions/core/metadata/names.ts';
import { blockZones } from '../../functions/core/metadata/zones.ts';
import { processText } from '../../functions/core/pipeline.ts';
import { cleanedFrom, PROSE, WHEN } from './metadata-helpers.ts';

const authorsOf = (paragraphs: string[]) => extractAuthors(cleanedFrom(paragraphs), 0, WHEN).authors;

describe('authors', () => {
  it('takes the name from a "By" byline under the headline', () => {
    // Prepare
    const paragraphs = ['Council passes budget', 'By Jane Roe', PROSE];
    // Act
    const authors = authorsOf(paragraphs);
    // Assess
    expect(authors).toEqual(['Jane Roe']);
  });

  it('reads a name glued to "By" by the scraper', () => {
    expect(authorsOf(['Council passes budget', 'ByNina Pineda', PROSE])).toEqual(['Nina Pineda']);
  });

  it('splits several authors joined by "and" and commas', () => {
    expect(authorsOf(['Council passes budget', 'By Jane Roe, John Doe and Maria Garcia', PROSE])).toEqual([
      'Jane Roe',
      'John Doe',
      'Maria Garcia',
    ]);
  });

  it('stops at the date and separator after the name', () => {
    expect(authorsOf(['Council passes budget', 'by Karina Cohen | May 19, 2024', PROSE])).toEqual([
      'Karina Cohen',
    ]);
  });

  it('keeps the period of a final initial ("Muñoz C.") and drops a trailing one', () => {
    // Prepare
    const initial = ['Council passes budget', 'Por Juan Carlos Muñoz C.', PROSE];
    const plain = ['Council passes budget', 'By Jane Roe.', PROSE];
    // Act
    const authors = [authorsOf(initial), authorsOf(plain)];
    // Assess
    expect(authors).toEqual([['Juan Carlos Muñoz C.'], ['Jane Roe']]);
  });

  it('drops a job title after the name', () => {
    expect(authorsOf(['Council passes budget', 'Written by: Sean Peek, Senior Analyst', PROSE])).toEqual([
      'Sean Peek',
    ]);
  });

  it('takes the name from the block after a lone "Written by" label', () => {
    expect(authorsOf(['Council passes budget', 'Written by', 'Laura Smith', PROSE])).toEqual(['Laura Smith']);
  });

  it('ends the last name of a byline at the agency that follows it without a comma', () => {
    const labels = labelPatterns('en');
    expect(namesFromByline('JANE DOE and JOHN ROE Associated Press', labels)).toEqual([
      'JANE DOE',
      'JOHN ROE',
    ]);
    expect(namesFromByline('Jane Doe Reuters', labels)).toEqual(['Jane Doe']);
    // The agency alone is no writer, and no name is cut from it.
    expect(namesFromByline('Associated Press', labels)).toEqual([]);
  });

  it('reads a month that is also a given name after a byline word ("Von Jan Kupitz")', () => {
    expect(namesFromByline('Jan Kupitz | Oct 24, 2023', labelPatterns('de'))).toEqual(['Jan Kupitz']);
    // Without a label "Jan" opens a name only as itself (a month stands before a number, which no name holds), and
    // not before another month; the other months that are given names stay months.
    expect(asPersonName('Jan Kupitz')).toBe('Jan Kupitz');
    expect(asPersonName('Jan Feb')).toBeNull();
    expect(asPersonName('Jan 24')).toBeNull();
    expect(asPersonName('April Fulton')).toBeNull();
  });

  it.each([
    ['blocks joined by "," and ", and" blocks', ['Thomas Broderick', ',', 'Nalea Ko', ', and', 'Jane Roe']],
    // One element per line, grouped into blocks as the lines layout groups short lines.
    [
      'each joiner grouped under its name ("Nalea Ko\\n, and")',
      ['Thomas Broderick\n,', 'Nalea Ko\n, and', 'Jane Roe'],
    ],
  ])('reads every name of a byline the layout split into blocks: %s', (_layout, byline) => {
    // Prepare
    const paragraphs = ['Council passes budget', 'By', ...byline, PROSE];
    // Act
    const authors = authorsOf(paragraphs);
    // Assess
    expect(authors).toEqual(['Thomas Broderick', 'Nalea Ko', 'Jane Roe']);
  });

  it('reads the whole split byline from a lines-layout file, end to end', () => {
    const text = [
      'Home',
      'City council approves new riverside bike path',
      'By',
      'Jane Doe',
      ',',
      'John Roe',
      ', and',
      'Mary Major',
      'March 12, 2024',
      PROSE,
      PROSE,
      'Privacy',
    ].join('\n');
    const record = processText(text, { name: 'story.txt' });
    expect(record.authors).toEqual(['Jane Doe', 'John Roe', 'Mary Major']);
  });

  it('keeps the credentials a header line signs with, though the author box names the writer without them', () => {
    // Prepare
    const paragraphs = [
      'Council passes budget',
      'Jeffrey A. Slotnick CPP, PSP',
      'Dec. 17, 2025',
      PROSE,
      PROSE,
      'Jeffrey A. Slotnick',
      'President of Setracon',
    ];
    // Act
    const authors = authorsOf(paragraphs);
    // Assess
    expect(authors).toEqual(['Jeffrey A. Slotnick CPP, PSP']);
  });

  it('reads an author-box heading with the name on its line far from the headline ("About the Author - …")', () => {
    // Prepare
    const paragraphs = [
      'Council passes budget',
      ...Array<string>(9).fill(PROSE),
      'About the Author - Florina Ionescu',
      'Hi! My name is Florina and I have been a plant lover for four years now, writing about gardens.',
    ];
    // Act
    const candidates = nameCandidates(
      cleanedFrom(paragraphs),
      0,
      WHEN,
      blockZones(cleanedFrom(paragraphs), 0),
    );
    // Assess
    expect(candidates.find((c) => c.name === 'Florina Ionescu')?.rule).toBe('byline');
  });

  it('reads a post line\'s name without the comment link closing it ("… Jane Roe Leave a comment")', () => {
    // Prepare
    const paragraphs = ['Council passes budget', 'September 26, 2019 Jane Roe Leave a comment', PROSE];
    // Act
    const names = nameCandidates(
      cleanedFrom(paragraphs),
      0,
      WHEN,
      blockZones(cleanedFrom(paragraphs), 0),
    ).map((c) => c.name);
    // Assess
    expect(names).toContain('Jane Roe');
    expect('Ulrike Stockhausen Schreibe einen Kommentar'.replace(labelPatterns('de').commentsTail, '')).toBe(
      'Ulrike Stockhausen',
    );
  });

  it('takes a team or a role alone after a byline label ("By Marketing Team", "By Staff Writer"), not without one', () => {
    // Prepare
    const labels = labelPatterns('en');
    // Act
    const labelled = [
      namesFromByline('Marketing Team', labels, true),
      namesFromByline('Staff Writer', labels, true),
    ];
    const bare = namesFromByline('Marketing Team', labels);
    // Assess
    expect(labelled).toEqual([['Marketing Team'], ['Staff Writer']]);
    expect(bare).toEqual([]);
    expect(authorsOf(['Council passes budget', 'By Marketing Team', 'May 3, 2026', PROSE])).toEqual([
      'Marketing Team',
    ]);
  });

  it('reads a one-word name right under the headline with the date line under it', () => {
    // Prepare
    const named = ['Council passes budget', 'Gabo', 'Jan 23, 2026', PROSE];
    const section = ['Council passes budget', 'Politics', 'Jan 23, 2026', PROSE];
    // Act
    const authors = [authorsOf(named), authorsOf(section)];
    // Assess
    expect(authors).toEqual([['Gabo'], []]);
  });

  it('joins two author labels with the page languages\' conjunctions ("Text und Fotos:" on a German page)', () => {
    expect('Text und Fotos: Max Muster'.match(labelPatterns('de').authorLabel)?.[1]).toBe('Max Muster');
    expect('Texte et photos : Jean Dupont'.match(labelPatterns('fr').authorLabel)?.[1]).toBe('Jean Dupont');
    expect('Author and Editor: Jane Roe'.match(labelPatterns('en').authorLabel)?.[1]).toBe('Jane Roe');
    // On an English page "und" joins nothing.
    expect('Author und Editor: Max Muster'.match(labelPatterns('en').authorLabel)).toBeNull();
  });

  it('reads the name on an author-box heading\'s own line ("About the Author - Jane Roe")', () => {
    expect('About the Author - Jane Roe'.match(labelPatterns('en').authorLabel)?.[1]).toBe('Jane Roe');
    expect('Über den Autor: Max Muster'.match(labelPatterns('de').authorLabel)?.[1]).toBe('Max Muster');
  });

  it('reads "By" glued to a name only before a real capital ("ByJane Roe", not "Byte", "Bypass")', () => {
    for (const language of ['en', 'de', null]) {
      const byline = labelPatterns(language).byline;
      const rest = (text: string) => {
        const match = text.match(byline);
        return match ? (match[1] ?? match[2]) : null;
      };
      expect(rest('ByJane Roe')).toBe('Jane Roe');
      expect(rest('Byte Sized Tips For Busy Cooks')).toBeNull();
      expect(rest('Bypass Surgery Explained')).toBeNull();
      // The byline words themselves still match in any case.
      expect(rest('BY JANE ROE')).toBe('JANE ROE');
      expect(rest('written by: Jane Roe')).toBe('Jane Roe');
    }
    expect('VON Heike Buchter'.match(labelPatterns('de').byline)?.[1]).toBe('Heike Buchter');
  });

  it('never takes a job title as a name', () => {
    expect(authorsOf(['Council passes budget', 'By Senior Reporter', PROSE])).toEqual([]);
  });

  it('never takes a wire agency as a name', () => {
    expect(authorsOf(['Council passes budget', 'By Reuters', PROSE])).toEqual([]);
  });

  it('ignores a "Shop by" menu line made of common words', () => {
    expect(authorsOf(['Council passes budget', 'By Use Case', PROSE])).toEqual([]);
  });

  it('ignores "Photo by" credits', () => {
    expect(authorsOf(['Council passes budget', PROSE, 'Photo by Mark Jones', PROSE])).toEqual([]);
  });

  it('never takes an author from a related-articles list', () => {
    // Prepare
    const paragraphs = [
      'Council passes budget',
      PROSE,
      'Related Articles',
      'Town hall repairs begin',
      'By Peter Walsh',
      'Library reopens',
      'By Susan Clark',
    ];
    // Act
    const authors = authorsOf(paragraphs);
    // Assess
    expect(authors).toEqual([]);
  });

  it('skips a list of teasers right above the headline and reads the name under it', () => {
    // Prepare: three teasers, each with its byline, then the article's headline, name and date.
    const paragraphs = [
      'You may also like...',
      'Town hall repairs begin',
      'by Peter Walsh',
      'Library reopens after flood',
      'by Susan Clark',
      'New bridge opens to cyclists',
      'by Andrew Miles',
      'Council passes budget',
      'Joshua Waller',
      '30 January 2025',
      PROSE,
    ];
    // Act
    const authors = extractAuthors(cleanedFrom(paragraphs), 7, WHEN).authors;
    // Assess
    expect(authors).toEqual(['Joshua Waller']);
  });

  it('still reads a byline right above the headline when no list precedes it', () => {
    const paragraphs = ['Town news', 'by Peter Walsh', 'Council passes budget', '30 January 2025', PROSE];
    expect(extractAuthors(cleanedFrom(paragraphs), 2, WHEN).authors).toEqual(['Peter Walsh']);
  });

  it('never takes an author from a comment thread', () => {
    const paragraphs = [
      'Council passes budget',
      PROSE,
      PROSE,
      '3 Comments',
      'Michael Brown',
      'March 3, 2024',
      'Great article!',
    ];
    expect(authorsOf(paragraphs)).toEqual([]);
  });

  it('never takes a quoted person as the author', () => {
    const paragraphs = ['Council passes budget', `“We are pleased,” said Mayor Linda Hart. ${PROSE}`];
    expect(authorsOf(paragraphs)).toEqual([]);
  });

  it('takes a name line over a bio and keeps the bio', () => {
    // Prepare
    const bio =
      'Surja, a dedicated blog writer and explorer of diverse topics, holds a degree in Science and writes daily.';
    const cleaned = cleanedFrom(['Council passes budget', PROSE, 'Surja', bio]);
    // Act
    const result = extractAuthors(cleaned, 0, WHEN);
    // Assess
    expect(result).toMatchObject({ authors: ['Surja'], authorBio: bio });
  });

  it('does not take a bio sentence itself as the author', () => {
    const bio =
      'Jane Roe is a staff writer who covers local government and has reported on the council for ten years.';
    expect(authorsOf(['Council passes budget', PROSE, bio])).toEqual([]);
  });

  it('takes a bare name line that sits beside the date', () => {
    expect(authorsOf(['Council passes budget', 'Trevor Jackins', 'August 25, 2025', PROSE])).toEqual([
      'Trevor Jackins',
    ]);
  });

  it('ignores a capitalised heading beside a date', () => {
    expect(authorsOf(['Council passes budget', 'Industry Insights', 'August 25, 2025', PROSE])).toEqual([]);
  });

  it('takes a "— Name" signature at the end of the body', () => {
    expect(authorsOf(['Council passes budget', PROSE, '— Laura Smith'])).toEqual(['Laura Smith']);
  });

  it('takes a name of unknown given name on one line with the date under the headline', () => {
    // Prepare
    const paragraphs = ['Council passes budget', 'Pavlina Petkova April 10, 2025', PROSE];
    // Act
    const authors = authorsOf(paragraphs);
    // Assess
    expect(authors).toEqual(['Pavlina Petkova']);
  });

  it('takes the name after the date on a "date / name" line', () => {
    expect(authorsOf(['Council passes budget', 'September 29, 2025/Kelia Reinoso', PROSE])).toEqual([
      'Kelia Reinoso',
    ]);
  });

  it('drops a "By" glued to the name on a name-and-date line', () => {
    // Prepare
    const paragraphs = ['Council passes budget', 'ByKathy Owen January 21, 2025', PROSE];
    // Act
    const authors = authorsOf(paragraphs);
    // Assess
    expect(authors).toEqual(['Kathy Owen']);
  });

  it('keeps a name that starts with "By" on a name-and-date line', () => {
    // Prepare
    const paragraphs = ['Council passes budget', 'Byron Kelly January 21, 2025', PROSE];
    // Act
    const authors = authorsOf(paragraphs);
    // Assess
    expect(authors).toEqual(['Byron Kelly']);
  });

  it('ignores category words beside a date', () => {
    expect(authorsOf(['Council passes budget', 'Sides, Sourdough · December 9, 2021', PROSE])).toEqual([]);
  });

  it('takes a bare name line of unknown given name over a job title at the header', () => {
    expect(authorsOf(['Council passes budget', 'Brinda Gulati', 'Content Editor', PROSE])).toEqual([
      'Brinda Gulati',
    ]);
  });

  it('ignores a menu entry over a line that ends in a role word', () => {
    // Prepare
    const paragraphs = [
      'Council passes budget',
      'Shop Websites',
      'Podcast Success Blueprint',
      'Booked Out Designer',
      PROSE,
    ];
    // Act
    const authors = authorsOf(paragraphs);
    // Assess
    expect(authors).toEqual([]);
  });

  it('takes a newsroom credited in a byline', () => {
    expect(
      authorsOf(['Council passes budget', 'By: Great Day Editorial Team', 'August 1, 2025', PROSE]),
    ).toEqual(['Great Day Editorial Team']);
  });

  it('takes a role alone as a newsroom only after a byline label', () => {
    // "By Editorial Team" signs the piece (WCXB's gold keeps "Marketing Team", "Staff Writer" so); alone, the line
    // is a heading.
    expect(authorsOf(['Council passes budget', 'By Editorial Team', 'August 1, 2025', PROSE])).toEqual([
      'Editorial Team',
    ]);
    expect(authorsOf(['Council passes budget', 'Editorial Team', 'August 1, 2025', PROSE])).toEqual([]);
  });

  it('reads a byline after a stray separator and a "A Post By:" label', () => {
    expect(authorsOf(['Council passes budget', '| By Lisa Duffy', PROSE])).toEqual(['Lisa Duffy']);
    expect(authorsOf(['Council passes budget', 'A Post By: Darren Rowse', PROSE])).toEqual(['Darren Rowse']);
  });

  it('does not take a product heading over its description as an author with a bio', () => {
    // Prepare
    const description =
      'Notion is a note-taking tool with real-time collaboration, drag-and-drop pages and databases for teams of any size.';
    // Act
    const authors = authorsOf(['Council passes budget', PROSE, 'Notion', description]);
    // Assess
    expect(authors).toEqual([]);
  });

  it('reads a capitalised "By" after the date ("May 3, 2017 By Erin Spain 4 Comments")', () => {
    // Prepare
    const paragraphs = ['Council passes budget', 'May 3, 2017 By Erin Spain 4 Comments', PROSE];
    // Act
    const authors = authorsOf(paragraphs);
    // Assess
    expect(authors).toEqual(['Erin Spain']);
  });

  it('does not read "by" inside a sentence after a number as a byline', () => {
    expect(authorsOf(['Council passes budget', 'Prices rose 4% By Tuesday', PROSE])).toEqual([]);
  });

  it('drops the month of the date glued after the name', () => {
    expect(
      authorsOf(['Council passes budget', "By Stephanie O'Farrell May 7, 2025 | 10:00 AM", PROSE]),
    ).toEqual(["Stephanie O'Farrell"]);
  });

  it('drops a trailing "In" of a glued category label, keeps a two-word name ending in "On"', () => {
    expect(authorsOf(['Council passes budget', 'May 18, 2023 By Sara Harberson In', PROSE])).toEqual([
      'Sara Harberson',
    ]);
    expect(authorsOf(['Council passes budget', 'Written By Audiophile On', PROSE])).toEqual([]);
  });

  it('reads a month that is a given name after "By", never a bare month', () => {
    expect(authorsOf(['Council passes budget', 'By', 'April Fulton', PROSE])).toEqual(['April Fulton']);
    expect(authorsOf(['Council passes budget', 'By', 'April Update', PROSE])).toEqual([]);
  });

  it('takes a newsroom made of common words after "written by"', () => {
    expect(authorsOf(['Council passes budget', 'written by Our Editors', 'February 3, 2026', PROSE])).toEqual(
      ['Our Editors'],
    );
    expect(authorsOf(['Council passes budget', 'By The Editorial Board', PROSE])).toEqual([
      'The Editorial Board',
    ]);
    // A board of anything else is no newsroom.
    expect(authorsOf(['Council passes budget', 'By The Advisory Board', PROSE])).toEqual([]);
  });

  it('splits "Name with Name"', () => {
    expect(authorsOf(['Council passes budget', 'By Dieter Hogen with Uta Pippig', PROSE])).toEqual([
      'Dieter Hogen',
      'Uta Pippig',
    ]);
  });

  it('takes a name whose surname the lexicon knows as a place, above the date', () => {
    expect(authorsOf(['Council passes budget', 'Christopher S. Penn', 'Sep 21, 2025', PROSE])).toEqual([
      'Christopher S. Penn',
    ]);
    expect(authorsOf(['Council passes budget', 'Copy Key', 'Sep 21, 2025', PROSE])).toEqual([]);
  });

  it('prefers the shorter name given elsewhere when the byline glued a section to it', () => {
    const bio =
      'Harsh Vaibhav is a climate professional. He writes about energy storage, circular economy and clean transport for our readers.';
    expect(
      authorsOf([
        'Council passes budget',
        'by Harsh Vaibhav Global Commons May 2nd 2025',
        PROSE,
        'Harsh Vaibhav',
        bio,
      ]),
    ).toEqual(['Harsh Vaibhav']);
  });

  it('takes the name of an author box far from the headline after an "Author" label', () => {
    // Prepare
    const paragraphs = [
      'Council passes budget',
      PROSE,
      PROSE,
      PROSE,
      PROSE,
      PROSE,
      PROSE,
      PROSE,
      'Author',
      'Maryna Shulzhenko',
      'Marketing Content Specialist at Maropost',
    ];
    // Act
    const authors = authorsOf(paragraphs);
    // Assess
    expect(authors).toEqual(['Maryna Shulzhenko']);
  });

  it('takes a name under a line closing on a byline word ("Kommentar von"), not under a credit or update line', () => {
    // Prepare
    const far = [PROSE, PROSE, PROSE, PROSE, PROSE, PROSE, PROSE];
    // After the body (the label and the name removed as chrome), as a page's comment box shows them.
    const under = (label: string) =>
      cleanedFrom(
        ['Council passes budget', ...far, label, 'Ingo Arzt'],
        [8, 9].map((index) => ({ index, kind: 'navigation' as const })),
      );
    const german = { ...WHEN, language: 'de' };
    // Act
    const authors = ['Kommentar von', '10.12.2022 18:27 von', 'Foto von', 'Updated by', 'Mehr zum Thema'].map(
      (label) => extractAuthors(under(label), 0, german).authors,
    );
    // Assess
    expect(authors).toEqual([['Ingo Arzt'], ['Ingo Arzt'], [], [], []]);
  });

  it("reads a name under a label line outside the header and the page's end, never inside the body", () => {
    // Prepare: the headline, three paragraphs, then more removed menu blocks than the page's end reaches.
    const menu = Array.from({ length: 45 }, (_, k) => `Menu entry ${k}`);
    const paragraphs = ['Council passes budget', PROSE, PROSE, PROSE, ...menu];
    const page = (label: string, name: string) => {
      const all = [...paragraphs, label, name];
      const removed = all.map((_, index) => ({ index, kind: 'navigation' as const })).slice(4);
      return cleanedFrom(all, removed);
    };
    // Past the header, inside the body: a list of teasers, each labelled.
    const body = Array.from({ length: 10 }, () => PROSE);
    const inBody = cleanedFrom([
      'Council passes budget',
      ...body,
      '10.12.2022 18:27 von',
      'Hinrich Neumann',
      ...body,
    ]);
    const candidates = (cleaned: ReturnType<typeof cleanedFrom>) =>
      nameCandidates(cleaned, 0, WHEN, blockZones(cleaned, 0));
    const read = (cleaned: ReturnType<typeof cleanedFrom>) =>
      candidates(cleaned).map((candidate) => candidate.name);
    // Act
    const labelled = read(page('10.12.2022 18:27 von', 'Hinrich Neumann'));
    const unlabelled = read(page('Weitere Themen', 'Hinrich Neumann'));
    // The label readers' candidates only: a name line right after a date line is also the bare-name reader's,
    // whose candidates the author model weighs (it reads this one since "Hinrich" is a known given name).
    const teaser = candidates(inBody)
      .filter((candidate) => candidate.rule !== 'bare')
      .map((candidate) => candidate.name);
    // Assess
    expect(labelled).toContain('Hinrich Neumann');
    expect(unlabelled).not.toContain('Hinrich Neumann');
    expect(teaser).not.toContain('Hinrich Neumann');
  });

  it("reads no name in a post's category list after its date, but every name of a list of writers", () => {
    // Prepare
    const page = (line: string) => cleanedFrom(['Council passes budget', line, PROSE]);
    const names = (line: string) =>
      nameCandidates(page(line), 0, WHEN, blockZones(page(line), 0)).map((candidate) => candidate.name);
    // Act
    const meta = names('Nike Jane – 14.09.2022 – Kolumne, Tiny Jane, Allgemein, box2, Feminismus');
    const writers = names('Jane Roe, John Doe, Maria Garcia, Sam Lee | 14.09.2022');
    const credentials = names('Ellen Lindell, VMD, DACVB; Monique Feyrecilde, BA, LVT, VTS (Behavior)');
    // Assess
    expect(meta).toContain('Nike Jane');
    expect(meta).not.toContain('Tiny Jane');
    expect(writers).toEqual(expect.arrayContaining(['Jane Roe', 'John Doe', 'Maria Garcia', 'Sam Lee']));
    expect(credentials).toContain('Ellen Lindell');
  });

  it('reads a piece of a line that opens with a byline word as a labelled byline, not a bare name', () => {
    // Prepare
    const candidate = (line: string) => {
      const page = cleanedFrom(['Council passes budget', line, PROSE]);
      return nameCandidates(page, 0, WHEN, blockZones(page, 0)).find((c) => c.name === 'Kenneth Surin');
    };
    // Act
    const labelled = candidate('Micropolitics - by Kenneth Surin');
    const bare = candidate('Micropolitics - Kenneth Surin');
    // Assess
    expect(labelled?.rule).toBe('label');
    expect(labelled?.features[AUTHOR_FEATURES.indexOf('ruleLabel')]).toBe(1);
    expect(bare?.rule).toBe('generic');
  });

  it('takes a name over an "Author" label, not a menu word over it', () => {
    const far = [PROSE, PROSE, PROSE, PROSE, PROSE, PROSE, PROSE];
    expect(authorsOf(['Council passes budget', ...far, 'Nawaz Dhandala', 'Author'])).toEqual([
      'Nawaz Dhandala',
    ]);
    expect(authorsOf(['Council passes budget', ...far, 'Copy Link', 'Author'])).toEqual([]);
  });

  it('takes several name blocks under a plural "Author(s)" label, one under "Written by:"', () => {
    const far = [PROSE, PROSE, PROSE, PROSE, PROSE, PROSE, PROSE];
    expect(
      authorsOf([
        'Council passes budget',
        ...far,
        'Author(s)',
        'John A. Alic',
        'David C. Mowery',
        'Edward S. Rubin',
      ]),
    ).toEqual(['John A. Alic', 'David C. Mowery', 'Edward S. Rubin']);
    expect(
      authorsOf(['Council passes budget', 'Written by:', 'Emily Walker', 'Casey McDevitt', PROSE]),
    ).toEqual(['Emily Walker']);
  });

  it('drops affiliation numbers glued to names under "Authors of this article:"', () => {
    expect(
      authorsOf([
        'Council passes budget',
        'Authors of this article:',
        'Jennifer Huberty1 ; Jeni Green2',
        PROSE,
      ]),
    ).toEqual(['Jennifer Huberty', 'Jeni Green']);
  });

  it('never takes one common noun after "By" as a name', () => {
    expect(authorsOf(['Council passes budget', 'By Industry', PROSE])).toEqual([]);
  });

  it('takes a person holding the footer copyright when no byline exists', () => {
    // Prepare: the footer lines are removed (late zone: after the last kept body block).
    const paragraphs = [
      'Council passes budget',
      PROSE,
      'Subscribe',
      '© 2026 Marianne Lehnis · Privacy ∙ Terms ∙ Collection notice',
    ];
    const cleaned = cleanedFrom(paragraphs, [
      { index: 2, kind: 'navigation' },
      { index: 3, kind: 'legal' },
    ]);
    // Act
    const authors = extractAuthors(cleaned, 0, WHEN).authors;
    // Assess
    expect(authors).toEqual(['Marianne Lehnis']);
  });

  it('never takes a company or a yearless photo credit from a copyright line', () => {
    const company = cleanedFrom(
      ['Council passes budget', PROSE, '© 2025 Kneib Dentistry. All rights reserved.'],
      [{ index: 2, kind: 'legal' }],
    );
    const photo = cleanedFrom(
      ['Council passes budget', PROSE, '© Victor Sailer'],
      [{ index: 2, kind: 'legal' }],
    );
    expect(extractAuthors(company, 0, WHEN).authors).toEqual([]);
    expect(extractAuthors(photo, 0, WHEN).authors).toEqual([]);
  });

  it('reads an author box (name over its bio) after a related list, never the list entries', () => {
    // Prepare
    const bio =
      'Joaquin is a market analyst based in our Hamburg office. Currently, his research focuses on the adoption of generative AI.';
    const paragraphs = [
      'Council passes budget',
      PROSE,
      'Related articles',
      'Ten ways to save',
      'By Jane Roe',
      'Joaquin Fernandez',
      bio,
    ];
    const cleaned = cleanedFrom(paragraphs, [{ index: 6, kind: 'author-bio' }]);
    // Act
    const authors = extractAuthors(cleaned, 0, WHEN).authors;
    // Assess
    expect(authors).toEqual(['Joaquin Fernandez']);
  });

  it('takes a lower-case user name after "by", surer with a date beside it; not a menu\'s "sort by"', () => {
    const dated = extractAuthors(
      cleanedFrom(['Council passes budget', 'by jsteinhardt', '18th Dec 2025', PROSE]),
      0,
      WHEN,
    );
    const bare = extractAuthors(cleanedFrom(['Council passes budget', 'by jsteinhardt', PROSE]), 0, WHEN);
    expect(dated.authors).toEqual(['jsteinhardt']);
    expect(dated.probability).toBeGreaterThan(bare.probability);
    expect(authorsOf(['Council passes budget', 'sort by relevance', PROSE])).toEqual([]);
  });

  it('takes a user name right under the headline over the date line', () => {
    expect(authorsOf(['Council passes budget', 'inikosoftseo', 'September 8, 2025', PROSE])).toEqual([
      'inikosoftseo',
    ]);
    expect(authorsOf(['Council passes budget', 'inikosoftseo', PROSE])).toEqual([]);
  });

  it('keeps one credential after a single name, drops several', () => {
    expect(authorsOf(['Council passes budget', 'By Paul Deer, CFP®', PROSE])).toEqual(['Paul Deer, CFP®']);
    expect(authorsOf(['Council passes budget', 'Written By Angela Holliday-Bell, MD*', PROSE])).toEqual([
      'Angela Holliday-Bell, MD',
    ]);
    expect(authorsOf(['Council passes budget', 'By Lizzie Streit, MS, RDN, LD', PROSE])).toEqual([
      'Lizzie Streit',
    ]);
  });

  it('never takes an outlet after the comma as a credential', () => {
    expect(authorsOf(['Council passes budget', 'By Jane Roe, NPR', PROSE])).toEqual(['Jane Roe']);
  });

  it('takes names over their outlet or role under the headline, not a menu line', () => {
    expect(authorsOf(['Co-working spots', 'Sarah Hauer | Milwaukee Journal Sentinel', PROSE])).toEqual([
      'Sarah Hauer',
    ]);
    expect(authorsOf(['Co-working spots', 'Sarah Hauer and John Doe | Guest Columnists', PROSE])).toEqual([
      'Sarah Hauer',
      'John Doe',
    ]);
    expect(authorsOf(['Co-working spots', 'Home Decor | Local News', PROSE])).toEqual([]);
  });

  it('drops an upper-case outlet glued after a name, keeps credentials written on the line', () => {
    expect(authorsOf(['Movies to stream', 'Brian Truitt USA TODAY', PROSE])).toEqual(['Brian Truitt']);
    expect(authorsOf(['Movies to stream', 'Jeffrey A. Slotnick CPP, PSP', PROSE])).toEqual([
      'Jeffrey A. Slotnick CPP, PSP',
    ]);
    expect(authorsOf(['Movies to stream', 'Stream Now FREE', PROSE])).toEqual([]);
  });

  it('takes a newsroom right under the headline, not further down', () => {
    const under = cleanedFrom(['Menu', 'Plumbing trends', 'Podium Staff', PROSE]);
    expect(extractAuthors(under, 1, WHEN).authors).toEqual(['Podium Staff']);
    const below = cleanedFrom(['Menu', 'Plumbing trends', PROSE, PROSE, 'Podium Staff', PROSE]);
    expect(extractAuthors(below, 1, WHEN).authors).toEqual([]);
  });

  it('reads "Name @ Company" and a bracketed maiden name beside a date', () => {
    expect(authorsOf(['API docs', 'Nathan Lian @ Maintouch', 'March 2, 2026', PROSE])).toEqual([
      'Nathan Lian',
    ]);
    expect(authorsOf(['API docs', 'Paramita (Guha) Ghosh Published: January 3, 2024', PROSE])).toEqual([
      'Paramita (Guha) Ghosh',
    ]);
    expect(authorsOf(['API docs', 'Data (Big) Analytics Published: January 3, 2024', PROSE])).toEqual([]);
  });

  it('takes a surname that is also a word between the headline and the date, not a common-noun section label', () => {
    expect(authorsOf(['My newsletter', 'Finn Tropy', 'Dec 26, 2025', PROSE])).toEqual(['Finn Tropy']);
    expect(authorsOf(['San Diego cleaning costs', 'Madison Green', 'July 5, 2025', PROSE])).toEqual([
      'Madison Green',
    ]);
    expect(authorsOf(['Budget tips', 'Personal Finance', 'July 5, 2025', PROSE])).toEqual([]);
  });

  it('reads the author of glued blog post lines when the same name recurs', () => {
    const lines = [
      'lifestyleChristy GammelFebruary 3, 2026Comment',
      'fashionChristy GammelFebruary 20, 2026',
    ];
    expect(authorsOf(['Strength training', PROSE, ...lines])).toEqual(['Christy Gammel']);
    expect(
      authorsOf([
        'Pest control',
        PROSE,
        'GARDEN MAINTENANCEannette thurmonJune 17, 2021garden',
        'FLOCK CAREannette thurmonJune 25, 2021chicken',
      ]),
    ).toEqual(['annette thurmon']);
    // Once is not enough, and a lower-case phrase of known words is no name.
    expect(authorsOf(['Strength training', PROSE, lines[0] ?? ''])).toEqual([]);
    expect(
      authorsOf(['Strength training', PROSE, 'NEWSposted onJune 17, 2021', 'TECHposted onJune 18, 2021']),
    ).toEqual([]);
  });

  it('reads a "Guest author" label, not a sentence about guest authors', () => {
    const far = Array(8).fill(PROSE) as string[];
    expect(
      authorsOf(['Daily decluttering', ...far, 'Guest author Elizabeth Shields', 'Author Bio', PROSE]),
    ).toEqual(['Elizabeth Shields']);
    expect(authorsOf(['Daily decluttering', ...far, 'Guest author program opens soon', PROSE])).toEqual([]);
  });

  it('trusts a byline far from the headline with a given name and a surname that is a noun, not a menu', () => {
    const far = Array(8).fill(PROSE) as string[];
    expect(authorsOf(['Slack alternatives', ...far, 'By Jason Baker', PROSE])).toEqual(['Jason Baker']);
    expect(authorsOf(['Slack alternatives', ...far, 'By Rose Gold', PROSE])).toEqual([]);
    expect(authorsOf(['Slack alternatives', ...far, 'By Jason Marketing', PROSE])).toEqual([]);
  });

  it('takes a name over a first-person bio of a writer, not over a testimonial', () => {
    const far = Array(8).fill(PROSE) as string[];
    const bio =
      'I’m the founder of HR.University. I’m a certified HR professional, I’ve hired hundreds of employees, and I manage performance for global teams.';
    expect(authorsOf(['HR consulting firms', ...far, 'Josh Fechter', bio])).toEqual(['Josh Fechter']);
    const testimonial =
      'I’m so happy with the service they gave us, the movers were quick and friendly and the price was fair.';
    expect(authorsOf(['HR consulting firms', ...far, 'Josh Fechter', testimonial])).toEqual([]);
  });

  it('takes a name line over a block that opens with a date line, not with other text', () => {
    const far = Array(8).fill(PROSE) as string[];
    const dated = 'Last Updated: Dec 17, 2025 • 5 min read\nFact Checked by: Hilary Snow';
    expect(authorsOf(['Best movers', ...far, 'Ryan Carrigan', dated, PROSE])).toEqual(['Ryan Carrigan']);
    expect(
      authorsOf(['Best movers', ...far, 'Ryan Carrigan', 'Five movers compared\nDec 17, 2025', PROSE]),
    ).toEqual([]);
  });

  it('reads several names, or a name with a glued category, before a date in the header', () => {
    const line = 'Website ToolsNataly Birch and Andrian Valeanu • Updated: August 18, 2025 • 12 minutes READ';
    expect(authorsOf(['Figma alternatives', line, PROSE])).toEqual(['Nataly Birch', 'Andrian Valeanu']);
    expect(authorsOf(['Figma alternatives', 'Jane Roe and John Doe | May 3, 2024', PROSE])).toEqual([
      'Jane Roe',
      'John Doe',
    ]);
    expect(authorsOf(['Figma alternatives', 'Ronald McDonald May 3, 2024', PROSE])).toEqual([
      'Ronald McDonald',
    ]);
    expect(authorsOf(['Figma alternatives', 'Health and Fitness | May 3, 2024', PROSE])).toEqual([]);
  });

  it('ends a German byline\'s name at a capitalised "Vom" before the date', () => {
    const when = { ...WHEN, language: 'de' };
    const cleaned = cleanedFrom(['Training im Winter', 'Von Jule Radeck Vom 3. Februar 2022', PROSE]);
    expect(extractAuthors(cleaned, 0, when).authors).toEqual(['Jule Radeck']);
  });

  it('takes no author label or comment noun of any language for a name word', () => {
    expect(asPersonName('Autor Mark')).toBeNull();
    expect(asPersonName('Keine Kommentare')).toBeNull();
    expect(asPersonName('Marine Le Pen')).toBe('Marine Le Pen');
  });

  it('reads no byline from "Von" before one word and a phrase, nor a CMS admin user name', () => {
    const labels = labelPatterns('de');
    expect(namesFromByline('Sprachregeln, Gender-Politik und «ganz normalem Deutsch»', labels)).toEqual([]);
    expect(namesFromByline('Jane Roe, Senior Editor', labels)).toEqual(['Jane Roe']);
    expect(userHandle('wordpressadmin')).toBeNull();
    expect(userHandle('jsteinhardt')).toBe('jsteinhardt');
  });

  it('reads a user name after a byline label: a given name in lower case, a token with digits', () => {
    const en = labelPatterns('en');
    const de = labelPatterns('de');
    // After the label: the blog's account, whatever the lexicon knows it as.
    expect(namesFromByline('marc | Leave a comment', en, true)).toEqual(['marc']);
    expect(namesFromByline('Bo2man am 29.12.2010, 13:36 Uhr', de, true)).toEqual(['Bo2man']);
    expect(namesFromByline('ThE_PaiN', en, true)).toEqual(['ThE_PaiN']);
    // Without a label neither is a name (a menu word, a code) …
    expect(namesFromByline('marc | Leave a comment', en)).toEqual([]);
    expect(namesFromByline('Bo2man am 29.12.2010', de)).toEqual([]);
    // … and after one, a word the lexicon also knows as something else, a role or an admin account is none.
    expect(namesFromByline('will | Leave a comment', en, true)).toEqual([]);
    expect(namesFromByline('frank on May 3, 2024', en, true)).toEqual([]);
    expect(namesFromByline('editor', en, true)).toEqual([]);
    expect(namesFromByline('Admin2 am 29.12.2010', de, true)).toEqual([]);
  });

  it('reads a byline a scraper split into a text node per line as the one line it was', () => {
    const block = (text: string) => ({ index: 0, text }) as Parameters<typeof explicitByline>[0];
    const read = (text: string, language: string) => {
      const b = block(text);
      return explicitByline(b, [b], labelPatterns(language));
    };
    expect(read('2015-04-05\nby\nmarc', 'en')).toEqual(['marc']);
    expect(read('12. Juni 2017\nvon\ngizzmo', 'de')).toEqual(['gizzmo']);
    expect(read('May 3, 2024\n|\nby\nJane Roe', 'en')).toEqual(['Jane Roe']);
    // Joined, a menu's pieces stay no byline, and a long block is no meta line.
    expect(read('Shop\nby\nBrand', 'en')).toEqual([]);
    expect(read(`May 3, 2024\nby\nJane Roe\n${'word '.repeat(40)}`, 'en')).toEqual([]);
  });

  it('reads the name in the next block when a block closes with a byline label alone ("… 2019" / "von")', () => {
    const read = (texts: string[], language: string) => {
      const blocks = texts.map((text, index) => ({ index, text })) as Parameters<typeof explicitByline>[1];
      return explicitByline(blocks[0]!, blocks, labelPatterns(language));
    };
    expect(read(['9. Februar 2019\nvon', 'Michael Veeser-Dombrowski'], 'de')).toEqual([
      'Michael Veeser-Dombrowski',
    ]);
    expect(read(['12/04/2020\nby', 'Jane Roe', '24 Comments'], 'en')).toEqual(['Jane Roe']);
    // The label must close the block, and what follows must be a name.
    expect(read(['by\n12/04/2020', 'Jane Roe'], 'en')).toEqual([]);
    expect(read(['Shop\nby', 'Category'], 'en')).toEqual([]);
  });

  it('reads a label alone after the separator a text dump left before it ("Accueil" / "| Par" / "Loïc Le Clerc")', () => {
    const read = (texts: string[], language: string) => {
      const blocks = texts.map((text, index) => ({ index, text })) as Parameters<typeof explicitByline>[1];
      return explicitByline(blocks[0]!, blocks, labelPatterns(language));
    };
    expect(read(['| Par', 'Loïc Le Clerc', '| 30 septembre 2018'], 'fr')).toEqual(['Loïc Le Clerc']);
    expect(read(['· By', 'Jane Roe'], 'en')).toEqual(['Jane Roe']);
    // A separator alone is no label.
    expect(read(['|', 'Jane Roe'], 'en')).toEqual([]);
  });

  it('reads an author label joined to another credit, alone on its line, as a label ("Text & Fotos:")', () => {
    const labels = labelPatterns('de');
    expect(labels.labelOnly.test('Text & Fotos:')).toBe(true);
    expect(labels.labelOnly.test('Autor und Fotograf:')).toBe(true);
    // Without the colon, the words are a line of text, not a label.
    expect(labels.labelOnly.test('Text & Fotos')).toBe(false);
    expect(labels.labelOnly.test('Bilder & Fotos:')).toBe(false);
  });

  it('reads the writer of a post meta line that opens with a publication label ("Posted in … by …")', () => {
    const meta = 'Posted in Datenschutz by damianduchamps on August 3, 2019';
    expect(authorsOf(['Council passes budget', meta, PROSE])).toEqual(['damianduchamps']);
    expect(labelPatterns('en').hasTrailingByline(meta)).toBe(true);
    expect(
      labelPatterns('de').hasTrailingByline('Veröffentlicht in Allgemein von Jane Roe am 3. Mai 2024'),
    ).toBe(true);
    // A publication label is needed at the line's start: a menu's "Shop by Brand" stays no byline.
    expect(labelPatterns('en').hasTrailingByline('Shop by Brand on Sale')).toBe(false);
  });

  it('reads the last word of a byline phrase after a publication label, as WordPress writes it in Italian and Polish', () => {
    const italian = 'Pubblicato il 12 marzo 2024 da Marco Rossi';
    const polish = 'Opublikowano 12 marca 2024 przez Anna Kowalska';
    expect(authorsOf(['Council passes budget', italian, PROSE])).toEqual(['Marco Rossi']);
    expect(authorsOf(['Council passes budget', polish, PROSE])).toEqual(['Anna Kowalska']);
    // A word that joins a date's parts is no byline word there ("reportagem de", but "12 de março de 2024").
    expect(labelPatterns('pt').hasTrailingByline('Publicado em 12 de março de 2024')).toBe(false);
  });

  it('cuts a job title the scraper glued to the name ("Evan HalperStaff Writer"), keeping inner capitals', () => {
    const labels = labelPatterns('en');
    expect(namesFromByline('Evan HalperStaff Writer', labels)).toEqual(['Evan Halper']);
    expect(namesFromByline('Jane RoeSenior Editor', labels)).toEqual(['Jane Roe']);
    expect(namesFromByline('Kyle DeMarco', labels)).toEqual(['Kyle DeMarco']);
    expect(namesFromByline('Sara McDonald and Jane Roe', labels)).toEqual(['Sara McDonald', 'Jane Roe']);
  });

  it('ends a name at a parenthesis after it ("Eberhard Fuhr (Pressesprecher des EJW)", "Jane Roe (Reuters)")', () => {
    expect(namesFromByline('Eberhard Fuhr (Pressesprecher des EJW)', labelPatterns('de'))).toEqual([
      'Eberhard Fuhr',
    ]);
    expect(namesFromByline('Jane Roe and John Doe (AP)', labelPatterns('en'))).toEqual([
      'Jane Roe',
      'John Doe',
    ]);
  });

  it('reads a newsroom of any vocabulary language as a team, not a person', () => {
    expect(teamName('Redaktion')).toBe('Redaktion');
    expect(teamName('La Rédaction')).toBe('La Rédaction');
    expect(teamName('auto-motor.at Redaktion')).toBe('auto-motor.at Redaktion');
    expect(teamName('Kontakt zur Redaktion')).toBeNull();
  });
});

describe("authors: the site's name glued after the writer's", () => {
  it('cuts the site name a line of the page shows on its own ("Sarah Schnieder Reiterrevue International")', () => {
    const cleaned = cleanedFrom([
      'Reiterrevue International',
      'Heulage richtig lagern',
      'Veröffentlicht am 03.02.2022 von Sarah Schnieder Reiterrevue International',
      PROSE,
    ]);
    expect(extractAuthors(cleaned, 1, { ...WHEN, language: 'de' }).authors).toEqual(['Sarah Schnieder']);
  });

  it('keeps a three-word name whose last word is no line of its own, and two words at least', () => {
    expect(
      extractAuthors(cleanedFrom(['Council passes budget', 'By Mary Ann Smith', PROSE]), 0, WHEN).authors,
    ).toEqual(['Mary Ann Smith']);
    // "Ann Smith" on a line of its own is no site name glued after "Mary": the cut would leave one word.
    const cleaned = cleanedFrom(['Ann Smith', 'Council passes budget', 'By Mary Ann Smith', PROSE]);
    expect(extractAuthors(cleaned, 1, WHEN).authors).toEqual(['Mary Ann Smith']);
  });
});

describe('authors: author-box headings', () => {
  it('proposes the name of an "About NAME" / "Über NAME" heading, in any vocabulary language', () => {
    // Prepare: the heading over an author box after the article, in English and in German.
    for (const [heading, name] of [
      ['About Melissa Neill', 'Melissa Neill'],
      ['Über Swantje Schemmerling', 'Swantje Schemmerling'],
    ] as const) {
      const cleaned = cleanedFrom(['Council passes budget', PROSE, PROSE, heading, PROSE]);
      // Act
      const candidates = nameCandidates(cleaned, 0, WHEN, blockZones(cleaned, 0));
      // Assess
      const about = candidates.filter((c) => c.rule === 'about');
      expect(about.map((c) => c.name)).toEqual([name]);
      expect(about[0]!.features[AUTHOR_FEATURES.indexOf('aboutHeading')]).toBe(1);
    }
  });

  it('takes no one-word "About" heading for a person ("About Paris", "About Us")', () => {
    for (const heading of ['About Paris', 'About Us']) {
      const cleaned = cleanedFrom(['Council passes budget', PROSE, PROSE, heading, PROSE]);
      const candidates = nameCandidates(cleaned, 0, WHEN, blockZones(cleaned, 0));
      expect(candidates.filter((c) => c.rule === 'about')).toEqual([]);
    }
  });
});

describe('authors: the learned model', () => {
  it('weighs only features the reader computes, each with a finite weight, and a threshold in (0, 1)', () => {
    const names = Object.keys(AUTHOR_MODEL.weights);
    expect(names.every((name) => (AUTHOR_FEATURES as readonly string[]).includes(name))).toBe(true);
    expect(Object.values(AUTHOR_MODEL.weights).every(Number.isFinite)).toBe(true);
    expect(AUTHOR_MODEL.threshold).toBeGreaterThan(0);
    expect(AUTHOR_MODEL.threshold).toBeLessThan(1);
  });

  it('adds up the probability of a byline the page shows twice (header and author box)', () => {
    // Prepare: the same name at two places, each a candidate of its own.
    const cleaned = cleanedFrom([
      'Council passes budget',
      'By Jane Roe',
      PROSE,
      PROSE,
      'Written by',
      'Jane Roe',
    ]);
    const candidates = nameCandidates(cleaned, 0, WHEN, blockZones(cleaned, 0));
    const scores = candidates.map((c) => scoreName(c.features));
    // Act
    const pick = pickAuthors(candidates, scores);
    // Assess
    const single =
      Math.max(...scores.map((s) => Math.exp(s))) / (1 + scores.reduce((sum, s) => sum + Math.exp(s), 0));
    expect(pick?.names).toEqual(['Jane Roe']);
    expect(pick?.probability).toBeGreaterThan(single);
  });
});

describe("authors: names that are not the writer's", () => {
  const feature = (paragraphs: string[], name: string, which: (typeof AUTHOR_FEATURES)[number]) => {
    const cleaned = cleanedFrom(paragraphs);
    const candidate = nameCandidates(cleaned, 0, WHEN, blockZones(cleaned, 0)).find((c) => c.name === name);
    return candidate?.features[AUTHOR_FEATURES.indexOf(which)];
  };

  it('takes no site\'s home entry for a name, in any language (Turkish "Ana Sayfa" is shaped as one)', () => {
    const record = processText(
      [
        'Ana Sayfa\nHaberler\nEkonomi',
        'Hükümet yeni bütçeyi açıkladı',
        '5 Mart 2024',
        'Hükümet, gelecek yıl için eğitim ve sağlık harcamalarında artış öngören yeni bütçe taslağını açıkladı. Maliye bakanı, açığın yüzde üç sınırında kalacağını söyledi.',
        'Bakana göre yeni harcamalar vergi gelirlerindeki artış ve bazı bakanlıklardaki idari giderlerin azaltılmasıyla karşılanacak.',
      ].join('\n\n'),
    );
    expect(record.authors).toEqual([]);
    expect(asPersonName('Ana Sayfa')).toBeNull();
    expect(asPersonName('Ana Sousa')).toBe('Ana Sousa');
  });

  it('marks a picture credit anywhere on the line, in the page language and English', () => {
    // Prepare
    const en = labelPatterns('en');
    const de = labelPatterns('de');
    // Act / Assess
    expect(en.creditMark.test('Jane Roe/Getty Images')).toBe(true);
    expect(en.creditMark.test('(Jane Roe/Staff Photographer)')).toBe(true);
    expect(en.creditMark.test('The mayor at the meeting. Photo: Jane Roe/AFP')).toBe(true);
    expect(de.creditMark.test('Bernd Lucke verlässt den Hörsaal. Foto: Markus Scholz/dpa')).toBe(true);
    expect(de.creditMark.test('vergrößern (Bildquelle: Stefan Gruber)')).toBe(true);
    expect(en.creditMark.test('By Jane Roe')).toBe(false);
    expect(en.creditMark.test('Jane Roe, Senior Editor')).toBe(false);
  });

  it('gives a name on a credit line the creditOnLine feature', () => {
    expect(
      feature(['Council passes budget', 'Jane Roe/Getty Images', PROSE], 'Jane Roe', 'creditOnLine'),
    ).toBe(1);
    expect(
      feature(['Council passes budget', 'Jane Roe | May 3, 2024', PROSE], 'Jane Roe', 'creditOnLine'),
    ).toBe(0);
  });

  it('gives a name standing in a sentence the proseLine feature, not a byline', () => {
    const caption = "Jane Roe, the council's finance chair, speaks at the meeting on Tuesday.";
    expect(feature(['Council passes budget', caption, PROSE], 'Jane Roe', 'proseLine')).toBe(1);
    expect(
      feature(['Council passes budget', 'By Jane Roe and John Doe', PROSE], 'Jane Roe', 'proseLine'),
    ).toBe(0);
  });

  it('gives a name between paragraphs of the text withinText and no headline distance', () => {
    const paragraphs = ['Council passes budget', PROSE, PROSE, 'Jane Roe', PROSE];
    expect(feature(paragraphs, 'Jane Roe', 'withinText')).toBe(1);
    expect(feature(paragraphs, 'Jane Roe', 'titleNear')).toBe(0);
    expect(feature(['Council passes budget', 'Jane Roe', PROSE, PROSE], 'Jane Roe', 'withinText')).toBe(0);
  });

  it('drops the outlet\'s domain after a byline\'s names ("by Bob Yirka, Phys.org")', () => {
    const labels = labelPatterns('en');
    expect(namesFromByline('Bob Yirka , Phys.org', labels)).toEqual(['Bob Yirka']);
    expect(namesFromByline('Jane Roe and John Doe', labels)).toEqual(['Jane Roe', 'John Doe']);
  });
});

describe('authors: co-author bylines in the vocabulary languages', () => {
  const authorsIn = (language: string, byline: string) =>
    extractAuthors(cleanedFrom(['Der Rat beschließt den Haushalt', byline, PROSE]), 0, { ...WHEN, language })
      .authors;

  it('splits a byline at the conjunction of the page language, one test per language', () => {
    expect(authorsIn('de', 'Von Benjamin Fischer und Marcus Theurer')).toEqual([
      'Benjamin Fischer',
      'Marcus Theurer',
    ]);
    expect(authorsIn('fr', 'Par Jane Roe et Marc Dupont')).toEqual(['Jane Roe', 'Marc Dupont']);
    expect(authorsIn('es', 'Por Ana Ruiz y Luis Gil')).toEqual(['Ana Ruiz', 'Luis Gil']);
    expect(authorsIn('it', 'Di Marco Rossi e Anna Bianchi')).toEqual(['Marco Rossi', 'Anna Bianchi']);
    expect(authorsIn('nl', 'Door Jan de Vries en Piet Bakker')).toEqual(['Jan de Vries', 'Piet Bakker']);
    expect(authorsIn('pt', 'Por Ana Silva e João Costa')).toEqual(['Ana Silva', 'João Costa']);
    // English "and" on a page in another language, as before.
    expect(authorsIn('de', 'Von Benjamin Fischer and Marcus Theurer')).toEqual([
      'Benjamin Fischer',
      'Marcus Theurer',
    ]);
  });

  it('reads a one-word byline word of the page language glued to the name ("PorRodolfo Costa")', () => {
    expect(authorsIn('pt', 'PorRodolfo Costa')).toEqual(['Rodolfo Costa']);
    expect(authorsIn('de', 'VonJane Roe')).toEqual(['Jane Roe']);
    // Only a known page language's: with every language's words, "DoorDash" would read as Dutch "Door".
    expect(labelPatterns(null).byline.test('DoorDash Drivers')).toBe(false);
    expect(labelPatterns('nl').byline.exec('DoorJan de Vries')?.[2]).toBe('Jan de Vries');
    // Two letters are too few ("DiCaprio" is no Italian "Di" glued to "Caprio"); a lower-case letter after
    // the word is no glue ("Portugal").
    expect(labelPatterns('it').byline.test('DiCaprio Leonardo')).toBe(false);
    expect(labelPatterns('pt').byline.test('Portugal Hoje')).toBe(false);
  });

  it('splits at the page language\'s conjunction only, and English "and"', () => {
    // "en" is Dutch "and" but Spanish "in": on a Spanish page it ends the name (a place follows).
    expect(namesFromByline('Camila Méndez en Territorio', labelPatterns('es'))).toEqual(['Camila Méndez']);
    expect(namesFromByline('Jan de Vries en Piet Bakker', labelPatterns('nl'))).toEqual([
      'Jan de Vries',
      'Piet Bakker',
    ]);
    // "und" on an English page is no conjunction: the line is no name.
    expect(namesFromByline('Benjamin Fischer und Marcus Theurer', labelPatterns('en'))).toEqual([]);
  });

  it('splits one-word parts only when each is a known given name ("Anna und Marc", not "Procter und Gamble")', () => {
    const labels = labelPatterns('de');
    expect(namesFromByline('Anna und Marc', labels)).toEqual(['Anna', 'Marc']);
    expect(namesFromByline('Marco e Anna Bianchi', labelPatterns('it'))).toEqual(['Marco', 'Anna Bianchi']);
    expect(namesFromByline('Procter und Gamble', labels)).toEqual([]);
    expect(namesFromByline('Forschung und Lehre', labels)).toEqual([]);
    expect(authorsIn('de', 'Von Procter und Gamble')).toEqual([]);
    // A phrase with a lower-case word is no pair of names.
    expect(namesFromByline('Sprachregeln, Gender-Politik und «ganz normalem Deutsch»', labels)).toEqual([]);
    expect(splitNames('Neue Medien und digitale Kultur', labels.conjunctions)).toEqual([
      'Neue Medien und digitale Kultur',
    ]);
    // A surname joined by the conjunction ("Ortega y Gasset", "Costa e Silva") is one person's.
    expect(splitNames('José Ortega y Gasset', labelPatterns('es').conjunctions)).toEqual([
      'José Ortega y Gasset',
    ]);
    expect(splitNames('Ana Costa e Silva', labelPatterns('pt').conjunctions)).toEqual(['Ana Costa e Silva']);
  });

  it('splits co-authors before a date in the header ("Jule Radeck und Heike Buchter | 3. Februar 2022")', () => {
    const cleaned = cleanedFrom([
      'Training im Winter',
      'Jule Radeck und Heike Buchter | 3. Februar 2022',
      PROSE,
    ]);
    expect(extractAuthors(cleaned, 0, { ...WHEN, language: 'de' }).authors).toEqual([
      'Jule Radeck',
      'Heike Buchter',
    ]);
  });

  it('reads no weekday or month of any language as the first word of a name ("Dienstag, 4. Juni 2019")', () => {
    expect(asPersonName('Dienstag', 1, true)).toBeNull();
    expect(asPersonName('Mercredi', 1, true)).toBeNull();
    expect(asPersonName('Oktober', 1, true)).toBeNull();
    // After a label, a month that is also a given name opens a name; so does a given name the lexicon knows.
    expect(asPersonName('April Fulton', 1, true)).toBe('April Fulton');
    expect(asPersonName('Julio Cortázar', 2)).toBe('Julio Cortázar');
    // A weekday that is also a surname stays one after a given name, and a given name stays one.
    expect(asPersonName('Klaus Freitag', 2)).toBe('Klaus Freitag');
    expect(asPersonName('Domingo Cavallo', 2)).toBe('Domingo Cavallo');
    const cleaned = cleanedFrom([
      'Die Strohtasche für den Sommer',
      'Redaktion',
      'Dienstag, 4. Juni 2019, 15:54',
      PROSE,
    ]);
    expect(extractAuthors(cleaned, 0, { ...WHEN, language: 'de' }).authors).not.toContain('Dienstag');
  });

  it('reads a gender colon as part of a word, not as a label and a name ("Autor:innen")', () => {
    const de = labelPatterns('de');
    expect(segmentNames('Autor:innen', de)).toEqual([]);
    expect(segmentNames('Redakteur:innen', de)).toEqual([]);
    expect(segmentNames('Autor: Anna Berg', de)).toEqual(['Anna Berg']);
    expect(segmentNames('Autor:Anna Berg', de)).toEqual(['Anna Berg']);
  });

  it('reads no company as a person ("Copyright © 2019 by Qualisys GmbH")', () => {
    for (const company of ['Qualisys GmbH', 'Acme Ltd.', 'Grupo Lar S.A.', 'Northwind Inc', 'Bolt Oy'])
      expect(asPersonName(company, 1, true)).toBeNull();
    expect(asPersonName('Jane Doe', 1, true)).toBe('Jane Doe');
  });

  it('reads no CMS account as a person (a Joomla page\'s meta author "Super User")', () => {
    expect(asPersonName('Super User', 1, true)).toBeNull();
    expect(asPersonName('Registered Users', 2)).toBeNull();
  });

  it('reads a line in capitals as a name without a label only with a known given name first', () => {
    expect(segmentNames('ESCUCHA LA NOTICIA', labelPatterns('es'))).toEqual([]);
    expect(segmentNames('CONTINUA DEPOIS DA PUBLICIDADE', labelPatterns('pt'))).toEqual([]);
    expect(segmentNames('JANE DOE', labelPatterns('en'))).toEqual(['JANE DOE']);
    // After a label, on the line or alone on the block above, capitals are a name whatever it is (AP style).
    expect(segmentNames('By MARCUS WOHLSEN', labelPatterns('en'))).toEqual(['MARCUS WOHLSEN']);
    expect(segmentNames('ALLY MUTNICK', labelPatterns('en'), true)).toEqual(['ALLY MUTNICK']);
  });
});

describe('authors: a heading that opens with a function word', () => {
  it("gives no author when the page's likeliest name opens with one of its language's function words", () => {
    const cleaned = cleanedFrom([
      'Nachrichten',
      'Zugunglück bei Hannover: Zwei Leichtverletzte',
      'Stand: 02.12.2026 09:31 Uhr',
      'Bei einem Zusammenstoß eines Regionalzugs mit einem Traktor sind in der Nähe von Hannover zwei Menschen leicht verletzt worden. Der Traktor war nach Angaben der Polizei an einem unbeschrankten Bahnübergang auf die Gleise gefahren.',
      'Die Bundespolizei hat die Ermittlungen aufgenommen. Der Schaden wird auf mehrere Hunderttausend Euro geschätzt, teilte ein Sprecher am Morgen mit.',
      'Weitere Meldungen',
      '01.12.2026 Sturmtief sorgt für Verspätungen',
    ]);
    const result = extractAuthors(cleaned, 1, { ...WHEN, language: 'de' });
    expect(result.authors).toEqual([]);
    // The audit says why the line the model liked best gave nothing.
    expect(result.unused.get(5)).toBe('no-name');
  });

  it('keeps a newsroom credited with an article ("Par La Rédaction", "De Redactie")', () => {
    const french = cleanedFrom(['Le conseil adopte le plan vélo', 'Par La Rédaction', PROSE]);
    expect(extractAuthors(french, 0, { ...WHEN, language: 'fr' }).authors).toEqual(['La Rédaction']);
    const dutch = cleanedFrom(['Raad stemt in met fietsplan', 'Door De Redactie', PROSE]);
    expect(extractAuthors(dutch, 0, { ...WHEN, language: 'nl' }).authors).toEqual(['De Redactie']);
  });

  it('keeps a name whose first word is also a function word but a known given name (German "Ernst")', () => {
    const cleaned = cleanedFrom(['Neue Brücke eröffnet', 'Von Ernst Bauer', PROSE]);
    expect(extractAuthors(cleaned, 0, { ...WHEN, language: 'de' }).authors).toEqual(['Ernst Bauer']);
  });
});

describe("authors: the headline's subject", () => {
  it('gives no author when the likeliest name is one the headline holds, read from another line', () => {
    const cleaned = cleanedFrom([
      'Interview: novelist Hannah Brooks on writing about the sea',
      'Hannah Brooks',
      'Hannah Brooks grew up in a fishing town on the Cornish coast. Her third novel follows three generations of a family who run a small boat yard, and took four years to write.',
    ]);
    const result = extractAuthors(cleaned, 0, WHEN);
    expect(result.authors).toEqual([]);
    expect(result.unused.get(1)).toBe('headline-subject');
  });

  it('keeps a name that the headline holds when the headline is the byline itself', () => {
    const cleaned = cleanedFrom(['Text & Fotos: Ivan Valetny', 'Text & Fotos:', 'Ivan Valetny', PROSE]);
    expect(extractAuthors(cleaned, 0, { ...WHEN, language: 'de' }).authors).toEqual(['Ivan Valetny']);
  });
});

describe("authors: a quotation's speaker", () => {
  it('reads no byline from a name under a quotation (a testimonial)', () => {
    const cleaned = cleanedFrom(
      [
        'How often should you replace your toothbrush?',
        'Most dentists recommend replacing your toothbrush every three to four months, or sooner if the bristles look frayed, since worn bristles clean less well.',
        'What our patients say',
        '"The team made me feel completely at ease. Best dental visit I\'ve ever had."',
        'Sarah Mitchell',
        'Book your appointment today',
      ],
      [
        { index: 2, kind: 'newsletter' },
        { index: 4, kind: 'byline' },
        { index: 5, kind: 'newsletter' },
      ],
    );
    expect(extractAuthors(cleaned, 0, WHEN).authors).toEqual([]);
  });
});

describe('authors: a piece of a kind "by" its writer', () => {
  it.each([
    ['en', 'A column by Jane Roe', 'Jane Roe'],
    ['en', 'Analysis by Jane Roe', 'Jane Roe'],
    ['de', 'Ein Kommentar von Anna Berg', 'Anna Berg'],
    ['de', 'Eine Kolumne von Anna Berg', 'Anna Berg'],
    ['fr', 'Une chronique de Claire Monnier', 'Claire Monnier'],
    ['es', 'Una columna de Ana Gómez', 'Ana Gómez'],
    ['it', 'Un commento di Giulia Rossi', 'Giulia Rossi'],
    ['nl', 'Een column van Eva de Vries', 'Eva de Vries'],
    ['pt', 'Uma coluna de Ana Souza', 'Ana Souza'],
    ['en', 'Story and photos by Jane Roe', 'Jane Roe'],
    ['de', 'Ein Bericht von Anna Berg', 'Anna Berg'],
    ['fr', 'Un reportage de Claire Monnier', 'Claire Monnier'],
    ['es', 'Texto y fotos de Ana Gómez', 'Ana Gómez'],
  ])('reads the writer of "%s: %s"', (language, byline, name) => {
    const cleaned = cleanedFrom(['Council passes budget', byline, PROSE]);
    expect(extractAuthors(cleaned, 0, { ...WHEN, language }).authors).toEqual([name]);
  });

  it.each([
    ['de', 'Von Anna Berg, Redakteurin', 'Anna Berg'],
    ['fr', 'Par Claire Monnier, journaliste', 'Claire Monnier'],
    ['es', 'Por Ana Gómez, periodista', 'Ana Gómez'],
  ])(
    'drops the role after the writer\'s name (%s: "%s"), in the page\'s language',
    (language, byline, name) => {
      const cleaned = cleanedFrom(['Council passes budget', byline, PROSE]);
      expect(extractAuthors(cleaned, 0, { ...WHEN, language }).authors).toEqual([name]);
    },
  );

  it('reads no writer from a reader\'s comment line ("Kommentar von Mareike": "Kommentar" is also a comment)', () => {
    const when = { ...WHEN, language: 'de' };
    expect(
      extractAuthors(cleanedFrom(['Rinderleber', 'Kommentar von Mareike', PROSE]), 0, when).authors,
    ).toEqual([]);
  });
});

describe("authors: a menu's item above the headline", () => {
  const turkish = [
    'Ana Sayfa',
    'Hakkımda',
    'Tarifler',
    'Seyahat',
    'İletişim',
    'Evde ekmek yapmayı nasıl öğrendim',
    'Ayşe tarafından 3 Mart 2024 tarihinde yayınlandı',
    'Evde ekmek yapmaya başladığımda iyi bir kabuk elde etmenin ne kadar zor olduğunu bilmiyordum. İlk denemeler tam bir felaketti ama her hafta sonu denemeye devam ettim.',
    'Sır, keşfettiğim kadarıyla, sabırdır: bütün gece buzdolabında dinlenen bir hamur çok daha zengin bir tat ve daha hafif bir yapı kazanır.',
    'Bugün haftada iki kez ekmek yapıyorum ve asla geri dönmem. Bir sonraki yazıda kendi ekşi mayamı nasıl yaptığımı anlatacağım.',
    '© 2024 Tüm hakları saklıdır.',
  ];

  it('is no author ("Ana Sayfa", Turkish for "Home", over the rest of the menu)', () => {
    const record = processText(turkish.join('\n\n'));
    expect(record.status).toBe('clean');
    if (record.status !== 'clean') return;
    expect(record.title).toBe('Evde ekmek yapmayı nasıl öğrendim');
    expect(record.authors).toEqual([]);
    expect(record.publishedAt?.slice(0, 10)).toBe('2024-03-03');
  });

  it("keeps a name under a byline's label, one element per line ('By' / 'Todd Bates' / 'Date')", () => {
    const lines = [
      'News',
      'Events',
      'Research & Innovation',
      'New Robot Does Superior Job Sampling Blood',
      'By',
      'Todd Bates',
      'Date',
      'February 5, 2020',
      'Share',
      'Facebook',
      'Twitter',
      'First clinical trial of an automated blood drawing and testing device',
      'A prototype of an automated blood drawing and testing device delivered results comparable to or exceeding those of people drawing blood, according to a study led by engineers.',
      'The device could help to reduce the number of injuries to patients and health care workers, and it could free clinicians to spend more time treating patients.',
    ];
    const record = processText(lines.join('\n'));
    expect(record.status === 'clean' && record.authors).toEqual(['Todd Bates']);
  });

  it("keeps a name right under a byline's label, whatever short lines follow ('by' / 'Barbara Russ' / '/' / 'Kategorien:')", () => {
    const lines = [
      'Vogue',
      'Wien',
      '27. Januar 2014',
      'by',
      'Barbara Russ',
      '/',
      'Kategorien:',
      'Event',
      'Paris Haute Couture: Serkan Cura',
      'Wenn man die Prinzessin der Avantgarde-Mode sehen möchte, dann ist ihr Gegenpart wohl der Designer, der in diesem Jahr zum ersten Mal in Paris gezeigt hat.',
      'Seine Kollektion war eine Reise durch Farben und Formen, und das Publikum applaudierte lange, als die letzten Modelle über den Laufsteg gingen.',
    ];
    const record = processText(lines.join('\n'));
    expect(record.status === 'clean' && record.authors).toEqual(['Barbara Russ']);
  });

  it("keeps a name under a label's words below the menu ('Tipps von' / 'Marie Jaster')", () => {
    const page = [
      'mode',
      'interior',
      'reisen',
      'food',
      'Tipps von',
      'Marie Jaster',
      '6.11.22',
      'Provence Travel Guide',
    ];
    const paragraphs = [
      'Südfrankreich hat in meinem Herzen einen ganz besonderen Platz, denn hier habe ich mich als Jugendliche in die Sprache verliebt und sie sprechen gelernt.',
      'Die perfekte Reisezeit für die Provence ist für mich der goldene Herbst, Ende September, Anfang Oktober, wenn es noch warm ist, aber nicht mehr so voll.',
    ];
    const record = processText([...page, ...paragraphs].join('\n\n'));
    expect(record.status).toBe('clean');
    if (record.status !== 'clean') return;
    expect(record.authors).toEqual(['Marie Jaster']);
  });
});

describe('authors: labels of languages without a vocabulary module', () => {
  it.each([
    [
      'ru',
      [
        'Правительство одобрило повышение минимальной зарплаты',
        '5 марта 2024, 10:32',
        'Автор: Иван Петров',
        'Правительство в понедельник одобрило законопроект о повышении минимальной заработной платы со следующего года. Новые правила затронут более полумиллиона работников.',
        'По последним данным статистического ведомства, средняя зарплата в прошлом квартале выросла более чем на семь процентов.',
      ],
      ['Иван Петров'],
    ],
    [
      'zh',
      [
        '北京市发布新一轮城市更新计划',
        '2024年03月05日 10:32 来源：新华网 作者：张伟',
        '新华社北京3月5日电 北京市政府5日发布新一轮城市更新计划，计划在未来五年内改造老旧小区三百个，新增公共绿地两千公顷。',
        '市发展改革委负责人表示，这项计划将重点改善居民的居住条件，并推动社区服务设施的建设。据介绍，改造资金将由市区两级财政共同承担。',
      ],
      ['张伟'],
    ],
    [
      'ja',
      [
        '東京都、老朽住宅団地の改修計画を発表',
        '2024年3月5日 10時32分',
        '記者：山田太郎',
        '東京都は5日、今後5年間で老朽化した住宅団地300カ所を改修し、公共の緑地を2000ヘクタール増やす計画を発表した。',
        '都の担当者は、住民の生活環境の改善に重点を置くと述べた。改修費用は都と区が共同で負担する。',
      ],
      ['山田太郎'],
    ],
  ])("reads the %s page's labelled writer", (language, paragraphs, authors) => {
    const record = processText(paragraphs.join('\n\n'));
    expect(record.status).toBe('clean');
    if (record.status !== 'clean') return;
    expect(record.language).toBe(language);
    expect(record.authors).toEqual(authors);
    expect(record.publishedAt?.slice(0, 10)).toBe('2024-03-05');
  });

  it('reads a Korean byline, the role after the name, and a Chinese one without a colon', () => {
    const korean = [
      '홈',
      '뉴스',
      '정치',
      '서울시, 노후 주택단지 재생 계획 발표',
      '입력 2024.03.05 10:32',
      '홍길동 기자',
      '서울시는 5일 앞으로 5년 동안 낡은 주택 단지 300곳을 고치고 공원을 2000헥타르 늘리는 새로운 도시 재생 계획을 발표했다.',
      '시 관계자는 주민의 생활 환경을 개선하는 데 중점을 둔다고 말했다. 사업비는 시와 구가 함께 부담한다.',
      '관련 기사',
      '공유하기',
    ];
    const record = processText(korean.join('\n\n'));
    expect(record.status === 'clean' && record.authors).toEqual(['홍길동']);
    const chinese = [
      '北京市发布新一轮城市更新计划',
      '2024年03月05日 10:32',
      '本报记者 张伟',
      '北京市政府5日发布新一轮城市更新计划，计划在未来五年内改造老旧小区三百个，新增公共绿地两千公顷。',
      '市发展改革委负责人表示，这项计划将重点改善居民的居住条件，并推动社区服务设施的建设。',
    ];
    const zh = processText(chinese.join('\n\n'));
    expect(zh.status === 'clean' && zh.authors).toEqual(['张伟']);
  });

  it('takes a name without spaces or capitals after a label only', () => {
    expect(asPersonName('张伟', 1, true)).toBe('张伟');
    expect(asPersonName('张伟', 1, false)).toBeNull();
    expect(asPersonName('北京市政府周二发布新一轮城市更新计划', 1, true)).toBeNull();
  });
});

describe('authors: a byline a scraper glued to the prose after it', () => {
  const LEAD =
    'A new wave of businesses is bringing fresh energy to the old town centre, adding even more to the life of its streets and squares this spring.';

  it('reads the head of a long header line up to its date ("By Jane Roe • March 12, 2025A new wave …")', () => {
    // Prepare: the byline, its date and the lead are one line of the body, longer than a byline line may be.
    const paragraphs = ['New shops open in the town centre', `By Jane Roe • March 12, 2025${LEAD}`, PROSE];
    // Act
    const authors = authorsOf(paragraphs);
    // Assess
    expect(paragraphs[1]!.length).toBeGreaterThan(160);
    expect(authors).toEqual(['Jane Roe']);
  });

  it('reads a name before a date at the head of a long header line, without a label', () => {
    const line = `Jane Roe Friday, March 14, 2025NEW TOWN (AP) -- ${LEAD}`;
    const cleaned = cleanedFrom(['New shops open in the town centre', line, PROSE]);
    const names = nameCandidates(cleaned, 0, WHEN, blockZones(cleaned, 0)).map((c) => c.name);
    expect(names).toContain('Jane Roe');
  });

  it('reads a labelled long line without a date up to the credentials ("By Jane Roe, MS, RDN All of us …")', () => {
    const paragraphs = ['Nutrition facts debunked', `By Jane Roe, MS, RDN ${LEAD}`, PROSE];
    expect(authorsOf(paragraphs)).toEqual(['Jane Roe']);
  });

  it('leaves a long line of prose that opens with no label and no early date alone', () => {
    const line = `Jane Roe opened a bakery on the square, and ${LEAD.toLowerCase()} She said on March 14, 2025 that it went well.`;
    const cleaned = cleanedFrom(['New shops open in the town centre', line, PROSE]);
    const names = nameCandidates(cleaned, 0, WHEN, blockZones(cleaned, 0)).map((c) => c.name);
    expect(names).not.toContain('Jane Roe');
  });
});
