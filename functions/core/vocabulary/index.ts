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
import { pt } from './pt.ts';

export type LanguageCode = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl';

export interface LanguageVocabulary {
  code: LanguageCode;
  /** Twelve entries, January first: each the month's forms in lower case (full name first, then abbreviations). */
  months: readonly (readonly string[])[];
  /** Seven entries, Monday first: each the weekday's forms in lower case (full name first). */
  weekdays: readonly (readonly string[])[];
  /** How the language writes an all-numeric date: day first ("3.4.2024" is 3 April) or month first. */
  numericDateOrder: 'day-month' | 'month-day';
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
  /** Nouns after a number in counters and comment-count headings, singular and plural, lower case. */
  countNouns: {
    /** "4 comments", "12 Kommentare", "3 réponses". */
    comments: readonly string[];
    /** "1.2K shares", "300 views", "5 Likes". */
    engagement: readonly string[];
    /** WordPress's thread heading, "12 thoughts on “Title”": the words between the number and the title. */
    commentsOn: readonly string[];
  };
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

export const LANGUAGES: readonly LanguageVocabulary[] = [en, de, fr, es, it, pt, nl];

export function vocabularyOf(code: string | null | undefined): LanguageVocabulary | null {
  if (!code) return null;
  const base = code.toLowerCase().split('-')[0];
  return LANGUAGES.find((language) => language.code === base) ?? null;
}
