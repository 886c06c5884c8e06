/**
 * The pure core: bytes in, record out. decode → normalise → segment → clean → metadata → record.
 * Every adapter (Lambda handler, local stack, CLI, benchmarks) calls this, so what is tested locally
 * is what runs in AWS.
 */
import { renderBody } from './body.ts';
import { renderPlainBodyFast } from './body-fast.ts';
import { clean } from './clean.ts';
import { decode } from './decode.ts';
import { inflate, isGzip } from './decompress.ts';
import { prescan } from './layout/charset.ts';
import { type LayoutDocument, readLayout } from './layout.ts';
import { datesIn } from './metadata/dates.ts';
import { analyseMetadata } from './metadata/index.ts';
import { withStatedTitle } from './metadata/title.ts';
import { minhashOf } from './minhash.ts';
import { type RejectedDocument, reject, rejectTooLarge } from './rejected.ts';
import type { Comment, InputFormat, Metadata, RemovedItem, SourceHints, ThreadEntry } from './types.ts';
import { CLEANER_VERSION } from './version.ts';
import { lowerWordRuns } from './word-runs.ts';

export interface Quality {
  /** Words in the input (after normalisation). */
  inputWords: number;
  /** Words removed (title excluded): the share below is removedWords / inputWords. */
  removedWords: number;
  removedWordShare: number;
  keptBlocks: number;
  removedItems: number;
}

export interface CleanDocument extends Metadata {
  status: 'clean';
  reason: null;
  /** What came in: plain text (blocks or lines), markdown or HTML. A markdown input keeps its syntax in `body`. */
  format: InputFormat;
  body: string;
  removed: RemovedItem[];
  /** Reader comments, apart from the article (at most 200). */
  comments: Comment[];
  /** The page had more comments than `comments` holds. */
  commentsTruncated: boolean;
  encoding: string;
  /** MinHash signature of the plain body's word 3-shingles (functions/shared/near-duplicates.ts). */
  minhash: string | null;
  /** Invalid byte sequences the decoder replaced with U+FFFD (mostly-valid UTF-8); 0 for clean input. */
  replacementCharacters: number;
  quality: Quality;
  cleanerVersion: string;
}

export type CoreRecord = CleanDocument | RejectedDocument;

export { type RejectedDocument, type RejectReason, rejectTooLarge } from './rejected.ts';

export interface CoreOptions {
  /** Inputs larger than this are rejected as `too-large`. */
  maxBytes?: number;
}

export function processDocument(
  bytes: Uint8Array,
  hints: SourceHints = {},
  options: CoreOptions = {},
): CoreRecord {
  if (options.maxBytes !== undefined && bytes.length > options.maxBytes) {
    return rejectTooLarge(bytes.length, options.maxBytes);
  }
  // One layer of gzip: a gzip inside it is a binary file to the decode stage (decompress.ts).
  if (isGzip(bytes)) {
    const inflated = inflate(bytes, hints.name, options.maxBytes);
    if (!inflated.ok) return reject(inflated.reason, inflated.detail);
    return processBytes(inflated.bytes, { ...hints, name: inflated.name });
  }
  return processBytes(bytes, hints);
}

/** The core from the bytes of text on: decode, layout, cleaning and metadata. */
function processBytes(bytes: Uint8Array, hints: SourceHints): CoreRecord {
  // An HTML page may declare its encoding: read before decoding (valid UTF-8 still wins, see decode.ts); the
  // upload's Content-Type charset comes before it.
  const declared = prescan(bytes);
  const decoded = decode(bytes, {
    transportCharset: hints.charset,
    declaredCharset: declared.charset,
    markup: declared.markup,
  });
  if (!decoded.ok) return reject(decoded.reason, decoded.detail);
  const page = readLayout(decoded.text, hints.name, hints.layout);
  if (page.refusal) return reject(page.refusal.reason, page.refusal.detail);
  // Visible characters that no layout reads as text: an HTML page whose text its scripts would write (a
  // single-page app's shell), or markdown of images alone. A clean record with an empty body would hide that
  // the scraper saved the wrong thing.
  if (page.blocks.length === 0) {
    return reject(
      'no-text',
      `the ${page.layout} layout reads no text in it (markup, scripts or images only)`,
    );
  }
  return {
    ...cleanPage(page, hints, decoded.encoding),
    replacementCharacters: decoded.replacements,
  };
}

/** The core from decoded text on (used directly by tests and by the re-clean idempotence check). */
export function processText(text: string, hints: SourceHints = {}, encoding = 'utf-8'): CleanDocument {
  return cleanPage(readLayout(text, hints.name, hints.layout), hints, encoding);
}

/** The core from the page's layout on: cleaning, metadata, hashes. */
function cleanPage(page: LayoutDocument, hints: SourceHints, encoding: string): CleanDocument {
  // A heading the cleaner took for the headline of a text whose title is stated beside it stays in the body.
  const cleaned = withStatedTitle(clean(page.blocks), page.evidence, hints.url);
  // Metadata (hashes included) reads the plain text, so the same article hashes alike whatever its format.
  const plainBody = renderPlainBodyFast(cleaned.body, page.text);
  const body = page.format === 'markdown' ? renderBody(cleaned.body, page.format) : plainBody;
  // The simhash and the near-duplicate signature read the same lower-cased words of the plain text.
  const words = lowerWordRuns(plainBody);
  const { metadata, removed } = analyseMetadata(cleaned, plainBody, hints, {
    evidence: page.evidence,
    words,
  });
  const minhash = minhashOf(plainBody, undefined, words);
  const inputWords = cleaned.inputWords;
  const removedWords = cleaned.removedWords;
  return {
    status: 'clean',
    reason: null,
    ...metadata,
    minhash,
    format: page.format,
    body,
    removed,
    comments: toComments(cleaned.comments ?? [], metadata.language),
    commentsTruncated: cleaned.commentsTruncated ?? false,
    encoding,
    replacementCharacters: 0,
    quality: {
      inputWords,
      removedWords,
      removedWordShare: inputWords === 0 ? 0 : round(removedWords / inputWords),
      keptBlocks: cleaned.body.length,
      removedItems: cleaned.removed.length,
    },
    cleanerVersion: CLEANER_VERSION,
  };
}

/**
 * The comments for the record: each one's time as an ISO day when the thread states a certain one ("3 hours ago":
 * null), read in the page's language ("05/06/2023" on a German page is 5 June; on a page of no known order,
 * refused).
 */
function toComments(entries: readonly ThreadEntry[], language: string | null): Comment[] {
  const context = { now: new Date(), language, numericOrder: null };
  return entries.map((entry) => ({
    author: entry.author,
    postedAt: entry.posted === null ? null : (datesIn(entry.posted, context)[0]?.iso ?? null),
    text: entry.text,
  }));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
