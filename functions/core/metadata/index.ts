import { createHash } from 'node:crypto';
import type { CleanResult, Metadata, SourceHints } from '../types.ts';

/** Metadata stage (placeholder: title, counts and hashes; the metadata issue completes it). */
export function extractMetadata(cleaned: CleanResult, body: string, hints: SourceHints): Metadata {
  const words = body.split(/\s+/).filter(Boolean).length;
  let site: string | null = null;
  if (hints.url) {
    try {
      site = new URL(hints.url).hostname.replace(/^www\./, '');
    } catch {
      site = null;
    }
  }
  return {
    title: cleaned.title,
    authors: [],
    authorBio: null,
    publishedAt: null,
    updatedAt: null,
    site,
    sources: [],
    language: null,
    wordCount: words,
    readingTimeMinutes: Math.max(1, Math.round(words / 230)),
    entities: { people: [], places: [], organizations: [] },
    quotes: [],
    keywords: [],
    summary: null,
    contentHash: createHash('sha256').update(body).digest('hex'),
    simhash: '0000000000000000',
  };
}
