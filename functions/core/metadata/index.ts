import type { CleanResult, Metadata, PageEvidence, SourceHints } from '../types.ts';
import { extractAuthors } from './authors.ts';
import { extractDates } from './dates.ts';
import { extractEntities } from './entities.ts';
import { contentHash, simhash } from './hashes.ts';
import { extractKeywords } from './keywords.ts';
import { detectLanguage } from './language.ts';
import { extractQuotes } from './quotes.ts';
import { extractSite } from './site.ts';
import { extractSources } from './sources.ts';
import { extractSummary } from './summary.ts';
import { extractTitle } from './title.ts';
import { blockZones } from './zones.ts';

/** Average adult silent reading speed, words per minute. */
const WORDS_PER_MINUTE = 230;

export interface MetadataOptions {
  /** "Now" for the date range check (dates after it are rejected); injectable for tests. */
  now?: Date;
  /** What an HTML page states about itself (<title>, meta tags, JSON-LD), from the layout stage. */
  evidence?: PageEvidence | null;
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
  const now = options.now ?? new Date();
  const title = extractTitle(cleaned);
  const anchor = cleaned.titleBlock;
  const zones = blockZones(cleaned, anchor);
  const byline = extractAuthors(cleaned, anchor, now, zones);
  const dates = extractDates(cleaned, anchor, byline.block, now, zones);
  const entities = extractEntities(body);
  const wordCount = countWords(body);
  return {
    title,
    authors: byline.authors,
    authorBio: byline.authorBio,
    publishedAt: dates.publishedAt,
    updatedAt: dates.updatedAt,
    site: extractSite(cleaned, hints.url),
    sources: extractSources(cleaned),
    language: detectLanguage(body),
    wordCount,
    readingTimeMinutes: wordCount === 0 ? 0 : Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE)),
    entities,
    quotes: extractQuotes(body, entities.people),
    keywords: extractKeywords(body),
    summary: extractSummary(body),
    contentHash: contentHash(body),
    simhash: simhash(body),
  };
}

/** Whitespace-separated tokens that contain a letter or digit ("—" alone is not a word). */
function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}
