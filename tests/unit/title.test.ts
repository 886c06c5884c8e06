import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../functions/core/clean.ts';
import { classify } from '../../functions/core/cleaning/classify.ts';
import { findRegion } from '../../functions/core/cleaning/region.ts';
import {
  bodyOverlap,
  echoesTitle,
  glueParts,
  headlinePart,
  lineParts,
  StemSet,
  stemId,
  TITLE_FEATURES,
  titleCandidates,
} from '../../functions/core/cleaning/title.ts';
import TITLE_MODEL from '../../functions/core/cleaning/title-model.json' with { type: 'json' };
import { segment } from '../../functions/core/layout/blocks.ts';
import { extractTitle } from '../../functions/core/metadata/title.ts';
import { normalise } from '../../functions/core/normalise.ts';
import { cleanedFrom } from './metadata-helpers.ts';

/** A page with a menu line on top (a page without any chrome is all body). */
const titleOf = (paragraphs: string[]) =>
  clean(segment(normalise(['Menu', ...paragraphs].join('\n\n')))).title;

const P1 =
  'The council agreed on Tuesday to rebuild the old footbridge, which has been closed since the floods damaged its supports two winters ago.';
const P2 =
  'Engineers said the new footbridge would be wider, so that cyclists and people with prams can cross without waiting for each other.';
const P3 =
  'Work on the footbridge is expected to begin in the spring and to take about eight months, during which a ferry will carry people.';

describe('title: word overlap with the body', () => {
  it('measures the share of the line words the body uses', () => {
    // Prepare
    const body = StemSet.of(['counc', 'rebui', 'footb'].map(stemId));
    // Act
    const shared = bodyOverlap('Council to rebuild the footbridge', body);
    const unrelated = bodyOverlap('Download our mobile app', body);
    // Assess
    expect(shared).toBe(1);
    expect(unrelated).toBe(0);
  });

  it('prefers the headline that shares words with the body over a closer menu line', () => {
    // Prepare
    const paragraphs = ['Council to rebuild the old footbridge', 'Download Our Mobile App Today', P1, P2, P3];
    // Act
    const title = titleOf(paragraphs);
    // Assess
    expect(title).toBe('Council to rebuild the old footbridge');
  });
});

describe('title: repeated lines', () => {
  it('rejects a table-of-contents entry whose neighbours are headings in the body too', () => {
    // Prepare
    const paragraphs = [
      'Council to rebuild the old footbridge',
      'March 3, 2025',
      'Why the footbridge closed',
      'What the new footbridge looks like',
      P1,
      'Why the footbridge closed',
      P2,
      'What the new footbridge looks like',
      P3,
    ];
    // Act
    const title = titleOf(paragraphs);
    // Assess
    expect(title).toBe('Council to rebuild the old footbridge');
  });

  it('keeps a headline whose only copy is in a related list at the end of the page', () => {
    // Prepare
    const paragraphs = [
      'Home',
      'Council to rebuild the old footbridge',
      'March 3, 2025',
      P1,
      P2,
      P3,
      P1.replace('Tuesday', 'Monday'),
      'Council to rebuild the old footbridge',
      'Ferry timetable for the spring',
    ];
    // Act
    const title = titleOf(paragraphs);
    // Assess
    expect(title).toBe('Council to rebuild the old footbridge');
  });

  it('prefers a line shown twice in a row (heading and its share copy)', () => {
    // Prepare
    const paragraphs = [
      'Footbridge plans and updates',
      'Footbridge plans and updates',
      'Local footbridge news today',
      P1,
      P2,
    ];
    // Act
    const title = titleOf(paragraphs);
    // Assess
    expect(title).toBe('Footbridge plans and updates');
  });
});

describe('title: shapes and positions', () => {
  it('does not take words glued by the scraper (a menu)', () => {
    // Prepare
    const paragraphs = ['Footbridge NewsFootbridge Works', 'Council to rebuild the old footbridge', P1, P2];
    // Act
    const title = titleOf(paragraphs);
    // Assess
    expect(title).toBe('Council to rebuild the old footbridge');
  });

  it('takes a headline inside the region when a byline follows it', () => {
    // Prepare: a notice paragraph opens the region above the headline
    const notice =
      'We use cookies on this website to give you the best experience, and you can change your settings at any time.';
    const paragraphs = [notice, 'Council to rebuild the old footbridge', 'By Jane Smith', P1, P2, P3];
    // Act
    const title = titleOf(paragraphs);
    // Assess
    expect(title).toBe('Council to rebuild the old footbridge');
  });

  it('does not take a subheading inside the region without a byline or date under it', () => {
    // Prepare
    const paragraphs = [P1, 'How the ferry will work', P2, P3];
    // Act
    const title = titleOf(paragraphs);
    // Assess
    expect(title).toBeNull();
  });

  it('takes the headline over its dek, not the dek', () => {
    // Prepare
    const paragraphs = [
      'Council to rebuild the footbridge',
      'Engineers say the new footbridge will be wider and open to cyclists next winter',
      'March 3, 2025',
      P1,
      P2,
    ];
    // Act
    const title = titleOf(paragraphs);
    // Assess
    expect(title).toBe('Council to rebuild the footbridge');
  });

  it('does not take a one-word kicker over the headline for a dek', () => {
    // Prepare
    const paragraphs = ['Local News', 'Council to rebuild the old footbridge', 'March 3, 2025', P1, P2];
    // Act
    const title = titleOf(paragraphs);
    // Assess
    expect(title).toBe('Council to rebuild the old footbridge');
  });
});

describe('title: site and tagline suffixes', () => {
  it('takes the headline part of a "Headline | Site" line, not a menu with several bars', () => {
    // Prepare
    const line = 'Council to rebuild the old footbridge | Town Gazette';
    const menu = 'Home | News | Contact';
    // Act
    const head = headlinePart(line);
    const kept = headlinePart(menu);
    // Assess
    expect(head).toBe('Council to rebuild the old footbridge');
    expect(kept).toBe(menu);
  });

  it('scores a "Headline | Site" line by its headline and the record drops the site', () => {
    // Prepare
    const paragraphs = ['Council to rebuild the old footbridge | Town Gazette', 'March 3, 2025', P1, P2, P3];
    const pageTitle = titleOf(paragraphs);
    // Act
    const title = extractTitle({ ...cleanedFrom(['x']), title: pageTitle });
    // Assess
    expect(title).toBe('Council to rebuild the old footbridge');
  });

  it("drops an ordered list's number a text dump gave the headline in a breadcrumb, when the page shows it without", () => {
    // lynx and elinks number an <ol> breadcrumb's items: "1. Home" / "2. Ratgeber" / "3. Auto leasen oder kaufen?"
    const crumb = '3. Auto leasen oder kaufen: Für wen lohnt sich was?';
    const page = cleanedFrom([
      `1. Home\n2. Ratgeber\n${crumb}`,
      'Auto leasen oder kaufen: Für wen lohnt sich was?',
      P1,
    ]);
    expect(extractTitle({ ...page, title: crumb })).toBe('Auto leasen oder kaufen: Für wen lohnt sich was?');
    // Shown after a kicker its element glues to it.
    const remembrance = '5. Erinnerung an die Opfer der NS-Verbrechen';
    const kicked = cleanedFrom([
      `4. Textarchiv\n${remembrance}`,
      'Holocaust-Gedenktag Erinnerung an die Opfer der NS-Verbrechen',
      P1,
    ]);
    expect(extractTitle({ ...kicked, title: remembrance })).toBe('Erinnerung an die Opfer der NS-Verbrechen');
    // A headline's own number stays: the page shows no list it is an item of, with or without it elsewhere.
    const club = '1. FC Köln gewinnt das Derby in Gladbach';
    expect(extractTitle({ ...cleanedFrom([club, P1]), title: club })).toBe(club);
    const forum = '15. Zukunftsforum Ländliche Entwicklung';
    const related = cleanedFrom([
      forum,
      P1,
      'Zukunftsforum Ländliche Entwicklung',
      'Rückblick: Das 14. Zukunftsforum',
    ]);
    expect(extractTitle({ ...related, title: forum })).toBe(forum);
  });

  it('drops a " - tagline" but keeps a one-word head whole', () => {
    // Prepare
    const tagged = cleanedFrom(['Setting up an aquarium - A step by step guide', P1]);
    const short = cleanedFrom(['COVID-19 - what changes now', P1]);
    // Act
    const title = extractTitle(tagged);
    const whole = extractTitle(short);
    // Assess
    expect(title).toBe('Setting up an aquarium');
    expect(whole).toBe('COVID-19 - what changes now');
  });

  it('keeps a " - " inside the headline on a page in another language, where it is the dash', () => {
    // Prepare
    const german = cleanedFrom(['Luftfahrtbranche hebt nach Corona ab - und FACC profitiert', P1]);
    // Act
    const kept = extractTitle(german, 'de');
    const cut = extractTitle(german, 'en');
    // Assess
    expect(kept).toBe('Luftfahrtbranche hebt nach Corona ab - und FACC profitiert');
    expect(cut).toBe('Luftfahrtbranche hebt nach Corona ab');
  });

  it('drops a " – Site" only when the page names itself so elsewhere', () => {
    // Prepare
    const site = cleanedFrom(['Best art shows of the year – Artlyst', P1, '© Artlyst 2025']);
    const subtitle = cleanedFrom(['Best Bread Machines – My Favorites!', P1, '© Bakery Blog 2025']);
    // Act
    const stripped = extractTitle(site);
    const kept = extractTitle(subtitle);
    // Assess
    expect(stripped).toBe('Best art shows of the year');
    expect(kept).toBe('Best Bread Machines – My Favorites!');
  });

  it('keeps a " – #Hashtag" the page also shows as a line of its own (a tag, not the site)', () => {
    // Prepare
    const tagged = cleanedFrom([
      'Interview with the old footbridge engineers – #Footbridge',
      P1,
      '#Footbridge',
    ]);
    // Act
    const title = extractTitle(tagged);
    // Assess
    expect(title).toBe('Interview with the old footbridge engineers – #Footbridge');
  });
});

describe('title: a headline in capitals', () => {
  const CAPS = 'HOW TO BOOK A FLIGHT FOR BEGINNERS';

  it("takes the case of the headline's copy elsewhere on the page (a breadcrumb's list item)", () => {
    // Prepare: html-to-text sets headings in capitals; its breadcrumb keeps the headline's case.
    const page = cleanedFrom([CAPS, '* Home\n* Travel Tips\n* How to Book a Flight for Beginners', P1]);
    // Act
    const title = extractTitle(page);
    // Assess
    expect(title).toBe('How to Book a Flight for Beginners');
  });

  it('prefers a copy that fills its line to one inside a longer line', () => {
    // Prepare
    const page = cleanedFrom([
      CAPS,
      'Share: How To Book A Flight For Beginners [https://example.com/share]',
      P1,
      '2. How to Book a Flight for Beginners',
    ]);
    // Act
    const title = extractTitle(page);
    // Assess
    expect(title).toBe('How to Book a Flight for Beginners');
  });

  it('takes a copy inside a line at word boundaries, white space as the title has it', () => {
    // Prepare
    const page = cleanedFrom([CAPS, 'Travel Tips > How to Book a\nFlight for Beginners | Away', P1]);
    const glued = cleanedFrom([CAPS, 'See alsoHow to Book a Flight for Beginners', P1]);
    // Act
    const title = extractTitle(page);
    const kept = extractTitle(glued);
    // Assess
    expect(title).toBe('How to Book a Flight for Beginners');
    expect(kept).toBe(CAPS);
  });

  it('keeps the capitals when the words come only in a sentence, or nowhere else', () => {
    // Prepare: "… go back to how to book a flight for beginners." says the words in passing, in lower case.
    const sentence = cleanedFrom([CAPS, `${P1} But let's go back to how to book a flight for beginners.`]);
    const alone = cleanedFrom([CAPS, P1]);
    // Act
    const fromSentence = extractTitle(sentence);
    const unchanged = extractTitle(alone);
    // Assess
    expect(fromSentence).toBe(CAPS);
    expect(unchanged).toBe(CAPS);
  });

  it('keeps an acronym and a headline with lower-case letters as they are', () => {
    // Prepare
    const acronym = cleanedFrom(['NASA', P1, 'Nasa']);
    const mixed = cleanedFrom(['How to Book a Flight', P1, 'HOW TO BOOK A FLIGHT']);
    // Act
    const short = extractTitle(acronym);
    const cased = extractTitle(mixed);
    // Assess
    expect(short).toBe('NASA');
    expect(cased).toBe('How to Book a Flight');
  });
});

describe('title: parts of a line (kicker, section label, site name)', () => {
  it('offers the parts around the first and last separators, with what was cut off', () => {
    // Prepare
    const framed = 'Politics | Council to rebuild the old footbridge | Town Gazette';
    const kicker = 'Klimaschutz: Bohren, bis es heiß wird';
    // Act
    const parts = lineParts(framed);
    const kicked = lineParts(kicker);
    // Assess
    expect(parts.map((part) => part.text)).toEqual([
      'Politics | Council to rebuild the old footbridge',
      'Council to rebuild the old footbridge | Town Gazette',
      'Council to rebuild the old footbridge',
    ]);
    expect(parts[2]).toMatchObject({ before: 'Politics', after: 'Town Gazette', bar: true, colon: false });
    expect(kicked).toEqual([
      { text: 'Bohren, bis es heiß wird', before: 'Klimaschutz', after: '', colon: true, bar: false },
    ]);
  });

  it('offers nothing for a line without a separator, a one-word part, the part headlinePart scores, or a part after a dash', () => {
    // Prepare
    const plain = 'Council to rebuild the old footbridge';
    const short = 'COVID-19 - what changes now';
    const barred = 'Council to rebuild the old footbridge | Gazette';
    // Act
    const none = lineParts(plain);
    const oneWordHead = lineParts(short).map((part) => part.text);
    const barParts = lineParts(barred);
    // Assess
    expect(none).toEqual([]);
    expect(oneWordHead).toEqual([]);
    expect(barParts).toEqual([]);
  });

  it('makes each part a candidate of its own, its cut marked, its text the title taken', () => {
    // Prepare
    const units = classify(
      segment(
        normalise(
          [
            'Menu',
            'Politics | Council to rebuild the old footbridge | Town Gazette',
            'March 3, 2025',
            P1,
            P2,
            P3,
          ].join('\n\n'),
        ),
      ),
    );
    const region = findRegion(units);
    const head = TITLE_FEATURES.indexOf('partHead');
    const tail = TITLE_FEATURES.indexOf('partTail');
    // Act
    const middle = titleCandidates(units, region).find(
      (c) => c.text === 'Council to rebuild the old footbridge',
    );
    // Assess
    expect(middle).toBeDefined();
    expect(middle!.features[head]).toBe(1);
    expect(middle!.features[tail]).toBe(1);
    expect(middle!.key).toBe('council to rebuild the old footbridge');
  });
});

describe('title: calls to action and far headlines', () => {
  it('does not take a call to action over the headline', () => {
    // Prepare
    const paragraphs = [
      'Council to rebuild the old footbridge',
      'Ann Lee',
      'See the footbridge plans in action',
      P1,
      P2,
    ];
    // Act
    const title = titleOf(paragraphs);
    // Assess
    expect(title).toBe('Council to rebuild the old footbridge');
  });

  it('still takes a headline that is a noun phrase, not a call to action', () => {
    // Prepare
    const paragraphs = ['Council footbridge reviews', 'March 3, 2025', P1, P2];
    // Act
    const title = titleOf(paragraphs);
    // Assess
    expect(title).toBe('Council footbridge reviews');
  });

  it('finds a headline with a byline under it above a long list of section links', () => {
    // Prepare
    const links = Array.from({ length: 30 }, (_, k) => `Footbridge part ${k + 1}`);
    const paragraphs = ['Council to rebuild the old footbridge', 'By Ann Lee', ...links, P1, P2, P3];
    // Act
    const title = titleOf(paragraphs);
    // Assess
    expect(title).toBe('Council to rebuild the old footbridge');
  });

  it('does not reach farther back than 60 blocks for a line without a byline or date under it', () => {
    // Prepare
    const links = Array.from({ length: 65 }, (_, k) => `Footbridge part ${k + 1}`);
    const paragraphs = ['Council to rebuild the old footbridge', ...links, P1, P2, P3];
    // Act
    const title = titleOf(paragraphs);
    // Assess
    expect(title).not.toBe('Council to rebuild the old footbridge');
  });
});

describe('title: the header (headline, then its byline or date)', () => {
  it('does not take a heading under the byline when a headline sits right above the byline', () => {
    // Prepare
    const paragraphs = [
      'Council backs the new footbridge plan',
      'Published: March 3, 2025 by Jane Smith',
      'Why is the council rebuilding the old footbridge this spring?',
      P1,
      P2,
      P3,
    ];
    // Act
    const title = titleOf(paragraphs);
    // Assess
    expect(title).toBe('Council backs the new footbridge plan');
  });

  it('takes the line under a date when the line above the date is a short menu entry', () => {
    // Prepare
    const paragraphs = [
      'Back to Blog',
      'March 3, 2025',
      'When will the footbridge reopen to cyclists?',
      P1,
      P2,
      P3,
    ];
    // Act
    const title = titleOf(paragraphs);
    // Assess
    expect(title).toBe('When will the footbridge reopen to cyclists?');
  });
});

describe('title: echoes near the header', () => {
  it('counts a copy differing in punctuation and case, and a glued breadcrumb trail ending with it', () => {
    // Prepare
    const title = 'Puppy Behavior and Training: Training Basics';
    // Act
    const copy = echoesTitle(title, 'Puppy Behavior And Training Training Basics');
    const trail = echoesTitle(title, 'Home Pet TipsTraining Puppy Behavior and Training: Training Basics');
    // Assess
    expect(copy).toBe(true);
    expect(trail).toBe(true);
  });

  it('does not count a single word before it ("Skip …"), another line, or a short site name', () => {
    // Prepare
    const title = 'Council to rebuild the old footbridge';
    // Act
    const skip = echoesTitle(title, 'Skip Council to rebuild the old footbridge');
    const other = echoesTitle(title, 'Council to rebuild the old footbridge soon');
    const site = echoesTitle('The Spruce Eats', 'Why Trust The Spruce Eats');
    // Assess
    expect(skip).toBe(false);
    expect(other).toBe(false);
    expect(site).toBe(false);
  });
});

describe('title: a headline ending in a period', () => {
  it('takes a short line ending in a period when a byline or date sits right under it', () => {
    // Prepare
    const paragraphs = [
      'One year of rebuilding the old footbridge.',
      'March 3, 2025',
      'By Jane Smith',
      P1,
      P2,
      P3,
    ];
    // Act
    const title = titleOf(paragraphs);
    // Assess
    expect(title).toBe('One year of rebuilding the old footbridge.');
  });

  it('takes it over its dek, the byline or date under the dek', () => {
    // Prepare
    const paragraphs = [
      'The footbridge is closed. Here is the council plan.',
      'What the council agreed on Tuesday about the footbridge, the cyclists and the ferry across the river',
      'Jane Smith',
      'March 3, 2025',
      P1,
      P2,
      P3,
    ];
    // Act
    const title = titleOf(paragraphs);
    // Assess
    expect(title).toBe('The footbridge is closed. Here is the council plan.');
  });

  it('does not take a line ending in a period without a byline or date under it, or a long one', () => {
    // Prepare
    const bare = [
      'One year of rebuilding the old footbridge.',
      'Closed Old Footbridge Council Plan',
      P1,
      P2,
      P3,
    ];
    const long = [
      'The council agreed on Tuesday to rebuild the old footbridge closed since the floods two winters ago.',
      'March 3, 2025',
      P1,
      P2,
      P3,
    ];
    // Act
    const bareTitle = titleOf(bare);
    const longTitle = titleOf(long);
    // Assess
    expect(bareTitle).not.toBe('One year of rebuilding the old footbridge.');
    expect(longTitle).not.toBe(long[0]);
  });
});

describe('title: a section question right above the first paragraph', () => {
  /** The sectionQuestion feature of each candidate line (the model weighs it; the gold decides how much). */
  const questionMarks = (paragraphs: string[]) => {
    const units = classify(segment(normalise(['Menu', ...paragraphs].join('\n\n'))));
    const region = findRegion(units);
    const k = TITLE_FEATURES.indexOf('sectionQuestion');
    return Object.fromEntries(
      titleCandidates(units, region).map((c) => [units[c.index]!.block.text, c.features[k]]),
    );
  };

  it('marks a question right above the body under a line naming all its subject words', () => {
    // Prepare
    const paragraphs = [
      'Council Agreed: Old Footbridge Rebuild',
      'What is the Old Footbridge Rebuild?',
      P1,
      P2,
      P3,
    ];
    // Act
    const marks = questionMarks(paragraphs);
    // Assess
    expect(marks['What is the Old Footbridge Rebuild?']).toBe(1);
    expect(marks['Council Agreed: Old Footbridge Rebuild']).toBe(0);
  });

  it('does not mark the question when the line above it names something else', () => {
    // Prepare
    const paragraphs = ['Learn More: Council Plans', 'What is the Old Footbridge Rebuild?', P1, P2, P3];
    // Act
    const marks = questionMarks(paragraphs);
    // Assess
    expect(marks['What is the Old Footbridge Rebuild?']).toBe(0);
  });
});

describe('title: the learned model', () => {
  it('weighs only features the scorer computes, each with a finite weight', () => {
    // Prepare
    const names = Object.keys(TITLE_MODEL.weights);
    // Assess
    expect(names.every((name) => (TITLE_FEATURES as readonly string[]).includes(name))).toBe(true);
    expect(Object.values(TITLE_MODEL.weights).every(Number.isFinite)).toBe(true);
    expect(names.length).toBeGreaterThan(20);
  });
});

describe('title: list items', () => {
  it('takes no list item a dump writes with its bullet as the headline', () => {
    // Prepare: a dump's menu item with its bullet, right over the byline, the headline further up.
    const paragraphs = [
      'Council to rebuild the old footbridge',
      '• Footbridge rebuild plans',
      'By Jane Doe',
      P1,
      P2,
      P3,
    ];
    // Act
    const title = titleOf(paragraphs);
    // Assess
    expect(title).toBe('Council to rebuild the old footbridge');
    for (const bullet of ['• ', '□ ', '* ', 'o ', '- '])
      expect(
        titleOf([`${bullet}Council to rebuild the old footbridge`, 'By Jane Doe', P1, P2, P3]),
      ).toBeNull();
  });
});

describe('title: a section label glued to the headline', () => {
  // A scraper that glued inline elements ("Local NewsCouncil to rebuild …"): the label is a line of its own in
  // the menu above.
  const page = (headline: string, menu: string[]) =>
    clean(segment(normalise([...menu, headline, P1, P2, P3].join('\n\n')))).title;

  it('reads the headline without a label the page shows as a line of its own', () => {
    const title = page('Local NewsCouncil to rebuild the old footbridge', ['Home', 'Local News', 'Sport']);

    expect(title).toBe('Council to rebuild the old footbridge');
  });

  it('cuts a numbered headline off its label too', () => {
    const title = page('Local News5 things to know about the new footbridge', [
      'Home',
      'Local News',
      'Sport',
    ]);

    expect(title).toBe('5 things to know about the new footbridge');
  });

  it('keeps a camel-cased name whose front is no line of the page', () => {
    const title = page('YouTube creators fund the new footbridge', ['Home', 'Local News', 'Sport']);

    expect(title).toBe('YouTube creators fund the new footbridge');
  });

  it('keeps the line whole when the glued piece is a lower-case word the page shows alone', () => {
    // "from" alone on a line (a byline's label) is no section: "fromCouncil" is left as it stands.
    const title = page('fromCouncil to rebuild the old footbridge', ['Home', 'from', 'Sport']);

    expect(title).not.toBe('Council to rebuild the old footbridge');
  });
});

describe('title: elements a scraper glued, the label no line of its own', () => {
  // BeautifulSoup's get_text() over a page's header: the label, menu entry or date before the headline is glued
  // to it, and the page shows that label nowhere else.
  const page = (headline: string, body = [P1, P2, P3]) =>
    clean(segment(normalise(['Home', 'Sport', 'Weather', headline, ...body].join('\n\n')))).title;

  it('cuts a label glued in front of the headline', () => {
    expect(page('Sign inCouncil to rebuild the old footbridge')).toBe(
      'Council to rebuild the old footbridge',
    );
    expect(page('Travel, Shopping & Leisure23 new shops open by the footbridge')).toBe(
      '23 new shops open by the footbridge',
    );
    expect(page('Get Started2025 guide to the new footbridge')).toBe('2025 guide to the new footbridge');
  });

  it('cuts no word with a capital inside that the page shows again, and cuts it where the page shows it once', () => {
    const candidates = (headline: string, tail: string) => {
      const units = classify(segment(normalise(['Home', 'Sport', headline, P1, P2, P3, tail].join('\n\n'))));
      return titleCandidates(units, findRegion(units)).map((c) => c.text);
    };
    const headline = 'HubSpot and LinkedIn back the new footbridge';

    expect(candidates(headline, 'Follow us on LinkedIn')).not.toContain('In back the new footbridge');
    expect(candidates(headline, 'Follow us on Mastodon')).toContain('In back the new footbridge');
  });

  it('keeps a name with a capital inside that the page repeats', () => {
    const body = [`${P1} LinkedIn and HubSpot will pay for it.`, P2, `${P3} HubSpot said so on LinkedIn.`];

    expect(page('HubSpot and LinkedIn back the new footbridge', body)).toBe(
      'HubSpot and LinkedIn back the new footbridge',
    );
  });

  it('keeps a one-word name glued to its number', () => {
    expect(page('Web3 projects fund the new footbridge')).toBe('Web3 projects fund the new footbridge');
  });

  it('offers the parts around a glue, and none where a name or a sentence stands before it', () => {
    expect(glueParts('Restaurant Tips10 trends in catering this year').map((part) => part.text)).toContain(
      '10 trends in catering this year',
    );
    expect(glueParts('Sign inCouncil to rebuild the old footbridge')).toContainEqual({
      text: 'Council to rebuild the old footbridge',
      before: 'Sign in',
      after: '',
      colon: false,
      bar: false,
    });
    // A trail that holds the headline, then the headline (a breadcrumb and the heading, glued).
    const trail = 'Home » News » Council to rebuild the old footbridgeCouncil to rebuild the old footbridge';
    expect(glueParts(trail).map((part) => part.text)).toContain('Council to rebuild the old footbridge');
    // A missing space inside a sentence is no label: seven words and more before the glue.
    expect(
      glueParts('Championships from 5 to 11 February in the TennisBase Oberhaching hosts the juniors').map(
        (part) => part.text,
      ),
    ).not.toContain('Base Oberhaching hosts the juniors');
    expect(glueParts('Web3 projects fund the new footbridge')).toEqual([]);
    expect(
      glueParts('HubSpot and LinkedIn back it', (word) => word === 'LinkedIn' || word === 'HubSpot'),
    ).toEqual([]);
    expect(glueParts('Council to rebuild the old footbridge')).toEqual([]);
  });

  it('gives only pieces of the line, of two words at least, never the whole line', () => {
    const piece = fc.oneof(
      fc.constantFrom('Sign in', 'Tips', 'News', 'Home » Blog »', '2025', 'LinkedIn', 'Web3', 'x'),
      fc.stringMatching(/^[A-Za-z0-9 ]{0,12}$/),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const line = pieces.join('');
        for (const part of glueParts(line)) {
          expect(line).toContain(part.text);
          expect(part.text).not.toBe(line.trim());
          expect(part.text.split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(2);
        }
      }),
    );
  });
});
