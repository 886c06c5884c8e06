/**
 * The words of each language the core knows, one module per language: months and weekdays, the order of day
 * and month in numeric dates, and (filled by the cleaning and metadata stages) the labels and chrome phrases
 * they match. No list of months, byline words or chrome phrases is kept anywhere else: stages read them here.
 */
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { nl } from './nl.ts';
import { caselessPattern } from './patterns.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';

export type LanguageCode = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl';

export interface LanguageVocabulary {
  code: LanguageCode;
  /** Twelve entries, January first: each the month's forms in lower case (full name first, then abbreviations). */
  months: readonly (readonly string[])[];
  /** Seven entries, Monday first: each the weekday's forms in lower case (full name first). */
  weekdays: readonly (readonly string[])[];
  /** How the language writes an all-numeric date: day first ("3.4.2024" is 3 April) or month first. */
  numericDateOrder: 'day-month' | 'month-day';
  /**
   * The words after a compound's first part left open by its hyphen, lower case: "und", "oder" ("Ein- und Ausgang",
   * "pre- and post-war"). A wrapped text keeps the space after such a part (layout/unwrap.ts).
   */
  hyphenJoiners: readonly string[];
  /** Function words, lower case: prose has many of them, menus and titles few (cleaning/text.ts). */
  stopWords: readonly string[];
  /**
   * Page-chrome phrases by concept, lower case and with straight quotes, as line keys are (rules.ts merges the
   * languages' phrases into its rules; each concept's comment there says how they match).
   */
  chrome: Partial<Record<ChromeConcept, ChromePhrases>>;
  /** Words a date or time line is made of besides month and weekday names and numbers ("updated", "Uhr"). */
  dateLineWords: readonly string[];
  /** Words that make a number a relative time: "3 hours ago", "vor 3 Stunden", "il y a 3 heures". */
  relativeTimeMarkers: readonly string[];
  /** Verbs of a comment's author line: "Jane says:", "Jan sagt:", "Jean dit :", "Juan dice:". */
  commentVerbs: readonly string[];
  /** What attributes a quoted statement to its speaker (metadata/quotes.ts), lower case. */
  quotes: {
    /** Speech verbs and verb phrases: "said", "sagte", "a déclaré", "dijo", "ha detto". */
    verbs: readonly string[];
    /** Words before a name that attribute a quote without a verb: "„…“, so Müller", "selon Jean Dupont". */
    accordingTo: readonly string[];
    /** Subject pronouns that refer to a man, to a woman, and to either (a nearest person of any name). */
    he: readonly string[];
    she: readonly string[];
    they: readonly string[];
    /**
     * The language drops a subject pronoun: a verb alone after the quote ("”, señaló.", "», ha aggiunto.", "” –
     * powiedział.") speaks for the nearest person named before it, as "he said" does in English.
     */
    dropsSubject: boolean;
    /**
     * Definite articles, lower case: before a role noun as a quote's speaker ("said the mayor", "a déclaré le
     * maire", "sagte die Oberbürgermeisterin"); none for Polish.
     */
    articles: readonly string[];
  };
  /** Headings of a table of contents, lower case, whole line ("Table of contents", "Inhaltsverzeichnis"). */
  tocHeadings: readonly string[];
  /** Words that address the reader, lower case ("you", "dein", "vous"): the block model counts them. */
  readerWords: readonly string[];
  /**
   * Author bios ("Jane Doe is a reporter at …", "Anna Berg ist Redakteurin bei …"): the verb after the name,
   * the indefinite articles that may follow it or a comma ("Jane Doe, a reporter"), and role nouns (lower case) a bio names in its first sentence.
   */
  bio: {
    copulas: readonly string[];
    /** Before a name, alone on a line, heading an author box: "About Jane Doe", "Über Anna Berg". */
    about: readonly string[];
    articles: readonly string[];
    roles: readonly string[];
  };
  /** Nouns after a number in counters and comment-count headings, singular and plural, lower case. */
  countNouns: {
    /** "4 comments", "12 Kommentare", "3 réponses". */
    comments: readonly string[];
    /** "1.2K shares", "300 views", "5 Likes". */
    engagement: readonly string[];
    /** WordPress's thread heading, "12 thoughts on “Title”": the words between the number and the title. */
    commentsOn: readonly string[];
  };
  /** Metadata words (metadata/*): the labels around bylines, datelines and credit lines. */
  metadata: MetadataWords;
  /** Sentences (words.ts): abbreviations whose period ends no sentence, lower case, without the period. */
  abbreviations: readonly string[];
}

/**
 * The words the metadata stage reads bylines, datelines and credit lines by, lower case. A phrase matches
 * with any white space between its words; a label matches at the start of a line, before a name or a date.
 */
export interface MetadataWords {
  /** Before a writer's name on a byline, with or without a colon: "By", "Von", "Par", "Written by". */
  bylineWords: readonly string[];
  /** Before the writer's name only with a colon, or alone on the line above it: "Author:", "Autor:", "Texte :". */
  authorLabels: readonly string[];
  /** Headings of an author box, alone on their line, the name under them: "About the author", "Über den Autor". */
  authorBoxLabels: readonly string[];
  /** Credits for other work than writing ("Photo by", "Edited by", "Foto:"): a name after them is never the author. */
  notWriterLabels: readonly string[];
  /** Credit lines naming the reporters: their names are authors when the page has no byline ("Reporting by"). */
  reportingLabels: readonly string[];
  /** Credit lines naming other contributors, never authors ("Additional reporting by", "Editing by", "Compiled by"). */
  contributorLabels: readonly string[];
  /** Before the publication date: "Published", "Veröffentlicht am", "Publié le". */
  publishedLabels: readonly string[];
  /** Before the date of the last update: "Updated", "Aktualisiert am", "Mis à jour le". */
  updatedLabels: readonly string[];
  /**
   * Before a date that is not the article's: a manuscript's history ("Received", "Accepted"), a member's sign-up
   * ("Joined:", "Registriert:", "Membre depuis"), a deadline or an expiry ("until", "bis"), a status's day ("As of").
   */
  historyLabels: readonly string[];
  /**
   * A sentence's start that makes the date after it the page's own publication ("This entry was posted on …",
   * "Dieser Beitrag wurde am … veröffentlicht", "Cet article a été publié le …"), lower case.
   */
  publishedSentences: readonly string[];
  /** The same for the page's last change ("This page was last modified on …", "Diese Seite wurde zuletzt am …"). */
  updatedSentences: readonly string[];
  /** Words after a byline's name that end it (before a date, a place or a label): "on", "am", "le". */
  nameEnders: readonly string[];
  /** The newsroom credited as a byline's author ("Redaktion", "La rédaction"): a team, not a person. */
  newsroomWords: readonly string[];
  /**
   * "Our" before the writer's role on a byline ("Von unserem Redakteur Peter Meyer", "Par notre correspondant Jean
   * Dupont", "By our reporter Jane Roe"), lower case: the possessive and the role before the name are no part of it.
   */
  ourWords: readonly string[];
  /**
   * Conjunctions between two writers' names on a byline, lower case: "and", "und", "et" ("Von Benjamin Fischer und
   * Marcus Theurer"). A byline splits at them only between name-shaped parts (names.ts, splitNames).
   */
  nameConjunctions: readonly string[];
  /** Suffixes written after a day number: "1st", "1er", "1º". */
  dayOrdinals: readonly string[];
  /** Words between a date's parts: "12th of March", "12 de marzo de 2024". */
  dateJoiners: readonly string[];
}

/** Phrases of one chrome concept: whole line, start of a line, end of a line (see rules.ts). */
export interface ChromePhrases {
  lines?: readonly string[];
  prefixes?: readonly string[];
  suffixes?: readonly string[];
}

/** The concepts of page chrome a language names; each feeds one rule of rules.ts (`vocabulary` there). */
export type ChromeConcept =
  | 'skipLink'
  | 'home'
  | 'menu'
  | 'pagination'
  | 'share'
  | 'follow'
  | 'disclaimer'
  | 'paywall'
  | 'newsletter'
  | 'relatedHeading'
  | 'relatedInline'
  | 'authorHeading'
  | 'byline'
  | 'dateline'
  | 'sourceCredit'
  | 'reportingCredit'
  | 'adLabel'
  | 'affiliate'
  | 'callToAction'
  | 'readerAppeal'
  | 'cookie'
  | 'copyright'
  | 'policy'
  | 'commentsHeading'
  | 'commentsForm'
  | 'pictureCredit'
  | 'readingTime'
  | 'tags';

export const LANGUAGES: readonly LanguageVocabulary[] = [en, de, fr, es, it, pt, nl, pl];

const byCode = (codes: readonly LanguageCode[]) =>
  LANGUAGES.filter((language) => codes.includes(language.code));

/** Every written form of every month of these languages (lower case, full names and abbreviations). */
export function monthWords(codes: readonly LanguageCode[] = LANGUAGES.map((l) => l.code)): string[] {
  return byCode(codes).flatMap((language) => language.months.flat());
}

/** The full names of the months of these languages, lower case (the first form of each). */
export function fullMonthNames(codes: readonly LanguageCode[] = LANGUAGES.map((l) => l.code)): string[] {
  return byCode(codes).flatMap((language) => language.months.map((forms) => forms[0]!));
}

/** The full names of the weekdays of these languages, lower case (the first form of each). */
export function fullWeekdayNames(codes: readonly LanguageCode[] = LANGUAGES.map((l) => l.code)): string[] {
  return byCode(codes).flatMap((language) => language.weekdays.map((forms) => forms[0]!));
}

/** Every written form of every weekday of these languages (lower case). */
export function weekdayWords(codes: readonly LanguageCode[] = LANGUAGES.map((l) => l.code)): string[] {
  return byCode(codes).flatMap((language) => language.weekdays.flat());
}

/** The words an author box's heading opens with before the name, every language ("About", "Über", "À propos de"). */
function aboutHeadingWords(): string[] {
  return [...new Set(LANGUAGES.flatMap((language) => language.bio.about))];
}

/**
 * An author box's heading: "About Jane Roe", "Über Anna Berg", "À propos de Jean Dupont" — each language's
 * `bio.about` words in either case, white space, then a name (group 1) that opens with a real capital and goes on
 * as `rest` allows. No `i` flag: under it \p{Lu} matches lower case too ("about the author" would pass).
 */
export function aboutNamePattern(rest: string): RegExp {
  return new RegExp(`^(?:${aboutHeadingWords().map(caselessPattern).join('|')})\\s+(\\p{Lu}${rest})$`, 'u');
}

/**
 * The language code of a language tag, lower case: "de" for "de", "de-DE", "de_DE" (a locale as servers write
 * it) and " DE "; null for what names no language ("x-default", "*", "", "deutsch"). An HTML page's lang
 * attribute can hold anything: every reader of a tag goes through here, so the record's language, the
 * vocabulary and the month names agree on what a tag means.
 */
export function languageCode(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const code = tag.trim().toLowerCase().split(/[-_]/u)[0]!;
  return LANGUAGE_CODE.test(code) ? code : null;
}

/** An ISO 639 language code: two or three letters. */
const LANGUAGE_CODE = /^[a-z]{2,3}$/u;

export function vocabularyOf(tag: string | null | undefined): LanguageVocabulary | null {
  const code = languageCode(tag);
  if (code === null) return null;
  return LANGUAGES.find((language) => language.code === code) ?? null;
}
