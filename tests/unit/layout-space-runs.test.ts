/**
 * A page run into one line (layout/space-runs.ts): a tag stripper over minified HTML keeps only the white space
 * between elements; a long line broken by many runs of three or more spaces is split into its elements, and so is one
 * whose elements were glued with no white space at all ("…Search" + "Council approves…"), while a line of prose with
 * single and double spaces, or a camel-cased name or two, stays whole.
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../functions/core/layout/blocks.ts';
import { arePiecesOfLines, SPACE_RUNS, withSpaceRunsSplit } from '../../functions/core/layout/space-runs.ts';
import { processText } from '../../functions/core/pipeline.ts';

const PARAGRAPHS = [
  'The city council voted on Tuesday to build a new harbour wall, ending two years of debate over how to protect the old town from winter storms. The wall will cost 40 million euros and take three years to complete, according to the estimate.',
  'Engineers said the current wall, built in 1952, could no longer withstand the storms that hit the coast every winter. “We cannot wait for the next flood,” said the mayor, Anna Berg, at a meeting in the town hall on Tuesday.',
  'Local businesses welcomed the decision, though some worried about the noise of construction during the summer season, when most of the town’s visitors arrive and the harbour is full of boats.',
  'Work is expected to begin in the autumn, once the last permits are granted, and the council will publish the timetable next month.',
  'The harbour master said boats would keep their moorings during the works, though the fuel dock will move to the north quay for a year.',
];
const MENU = ['Home', 'News', 'Sport', 'Weather'];

/** The page as get_text() writes it over minified HTML with some white space between its elements. */
const runTogether = () =>
  `      ${[...MENU, 'Council approves new harbour wall', 'By Jane Doe', 'March 12, 2024', ...PARAGRAPHS, 'Share on Facebook', '© 2024 The Harbour Times'].join('     ')}   `;

describe('a page run into one line', () => {
  it('is split into its elements at runs of three or more spaces', () => {
    const text = runTogether();
    const blocks = withSpaceRunsSplit(segment(text));

    expect(text.length).toBeGreaterThan(SPACE_RUNS.minLineChars);
    expect(blocks.map((block) => block.text)).toEqual([
      ...MENU,
      'Council approves new harbour wall',
      'By Jane Doe',
      'March 12, 2024',
      ...PARAGRAPHS,
      'Share on Facebook',
      '© 2024 The Harbour Times',
    ]);
    expect(blocks.map((block) => block.index)).toEqual(blocks.map((_, i) => i));
    expect(new Set(blocks.map((block) => block.line))).toEqual(new Set([1]));
  });

  it('gives the record the page gives with its elements on lines of their own', () => {
    const record = processText(runTogether(), { name: 'page.txt' });
    const lines = processText(runTogether().trim().split(/ {3,}/).join('\n\n'), { name: 'page.txt' });

    expect(record.body).toBe(lines.body);
    expect(record.title).toBe('Council approves new harbour wall');
    expect(record.authors).toEqual(['Jane Doe']);
  });

  it('leaves a long line of prose alone, double spaces after full stops included', () => {
    const prose = PARAGRAPHS.join('  ').repeat(2);
    const blocks = segment(prose);

    expect(prose.length).toBeGreaterThan(SPACE_RUNS.minLineChars);
    expect(withSpaceRunsSplit(blocks)).toBe(blocks);
  });
});

describe('a page glued into one line', () => {
  // get_text() over minified HTML whose elements have no white space between them: each element's text runs into
  // the next ("HomeNewsSport…", "…wallBy Jane Doe", "…2024The city council …").
  const elements = [
    ...MENU,
    'Council approves new harbour wall',
    'By Jane Doe',
    'Updated March 12, 2024',
    ...PARAGRAPHS,
    'Share on Facebook',
  ];
  const glued = () => elements.join('');

  it('is split into its elements where a word runs into a capitalised one', () => {
    const blocks = withSpaceRunsSplit(segment(glued()));

    expect(blocks.map((block) => block.text)).toEqual(elements);
  });

  it('gives the title and byline the page gives with its elements apart', () => {
    const record = processText(glued(), { name: 'page.txt' });

    expect(record.title).toBe('Council approves new harbour wall');
    expect(record.authors).toEqual(['Jane Doe']);
    expect(record.body).toContain(PARAGRAPHS[1]);
  });

  it('leaves a long URL or data line whole, whatever its parameters’ names', () => {
    // A text browser's list of link targets: one entry's URL of 1,200 characters, camel-cased keys in its query.
    const query = Array.from(
      { length: 40 },
      (_, i) => `appDefinitionId${i}ToSiteRevision=siteAssetsVersion${i}`,
    );
    const targets = `References\n\n  41. https://static.example.com/pages/thunderbolt?${query.join('&')}`;
    expect(targets.length).toBeGreaterThan(SPACE_RUNS.minLineChars);
    expect(withSpaceRunsSplit(segment(targets)).map((block) => block.text)).toEqual(targets.split('\n\n'));
  });

  it('leaves a long paragraph with a camel-cased name or two whole', () => {
    const prose = `${PARAGRAPHS.join(' ')} The council posted the plans on YouTube and LinkedIn, and the NorthStar group will build it.`;
    expect(prose.length).toBeGreaterThan(SPACE_RUNS.minLineChars);
    expect(withSpaceRunsSplit(segment(prose)).map((block) => block.text)).toEqual([prose]);
  });
});

describe('a page joined into one line by single spaces', () => {
  // get_text(" ", strip=True) or " ".join(soup.stripped_strings): every element one space from the next.
  const MENU_CAPS = 'HOME ABOUT US NEWS SPORT WEATHER TRAVEL CULTURE CONTACT US';
  const MENU_MIXED = 'Facebook X (Twitter) Instagram Pinterest YouTube Local News';
  const FOOTER = 'Privacy Policy Terms Of Use Cookie Settings Accessibility Careers Advertise With Us';
  const COPYRIGHT = '© 2024 The Harbour Times. All rights reserved.';
  const joined = () =>
    [
      MENU_CAPS,
      MENU_MIXED,
      'Council Approves New Harbour Wall',
      'March 12, 2024',
      ...PARAGRAPHS,
      FOOTER,
      COPYRIGHT,
    ].join(' ');

  const HEADLINE = 'Council Approves New Harbour Wall';
  /** The date cut out as a piece of its own (with its label), the article's first sentence as another, and the record's date. */
  const expectDatedPieces = (text: string, pieces: string[]) => {
    expect(pieces.find((piece) => piece.endsWith('March 12, 2024'))).toMatch(
      /^(?:Published on )?March 12, 2024$/,
    );
    expect(pieces).toContain(PARAGRAPHS[0]!.split('. ')[0]!.concat('.'));
    const record = processText(text, { name: 'page.txt' });
    expect(record.publishedAt).toBe('2024-03-12');
    return record;
  };
  /** The page of these elements joined by single spaces, and its pieces. */
  const joinedPage = (...elements: string[]) => {
    const text = elements.join(' ');
    return { text, pieces: withSpaceRunsSplit(segment(text)).map((block) => block.text) };
  };

  it('is split into its sentences, and a sentence from the capitalised run before it', () => {
    const text = joined();
    const pieces = withSpaceRunsSplit(segment(text)).map((block) => block.text);

    expect(text.length).toBeGreaterThan(SPACE_RUNS.minLineChars);
    expect(pieces.slice(0, 4)).toEqual([
      MENU_CAPS,
      `${MENU_MIXED} Council Approves New Harbour Wall`,
      'March 12, 2024',
      'The city council voted on Tuesday to build a new harbour wall, ending two years of debate over how to protect the old town from winter storms.',
    ]);
    // "Anna Berg, at a meeting …": the sentence with its quotation is one piece, "Dr." or "U.S." would end none.
    expect(pieces).toContain(
      '“We cannot wait for the next flood,” said the mayor, Anna Berg, at a meeting in the town hall on Tuesday.',
    );
    expect(pieces.join(' ')).toBe(text);
  });

  it('keeps the paragraphs and leaves the menus out of the body', () => {
    const record = processText(joined(), { name: 'page.txt' });

    expect(record.publishedAt).toBe('2024-03-12');
    expect(record.body).toContain('The wall will cost 40 million euros and take three years to complete');
    expect(record.body).not.toContain('HOME ABOUT US');
    expect(record.body).not.toContain('Pinterest YouTube');
    expect(record.body).not.toContain('Cookie Settings');
  });

  it('ends a head at its capitalised last words though sentence-case menu entries stand before them', () => {
    // A search box's and a menu's entries in sentence case, then a breadcrumb and the headline, a byline, a date and
    // the breadcrumb again run straight into the article's first sentence (no full stop between them, and no
    // sentence right after the date).
    const SEARCH_MENU =
      'Please enter a search term Find a doctor Search by name, specialty, or location View all doctors Pay a bill View classes and events Refer a patient Ways to give';
    const FIRST =
      'When the storms came last winter, the water reached the market square twice and flooded several shops.';
    const { text, pieces } = joinedPage(
      SEARCH_MENU,
      `Home Local News ${HEADLINE}`,
      'By Jane Roe',
      'March 12, 2024',
      `Home Local News ${HEADLINE}`,
      FIRST,
      ...PARAGRAPHS,
      MENU_CAPS,
      FOOTER,
      COPYRIGHT,
    );

    expect(pieces).toContain('By Jane Roe');
    expect(pieces).toContain('March 12, 2024');
    expect(pieces).toContain(FIRST);
    const record = processText(text, { name: 'page.txt' });
    expect(record.authors).toEqual(['Jane Roe']);
    expect(record.publishedAt).toBe('2024-03-12');
    expect(record.body.startsWith(FIRST)).toBe(true);
    expect(record.body).not.toContain('Please enter a search term');
  });

  it('cuts the byline and the date out of a sentence-case headline that opens like a sentence', () => {
    // The headline opens as a sentence does (a capitalised word, then two in lower case), so the head ends before
    // it; the name (no byline word) and the date that follow it are head marks all the same: no prose around them.
    const HEADLINE_SENTENCE_CASE = 'Why the town waited so long to protect its harbour from the storms';
    const { text, pieces } = joinedPage(
      MENU_CAPS,
      'Subscribe Sign in',
      HEADLINE_SENTENCE_CASE,
      'Jane Roe',
      'Mar 12, 2024',
      '4 Share',
      ...PARAGRAPHS,
      FOOTER,
      COPYRIGHT,
    );

    expect(pieces).toContain('Jane Roe');
    expect(pieces).toContain('Mar 12, 2024');
    const record = processText(text, { name: 'page.txt' });
    expect(record.authors).toEqual(['Jane Roe']);
    expect(record.publishedAt).toBe('2024-03-12');
    expect(record.body.startsWith(PARAGRAPHS[0]!.split('. ')[0]!)).toBe(true);
  });

  it('gives a date its label, as the lines layout gives it a line: the headline stands alone, the date is an update', () => {
    const HEADLINE_SENTENCE_CASE = 'How to stay dry when the harbour floods (while the wall is built)';
    const { text, pieces } = joinedPage(
      MENU_CAPS,
      HEADLINE_SENTENCE_CASE,
      'Last Updated: March 12, 2024',
      ...PARAGRAPHS,
      FOOTER,
      COPYRIGHT,
    );

    expect(pieces).toContain(HEADLINE_SENTENCE_CASE);
    expect(pieces).toContain('Last Updated: March 12, 2024');
    const record = processText(text, { name: 'page.txt' });
    const lines = processText(
      [MENU_CAPS, HEADLINE_SENTENCE_CASE, 'Last Updated: March 12, 2024', ...PARAGRAPHS].join('\n'),
      {
        name: 'page.txt',
      },
    );
    expect(record.updatedAt).toBe('2024-03-12');
    expect([record.publishedAt, record.updatedAt]).toEqual([lines.publishedAt, lines.updatedAt]);

    // A label in lower case ("on") before the date, a comment count after it: the date is a head mark all the same.
    const lower = joinedPage(
      MENU_CAPS,
      HEADLINE_SENTENCE_CASE,
      'Last updated on March 12, 2024',
      '4 Comments',
      ...PARAGRAPHS,
      FOOTER,
      COPYRIGHT,
    );
    expect(lower.pieces).toContain(HEADLINE_SENTENCE_CASE);
    expect(lower.pieces).toContain('Last updated on March 12, 2024');
    expect(processText(lower.text, { name: 'page.txt' }).updatedAt).toBe('2024-03-12');
  });

  it('cuts a byline in capitals out of a sentence, and leaves a date inside prose where it is', () => {
    const { text, pieces } = joinedPage(
      MENU_CAPS,
      'Subscribe Sign in',
      'I watched the harbour flood twice, and the town is finally building a wall',
      'By Jane Roe',
      'Published 6 hours ago',
      'Jane is a reporter who covers the coast for the paper.',
      ...PARAGRAPHS,
      FOOTER,
      COPYRIGHT,
    );
    expect(pieces).toContain('By Jane Roe');
    expect(processText(text, { name: 'page.txt' }).authors).toEqual(['Jane Roe']);
    // The name is two words unless an initial stands in it: the capitalised word after it opens the next element.
    const watch = joinedPage(
      MENU_CAPS,
      'Subscribe Sign in',
      'I watched the harbour flood twice, and the town is finally building a wall',
      'Written By Jane Q. Roe',
      'Prefer to watch? The video is below.',
      ...PARAGRAPHS,
      FOOTER,
      COPYRIGHT,
    );
    expect(watch.pieces).toContain('Written By Jane Q. Roe');
    expect(processText(watch.text, { name: 'page.txt' }).authors).toEqual(['Jane Q. Roe']);

    // "… published on March 4, 2024 found …": a word in lower case on either side, the date is the sentence's.
    const REPORT = 'The report that the council published on March 4, 2024 found that the wall was failing';
    const prose = joinedPage(MENU_CAPS, 'Subscribe Sign in', REPORT, ...PARAGRAPHS, FOOTER, COPYRIGHT);
    expect(prose.pieces.find((piece) => piece.includes('March 4, 2024'))?.startsWith(REPORT)).toBe(true);
  });

  it('cuts a section heading out of a sentence it runs into, and leaves prose that goes on in lower case', () => {
    // The last paragraph's sentence ends, then "You may also like" runs into the related list with no full stop,
    // its headlines in sentence case: too many words in lower case for a head, so the whole run reads as a sentence.
    const RELATED =
      'How the old town learned to live with the winter floods Why our harbour wall failed after only fifty years';
    const { text, pieces } = joinedPage(
      MENU_CAPS,
      HEADLINE,
      'March 12, 2024',
      ...PARAGRAPHS,
      `You may also like ${RELATED}`,
      'Keep reading for the timetable of the works.',
      FOOTER,
      COPYRIGHT,
    );

    expect(pieces).toContain('You may also like');
    // "Keep reading" goes on in lower case: no heading, the words stay in their piece.
    expect(pieces).not.toContain('Keep reading');
    expect(pieces.some((piece) => piece.endsWith('Keep reading for the timetable of the works.'))).toBe(true);
    const record = processText(text, { name: 'page.txt' });
    expect(record.body).toContain(PARAGRAPHS[4]);
    expect(record.body).not.toContain('learned to live with the winter floods');
  });

  it('cuts a sentence-case headline shown twice out of the sentence it opens, and its copy', () => {
    // The headline opens as a sentence does and runs on into its copy (a heading for small screens) and the lead.
    const HEADLINE_SENTENCE_CASE = 'Why the town waited so long to protect its harbour';
    const { text, pieces } = joinedPage(
      MENU_CAPS,
      HEADLINE_SENTENCE_CASE,
      HEADLINE_SENTENCE_CASE,
      ...PARAGRAPHS,
      FOOTER,
      COPYRIGHT,
    );

    expect(pieces.filter((piece) => piece === HEADLINE_SENTENCE_CASE)).toHaveLength(2);
    expect(pieces).toContain(PARAGRAPHS[0]!.split('. ')[0]!.concat('.'));
    const record = processText(text, { name: 'page.txt' });
    expect(record.title).toBe(HEADLINE_SENTENCE_CASE);
    expect(record.body.startsWith('The city council voted')).toBe(true);
  });

  it('says its blocks are pieces of lines, which the same elements on lines of their own are not', () => {
    const elements = [MENU_CAPS, MENU_MIXED, HEADLINE, 'March 12, 2024', ...PARAGRAPHS, FOOTER, COPYRIGHT];

    expect(arePiecesOfLines(withSpaceRunsSplit(segment(elements.join(' '))))).toBe(true);
    expect(arePiecesOfLines(withSpaceRunsSplit(segment(elements.join('\n'))))).toBe(false);
    expect(arePiecesOfLines(withSpaceRunsSplit(segment(elements.join('\n\n'))))).toBe(false);
  });

  it('cuts a head around the words it holds twice: a breadcrumb over the headline', () => {
    const { text, pieces } = joinedPage(
      MENU_CAPS,
      `Home › Local News › ${HEADLINE}`,
      'Local News',
      HEADLINE,
      ...PARAGRAPHS,
      FOOTER,
      COPYRIGHT,
    );

    expect(pieces.slice(0, 5)).toEqual([MENU_CAPS, 'Home › Local News ›', HEADLINE, 'Local News', HEADLINE]);
    expect(processText(text, { name: 'page.txt' }).title).toBe(HEADLINE);
  });

  it('cuts a head around each run it holds twice: a menu over its copy, the headline over its own', () => {
    const { pieces } = joinedPage(
      MENU_MIXED,
      MENU_MIXED,
      `Home › ${HEADLINE}`,
      HEADLINE,
      ...PARAGRAPHS,
      FOOTER,
    );

    expect(pieces.slice(0, 5)).toEqual([MENU_MIXED, MENU_MIXED, 'Home ›', HEADLINE, HEADLINE]);
  });

  it('cuts the headline from the menu before it when the page holds that menu again', () => {
    const { text, pieces } = joinedPage(
      MENU_MIXED,
      HEADLINE,
      'March 12, 2024',
      ...PARAGRAPHS,
      MENU_MIXED,
      FOOTER,
    );

    expect(pieces.slice(0, 3)).toEqual([MENU_MIXED, HEADLINE, 'March 12, 2024']);
    expect(processText(text, { name: 'page.txt' }).title).toBe(HEADLINE);
  });

  it('cuts a head before a byline, a byline word and a given name, and not at "Step by Step"', () => {
    const headline = 'Harbour Wall Repairs Step by Step';
    const { text, pieces } = joinedPage(
      MENU_CAPS,
      headline,
      'By Anna Berg',
      'March 12, 2024',
      ...PARAGRAPHS,
      FOOTER,
    );

    expect(pieces.slice(0, 4)).toEqual([MENU_CAPS, headline, 'By Anna Berg', 'March 12, 2024']);
    expect(processText(text, { name: 'page.txt' }).authors).toEqual(['Anna Berg']);
  });

  it('counts a run of three words as repeated only when the page holds all three twice', () => {
    // Two heads that end in the same two words share no run of three: neither is cut there.
    const { pieces } = joinedPage(
      MENU_CAPS,
      ...PARAGRAPHS.slice(0, 2),
      'Equipment like Escape Fitness Frames, which are modular, fit small rooms.',
      'Partner Gyms Escape Fitness Rigs, which are sturdy, stand in the hall.',
      ...PARAGRAPHS.slice(2),
      FOOTER,
    );

    expect(pieces).toContain('Equipment like Escape Fitness');
    expect(pieces).toContain('Partner Gyms Escape Fitness');
  });

  it('reads words in camel case as words, not as elements glued together', () => {
    const social = 'Follow us LinkedIn YouTube TikTok Facebook Instagram';
    const { text, pieces } = joinedPage(
      MENU_CAPS,
      `${social} WhatsApp Newsletter`,
      HEADLINE,
      'March 12, 2024',
      ...PARAGRAPHS,
      `Share this article LinkedIn YouTube TikTok WhatsApp Email Print ${social}`,
      FOOTER,
      COPYRIGHT,
    );

    expect(pieces.some((piece) => piece.includes('LinkedIn YouTube TikTok'))).toBe(true);
    expect(pieces).toContain(PARAGRAPHS[0]!.split('. ')[0]!.concat('.'));
    // The same page with its elements glued together, words of several glues in its menus, is split at its glues.
    const gluedPieces = joinedPage(
      text.replace(MENU_CAPS, 'HomeNewsSportWeatherTravelCultureContact'),
    ).pieces;
    expect(gluedPieces.slice(0, 3)).toEqual(['Home', 'News', 'Sport']);
    expect(gluedPieces.some((piece) => piece.endsWith(' Linked'))).toBe(true);
  });

  it('leaves a long paragraph of prose with a few names in it whole', () => {
    const prose = `${PARAGRAPHS.join(' ')} The New York City Police Department and the Port Authority will watch the works.`;
    expect(prose.length).toBeGreaterThan(SPACE_RUNS.minLineChars);
    expect(withSpaceRunsSplit(segment(prose)).map((block) => block.text)).toEqual([prose]);
  });

  it('gives a section heading a piece of its own, and the teasers under it leave the body', () => {
    const teasers = [
      'Ten Quiet Beaches Along The North Coast',
      'Why The Old Lighthouse Keeps Its Light',
      'The Best Fish Restaurants In Town This Summer',
    ];
    const { pieces } = joinedPage(MENU_CAPS, HEADLINE, ...PARAGRAPHS, 'Related Articles', ...teasers, FOOTER);
    expect(pieces).toContain('Related Articles');

    const record = processText(
      joinedPage(MENU_CAPS, HEADLINE, ...PARAGRAPHS, 'Related Articles', ...teasers).text,
      {
        name: 'page.txt',
      },
    );
    expect(record.body).toContain('the council will publish the timetable next month.');
    expect(record.body).not.toContain('Quiet Beaches');
    expect(record.body).not.toContain('Fish Restaurants');
    // "Mehr zum Thema": any vocabulary language's heading of two words or more; a one-word one stays in its run.
    expect(joinedPage(MENU_CAPS, HEADLINE, ...PARAGRAPHS, 'Mehr zum Thema', ...teasers).pieces).toContain(
      'Mehr zum Thema',
    );
    expect(joinedPage(MENU_CAPS, HEADLINE, ...PARAGRAPHS, 'Related', ...teasers).pieces).not.toContain(
      'Related',
    );
  });

  it('reads a sentence-case headline among the words of a menu as part of the head, and cuts its date out', () => {
    const headline = '10 reasons the harbour needs a new wall';
    const { text, pieces } = joinedPage(
      MENU_MIXED,
      headline,
      'By Jane Roe',
      'March 12, 2024',
      ...PARAGRAPHS,
      FOOTER,
    );

    expectDatedPieces(text, pieces);
  });

  it('cuts a head where a date stands right before a sentence, after a menu entry in sentence case', () => {
    // "Find your school" opens as a sentence does: the byline and the date after it are read as a head all the same.
    const elements = [
      'Find your school',
      'By Jane Roe',
      'Published on March 12, 2024',
      ...PARAGRAPHS,
      FOOTER,
    ];
    for (const { text, pieces } of [
      joinedPage(MENU_CAPS, ...elements),
      joinedPage(MENU_CAPS, 'Sign up today.', ...elements),
    ]) {
      expect(expectDatedPieces(text, pieces).body).not.toContain('Find your school');
    }
    // In prose a date is followed by a comma or a lower-case word: the sentence stays whole.
    const prose =
      'Since March 12, 2024, the council has met every week, and it will publish its plan in May.';
    const { pieces } = joinedPage(MENU_CAPS, HEADLINE, prose, ...PARAGRAPHS, FOOTER);
    expect(pieces.some((piece) => piece.includes(prose))).toBe(true);
    expect(pieces).not.toContain('March 12, 2024');
  });

  it('reads a long run between glues as elements joined by single spaces', () => {
    // Glued in a few places only: a menu of links with nothing between them, a name with two capitals inside.
    const text = [
      'HomeAboutContactShop',
      MENU_CAPS,
      HEADLINE,
      'March 12, 2024',
      ...PARAGRAPHS,
      FOOTER,
      'Book your ferry with GetYourGuide.',
    ].join(' ');
    const pieces = withSpaceRunsSplit(segment(text)).map((block) => block.text);

    expect(pieces.slice(0, 4)).toEqual(['Home', 'About', 'Contact', 'Shop']);
    expect(pieces).toContain('March 12, 2024');
    expect(pieces).toContain(PARAGRAPHS[0]!.split('. ')[0]!.concat('.'));
  });

  it('reads a menu entry that opens as a sentence does into the head before the article', () => {
    // "Skip to main content": a capitalised word and two lower-case ones, as a sentence opens.
    const { text, pieces } = joinedPage(
      'Skip to main content',
      MENU_MIXED,
      HEADLINE,
      'By Jane Roe',
      'March 12, 2024',
      '5 min read',
      ...PARAGRAPHS,
      FOOTER,
    );

    expect(expectDatedPieces(text, pieces).body).not.toContain('Skip to main content');
  });

  it('reads a run between glues as flat only with two menu runs, one long run being glued words as often', () => {
    const menu = 'Home Shop Tips & Tricks Fashion Outfits Beauty News Video About Privacy Imprint';
    const text = [
      'HomeAboutContactShop',
      menu,
      menu,
      HEADLINE,
      'March 12, 2024',
      ...PARAGRAPHS,
      'GetYourGuide',
    ].join(' ');
    const pieces = withSpaceRunsSplit(segment(text)).map((block) => block.text);

    expect(pieces.slice(0, 3)).toEqual(['Home', 'About', 'Contact']);
    expect(pieces).not.toContain('March 12, 2024');
  });

  it('reads a line with one long menu run and no other as a flat page', () => {
    // A menu of many entries over its copy for small screens; the footer is on a line of its own.
    const menu = 'Home Shop Tips & Tricks Fashion Outfits Beauty News Video About Privacy Imprint';
    const { text, pieces } = joinedPage(menu, menu, HEADLINE, 'March 12, 2024', ...PARAGRAPHS);

    expect(text.length).toBeGreaterThan(SPACE_RUNS.minLineChars);
    expectDatedPieces(`${text}\n© 2024 The Harbour Times`, pieces);
    // A line that is one run of names, no prose beside it, is a list: read whole.
    const people = ['Anna Berg', 'Tom Hays', 'Jane Roe', 'Lena Fischer', 'Marcus Bell', 'Kelia Losa'];
    const names = Array.from({ length: 120 }, (_, i) => people[(i * 5) % people.length]).join(', ');
    expect(names.length).toBeGreaterThan(SPACE_RUNS.minLineChars);
    const list = segment(names);
    expect(withSpaceRunsSplit(list)).toBe(list);
    // Two runs of eight words are not needed; a run of fewer than SPACE_RUNS.longMenuRunWords alone is no menu.
    const prose = `${PARAGRAPHS.join(' ')} The New York City Police Department Harbour Unit Marine Patrol will watch.`;
    expect(withSpaceRunsSplit(segment(prose)).map((block) => block.text)).toEqual([prose]);
  });

  it('reads such lines so when together they are most of the text, none of them alone', () => {
    const first = joinedPage(MENU_CAPS, HEADLINE, 'March 12, 2024', ...PARAGRAPHS, FOOTER).text;
    const second = joinedPage(
      MENU_MIXED,
      ...PARAGRAPHS.map((p) => p.replaceAll('harbour', 'port')),
      FOOTER,
    ).text;
    const notes = Array.from(
      { length: 6 },
      (_, i) => `Note ${i + 1}: the ferry timetable changes in spring.`,
    );
    const text = [first, second, ...notes].join('\n');
    expect(2 * first.length).toBeLessThan(text.length);
    expect(2 * second.length).toBeLessThan(text.length);

    expectDatedPieces(
      text,
      withSpaceRunsSplit(segment(text)).map((block) => block.text),
    );
  });

  it('reads such a line so only when it is most of the text', () => {
    const line = joined();
    const rest = Array.from({ length: 12 }, (_, i) => `${PARAGRAPHS[i % PARAGRAPHS.length]} (${i})`);
    const blocks = segment([...rest, line].join('\n\n'));

    expect(withSpaceRunsSplit(blocks)).toBe(blocks);
  });
});
