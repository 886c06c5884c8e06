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
}

export const LANGUAGES: readonly LanguageVocabulary[] = [en, de, fr, es, it, pt, nl];

export function vocabularyOf(code: string | null | undefined): LanguageVocabulary | null {
  if (!code) return null;
  const base = code.toLowerCase().split('-')[0];
  return LANGUAGES.find((language) => language.code === base) ?? null;
}
