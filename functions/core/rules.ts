/**
 * Boilerplate rules as data, grouped by concept. Each rule has a stable id (stored in records, documented in
 * the README's "Cleaning" chapter), the kind of boilerplate, and the reason it exists (a comment over it: as data
 * it would ship in the Lambda bundle, which never reads it).
 *
 * A rule matches a line's KEY (lower-cased, quotes straightened, bullets and trailing punctuation stripped,
 * whitespace collapsed, at most KEY_CHARS characters) as:
 *   - `lines`: the whole key equals one of the phrases;
 *   - `prefixes`: the key starts with a phrase followed by a non-letter (never a bare substring), and the
 *     line has at most `maxWords` words — so "Facebook said on Monday…" survives a "facebook" line rule;
 *   - `suffixes`: the key ends with a phrase preceded by a non-letter, same word cap;
 *   - `patterns`: an anchored regular expression on the key. Every pattern is linear: no nested or
 *     ambiguous quantifiers, and keys are capped in length.
 * `heading` says what the rule takes with it: 'list' = the short lines under a heading ("Related Articles"
 * and its titles); 'rest' = everything after it (a comment thread).
 */
import type { BoilerplateKind } from './types.ts';
import { type ChromeConcept, type ChromePhrases, LANGUAGES } from './vocabulary/index.ts';
import { WITHOUT_MODULE } from './vocabulary/without-module.ts';

export interface Rule {
  id: string;
  kind: BoilerplateKind;
  lines?: readonly string[];
  prefixes?: readonly string[];
  suffixes?: readonly string[];
  patterns?: readonly RegExp[];
  /**
   * The rule's patterns are only tried on keys that contain this word (a cheap pre-filter for patterns that
   * start with a bounded run of any text, which would otherwise be tried at every length on every line).
   */
  patternNeedle?: string;
  /** Prefix, suffix and pattern matches only apply to lines with at most this many words. */
  maxWords?: number;
  heading?: 'list' | 'rest';
  /**
   * The rule's lines stand inside the article's text, between its paragraphs (an ad slot's label): a short line
   * between two of them is the article's, which the context pass then leaves (clean.ts).
   */
  inText?: true;
  /**
   * Extra condition on a prefix match: 'name' = the words after the prefix look like a person's name
   * (capitalised, few); 'full-name' = the same with two capitalised words at least; 'digit' = the line holds a
   * digit (a date).
   */
  requires?: 'name' | 'full-name' | 'digit';
  /** Examples the unit tests assert: one that must match, one that must not. */
  example: { match: string; noMatch: string };
}

/** Keys are computed from at most this many characters of a line: rules only look at short text. */
export const KEY_CHARS = 400;

/**
 * The phrases of chrome concepts in every language of the vocabulary (functions/core/vocabulary), merged in
 * language order without duplicates, plus `extra` (language-neutral phrases such as network names).
 */
export function phrasesOf(concepts: readonly ChromeConcept[], extra: ChromePhrases = {}): ChromePhrases {
  const merged = {
    lines: new Set(extra.lines),
    prefixes: new Set(extra.prefixes),
    suffixes: new Set(extra.suffixes),
  };
  for (const language of LANGUAGES)
    for (const concept of concepts) {
      const phrases = language.chrome[concept];
      for (const field of ['lines', 'prefixes', 'suffixes'] as const)
        for (const phrase of phrases?.[field] ?? []) merged[field].add(phrase);
    }
  // A label's colon with a space before it, as French sets it ("Photo : AFP", "Auteur : …"), in every language.
  for (const phrase of [...merged.prefixes])
    if (/\p{L}:$/u.test(phrase)) merged.prefixes.add(`${phrase.slice(0, -1)} :`);
  const result: { lines?: string[]; prefixes?: string[]; suffixes?: string[] } = {};
  for (const field of ['lines', 'prefixes', 'suffixes'] as const)
    if (merged[field].size > 0) result[field] = [...merged[field]];
  return result;
}

/**
 * Byline phrases of every language, with the author labels of languages without a module ("Автор:", "लेखक:",
 * "記者：") and the byline words of scripts without case ("بقلم", "מאת", "โดย").
 */
const BYLINE_PHRASES = phrasesOf(['byline'], {
  prefixes: [
    ...WITHOUT_MODULE.authorLabels.flatMap((label) => [`${label}:`, `${label}：`]),
    ...WITHOUT_MODULE.bylineWords,
  ],
});
const BYLINE_PREFIXES = new Set(BYLINE_PHRASES.prefixes);
/**
 * The words the metadata stage reads bylines by (every vocabulary language's `bylineWords`) that the byline
 * chrome's own prefixes lack ("erstellt von", "a column by", "un reportage de"): one list for both stages, so that
 * a byline the metadata stage reads also leaves the body.
 */
const PIECE_WORDS = [...new Set(LANGUAGES.flatMap((language) => language.metadata.bylineWords))].filter(
  (word) => !BYLINE_PREFIXES.has(word) && !BYLINE_PREFIXES.has(`${word}:`),
);

/** Every language's words of one list (count nouns, date words), as a regex alternation. */
function alternation(
  pick: (language: (typeof LANGUAGES)[number]) => readonly string[],
  extra: readonly string[] = [],
): string {
  const all = new Set([...LANGUAGES.flatMap(pick), ...extra]);
  // Longest first, so "comments" is tried before "comment"; escaped, so a word is matched as written.
  return [...all]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

const COMMENT_NOUNS = alternation((l) => l.countNouns.comments, WITHOUT_MODULE.commentCountNouns);
const COUNTER_NOUNS = alternation((l) => [...l.countNouns.engagement, ...l.countNouns.comments]);
const COMMENTS_ON = alternation((l) => l.countNouns.commentsOn);
/**
 * The nouns and the joining words of "12 thoughts on “Title”" in every language, apart: a theme translated in
 * part mixes them ("5 Kommentare on “Title”", "3 Antworten to “Title”"), so a count, a noun, a joiner and a
 * quoted title from any of the languages make the heading.
 */
const COMMENTS_ON_NOUNS = alternation((l) => [
  ...l.countNouns.comments,
  ...l.countNouns.commentsOn.map((phrase) => phrase.split(' ').slice(0, -1).join(' ')),
]);
const COMMENTS_ON_JOINERS = alternation((l) =>
  l.countNouns.commentsOn.map((phrase) => phrase.split(' ').at(-1)!),
);

const SOCIAL_NETWORKS = [
  'facebook',
  'twitter',
  'x',
  'linkedin',
  'whatsapp',
  'reddit',
  'pinterest',
  'telegram',
  'threads',
  'bluesky',
  'mastodon',
  'flipboard',
  'tumblr',
  'instagram',
  'youtube',
  'tiktok',
  'rss',
  'sms',
  'messenger',
  'email',
  'e-mail',
  'mail',
  'print',
  'copy link',
  'copy',
  'link',
  'share',
  'tweet',
  'pin',
  'pin it',
  'google news',
  'google',
  'hacker news',
  'pocket',
];

/** Words that make up share bars ("Facebook Twitter LinkedIn Email"); used by the social-bar detector. */
export const SOCIAL_WORDS: ReadonlySet<string> = new Set([
  ...SOCIAL_NETWORKS,
  'shares',
  'on',
  'via',
  'this',
  'article',
  'post',
  'story',
  'page',
  'share this',
  'vk',
  'line',
  'wechat',
  'weibo',
  'viber',
  'skype',
  'xing',
  'buffer',
  'digg',
  'mix',
  'snapchat',
  'discord',
  'substack',
  'spotify',
  'podcast',
  'podcasts',
  'apple',
  'github',
  'medium',
]);

export const RULES: readonly Rule[] = [
  // ── navigation: menus, skip links, breadcrumbs, pagination ─────────────────────────────────────────────
  {
    id: 'nav.skip-link',
    kind: 'navigation',
    // Accessibility skip links are page chrome, never article text.
    ...phrasesOf(['skipLink']),
    maxWords: 8,
    example: {
      match: 'Skip to main content',
      noMatch: 'Skip to the end of the story, and you find the twist.',
    },
  },
  {
    id: 'nav.menu-word',
    kind: 'navigation',
    // One- or two-word menu and toolbar labels that never form an article sentence.
    ...phrasesOf(['home', 'menu'], { lines: WITHOUT_MODULE.home }),
    example: { match: 'Back to top', noMatch: 'Back to the top of the hill the hikers climbed.' },
  },
  {
    id: 'nav.pagination',
    kind: 'navigation',
    // Links to the previous/next item or page of a listing.
    ...phrasesOf(['pagination']),
    patterns: [/^page \d{1,4} of \d{1,5}$/],
    maxWords: 25,
    example: { match: 'Next article', noMatch: 'Next, the committee will vote on the bill.' },
  },
  // ── social: share bars and buttons ─────────────────────────────────────────────────────────────────────
  {
    id: 'social.share',
    kind: 'social',
    // Share buttons and their labels.
    ...phrasesOf(['share'], { lines: [...SOCIAL_NETWORKS, ...WITHOUT_MODULE.share] }),
    maxWords: 12,
    example: { match: 'Share this article', noMatch: 'Shares of the company rose 4% on Monday.' },
  },
  // ── follow: follow/join calls to action ────────────────────────────────────────────────────────────────
  {
    id: 'follow.follow-us',
    kind: 'follow',
    // Calls to follow the site on social networks or messaging apps.
    ...phrasesOf(['follow']),
    maxWords: 25,
    example: {
      match: 'Follow us on Twitter and Instagram',
      noMatch: 'Follow the river north for two miles and you reach the village.',
    },
  },
  {
    id: 'legal.disclaimer',
    kind: 'legal',
    // A disclaimer/disclosure heading: the legal notice under it runs to the end of the page.
    ...phrasesOf(['disclaimer']),
    heading: 'rest',
    example: {
      match: 'Disclaimer & Disclosures:',
      noMatch: 'Disclaimers rarely protect a seller in court, the judge wrote.',
    },
  },
  // ── paywall ────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'paywall.notice',
    kind: 'paywall',
    // Paywall and registration walls: the rest of the story is not in the text.
    ...phrasesOf(['paywall']),
    maxWords: 60,
    example: {
      match: 'Subscribe to continue reading this story.',
      noMatch: 'Subscribers pay nine euros a month, the company said in its report.',
    },
  },
  // ── newsletter: sign-up boxes ──────────────────────────────────────────────────────────────────────────
  {
    id: 'newsletter.signup',
    kind: 'newsletter',
    // Newsletter and e-mail sign-up prompts, their form labels and confirmations.
    ...phrasesOf(['newsletter']),
    maxWords: 45,
    example: {
      match: 'Sign up for our newsletter to get the week in tech.',
      noMatch: 'Subscribers to the service grew by a third last year, the company said.',
    },
  },
  // ── related: related/more/recommended lists and inline teasers ─────────────────────────────────────────
  {
    id: 'related.heading',
    kind: 'related',
    // Headings of related/recommended/popular lists; the short titles under them go too.
    ...phrasesOf(['relatedHeading'], { lines: WITHOUT_MODULE.relatedHeadings }),
    patterns: [
      /^more (?:from|on|in|about|by) [^.!?]{1,60}$/,
      /^(?:our |see |view )?(?:related|similar|recommended) [\p{L}-]+(?: [\p{L}-]+)?$/u,
      // "Explore more articles", "Popular interviews", "Latest recipes", "From our archives".
      /^(?:explore|discover|browse|see|read) more [\p{L}-]+(?: [\p{L}-]+)?$/u,
      /^(?:most )?(?:popular|latest|recent|trending) [\p{L}-]+s$/u,
      /^(?:from|in) (?:our|the) archives?$/,
      /^most recent$/,
    ],
    maxWords: 8,
    heading: 'list',
    example: { match: 'Related Articles', noMatch: 'Related studies found the same effect in mice.' },
  },
  {
    id: 'related.inline',
    kind: 'related',
    // Inline teasers between paragraphs ("Read more: …", "Also read: …") and read-more links.
    ...phrasesOf(['relatedInline'], { prefixes: WITHOUT_MODULE.relatedInline }),
    maxWords: 30,
    example: {
      match: 'Also read: Ten towns with the best bakeries',
      noMatch: 'Read the instructions before you start.',
    },
  },
  // ── author chrome: author boxes, "about the author" ───────────────────────────────────────────────────
  {
    id: 'author.heading',
    kind: 'author-bio',
    // Headings and links of author boxes ("About the author", "More from this author").
    ...phrasesOf(['authorHeading']),
    maxWords: 10,
    example: { match: 'About the author', noMatch: 'About the author of the letter, little is known.' },
  },
  // ── byline ─────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'byline.by',
    kind: 'byline',
    // Byline lines ("By Jane Doe", "Written by …", "Author: …"): the metadata stage reads authors here. Also the
    // author labels and byline words of languages without a module ("Автор: …", "लेखक: …", "โดย …").
    ...BYLINE_PHRASES,
    maxWords: 14,
    requires: 'name',
    example: { match: 'By Jane Doe and John Roe', noMatch: 'By the end of the year the plant will close.' },
  },
  {
    id: 'byline.piece',
    kind: 'byline',
    // Bylines opened by the other words the metadata stage reads bylines by ("Erstellt von Andri Bryner", "A column
    // by Jane Roe", "Un reportage de Claire Monnier"): a full name after them, not a heading ("Analysis by
    // Country").
    prefixes: PIECE_WORDS,
    maxWords: 14,
    requires: 'full-name',
    example: { match: 'Erstellt von Andri Bryner', noMatch: 'Analysis by Country' },
  },
  // ── dateline: date lines, published/updated ────────────────────────────────────────────────────────────
  {
    id: 'dateline.published',
    kind: 'dateline',
    // Publication/update date lines: the metadata stage reads dates here (the labels of languages without a module
    // too: "Опубликовано …", "प्रकाशित: …").
    ...phrasesOf(['dateline'], {
      prefixes: [...WITHOUT_MODULE.publishedLabels, ...WITHOUT_MODULE.updatedLabels],
    }),
    maxWords: 16,
    requires: 'digit',
    example: {
      match: 'Published in print on 12 March 2024',
      noMatch: 'Published studies since then have disagreed with the finding.',
    },
  },
  // ── attribution: wire credits and reporting credits ────────────────────────────────────────────────────
  {
    id: 'attribution.credit',
    kind: 'attribution',
    // Wire-service and reporting credits: the metadata stage reads sources here.
    ...phrasesOf(['sourceCredit']),
    maxWords: 40,
    example: {
      match: 'This report contains information from Reuters and AFP.',
      noMatch: 'Reporting by the newspaper prompted an inquiry into the deal.',
    },
  },
  {
    id: 'attribution.reporting',
    kind: 'attribution',
    // Reporting and editing credits ("Reporting by Jane Doe; Editing by John Roe").
    ...phrasesOf(['reportingCredit']),
    maxWords: 30,
    requires: 'name',
    example: {
      match: 'Reporting by Ana Silva; Editing by Tom Hale',
      noMatch: 'Reporting by the newspaper prompted an inquiry into the deal.',
    },
  },
  {
    id: 'attribution.feed-footer',
    kind: 'attribution',
    // The line an SEO plugin writes under every post of a WordPress feed ("The post … appeared first on …"),
    // in its English, German, French and Spanish wording: a link back to the site, not the article's text.
    patterns: [
      /^the post .{1,200} appeared first on .{1,80}$/,
      /^der beitrag .{1,200} erschien zuerst auf .{1,80}$/,
      /^l'article .{1,200} est apparu en premier sur .{1,80}$/,
      /^la entrada .{1,200} se publicó primero en .{1,80}$/,
    ],
    maxWords: 60,
    example: {
      match: 'The post Council approves new harbour wall appeared first on The Riverside Herald.',
      noMatch: 'The post office appeared to close first on Monday, the council said.',
    },
  },
  // ── advertising: ad labels, affiliate disclosures, promotional calls to action ─────────────────────────
  {
    id: 'ads.label',
    kind: 'advertising',
    // Ad slots and their labels.
    ...phrasesOf(['adLabel']),
    maxWords: 8,
    inText: true,
    example: { match: 'Advertisement', noMatch: 'Advertisements for the film ran on every bus in town.' },
  },
  {
    id: 'ads.affiliate',
    kind: 'advertising',
    // Affiliate disclosures: a legal notice about links, not the article.
    ...phrasesOf(['affiliate']),
    maxWords: 90,
    example: {
      match: 'This post may contain affiliate links; we may earn a commission.',
      noMatch: 'Some of the bakers said they would close for the winter.',
    },
  },
  {
    id: 'ads.cta',
    kind: 'advertising',
    // Promotional calls to action (demo, trial, download, quote buttons).
    ...phrasesOf(['callToAction']),
    maxWords: 8,
    example: { match: 'Book a demo', noMatch: 'Book a table early: the restaurant fills up by seven.' },
  },
  {
    id: 'ads.reader-appeal',
    kind: 'advertising',
    // Appeals to the reader after the article: "Enjoyed this article? …", "X is reader-supported", pleas to support
    // or spread the word.
    ...phrasesOf(['readerAppeal']),
    patterns: [
      /^[^.!?]{1,60} is (?:a )?(?:reader|audience|listener|user)[- ]supported\b/,
      /^[^.!?]{1,60} is supported by (?:its |our )?(?:readers|audience|listeners|commissions)\b/,
    ],
    patternNeedle: 'supported',
    maxWords: 60,
    example: {
      match: 'Enjoyed this article? Share it with a friend and help us spread the word.',
      noMatch: 'Enjoyed by millions, the festival returns to the park every summer.',
    },
  },
  // ── cookie/consent ─────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'cookie.banner',
    kind: 'cookie',
    // Cookie and consent banners and their buttons.
    // Consent managers' cookie tables: "Hotjar sets this cookie to …".
    ...phrasesOf(['cookie']),
    patterns: [/^[^.!?]{1,60} sets? (?:this|these|the) cookies?\b/],
    patternNeedle: 'cookie',
    maxWords: 120,
    example: {
      match: 'We use cookies to improve your experience. By continuing you agree.',
      noMatch: 'We use flour, butter and sugar in equal weights.',
    },
  },
  // ── legal: copyright and policy links ──────────────────────────────────────────────────────────────────
  {
    id: 'legal.copyright',
    kind: 'legal',
    // Copyright and rights-reserved lines.
    ...phrasesOf(['copyright']),
    patterns: [/^(?:copyright|\(c\)) \d{4}/],
    maxWords: 45,
    example: {
      match: '© 2024 Example Media Ltd. All rights reserved.',
      noMatch: 'Copyright law in the country dates from 1911.',
    },
  },
  {
    id: 'legal.copyright-sign',
    kind: 'legal',
    // A copyright sign and a year within a short line's first five words, in any language or script ("Example
    // Media © 2024", "Все права защищены © 2024", "版权所有 © 2024 北京日报"): legal.copyright's phrases are its
    // languages'. Later on the line the sign closes a caption with its photographer's credit ("Looking back down
    // the ridge, Pennine Way | © 2019 Jon Norris", caption.trailing-credit).
    // Thai pages count years in the Buddhist era ("© 2567", 2024).
    patterns: [/^(?:[^\s©]+\s+){0,4}©\s?(?:19|20|25)\d\d(?!\d)/],
    patternNeedle: '©',
    // A footer's line is short ("Site content © 2012-2024 Example Media Ltd"); a caption's sentence is longer.
    maxWords: 12,
    example: {
      match: 'Example Media © 2024',
      noMatch:
        'The photograph, © 2024 by the archive, shows the harbour in 1912 before the fire and the rebuilding of its quays.',
    },
  },
  {
    id: 'legal.policy-link',
    kind: 'legal',
    // Links to policies and terms in headers and footers.
    ...phrasesOf(['policy']),
    example: { match: 'Privacy Policy', noMatch: 'Privacy campaigners criticised the plan on Tuesday.' },
  },
  // ── comments ───────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'comments.heading',
    kind: 'comments',
    // The heading of a comment section: the thread under it goes with it.
    ...phrasesOf(['commentsHeading'], { lines: WITHOUT_MODULE.commentsHeadings }),
    // "4 comments", "12 Kommentare", "12 thoughts on “Title”", "3 réflexions sur « Titre »".
    patterns: [
      new RegExp(`^\\d{1,6} (?:${COMMENT_NOUNS})$`),
      new RegExp(`^\\d{1,6} (?:${COMMENTS_ON}) .{1,200}$`),
      new RegExp(`^\\d{1,6} (?:${COMMENTS_ON_NOUNS}) (?:${COMMENTS_ON_JOINERS}) ["'].{1,200}$`),
    ],
    maxWords: 40,
    heading: 'rest',
    example: { match: 'Leave a Reply', noMatch: 'Leave a reply on the form and we will call you.' },
  },
  {
    id: 'comments.form',
    kind: 'comments',
    // Comment form labels and comment actions.
    ...phrasesOf(['commentsForm'], { lines: WITHOUT_MODULE.commentsForm }),
    maxWords: 30,
    example: {
      match: 'Your email address will not be published. Required fields are marked *',
      noMatch: 'Your email address is the first thing scammers look for.',
    },
  },
  // ── counters ───────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'counter.engagement',
    kind: 'counter',
    // Share, view, like and comment counters.
    patterns: [
      new RegExp(`^\\d[\\d.,]{0,12} ?[km]? ?(?:${COUNTER_NOUNS})$`),
      new RegExp(`^(?:${COUNTER_NOUNS}) ?\\d[\\d.,]{0,12} ?[km]?$`),
      /^\d[\d.,]{0,12} ?[km]?$/,
    ],
    maxWords: 4,
    example: { match: '1.2K shares', noMatch: '12 shares of stock were sold.' },
  },
  // ── captions and picture credits ───────────────────────────────────────────────────────────────────────
  {
    id: 'caption.credit',
    kind: 'credit',
    // Picture credits and photo captions with a credit label (not text sources).
    ...phrasesOf(['pictureCredit'], { prefixes: WITHOUT_MODULE.pictureCredits }),
    maxWords: 40,
    example: {
      match: 'Photo: Ana Lopez/Reuters',
      noMatch: 'The photo shows the mayor at the opening of the bridge in 1998 with his family.',
    },
  },
  // ── page metadata lines: reading time, tags, categories ────────────────────────────────────────────────
  {
    id: 'meta.reading-time',
    kind: 'metadata',
    // Reading-time and word-count labels.
    ...phrasesOf(['readingTime']),
    patterns: [
      /^\d{1,3} ?(?:min|mins|minutes?|m)\.?(?: (?:read|reading|read time|to read|lesezeit|de lecture|de lectura))?$/,
      /^(?:estimated )?(?:reading|read) time:? \d{1,3} ?(?:min|mins|minutes?)\.?(?: read)?$/,
      /^\d{1,6} words?$/,
    ],
    maxWords: 20,
    example: { match: '5 min read', noMatch: 'Five minutes to read the whole contract was not enough.' },
  },
  {
    id: 'meta.article-age',
    kind: 'metadata',
    // A notice of the article's age shown above old articles ("This article is more than 3 months old").
    patterns: [
      /^this (?:article|story|post) is (?:more than|over) (?:\d{1,3}|a|an|one) (?:days?|weeks?|months?|years?) old$/,
    ],
    patternNeedle: ' old',
    maxWords: 12,
    example: {
      match: 'This article is more than 3 months old',
      noMatch: 'This article is more than a summary of the report.',
    },
  },
  {
    id: 'meta.tags',
    kind: 'metadata',
    // Tag, topic and category lists.
    ...phrasesOf(['tags']),
    maxWords: 30,
    example: {
      match: 'Tags: climate, energy, policy',
      noMatch: 'Tagged sharks were tracked across the Atlantic.',
    },
  },
];
