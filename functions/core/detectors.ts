/**
 * Boilerplate rules implemented as code, one entry each, in the order they run (the phrase rules are in
 * rules.ts). Every id here is emitted by the cleaner and documented in the README; the unit tests are
 * generated from each entry's examples (tests/unit/detectors.test.ts).
 *
 * Line detectors test one line (its text, its matching key, its word count) and run around the phrase rules:
 * `before-rules` ones first (a date line is a date line whatever label it carries: the metadata stage reads it),
 * `after-rules` ones when no phrase matched. Each has a `prefilter`, a cheap necessary condition tried first.
 * Page detectors decide from a block's place in the page (the region, the blocks around it); they are emitted by
 * the passes their comment names, and their examples are short pages.
 */
import {
  CREDIT_HINT,
  isBreadcrumb,
  isLinkRow,
  isShareBar,
  isTrailingCredit,
  metaLineKind,
} from './cleaning/detectors.ts';
import { isDateLineFast } from './cleaning/detectors-fast.ts';
import type { BoilerplateKind } from './types.ts';

/** What a line detector sees. */
export interface LineInput {
  line: string;
  /** The line's matching key (rules.ts). */
  key: string;
  words: number;
  /** The line is short (≤ 40 words) and its key holds a digit. */
  digit: boolean;
  /** The line is at most 300 characters and holds a breadcrumb or link-row separator (> › » / → \ : | • ·). */
  separator: boolean;
}

/** A detector's reason, and for a page detector the code that emits it, are the comments over its entry. */
interface DetectorBase {
  id: string;
  kind: BoilerplateKind;
}

export interface LineDetector extends DetectorBase {
  scope: 'line';
  order: 'before-rules' | 'after-rules';
  prefilter: (input: LineInput) => boolean;
  test: (input: LineInput) => boolean;
  /** Lines it must remove with this id, and lines it must leave alone. */
  examples: { match: readonly string[]; noMatch: readonly string[] };
}

export interface PageDetector extends DetectorBase {
  scope: 'page';
  /**
   * A page (blocks separated by blank lines) and the start of a block or line removed from it with this id
   * (none only for the learned model's rule: see its entry).
   */
  examples: readonly { page: string; removes: string }[];
}

export type Detector = LineDetector | PageDetector;

const ARTICLE = [
  'The council approved the new cycle lanes on Tuesday after a two-year consultation with residents and shops.',
  'Work on the first stretch, along the river road, starts in March and should take about six months to finish.',
  'Shop owners had asked for more loading bays, and the final plan adds four of them near the market square.',
].join('\n\n');

/** More paragraphs of the same story (pages that need sections). */
const SECTIONS = [
  'The plan links the station to the old harbour with a lane on each side of the road and new crossings.',
  'The costs are shared between the city and the region, which pays for the bridges and the signals on the way.',
  'What comes next is a second consultation in the autumn, when residents of the northern districts can comment.',
  'The shops on the market square get their loading bays first, before the lanes are painted in the spring.',
  'The critics, mostly drivers from the suburbs, say the lanes will slow the buses and take away parking spaces.',
];
/** Section headings of SECTIONS. */
const HEADINGS = ['The plan', 'The costs', 'What comes next', 'The shops', 'The critics'];

export const DETECTORS = [
  {
    scope: 'line',
    id: 'dateline.date',
    kind: 'dateline',
    // A line that is only a date or time ("March 3, 2024", "2 days ago", "vor 3 Stunden").
    order: 'before-rules',
    prefilter: (input) => input.digit,
    test: (input) => isDateLineFast(input.key),
    examples: {
      match: [
        'March 14, 2024',
        'Updated 3 hours ago',
        '12. Juni 2024',
        'vor 3 Stunden',
        'March 14, 2024 at 10:15 a.m.',
        '14 mars 2024 à 10h15',
      ],
      noMatch: ['In March 2024 the river flooded twice.', 'Three hours ago the bridge reopened to traffic.'],
    },
  },
  {
    scope: 'line',
    id: 'byline.meta-line',
    kind: 'byline',
    // A name and a date on one line ("Jane Doe • March 3, 2024", "By Jane Doe on March 3, 2024", "Von Anna Berg am
    // 12. März 2024").
    order: 'before-rules',
    prefilter: (input) => input.digit && input.line.length <= 200,
    test: (input) => metaLineKind(input.line) === 'byline',
    examples: {
      match: [
        'Jane Doe • March 14, 2024',
        'Ana Ruiz | 3 days ago',
        'By Jane Doe on March 3, 2024',
        'Written by Jane Doe on 3rd March 2024',
        'Von Anna Berg am 12. März 2024',
        'By Jane Doe, Staff Writer | Published March 3, 2024 at 5:00 PM EST',
        'Jane Doe (@janedoe) • Mar 3, 2024',
      ],
      noMatch: [
        'Jane Doe said on March 14, 2024 that she would run.',
        'By the end of March 3, 2024 the plant will close.',
        'By Jane Doe, who moved here | March 3, 2024',
      ],
    },
  },
  {
    scope: 'line',
    id: 'social.share-bar',
    kind: 'social',
    // A line made only of share-button and network names.
    order: 'after-rules',
    prefilter: (input) => input.words <= 40,
    test: (input) => isShareBar(input.key),
    examples: {
      match: ['Facebook Twitter LinkedIn Email', 'Twitter | Facebook | WhatsApp'],
      noMatch: ['Facebook said on Monday it would change its rules.'],
    },
  },
  {
    scope: 'line',
    id: 'nav.breadcrumb',
    kind: 'navigation',
    // Breadcrumb trails ("Home > News > World", "Startseite / Politik").
    order: 'after-rules',
    prefilter: (input) => input.separator,
    test: (input) => isBreadcrumb(input.line),
    examples: {
      match: ['Home > News > World', 'Startseite / Politik'],
      noMatch: ['Profits rose > 5% in May, the firm said.'],
    },
  },
  {
    scope: 'line',
    id: 'nav.link-row',
    kind: 'navigation',
    // Rows of 3+ short links split by bars or bullets.
    order: 'after-rules',
    prefilter: (input) => input.separator,
    test: (input) => isLinkRow(input.line),
    examples: {
      match: ['About | Contact | Careers | Press'],
      noMatch: ['Rain | then sun, said the forecast for the week ahead.'],
    },
  },
  {
    scope: 'line',
    id: 'caption.trailing-credit',
    kind: 'caption',
    // A photo caption that ends with its picture credit ("… Bild: Name/Agentur", "… (Foto: Archivo)", "… © Name /
    // Agency").
    order: 'after-rules',
    prefilter: (input) => input.words <= 40 && CREDIT_HINT.test(input.key),
    test: (input) => isTrailingCredit(input.key),
    examples: {
      match: [
        'The mayor at the opening of the bridge in May. (Image: Ana Lopez/Reuters)',
        'Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com',
        'La mujer quiso impedir la detención de su hijo. (Foto: Archivo/Soy502)',
        'Stau © aremac / Clipdealer',
        'Looking back down the ridge, Pennine Way | © 2019 Jon Norris',
      ],
      noMatch: [
        'The council approved the plan: work starts in March.',
        'She took the photo: a grey heron on the river bank at dawn, wings spread wide over the water as it rose.',
        '© 2024 Example Times',
        'Example Times © 2024',
      ],
    },
  },
  {
    scope: 'page',
    id: 'nav.toc',
    kind: 'navigation',
    // A table of contents inside the article: the short lines under a "Table of contents" heading (every vocabulary
    // language), or a run of 5+ short lines each repeated later as a section heading.
    // Emitted by clean.ts (markTablesOfContents).
    examples: [
      {
        page: `Share\n\n${ARTICLE}\n\nInhaltsverzeichnis\n\nThe plan\n\nThe costs\n\nWhat comes next\n\n${SECTIONS.slice(0, 3).join('\n\n')}`,
        removes: 'The costs',
      },
      {
        page: `Share\n\n${ARTICLE}\n\n${HEADINGS.join('\n\n')}\n\n${SECTIONS.map((text, k) => `${HEADINGS[k]}\n\n${text}`).join('\n\n')}`,
        removes: 'The plan',
      },
    ],
  },
  {
    scope: 'page',
    id: 'byline.name',
    kind: 'byline',
    // A line that is only a name, next to an author bio or above paragraphs about that person; on a page with no
    // other chrome, a name (or a name and the writer's role: "Jane Doe, Staff Writer") between the headline and the
    // first paragraph.
    // Emitted by cleaning/classify.ts (author bios and author boxes); clean.ts (allBody: a page with no other
    // chrome).
    examples: [
      {
        page: `${ARTICLE}\n\nAnna Berg\n\nAnna Berg is a staff reporter covering transport and city planning for the paper.`,
        removes: 'Anna Berg',
      },
    ],
  },
  {
    scope: 'page',
    id: 'layout.front-matter',
    kind: 'metadata',
    // The metadata a scraper or note tool writes above the text: YAML front matter ("---", "title: …", "date: …",
    // "---") or a reader header ("Title: …", "URL Source: …", "Published Time: …", "Markdown Content:"). Its title,
    // authors, dates, URL, site and language are read as the page's own statement, as an HTML head's are.
    // Emitted by layout/front-matter.ts, layout.ts, cleaning/classify.ts.
    examples: [
      {
        page: `---\ntitle: Cycle lanes approved\nauthor: Anna Berg\ndate: 2024-03-14\n---\n\n${ARTICLE}`,
        removes: '---\ntitle: Cycle lanes approved',
      },
      {
        page: `Title: Cycle lanes approved\n\nURL Source: https://example.org/news/cycle-lanes\n\nMarkdown Content:\n${ARTICLE}`,
        removes: 'Title: Cycle lanes approved\nURL Source:',
      },
    ],
  },
  {
    scope: 'page',
    id: 'layout.link-targets',
    kind: 'navigation',
    // The numbered list of link targets a text browser's dump ends with ("References" / "1. https://…"), whose
    // numbers the dump wrote before each link's text ("[1]Home"): the tool's index of the page's links.
    // Emitted by layout/link-numbers.ts, cleaning/classify.ts.
    examples: [
      {
        page: `[1]Home [2]News\n\n${ARTICLE}\n\nReferences\n\n   1. https://example.org/\n   2. https://example.org/news`,
        removes: 'References',
      },
    ],
  },
  {
    scope: 'page',
    id: 'archive.toolbar',
    kind: 'navigation',
    // A web archive's toolbar over an archived page, from the page's top: the calendar of captures, "N captures"
    // and the capture dates, "About this capture" and the collection's notes, down to "TIMESTAMPS" (and the "The
    // Wayback Machine - https://…" banner line under it).
    // Emitted by cleaning/archive-toolbar.ts, cleaning/classify.ts.
    examples: [
      {
        page: `success\n\nfail\n\nOct\n\nNOV\n\nDec\n\n10\n\n2013\n\n3 captures\n\n10 Nov 2013 - 2 Feb 2015\n\nAbout this capture\n\nCOLLECTED BY\n\nOrganization: Internet Archive\n\nThese crawls are part of an effort to archive pages as they are created and archive the pages that they refer to.\n\nTIMESTAMPS\n\nThe Wayback Machine - https://web.archive.org/web/20131110/http://example.org/\n\n${ARTICLE}`,
        removes: 'These crawls are part of an effort',
      },
      {
        page: `success\n\nfail\n\n1 capture\n\n10 Nov 2013\n\nAbout this capture\n\nTIMESTAMPS\n\n${ARTICLE}`,
        removes: '1 capture',
      },
      {
        // As lynx writes it: the page's <link> elements above, the logo's link, the calendar's rows as lines.
        page: `#Example » Feed Example » Comments Feed\n\nWayback Machine\n\nsuccess\n\nfail\n\nhttp://www.example.org/ Go\n\nOct              NOV  Dec\n\nPrevious capture 10   Next capture\n\n2012             2013 2014\n\n1 capture\n\n10 Nov 2013\n\nAbout this capture\n\nTIMESTAMPS\n\n${ARTICLE}`,
        removes: 'Previous capture 10   Next capture',
      },
    ],
  },
  {
    scope: 'page',
    id: 'author.bio',
    kind: 'author-bio',
    // An author bio paragraph ("Name, a … writer …", "Name is a reporter …", "Name ist Redakteurin …": every
    // vocabulary language), or a paragraph opening with a role under a name line, or the paragraph about that
    // person under an "About NAME" heading, late in the page.
    // Emitted by cleaning/classify.ts (author bios and author boxes).
    examples: [
      {
        page: `${ARTICLE}\n\nAnna Berg is a staff reporter covering transport and city planning for the paper.`,
        removes: 'Anna Berg is a staff reporter',
      },
      {
        page: `${ARTICLE}\n\nAnna Berg ist Redakteurin im Ressort Verkehr und schreibt seit 2015 über Stadtplanung und Radwege.`,
        removes: 'Anna Berg ist Redakteurin',
      },
      {
        page: `${ARTICLE}\n\nJean Dupont est journaliste au service économie du quotidien depuis 2012.`,
        removes: 'Jean Dupont est journaliste',
      },
      {
        page: `${ARTICLE}\n\nAnna Berg\n\nRedakteurin im Ressort Verkehr.`,
        removes: 'Redakteurin im Ressort',
      },
      {
        page: `${ARTICLE}\n\nÜber Anna Berg\n\nAnna schreibt seit 2015 über Verkehr und Stadtplanung und fährt jeden Tag mit dem Rad zur Redaktion.`,
        removes: 'Anna schreibt seit 2015',
      },
    ],
  },
  {
    scope: 'page',
    id: 'related.list-item',
    kind: 'related',
    // A short teaser title under a related/recommended heading.
    // Emitted by clean.ts (headings inside the region).
    examples: [
      {
        page: `${ARTICLE}\n\nRelated Articles\n\nNew bus lanes open next week\n\nCity plans a second bridge`,
        removes: 'New bus lanes open next week',
      },
    ],
  },
  {
    scope: 'page',
    id: 'comments.thread',
    kind: 'comments',
    // A reader comment thread: the entries under a comment heading, or a run of "NAME says:" entries; read into the
    // record's comments.
    // Emitted by clean.ts and cleaning/comments.ts.
    examples: [
      {
        page: `${ARTICLE}\n\n2 Comments\n\nMaria says:\n\nFinally, safe lanes for my kids to ride to school.\n\nReply\n\nTom says:\n\nWhat about parking?\n\nReply`,
        removes: 'Finally, safe lanes',
      },
    ],
  },
  {
    scope: 'page',
    id: 'context.between-chrome',
    kind: 'low-content',
    // Inside the region, a short non-prose line between two removed lines (jusText-style context), or a sentence
    // between two removed lines of the same kind (then it takes their kind).
    // Emitted by clean.ts (context pass).
    examples: [
      {
        page: `${ARTICLE}\n\nShare this article\n\nRiver road\n\nFollow us on Twitter\n\nThe second stretch, past the station, follows next year if the budget allows it.\n\nThe council will publish a map of the route before work starts in March.`,
        removes: 'River road',
      },
    ],
  },
  {
    scope: 'page',
    id: 'model.low-content',
    kind: 'low-content',
    // Inside the region, a short block the learned block model (cleaning/model.ts) is nearly sure is not article
    // text; the audit names the features that decided.
    // Emitted by clean.ts (after the region), cleaning/model.ts.
    // What the learned model removes changes when it is retrained: tests/unit/model.test.ts checks the rule
    // with a model of its own, and the training script reports what the shipped one does.
    examples: [],
  },
  {
    scope: 'page',
    id: 'page.repeated',
    kind: 'repeated',
    // A short line that appears several times in the page (menus), or a paragraph shown twice.
    // Emitted by clean.ts.
    examples: [
      {
        page: `Local Weather\n\nCity Guide\n\n${ARTICLE}\n\nLocal Weather\n\nCity Guide\n\n© 2024 Example Times`,
        removes: 'Local Weather',
      },
    ],
  },
  {
    scope: 'page',
    id: 'page.before-article',
    kind: 'navigation',
    // Outside the article region, before it: header, menus, teasers.
    // Emitted by clean.ts.
    examples: [
      { page: `Weather\n\nTraffic\n\nCycle lanes approved\n\n${ARTICLE}\n\nShare`, removes: 'Weather' },
    ],
  },
  {
    scope: 'page',
    id: 'page.after-article',
    kind: 'low-content',
    // Outside the article region, after it: footer, teasers, widgets.
    // Emitted by clean.ts.
    examples: [{ page: `Share\n\n${ARTICLE}\n\nOur Partners\n\nShop Directory`, removes: 'Our Partners' }],
  },
] as const satisfies readonly Detector[];

export type DetectorId = (typeof DETECTORS)[number]['id'];

/** Each detector by its id. */
export const DETECTOR_BY_ID: ReadonlyMap<string, Detector> = new Map(DETECTORS.map((d) => [d.id, d]));

/** The line detectors that run before the phrase rules, and those that run after, in table order. */
export const LINE_DETECTORS_BEFORE: readonly LineDetector[] = DETECTORS.filter(
  (d): d is Extract<(typeof DETECTORS)[number], { scope: 'line'; order: 'before-rules' }> =>
    d.scope === 'line' && d.order === 'before-rules',
);
export const LINE_DETECTORS_AFTER: readonly LineDetector[] = DETECTORS.filter(
  (d): d is Extract<(typeof DETECTORS)[number], { scope: 'line'; order: 'after-rules' }> =>
    d.scope === 'line' && d.order === 'after-rules',
);
