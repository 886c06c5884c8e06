import { arePiecesOfLines } from '../layout/space-runs.ts';
import type {
  CleanResult,
  Entities,
  Metadata,
  PageEvidence,
  Quote,
  RemovedItem,
  SourceHints,
} from '../types.ts';
import { languageCode } from '../vocabulary/index.ts';
import type { LowerWordRuns } from '../word-runs.ts';
import { countWordsFast } from '../words-fast.ts';
import { auditRemoved, withReplacedHeadline } from './audit.ts';
import { type AuthorResult, extractAuthors } from './authors.ts';
import { extractCredits } from './credits.ts';
import {
  DATE_THRESHOLD,
  DATE_THRESHOLD_HTML,
  type DateCandidate,
  type DateContext,
  extractDates,
} from './dates.ts';
import {
  MAX_PER_KIND,
  namesAPerson,
  personNames,
  withoutFunctionWords,
  withoutNounTails,
} from './entities.ts';
import { extractEntitiesFast } from './entities-fast.ts';
import {
  hostOf,
  htmlAuthors,
  htmlModified,
  htmlPublished,
  htmlTitles,
  siteNames,
  urlPathDate,
} from './evidence.ts';
import { contentHash } from './hashes.ts';
import { simhashFast } from './hashes-fast.ts';
import { extractKeywordsFast } from './keywords-fast.ts';
import { extractSegmentedKeywords, SEGMENTED_LANGUAGES } from './keywords-segmented.ts';
import { labelPatterns } from './labels.ts';
import { detectLanguageFast } from './language-fast.ts';
import { MIN_LETTERS, SAMPLE_CHARS } from './language-sample.ts';
import { isKnownNonName } from './names.ts';
import {
  type Choice,
  isLineTitle,
  type PageFacts,
  provenanceOf,
  rankAuthors,
  rankPublished,
  rankSite,
  rankTitle,
  rankUpdated,
} from './provenance.ts';
import { extractQuotes } from './quotes.ts';
import { chromeDomain } from './site.ts';
import { bylineAgencies, MAX_BYLINE } from './sources.ts';
import { extractSourcesFast } from './sources-fast.ts';
import { extractSummary } from './summary.ts';
import { extractTitle } from './title.ts';
import { blockZones, readerRanges, readerView } from './zones.ts';

/** Average adult silent reading speed, words per minute. */
const WORDS_PER_MINUTE = 230;

export interface MetadataOptions {
  /** "Now" for the date range check (dates after it are rejected); injectable for tests. */
  now?: Date;
  /** What an HTML page states about itself (<title>, meta tags, JSON-LD), from the layout stage. */
  evidence?: PageEvidence | null;
  /** The body's lower-cased word runs, when the caller has made them (pipeline.ts shares them with the MinHash). */
  words?: LowerWordRuns;
}

/** The metadata, the audited removed list, and what the confidence model weighed (for the training script). */
export interface MetadataAnalysis {
  metadata: Metadata;
  /** The cleaner's removed items, bylines and datelines annotated (`usedFor` or `unusedBecause`). */
  removed: RemovedItem[];
  /** Per scored field, the choice with its confidence features (null when the field is empty). */
  choices: {
    title: Choice<string> | null;
    authors: Choice<string[]> | null;
    publishedAt: Choice<string> | null;
    site: Choice<string> | null;
  };
  /** The page's date candidates with their model features (read by tests/training/train-dates.ts). */
  dateCandidates: DateCandidate[];
}

/**
 * Metadata stage: every field from the cleaned document. A field the text does not support is
 * empty or null rather than guessed: users filter and group records by these values.
 */
export function extractMetadata(
  cleaned: CleanResult,
  body: string,
  hints: SourceHints,
  options: MetadataOptions = {},
): Metadata {
  return analyseMetadata(cleaned, body, hints, options).metadata;
}

/**
 * A short article's own words, title and body, are read from half the letters detection otherwise wants before the
 * whole page is: the page's chrome holds names and menu words, and one name of a few letters tinyld's dictionary
 * lists as unique to a language decides a short chunk ("Meyer" reads as Turkish, "Hendrik" as Norwegian: a German
 * brief of 190 letters under "Von unserem Redakteur Jan-Hendrik Meyer" was Norwegian).
 */
const SHORT_ARTICLE_LETTERS = MIN_LETTERS / 2;

/**
 * The language of the body. A short body (a brief, a body the cleaner cut) is read with its title: the same
 * language, more letters. Null when that is still too short to tell (see pageLanguage).
 */
function bodyLanguage(cleaned: CleanResult, body: string): string | null {
  // The threshold only decides whether a text is read: the titled text at the lower one gives what it gives at the
  // full one (one detection, not two, for a body too short alone).
  const titled = cleaned.title ? `${cleaned.title}\n\n${body}` : body;
  return detectLanguageFast(body) ?? detectLanguageFast(titled, SHORT_ARTICLE_LETTERS);
}

/**
 * The language of a page whose body and title are too short to tell and that declares none: the whole page's,
 * chrome included, whose menus and notices are mostly in the page's language too. Of multi's 8 such pages, 6 now
 * read right (German 4, English 2) and 2 wrong (a German post inside archive.org's English chrome as Italian, a
 * text of replacement characters as Greek); DEV has none, and no scored field moved.
 */
function pageLanguage(cleaned: CleanResult): string | null {
  // Joined only for such a page, and no further than detection reads.
  let page = '';
  for (const block of cleaned.blocks) {
    if (page.length >= SAMPLE_CHARS) break;
    page += `${block.text}\n\n`;
  }
  return detectLanguageFast(page);
}

export function analyseMetadata(
  cleaned: CleanResult,
  body: string,
  hints: SourceHints,
  options: MetadataOptions = {},
): MetadataAnalysis {
  const now = options.now ?? new Date();
  const evidence = options.evidence ?? null;
  const detected = bodyLanguage(cleaned, body);
  const declared = languageCode(evidence?.lang);
  const language = detected ?? declared ?? pageLanguage(cleaned);
  // The page's own language tag (HTML) says how it writes dates better than a guess from its words, when it names
  // a language. Every DateContext has the same three fields in the same order (one object shape for the scanner).
  const when: DateContext = { now, language: declared ?? language, numericOrder: null };
  const sites = siteNames(evidence, hints.url);
  const anchor = cleaned.titleBlock;
  const zones = blockZones(cleaned, anchor);
  // The byline and dateline readers see the article's neighbourhood of a very large page (zones.ts).
  const near = readerView(cleaned, anchor);

  const byline = extractAuthors(near, anchor, when, zones);
  const credits = extractCredits(cleaned, labelPatterns(when.language));
  const dates = extractDates(
    near,
    anchor,
    byline.block,
    when,
    zones,
    evidence !== null ? DATE_THRESHOLD_HTML : DATE_THRESHOLD,
  );
  const htmlDate = htmlPublished(evidence, when);
  const declaredAuthors = htmlAuthors(evidence, sites);
  // Pieces of long lines (a page joined by spaces or run together): its readers' evidence is weaker (provenance.ts FLAT).
  const flatPage = arePiecesOfLines(cleaned.blocks);
  const page: PageFacts = {
    hasAuthors: byline.authors.length > 0 || declaredAuthors !== null,
    hasDate: dates.publishedAt !== null || htmlDate !== null,
    titleProbability: cleaned.titleProbability ?? 0,
  };
  const title = rankTitle(cleaned, extractTitle(cleaned, language), htmlTitles(evidence, sites), page);
  const authors = rankAuthors(cleaned, byline, credits, declaredAuthors, byline.labelled, page);
  const urlDate = urlPathDate(hints.url ?? evidence?.canonicalUrl, when);
  const published = rankPublished(dates, htmlDate, urlDate, page);
  const publishedAt = published?.value ?? null;
  const updated = rankUpdated(dates, htmlModified(evidence, when), publishedAt);
  const site = rankSite(hostOf(hints.url), hostOf(evidence?.canonicalUrl), chromeDomain(cleaned));

  const authorNames = authors?.value ?? [];
  const contributors = credits.contributors.filter((c) => !authorNames.includes(c.name));
  const entities = withoutNounTails(
    withoutFunctionWords(extractEntitiesFast(body, language), language),
    body,
    language,
  );
  const quotes = extractQuotes(body, entities.people, language);
  const wordCount = countWordsFast(body);
  const metadata: Metadata = {
    title: title?.value ?? null,
    authors: authorNames,
    authorBio: authors && authors.value === byline.authors ? byline.authorBio : null,
    contributors,
    publishedAt,
    updatedAt: updated?.value ?? null,
    site: site?.value ?? null,
    sources: extractSourcesFast(
      cleaned,
      [...credits.agencies, ...agenciesOnByline(cleaned, byline, authors?.value === byline.authors)],
      readerRanges(cleaned, anchor),
    ),
    language,
    wordCount,
    readingTimeMinutes: wordCount === 0 ? 0 : Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE)),
    entities: withSpeakers(entities, quotes),
    quotes,
    keywords:
      language !== null && SEGMENTED_LANGUAGES.has(language)
        ? extractSegmentedKeywords(body, language)
        : extractKeywordsFast(body, language),
    summary: extractSummary(body),
    contentHash: contentHash(body),
    simhash: simhashFast(body, options.words),
    provenance: {
      title: provenanceOf('title', title, flatPage),
      authors: provenanceOf('authors', authors, flatPage),
      publishedAt: provenanceOf('publishedAt', published, flatPage),
      updatedAt: updated?.provenance ?? null,
      site: provenanceOf('site', site),
    },
  };
  const audited = auditRemoved(cleaned.removed, {
    authors: authorNames,
    contributors: contributors.map((c) => c.name),
    publishedAt,
    updatedAt: metadata.updatedAt,
    zones,
    authorsUnused: byline.unused,
    datesRefused: dates.refused,
    when,
  });
  const removed = withReplacedHeadline(
    audited,
    anchor === null ? undefined : cleaned.blocks[anchor],
    title !== null && isLineTitle(title),
  );
  return {
    metadata,
    removed,
    choices: { title, authors, publishedAt: published, site },
    dateCandidates: dates.candidates,
  };
}

/**
 * The agencies the line the authors were read from credits beside them, without a byline word ("Jane Doe
 * (Reuters)", "Anna Berg/dpa", "Jane Doe, The Associated Press"): the byline's parts that are known agencies.
 * Only when the record's authors are the text's byline (`chosen`).
 */
function agenciesOnByline(cleaned: CleanResult, byline: AuthorResult, chosen: boolean): string[] {
  if (!chosen || byline.block === null || byline.line === null) return [];
  const block = cleaned.blocks[byline.block];
  if (!block) return [];
  const line = block.text.split('\n')[byline.line - block.line] ?? '';
  return line.length <= MAX_BYLINE ? bylineAgencies(line) : [];
}

/**
 * The people the page quotes are people it names: a speaker of two words or more that the entity readers missed
 * (a name the lexicon does not know: "Rafał Trzaskowski") joins them, up to their limit, when no word of it is one
 * the lexicon knows as no name.
 */
function withSpeakers(entities: Entities, quotes: readonly Quote[]): Entities {
  const people = [...entities.people];
  const speakers: string[] = [];
  for (const { speaker } of quotes) {
    if (!speaker?.includes(' ')) continue;
    speakers.push(speaker);
    if (people.length >= MAX_PER_KIND) continue;
    // A run the lexicon knows a word of as no name ("Accounting Seed", "Supervisor Alfredo Pedroza") is not joined.
    if (people.includes(speaker) || speaker.split(' ').some(isKnownNonName)) continue;
    people.push(speaker);
  }
  // A speaker's surname is no organisation of its own, joined or not ("a déclaré Jean Dupont": "Dupont" is a company
  // to the lexicon, and "Jean" a noun, so the name does not join the people).
  const named = personNames(speakers);
  const organizations = entities.organizations.filter((org) => !namesAPerson(org, named));
  if (people.length === entities.people.length && organizations.length === entities.organizations.length)
    return entities;
  return { ...entities, people, organizations };
}
