/**
 * Types shared by the stages of the pure core (decode → normalise → segment → clean → metadata → record).
 * No AWS imports anywhere under functions/core.
 */

/** A paragraph of the normalised document: consecutive non-blank lines (joined by "\n"). */
export interface Block {
  /** Position of the block in the document, 0-based. */
  index: number;
  /** The block's text, byte-for-byte as normalised (inner line breaks kept). */
  text: string;
  /** 1-based line number of the block's first line in the normalised text. */
  line: number;
}

/**
 * The kind of boilerplate a removed item is. Stable strings: they are stored in records and documented.
 * `title` is never used in `removed` (the title moves to the record's `title` field).
 */
export type BoilerplateKind =
  | 'navigation'
  | 'social'
  | 'follow'
  | 'newsletter'
  | 'related'
  | 'author-bio'
  | 'byline'
  | 'dateline'
  | 'attribution'
  | 'advertising'
  | 'cookie'
  | 'legal'
  | 'paywall'
  | 'comments'
  | 'counter'
  | 'caption'
  | 'credit'
  | 'metadata'
  | 'repeated'
  | 'low-content';

/** One removed line or block, with the rule that removed it. */
export interface RemovedItem {
  text: string;
  /** Stable rule id, e.g. "social.follow-us"; documented in the README. */
  rule: string;
  kind: BoilerplateKind;
  /** Index of the block it came from. */
  block: number;
  /** 1-based line number in the normalised text. */
  line: number;
}

/** Output of the cleaning stage; also the input of the metadata stage. */
export interface CleanResult {
  /** Every block of the normalised document, in order (metadata reads candidates from here). */
  blocks: Block[];
  /** The headline line as given in the text, or null. It is neither in `body` nor in `removed`. */
  title: string | null;
  titleBlock: number | null;
  /** Kept blocks, in order. The record's body is their texts joined by one blank line. */
  body: Block[];
  /** Every removed line or block, in document order. */
  removed: RemovedItem[];
}

export interface Quote {
  speaker: string | null;
  text: string;
}

export interface Entities {
  people: string[];
  places: string[];
  organizations: string[];
}

/** Output of the metadata stage. */
export interface Metadata {
  title: string | null;
  authors: string[];
  authorBio: string | null;
  /** ISO date (YYYY-MM-DD) or null: never invented. */
  publishedAt: string | null;
  updatedAt: string | null;
  site: string | null;
  sources: string[];
  /** BCP 47 language tag or null when undetermined. */
  language: string | null;
  wordCount: number;
  readingTimeMinutes: number;
  entities: Entities;
  quotes: Quote[];
  keywords: string[];
  summary: string | null;
  /** SHA-256 hex of the body. */
  contentHash: string;
  /** 64-bit simhash of the body, 16 hex digits. */
  simhash: string;
}

/** What the caller knows about the source besides its bytes. */
export interface SourceHints {
  /** Source URL, e.g. from S3 object metadata `x-amz-meta-url`. */
  url?: string | null;
}
