/**
 * Authors: every name the page offers as a writer's, weighed by a learned model.
 *
 * Two readers propose names: the hand-written rules of author-rules.ts (bylines, labelled author boxes, a name
 * beside the header's date, a name over a bio, a signature, the copyright holder of a one-person site) and a
 * generic reader that splits every short line of the header, of the page's end and of any labelled line at its
 * separators and dates and keeps what has a person's name's shape. Each name gets features (which rule found
 * it, the label before it, a date or a job title beside it, where it stands against the headline and the body,
 * whether the lexicon knows its given name, whether the page repeats it, whether it sits in a list of names) and
 * a probability from the weights in author-model.json (trained by tests/training/train-authors.ts with
 * cross-validation). The most probable name's byline gives the authors when its probability clears the
 * model's threshold; the probability is the field's confidence.
 *
 * Linear in the page: one pass over the blocks, a fixed window of neighbours per name, maps for repeats.
 */
import { featureIndex, linearScore, mostProbableGroup, weightsInOrder } from '../linear-model.ts';
import type { Block, CleanResult } from '../types.ts';
import { aboutNamePattern } from '../vocabulary/index.ts';
import MODEL from './author-model.json' with { type: 'json' };
import {
  bioFor,
  type Candidate,
  credentialsOnly,
  findBio,
  isCommonNoun,
  isForeign,
  isJobTitle,
  isQuotation,
  MAX_AUTHORS,
  namesFromByline,
  ruleCandidates,
  teamName,
  userHandle,
} from './author-rules.ts';
import { FAST_READERS, segmentNamesFast, startsWithLabelFast } from './author-rules-fast.ts';
import { wordsUsedFast } from './body-words-fast.ts';
import { type DateContext, datesIn } from './dates.ts';
import { ownFunctionWords } from './function-words.ts';
import { type LabelPatterns, labelPatterns, reporterName } from './labels.ts';
import { WIDE_LETTER } from './language-sample.ts';
import { mentionedFast } from './mentions-fast.ts';
import { isGivenName, isKnownNonName, isRoleLine, looksLikeGivenNameFirst, tidyName } from './names.ts';
import { blockZones, type Zones } from './zones.ts';

export interface AuthorResult {
  authors: string[];
  authorBio: string | null;
  /** Block of the byline the authors came from. */
  block: number | null;
  /** 1-based input line of that byline. */
  line: number | null;
  /** The rule that found the chosen name (a rule of author-rules.ts, or "generic"). */
  rule: string | null;
  /** The model's probability that the chosen name is the page's author (0 without authors). */
  probability: number;
  /** The chosen byline carries a label ("By", "Author:", a label line above). */
  labelled: boolean;
  /** Per block with a name candidate that was not taken, why (for the audit of removed bylines). */
  unused: Map<number, AuthorRefusal>;
  /** The chosen byline stands past the article's end (an author box, a signature, a list). */
  late: boolean;
  /** Other bylines of the page the model finds likelier than not (a list of teasers, a second writer). */
  rivals: number;
}

/** Why a byline's names did not become the record's authors. */
export type AuthorRefusal =
  | 'other-byline-chosen'
  | 'below-threshold'
  | 'too-many-names'
  | 'no-name'
  | 'headline-subject';

/** The header reaches this many blocks above the headline and below it (or the body's start). */
const HEADER_ABOVE = 6;
const HEADER_BELOW = 8;
/** An author box's heading, "About Jane Roe" (group 1 the name, at most 61 characters on one line). */
const ABOUT_NAME = aboutNamePattern('[^\\n]{0,60}');

/** The page's end (author boxes) reaches this many blocks past the last body block. */
const END_REACH = 40;
/** Lines longer than this are prose. */
const MAX_LINE = 160;
/** A byline naming more people than this is a list (of contributors, of teasers). */
const MAX_NAMES = 8;
/** Neighbours read for dates, job titles and lists of names. */
const NEAR = 3;

/** A name a reader proposed, with its place and features. */
export interface NameCandidate {
  name: string;
  block: number;
  line: number;
  /** Names of one byline (one line segment, or one rule candidate) share a group. */
  group: number;
  features: Float64Array;
  bio: string | null;
  rule: string;
}

export const AUTHOR_FEATURES = [
  'bias',
  'ruleLabel',
  'ruleByline',
  'ruleHeader',
  'ruleOutlet',
  'ruleBare',
  'ruleBio',
  'ruleSignature',
  'ruleGlued',
  'ruleCopyright',
  'generic',
  'strength',
  'bylineWord',
  'authorLabel',
  'labelAbove',
  'trailingByline',
  'notWriter',
  'wholeLine',
  'groupSize2',
  'groupSize3',
  'dateOnLine',
  'dateBeside',
  'dateNear',
  'roleBeside',
  'roleOnLine',
  'bioAfter',
  'givenFirst',
  'givenAny',
  'knownNonName',
  'allKnownWords',
  'commonNoun',
  'oneWord',
  'twoWords',
  'threeWords',
  'fourWords',
  'allCaps',
  'handle',
  'team',
  'aboveTitle',
  'titleNext',
  'titleNear',
  'titleMid',
  'noTitle',
  'beforeBody',
  'inBody',
  'late',
  'farLate',
  'removedByline',
  'removedBio',
  'removedChrome',
  'repeated2',
  'repeated3',
  'mentioned',
  'listy',
  'foreign',
  'firstLabelled',
  'linked',
  'inArticle',
  'inAsideOrFooter',
  'inNav',
  'wordsInBody',
  'wordLowerInBody',
  'aboutHeading',
  'soleName',
  'manyNames',
  'creditOnLine',
  'removedCaption',
  'proseLine',
  'withinText',
] as const;

type FeatureName = (typeof AUTHOR_FEATURES)[number];
const F = featureIndex<FeatureName>(AUTHOR_FEATURES);
const WEIGHTS = weightsInOrder(AUTHOR_FEATURES, MODEL.weights);
/** Below this probability the best name is no author (chosen by cross-validation for precision). */
export const AUTHOR_THRESHOLD: number = MODEL.threshold;
/**
 * The threshold when the best name was found by the generic reader alone (no rule, no label): such names are
 * wrong more often at the same probability, so the model abstains sooner (chosen by cross-validation too).
 */
export const GENERIC_THRESHOLD: number = MODEL.genericThreshold ?? MODEL.threshold;

const RULE_FEATURE: Record<string, FeatureName> = {
  label: 'ruleLabel',
  byline: 'ruleByline',
  header: 'ruleHeader',
  outlet: 'ruleOutlet',
  bare: 'ruleBare',
  bio: 'ruleBio',
  signature: 'ruleSignature',
  glued: 'ruleGlued',
  copyright: 'ruleCopyright',
  about: 'aboutHeading',
};

const CHROME_KINDS = new Set([
  'navigation',
  'social',
  'follow',
  'newsletter',
  'related',
  'advertising',
  'cookie',
  'legal',
  'paywall',
  'comments',
  'counter',
]);
/** Removed as a picture's caption or credit: its names are the people pictured or the photographer. */
const CAPTION_KINDS = new Set(['caption', 'credit']);
/** A line with this many lower-case words besides the name reads as a sentence (a caption, a lead). */
const PROSE_WORDS = 4;
/** A body paragraph this long is prose; a name under TEXT_ABOVE of them stands inside the article's text. */
const PROSE_CHARS = 120;
const TEXT_ABOVE = 2;

export function extractAuthors(
  cleaned: CleanResult,
  anchor: number | null,
  when: DateContext,
  zones: Zones = blockZones(cleaned, anchor),
): AuthorResult {
  const candidates = nameCandidates(cleaned, anchor, when, zones);
  const scores = candidates.map((candidate) => scoreName(candidate.features));
  const pick = pickAuthors(candidates, scores);
  const unused = new Map<number, AuthorRefusal>();
  const probability = pick?.probability ?? 0;
  // A byline whose best name opens with a function word of the page's language is a heading ("Weitere
  // Meldungen", "Die Tagespresse"): the page is given no author (the model weighed the names with it among them).
  // A newsroom credited with its article is a byline ("La Rédaction", "De Redactie").
  const notAName =
    pick !== null &&
    opensWithFunctionWord(pick.best.name, ownFunctionWords(when.language)) &&
    teamName(pick.best.name) === null;
  const labels = labelPatterns(when.language);
  // The generic reader's best name is a menu's item above the headline ("Ana Sayfa", Turkish for "Home", over
  // "Hakkımda", "Tarifler"): no name. Refused after the choice, not dropped before it: the model weighed the page's
  // names with it among them, and without it another of the menu's would be chosen.
  const menuItem =
    pick !== null &&
    !notAName &&
    pick.best.rule === 'generic' &&
    anchor !== null &&
    pick.best.block < anchor &&
    inMenuRun(cleaned.blocks, pick.best.block, anchor, labels);
  // A name the headline holds, read from another line, is whom the article is about ("Interview: novelist Hannah
  // Brooks on …" over "Hannah Brooks"): no author either.
  const subject =
    pick !== null && !notAName && !menuItem && namedByHeadline(pick.best, cleaned.title, anchor, labels);
  if (
    pick === null ||
    notAName ||
    menuItem ||
    subject ||
    probability < (pick.best.rule === 'generic' ? GENERIC_THRESHOLD : AUTHOR_THRESHOLD)
  ) {
    for (const candidate of candidates) unused.set(candidate.block, 'below-threshold');
    if (notAName || menuItem) unused.set(pick.best.block, 'no-name');
    if (subject) unused.set(pick.best.block, 'headline-subject');
    return {
      authors: [],
      authorBio: null,
      block: null,
      line: null,
      rule: null,
      probability,
      labelled: false,
      unused,
      late: false,
      rivals: 0,
    };
  }
  const best = pick.best;
  const chosen = best;
  let authors = pick.names.slice(0, MAX_AUTHORS);
  // A byline the layout split over blocks ("By" / "Jane Doe\n," / "John Roe\n, and" / "Mary Major"): the generic
  // reader takes the name under the label alone, the byline rule read from the label's block every name.
  const whole = authors.length === 1 ? wholeByline(candidates, chosen) : null;
  if (whole) authors = whole;
  // "Harsh Vaibhav Global Commons" on the byline, "Harsh Vaibhav" over the bio: the section's words were glued
  // to the name; the shorter form named elsewhere is the person.
  else if (authors.length === 1) {
    const only = authors[0]!;
    // "Jeffrey A. Slotnick CPP, PSP": credentials after the name are how the writer signs, no glued section.
    const shorter = candidates.find(
      (other) =>
        other.name.includes(' ') &&
        only.startsWith(`${other.name} `) &&
        other.group !== chosen.group &&
        !credentialsOnly(only.slice(other.name.length)),
    );
    if (shorter) authors = [shorter.name];
    else authors = [withoutSiteName(only, cleaned.blocks, chosen.block)];
  }
  for (const candidate of candidates)
    if (candidate.group !== chosen.group && candidate.block !== chosen.block)
      unused.set(candidate.block, 'other-byline-chosen');
  const bio = chosen.bio ?? bioFor(authors, cleaned);
  return {
    authors,
    authorBio: bio,
    block: chosen.block,
    line: chosen.line,
    rule: chosen.rule,
    probability,
    labelled:
      chosen.features[F.bylineWord] === 1 ||
      chosen.features[F.authorLabel] === 1 ||
      chosen.features[F.labelAbove] === 1 ||
      chosen.features[F.ruleLabel] === 1,
    unused,
    late: chosen.features[F.late] === 1,
    rivals: rivalBylines(candidates, scores, chosen.group, pick.names),
  };
}

/**
 * The names of a byline rule's group read from the label right above the chosen single name, when that name opens
 * it and it holds more (a byline split over blocks); null otherwise.
 */
function wholeByline(candidates: readonly NameCandidate[], chosen: NameCandidate): string[] | null {
  if (chosen.rule !== 'generic' || chosen.features[F.labelAbove] !== 1) return null;
  const opening = candidates.find(
    (other) => other.rule !== 'generic' && other.block === chosen.block - 1 && other.name === chosen.name,
  );
  if (!opening) return null;
  const names: string[] = [];
  for (const other of candidates)
    if (other.group === opening.group && !names.includes(other.name)) names.push(other.name);
  return names.length > 1 && names[0] === chosen.name ? names.slice(0, MAX_AUTHORS) : null;
}

/** The site's name as a line of its own (a logo's text) is at most this long. */
const MAX_SITE_LINE = 60;

/**
 * "Sarah Schnieder Reiterrevue International" on the byline, "Reiterrevue International" a line of its own
 * elsewhere on the page (the logo's text): the site's name glued after the writer's is cut off, when two words
 * at least stay. One pass over the page's blocks, for a name of three words or more only.
 */
function withoutSiteName(name: string, blocks: readonly Block[], block: number): string {
  const words = name.split(' ');
  if (words.length < 3) return name;
  const tails = new Map<string, number>();
  for (let k = 2; k < words.length; k++) tails.set(words.slice(k).join(' ').toLowerCase(), k);
  let cut = words.length;
  for (const other of blocks) {
    if (other.index === block || other.text.length > MAX_SITE_LINE) continue;
    const k = tails.get(other.text.trim().toLowerCase());
    if (k !== undefined && k < cut) cut = k;
  }
  return words.slice(0, cut).join(' ');
}

/**
 * How many other bylines (names of another group, none of the chosen ones) score above even odds; `scores` are
 * the candidates' scores, as the choice read them.
 */
function rivalBylines(
  candidates: NameCandidate[],
  scores: readonly number[],
  group: number,
  names: string[],
): number {
  const rivals = new Set<number>();
  candidates.forEach((candidate, k) => {
    if (candidate.group !== group && scores[k]! > 0 && !names.includes(candidate.name))
      rivals.add(candidate.group);
  });
  return rivals.size;
}

/** The model's score (log-odds) of a name's features. */
export function scoreName(x: Float64Array): number {
  return linearScore(WEIGHTS, x);
}

export interface AuthorPick {
  /** The byline's names, in order. */
  names: string[];
  /** Its most probable name. */
  best: NameCandidate;
  /** The byline's probability of being right. */
  probability: number;
}

/**
 * The model is a choice among the page's names and "no author" (score 0). A byline's probability is the
 * softmax share of its names, summed over every place the page shows the same byline (the page repeats its
 * author: header and author box); the most probable byline is picked. Null without candidates.
 */
export function pickAuthors(candidates: NameCandidate[], scores: number[]): AuthorPick | null {
  // A byline is the names of one group of the page, in order; the same byline shown twice is one choice.
  const names = new Map<number, string[]>();
  for (const candidate of candidates) {
    const list = names.get(candidate.group);
    if (list) {
      if (!list.includes(candidate.name)) list.push(candidate.name);
    } else names.set(candidate.group, [candidate.name]);
  }
  const byline = (candidate: NameCandidate) => names.get(candidate.group)!;
  const chosen = mostProbableGroup(candidates, scores, (c) => byline(c).join('\u0000').toLowerCase());
  return chosen && { names: byline(chosen.first), best: chosen.best, probability: chosen.probability };
}

/** Every name candidate of the page with its features (also read by the training script). */
export function nameCandidates(
  cleaned: CleanResult,
  anchor: number | null,
  when: DateContext,
  zones: Zones,
): NameCandidate[] {
  const blocks = cleaned.blocks;
  const labels = labelPatterns(when.language);
  const firstBody = cleaned.body[0]?.index ?? null;
  const lastBody = cleaned.body.at(-1)?.index ?? null;
  const head = anchor ?? firstBody ?? 0;
  const headerFrom = Math.min(head, firstBody ?? head) - HEADER_ABOVE;
  const headerTo = Math.max(head + HEADER_BELOW, (firstBody ?? head) + 2);
  const found: NameCandidate[] = [];
  const byKey = new Map<string, NameCandidate>();
  let groups = 0;
  const add = (
    name: string,
    block: number,
    line: number,
    group: number,
    rule: string,
    bio: string | null,
  ) => {
    const key = `${block}\u0000${name.toLowerCase()}`;
    const known = byKey.get(key);
    const ruleFeature = RULE_FEATURE[rule];
    if (known) {
      if (ruleFeature) known.features[F[ruleFeature]] = 1;
      if (rule !== 'generic' && known.rule === 'generic') {
        known.rule = rule;
        known.group = group;
      }
      known.bio ??= bio;
      return;
    }
    const features = new Float64Array(AUTHOR_FEATURES.length);
    if (ruleFeature) features[F[ruleFeature]] = 1;
    else features[F.generic] = 1;
    const candidate = { name, block, line, group, features, bio, rule };
    byKey.set(key, candidate);
    found.push(candidate);
  };

  // The hand-written rules.
  const strengths = new Map<number, number>();
  const linesOf = blockLines(blocks);
  for (const candidate of ruleCandidates(cleaned, anchor, when, zones, FAST_READERS)) {
    const group = groups++;
    strengths.set(group, candidate.strength);
    const line = lineOf(blocks[candidate.block], linesOf(candidate.block), candidate.names[0] ?? '');
    for (const name of candidate.names.slice(0, MAX_NAMES))
      add(name, candidate.block, line, group, candidate.why, candidate.bio);
  }
  // The generic reader: every short line of the header, of the page's end, and every labelled line.
  const headline = anchor ?? -1; // a number always: the comparison below sees one type
  // The body's blocks, read by the generic reader and by the features (built once for both).
  const inBody = new Set(cleaned.body.map((block) => block.index));
  for (const block of blocks) {
    const i = block.index;
    if (zones.excluded.has(i) || i === headline) continue;
    const inHeader = i >= headerFrom && i <= headerTo;
    const atEnd = lastBody !== null && i > lastBody && i <= lastBody + END_REACH;
    // The block's lines read in place, without an array of them (most blocks are one line: the text itself).
    const whole = block.text;
    let lineNo = block.line - 1;
    for (let from = 0, to = 0; from <= whole.length; from = to + 1) {
      to = whole.indexOf('\n', from);
      if (to < 0) to = whole.length;
      lineNo++;
      let text = (from === 0 && to === whole.length ? whole : whole.slice(from, to)).trim();
      if (text.length === 0) continue;
      if (text.length > MAX_LINE) {
        // A header line the scraper glued to the prose after it ("By Jane Roe • March 12, 2025A new wave of …"):
        // its head.
        const head = inHeader ? headBeforeProse(text, when, labels) : null;
        if (head === null) continue;
        text = head;
      }
      const about = text.length <= 70 ? ABOUT_NAME.exec(text) : null;
      if (about) {
        // "About Melissa Neill" over an author box: a person's name, two words at least ("About Paris" is a place).
        const names = namesFromByline(about[1] ?? '', labels).filter((name) => name.includes(' '));
        if (names.length === 1) {
          add(names[0]!, i, lineNo, groups++, 'about', null);
          continue;
        }
      }
      // A Korean byline names the writer before the role ("홍길동 기자", "reporter"); a Chinese one after it, with no
      // colon ("本报记者 张伟", "our reporter"): in the header, the label rule's name.
      const reporter = inHeader ? reporterName(text) : null;
      if (reporter) {
        add(reporter, i, lineNo, groups++, 'label', null);
        continue;
      }
      // Elsewhere, a line labelled on itself or by the block above it ("Kommentar von" / "Ingo Arzt"), outside
      // the body: a list of labelled names inside it ("By" / "Jane Roe" per teaser) is no byline.
      // The block above a block's first line is a label alone ("Kommentar von", "By"): a line in capitals under it
      // is a name too (author-rules.ts segmentNames).
      const labelledAbove = from === 0 && isLabelLine(blocks[i - 1]?.text ?? '', labels);
      if (!inHeader && !atEnd && !startsWithLabelFast(text, labels) && !(labelledAbove && !inBody.has(i)))
        continue;
      // A line under a quotation names its speaker (author-rules.ts isQuotation).
      if (from === 0 && !labelledAbove && isQuotation(blocks[i - 1]?.text ?? '')) continue;
      for (const segment of segments(text, when, labels)) {
        const names = segmentNamesFast(segment, labels, labelledAbove);
        if (names.length === 0 || names.length > MAX_NAMES) continue;
        if (isTagList(segment, names.length)) continue;
        const group = groups++;
        // A piece of the line that opens with a byline word is a byline, as a line that opens with one is ("----
        // by Kenneth Surin", "Posted By: Kiersten · In: Sides"): the label rule's name, not the generic reader's.
        const rule = segment !== text && labels.byline.test(segment) ? 'label' : 'generic';
        for (const name of names) add(name, i, lineNo, group, rule, null);
      }
    }
  }
  addFeatures(found, cleaned, inBody, anchor, when, zones, labels, strengths);
  return found;
}

/** How far into a long header line its first date may start to be its head's. */
const HEAD_DATE_WITHIN = 80;

/**
 * The head of a long header line that a scraper glued to the prose after it: up to the end of a date that starts
 * within HEAD_DATE_WITHIN characters ("Nina Pineda Friday, November 14, 2025NEW JERSEY (WABC) -- …"), else, when
 * the line opens with a byline word or an author label, its first MAX_LINE characters cut at a space ("By Lizzie
 * Streit, MS, RDN, LD All of us have …": the byline's reader stops at the credentials). Null otherwise. Only the
 * first MAX_LINE characters are read: linear in nothing but the line's head.
 */
function headBeforeProse(text: string, when: DateContext, labels: LabelPatterns): string | null {
  const head = text.slice(0, MAX_LINE);
  const date = datesIn(head, when)[0];
  if (date && date.index <= HEAD_DATE_WITHIN) return head.slice(0, date.end);
  if (!startsWithLabelFast(head, labels)) return null;
  const space = head.lastIndexOf(' ');
  return space > 0 ? head.slice(0, space) : null;
}

/** Items of a menu: one-line blocks of at most this many words. */
const MENU_ITEM_WORDS = 3;
/** A block with this many such neighbours in a row above or below it, none opening with a given name, is a menu's. */
const MENU_NEIGHBOURS = 2;

/**
 * Whether block `index` stands in a menu above the headline: a short one-line block with MENU_NEIGHBOURS blocks in a
 * row beside it (above and below, not past the headline) that are short one-line blocks too, none opening with a
 * given name, holding a digit (a date) or being a byline's label ("By" over "Todd Bates", "Tipps von" over "Marie
 * Jaster"). A byline under the headline has its share buttons beside it; above it, such a run is the site's
 * navigation.
 */
function inMenuRun(
  blocks: readonly Block[],
  index: number,
  headline: number,
  labels: LabelPatterns,
): boolean {
  if (!isMenuItem(blocks[index]?.text ?? '', labels)) return false;
  // Right under a byline's label ("by" / "Barbara Russ" / "/" / "Kategorien:"), the name is labelled, whatever follows.
  if (index > 0 && isLabelLine(blocks[index - 1]!.text, labels)) return false;
  const item = (k: number) => isMenuItem(blocks[k]!.text, labels) && !opensWithGivenName(blocks[k]!.text);
  let beside = 0;
  for (let k = index - 1; k >= 0 && item(k); k--) if (++beside >= MENU_NEIGHBOURS) return true;
  for (let k = index + 1; k < headline && item(k); k++) if (++beside >= MENU_NEIGHBOURS) return true;
  return false;
}

function isMenuItem(text: string, labels: LabelPatterns): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.includes('\n') || /\d/u.test(trimmed)) return false;
  return trimmed.split(/\s+/u).length <= MENU_ITEM_WORDS && !isLabelLine(trimmed, labels);
}

function opensWithGivenName(text: string): boolean {
  return isGivenName(text.trim().split(/\s+/u)[0] ?? '');
}

/**
 * The headline holds the name, as a word run of its own, and the name was read elsewhere; not when the headline is
 * the name itself or a byline (a title chosen from the page's name or byline line: "Dan Davies - \"Back of Mind\"",
 * "Text & Fotos: Ivan Valetny"). DEV, multi and their layouts: 3 wrong authors fewer on multi (gold none: "HTC
 * Touch", "Harry Potter", "Derek Jarman", all subjects), one right one fewer on DEV as lines (a blog whose title
 * line is its writer's name and tagline); check in aggregate: one wrong author fewer as markdown.
 */
function namedByHeadline(
  best: NameCandidate,
  title: string | null,
  anchor: number | null,
  labels: LabelPatterns,
): boolean {
  if (title === null || anchor === null || best.block === anchor) return false;
  if (title.trim().toLowerCase() === best.name.toLowerCase() || startsWithLabelFast(title, labels))
    return false;
  const lower = title.toLowerCase();
  const name = best.name.toLowerCase();
  for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1))
    if (!WORD_CHAR.test(lower.charAt(at - 1)) && !WORD_CHAR.test(lower.charAt(at + name.length))) return true;
  return false;
}

/** A letter or digit: a name inside the headline stands between characters that are neither. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The name's first word is a function word of the page's language and no known given name ("Weitere", "Die";
 * not German "Ernst", Swedish "Hans"). On DEV and multi no gold author opens so; particles inside a name ("Loïc
 * Le Clerc") are not its first word. English pages have no such list here (the lexicon reads their words).
 */
function opensWithFunctionWord(name: string, functionWords: ReadonlySet<string>): boolean {
  if (functionWords.size === 0) return false;
  const space = name.indexOf(' ');
  const first = space < 0 ? name : name.slice(0, space);
  return functionWords.has(first.toLowerCase()) && !isGivenName(first);
}

/**
 * The parts of a line between its separators and its dates ("Jane Roe | May 3, 2024 | 5 min read"), without a
 * comment link closing one ("Ulrike Stockhausen Schreibe einen Kommentar").
 */
function segments(text: string, when: DateContext, labels: LabelPatterns): string[] {
  const dates = datesIn(text, when);
  let rest = text;
  for (let k = dates.length - 1; k >= 0; k--)
    rest = `${rest.slice(0, dates[k]!.index)} | ${rest.slice(dates[k]!.end)}`;
  return (
    rest
      .split(/\s*[|•·—–/]\s*|\s+-\s+/u)
      // A meta line's fields with their full-width colons, as Chinese and Japanese pages write them, spaced apart
      // ("来源：新华网 作者：张伟"): each field a segment (their values hold no spaces).
      .flatMap((part) => (part.includes('：') && WIDE_LETTER.test(part) ? part.split(/\s+/u) : [part]))
      .map((part) => tidySegment(part).replace(labels.commentsTail, ''))
      .filter((part) => part.length > 1)
  );
}

/**
 * A segment as a byline reads: without the rule or bullet before it ("---- by Jane Roe", "» Von Jane Roe"; a "©"
 * stays: "© Jane Roe" is a photo credit), a social handle glued to the name ("By Jane Roe@janeroe") or an
 * obfuscated e-mail address ("[email protected]").
 */
function tidySegment(part: string): string {
  return part
    .replace(/\[email\s+protected\]|@[\p{L}\p{N}_.]+/gu, ' ')
    .replace(/^[-–—=*~_#>»›•·:.\s]+/u, '')
    .trim();
}

/** The 1-based input line of a block holding the name (the block's first line when none does). */
function lineOf(block: Block | undefined, lines: string[], name: string): number {
  if (!block) return 0;
  const first = name.split(' ')[0] ?? name;
  const k = lines.findIndex((line) => line.includes(first));
  return block.line + Math.max(0, k);
}

/** Fills the features that depend on the page around each name. */
function addFeatures(
  found: NameCandidate[],
  cleaned: CleanResult,
  inBody: ReadonlySet<number>,
  anchor: number | null,
  when: DateContext,
  zones: Zones,
  labels: LabelPatterns,
  strengths: Map<number, number>,
): void {
  const blocks = cleaned.blocks;
  const firstBody = cleaned.body[0]?.index ?? null;
  const removedKind = new Map<number, string>();
  for (const item of cleaned.removed)
    if (!removedKind.has(item.block)) removedKind.set(item.block, item.kind);
  const body = cleaned.body.map((block) => block.text).join('\n');
  // One pass over the body for all names (an `includes` per name was names × body: issue 14).
  const mentioned = mentionedFast(
    found.filter((c) => c.name.includes(' ')).map((c) => c.name),
    body,
  );
  const linesOf = blockLines(blocks);
  const foreign = isForeign(when.language);
  // The body's words as written: a name's words used in the text ("Sprache", "Allgemeines") are the page's
  // vocabulary, and a word the body writes in lower case ("gold", "kommentieren") is no surname.
  const wanted = new Set<string>();
  for (const c of found)
    for (const word of c.name.split(' ')) {
      wanted.add(word);
      wanted.add(word.toLowerCase());
    }
  const bodyWords = wordsUsedFast(wanted, body);
  // Per block, computed on first use: has a date line, is a job-title line.
  const dated = new Map<number, boolean>();
  const hasDate = (index: number) => {
    let value = dated.get(index);
    if (value === undefined) {
      const text = blocks[index]?.text ?? '';
      value = text.length <= 200 && datesIn(text.split('\n')[0] ?? '', when).length > 0;
      dated.set(index, value);
    }
    return value;
  };
  const roles = new Map<number, boolean>();
  const role = (index: number) => {
    let value = roles.get(index);
    if (value === undefined) {
      const text = blocks[index]?.text.trim() ?? '';
      value = text.length > 0 && text.length <= 60 && (isJobTitle(text) || isRoleLine(text));
      roles.set(index, value);
    }
    return value;
  };
  // How many of the body's prose paragraphs stand above each block: proseAbove[i] counts those before block i.
  const proseAbove = new Int32Array(blocks.length + 1);
  for (const block of cleaned.body) if (block.text.length >= PROSE_CHARS) proseAbove[block.index + 1] = 1;
  for (let i = 1; i <= blocks.length; i++) proseAbove[i]! += proseAbove[i - 1]!;
  // Where each name stands (blocks), how many names each group has, which blocks carry a name.
  const nameBlocks = new Map<string, Set<number>>();
  const groupSize = new Map<number, number>();
  const blockNames = new Map<number, Set<string>>();
  for (const c of found) {
    const key = c.name.toLowerCase();
    const at = nameBlocks.get(key) ?? new Set<number>();
    nameBlocks.set(key, at);
    at.add(c.block);
    groupSize.set(c.group, (groupSize.get(c.group) ?? 0) + 1);
    const names = blockNames.get(c.block) ?? new Set<string>();
    blockNames.set(c.block, names);
    names.add(key);
  }
  // The page's distinct names: one name alone is its author more often than one among many.
  const distinct = nameBlocks.size;
  let firstLabelled = Number.POSITIVE_INFINITY;
  for (const c of found) {
    const line = lineText(blocks[c.block], linesOf(c.block), c.line);
    if (labels.byline.test(line) || labels.authorLabel.test(line))
      firstLabelled = Math.min(firstLabelled, c.block);
  }
  for (const c of found) {
    const x = c.features;
    x[F.bias] = 1;
    const line = lineText(blocks[c.block], linesOf(c.block), c.line);
    const strength = strengths.get(c.group);
    if (strength !== undefined) x[F.strength] = strength / 3;
    if (labels.byline.test(line)) x[F.bylineWord] = 1;
    if (labels.authorLabel.test(line)) x[F.authorLabel] = 1;
    if (labels.hasTrailingByline(line)) x[F.trailingByline] = 1;
    if (labels.notWriter.test(line)) x[F.notWriter] = 1;
    if (isLabelLine(blocks[c.block - 1]?.text ?? '', labels)) x[F.labelAbove] = 1;
    if (tidyName(line) === c.name) x[F.wholeLine] = 1;
    const size = groupSize.get(c.group) ?? 1;
    if (size === 2) x[F.groupSize2] = 1;
    else if (size > 2) x[F.groupSize3] = 1;
    if (datesIn(line, when).length > 0) x[F.dateOnLine] = 1;
    if (hasDate(c.block - 1) || hasDate(c.block + 1)) x[F.dateBeside] = 1;
    for (let k = c.block - NEAR; k <= c.block + NEAR; k++) if (k !== c.block && hasDate(k)) x[F.dateNear] = 1;
    if (role(c.block + 1) || role(c.block - 1)) x[F.roleBeside] = 1;
    if (line.length > c.name.length && isRoleLine(line.replace(c.name, ''))) x[F.roleOnLine] = 1;
    const bio = c.bio ?? findBio(c.name, blocks, c.block);
    if (bio) {
      x[F.bioAfter] = 1;
      c.bio = bio;
    }
    const words = c.name.split(' ');
    if (looksLikeGivenNameFirst(c.name)) x[F.givenFirst] = 1;
    if (words.some(isGivenName)) x[F.givenAny] = 1;
    if (words.some(isKnownNonName)) x[F.knownNonName] = 1;
    // "Healthy Living", "Personal Finance": every word one the lexicon knows as something else than a name.
    if (words.every((word) => isKnownNonName(word) || isCommonNoun(word))) x[F.allKnownWords] = 1;
    if (words.some(isCommonNoun)) x[F.commonNoun] = 1;
    let inBodyWords = 0;
    for (const word of words) {
      if (bodyWords.has(word)) inBodyWords++;
      const lower = word.toLowerCase();
      if (lower !== word && lower.length >= 3 && bodyWords.has(lower)) x[F.wordLowerInBody] = 1;
    }
    // A name on a line of the body is trivially in the body: these two say something of the names outside it.
    const outside = !inBody.has(c.block);
    if (outside && inBodyWords * 2 >= words.length) x[F.wordsInBody] = 1;
    x[
      words.length === 1
        ? F.oneWord
        : words.length === 2
          ? F.twoWords
          : words.length === 3
            ? F.threeWords
            : F.fourWords
    ] = 1;
    if (c.name === c.name.toUpperCase() && /\p{Lu}{2}/u.test(c.name)) x[F.allCaps] = 1;
    if (userHandle(c.name)) x[F.handle] = 1;
    if (teamName(c.name)) x[F.team] = 1;
    // Inside the article's text (TEXT_ABOVE paragraphs of prose between the headline and it, more text after
    // it): a person the article names (a speaker, a list of people), rarely its writer; a byline stands under
    // the headline and its dek. Such a name is not near the headline, however few blocks lie between.
    const within =
      !zones.late.has(c.block) && proseAbove[c.block]! - proseAbove[(anchor ?? -1) + 1]! >= TEXT_ABOVE;
    if (within) x[F.withinText] = 1;
    if (anchor === null) x[F.noTitle] = 1;
    else if (!within) {
      const gap = c.block - anchor;
      if (gap < 0 && gap >= -HEADER_ABOVE) x[F.aboveTitle] = 1;
      else if (gap === 1) x[F.titleNext] = 1;
      else if (gap > 1 && gap <= 3) x[F.titleNear] = 1;
      else if (gap > 3 && gap <= HEADER_BELOW) x[F.titleMid] = 1;
    }
    if (firstBody !== null && c.block < firstBody && firstBody - c.block <= 4) x[F.beforeBody] = 1;
    if (inBody.has(c.block)) x[F.inBody] = 1;
    if (zones.late.has(c.block)) {
      x[F.late] = 1;
      const lastBody = cleaned.body.at(-1)?.index ?? c.block;
      if (c.block - lastBody > 15) x[F.farLate] = 1;
    }
    const kind = removedKind.get(c.block);
    if (kind === 'byline' || kind === 'dateline') x[F.removedByline] = 1;
    else if (kind === 'author-bio') x[F.removedBio] = 1;
    else if (kind !== undefined && CHROME_KINDS.has(kind)) x[F.removedChrome] = 1;
    else if (kind !== undefined && CAPTION_KINDS.has(kind)) x[F.removedCaption] = 1;
    if (labels.creditMark.test(line)) x[F.creditOnLine] = 1;
    if (proseAround(line, c.name)) x[F.proseLine] = 1;
    const seen = nameBlocks.get(c.name.toLowerCase())?.size ?? 1;
    if (seen === 2) x[F.repeated2] = 1;
    else if (seen > 2) x[F.repeated3] = 1;
    if (outside && mentioned.has(c.name)) x[F.mentioned] = 1;
    // Other names in blocks around it: a list of teasers, a team page, a menu.
    let others = 0;
    for (let k = c.block - NEAR; k <= c.block + NEAR; k++) {
      if (k === c.block) continue;
      const names = blockNames.get(k);
      if (names && !names.has(c.name.toLowerCase())) others++;
    }
    if (others >= 2) x[F.listy] = 1;
    if (foreign) x[F.foreign] = 1;
    if (distinct === 1) x[F.soleName] = 1;
    else if (distinct >= 6) x[F.manyNames] = 1;
    if (c.block === firstLabelled) x[F.firstLabelled] = 1;
    // HTML: a byline's name is often a link to the writer's page; where on the page the block sits.
    const hints = blocks[c.block]?.hints;
    if (hints?.linkShare !== undefined && hints.linkShare >= 0.5) x[F.linked] = 1;
    const containers = hints?.containers;
    if (containers?.includes('article') || containers?.includes('main')) x[F.inArticle] = 1;
    if (containers?.includes('aside') || containers?.includes('footer')) x[F.inAsideOrFooter] = 1;
    if (containers?.includes('nav')) x[F.inNav] = 1;
  }
}

/**
 * The name stands in a sentence: its line, without the name, holds PROSE_WORDS lower-case words of four letters
 * or more ("van der" is part of a name), or ends as a sentence does with three ("Jane Roe, the council's chair, speaks at the meeting.": a caption, not a byline).
 */
function proseAround(line: string, name: string): boolean {
  if (line.length < name.length + 12) return false;
  let lower = 0;
  for (const word of line.replace(name, ' ').split(' ')) if (/^\p{Ll}\p{L}{3}/u.test(word)) lower++;
  return lower >= PROSE_WORDS || (lower >= 3 && /[.!?…]["”»)]?$/u.test(line));
}

/** A comma list of this many items or more can be a post's categories or tags. */
const TAG_LIST_ITEMS = 4;

/**
 * A post's categories or tags, not a list of writers: a comma list of TAG_LIST_ITEMS items or more, two of them
 * no name ("Nike Jane – 14.09.2022 – Kolumne, Tiny Jane, Allgemein, box2, Feminismus": its last segment). A
 * name's credentials are no items ("Ellen Lindell, VMD, DACVB; Monique Feyrecilde, BA, LVT, …").
 */
function isTagList(segment: string, names: number): boolean {
  let items = 0;
  for (const part of segment.split(','))
    if (!POST_NOMINALS.test(part.replace(/[;(&].*$/su, '').trim())) items++;
  return items >= TAG_LIST_ITEMS && names <= items - 2;
}

/** Post-nominal letters, one or more ("VMD", "DACVB", "BA LVT", "CFP®"): all capitals, as credentials are written. */
const POST_NOMINALS = /^(?:\p{Lu}[\p{Lu}.]{1,5}®?\s*)+$/u;

/** A label line is at most this long. */
const MAX_LABEL_LINE = 40;

/**
 * A line that labels the name on the line after it: a byline word or author label alone ("Von:", "Autoren"), or a
 * short line closing on a byline word ("Kommentar von", "10.12.2022 18:27 von"); not a credit for other work
 * ("Foto von").
 */
function isLabelLine(block: string, labels: LabelPatterns): boolean {
  // Most blocks are longer than a label with its white space: they are not trimmed.
  if (block.length === 0 || block.length > 2 * MAX_LABEL_LINE) return false;
  const text = block.trim();
  return (
    text.length > 0 &&
    text.length <= MAX_LABEL_LINE &&
    (labels.labelOnly.test(text) || (labels.endsWithByline.test(text) && !labels.notWriter.test(`${text} `)))
  );
}

function lineText(block: Block | undefined, lines: string[], line: number): string {
  if (!block) return '';
  return (lines[line - block.line] ?? block.text).trim();
}

/** Each block's lines, split on first use (a block holding many names was split once per name: issue 14). */
function blockLines(blocks: readonly Block[]): (index: number) => string[] {
  const split = new Map<number, string[]>();
  return (index) => {
    let lines = split.get(index);
    if (lines === undefined) {
      lines = blocks[index]?.text.split('\n') ?? [];
      split.set(index, lines);
    }
    return lines;
  };
}

export type { Candidate };
