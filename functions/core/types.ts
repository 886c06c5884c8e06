/**
 * Types shared by the stages of the pure core (decode → normalise → segment → clean → metadata → record).
 * No AWS imports anywhere under functions/core.
 */

/**
 * A paragraph of the document as the layout stage read it (layout.ts): plain text, whatever the input's
 * layout, with the structure the layout had as hints.
 */
export interface Block {
  /** Position of the block in the document, 0-based. */
  index: number;
  /** The block's plain text, normalised (inner line breaks kept; no markup). */
  text: string;
  /** 1-based line number of the block's first line in the uploaded file. */
  line: number;
  /** What the layout says about the block (heading, list item, links, HTML containers); absent for plain text. */
  hints?: BlockHints;
  /**
   * The block as written in the input, when the record's body keeps the input's syntax (markdown): one line
   * of markup per line of `text`.
   */
  markup?: string;
  /**
   * Markdown: the block's lines as the input wrote them, line for line with `markup`, when they differ from it (a
   * reference link, "[text][3]", is written inline in the markup): the widths a wrapper measured (layout/unwrap.ts).
   */
  wrapSource?: string;
}

/** The HTML elements around a block that say what part of the page it is in. */
export type Container =
  | 'nav'
  | 'header'
  | 'footer'
  | 'aside'
  | 'form'
  | 'figure'
  | 'caption'
  | 'comments'
  | 'main'
  | 'article'
  | 'hidden'
  /** An element whose class or id names page chrome (menu, sidebar, share, related, cookie, ad …). */
  | 'chrome-class';

/** Structure the input's layout carries for a block. Every field is optional: cleaning works without them. */
export interface BlockHints {
  /** Heading level, 1–6. */
  heading?: number;
  listItem?: boolean;
  /** Share of the block's characters that are link text, 0–1. */
  linkShare?: number;
  tableCell?: boolean;
  code?: boolean;
  quote?: boolean;
  /** HTML: the containers the block sits in, outermost first (shared between blocks; never mutated). */
  containers?: readonly Container[];
  /** The file's front matter or reader header (layout/front-matter.ts): the page's metadata, not its text. */
  frontMatter?: boolean;
  /** A text browser's list of link targets at the text's end (layout/link-numbers.ts): the tool's, not the page's. */
  linkTargets?: boolean;
  /** HTML: the element the block came from, with its nearest containers ("footer > p"), for the audit. */
  element?: string;
  /**
   * HTML: the ids of the elements the block sits in, outermost first (an id numbers an element in document
   * order): blocks that share an id share that element. Shared between blocks; never mutated.
   */
  path?: readonly number[];
}

/** How the uploaded file was laid out (layout.ts decides from the bytes and the file name). */
export type Layout = 'blocks' | 'lines' | 'markdown' | 'html';
/** What came in, as stored in the record's `format` field. */
export type InputFormat = 'text' | 'markdown' | 'html';

/**
 * Metadata the page states about itself: in HTML (head tags, JSON-LD), or in the front matter above a text
 * (layout/front-matter.ts: its keys as the meta tags they stand for). Evidence for the metadata stage.
 */
export interface PageEvidence {
  /** The document's <title>. */
  title: string | null;
  /** <html lang>. */
  lang: string | null;
  /** <link rel=canonical> or og:url. */
  canonicalUrl: string | null;
  /**
   * <meta name|property|itemprop=K content=V>, K lower-cased, in document order (a key may repeat). An entry a
   * JSON upload's own fields state (layout/json.ts), a feed item's (layout/feed.ts) or an extractor's XML's
   * (layout/extractor-xml.ts) says so: the record names its source `json`, `feed` or `extractor`, not `meta`.
   */
  meta: ReadonlyArray<{ key: string; value: string; declaredIn?: Exclude<StatingFile, 'front-matter'> }>;
  /** The article objects of the page's JSON-LD (NewsArticle, BlogPosting, Article and kin). */
  jsonLd: readonly JsonLdArticle[];
  /**
   * Set when the evidence is a text's front matter, a JSON upload's fields or a feed item's (their keys in `meta`),
   * absent for an HTML head.
   */
  declaredIn?: StatingFile;
}

/**
 * A file that states the page's fields beside its text: front matter (layout/front-matter.ts), a JSON item
 * (layout/json.ts), a feed item (layout/feed.ts), an extractor's XML (layout/extractor-xml.ts).
 */
export type StatingFile = 'front-matter' | 'json' | 'feed' | 'extractor';

/** The fields of a JSON-LD article object the metadata stage reads. */
export interface JsonLdArticle {
  type: string;
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
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
  /** 1-based line number in the uploaded file. */
  line: number;
  /** HTML input: the element it came from ("footer > p"). */
  element?: string;
  /** Rule `model.low-content`: the block model's features that weighed most against the block. */
  features?: string[];
  /** A removed byline or dateline: the record fields its author or date went to. */
  usedFor?: MetadataField[];
  /** A removed byline or dateline that gave nothing to the record: why (a stable code, see the README). */
  unusedBecause?: UnusedReason;
}

/** Record fields a removed line can give its value to. */
export type MetadataField = 'authors' | 'contributors' | 'publishedAt' | 'updatedAt';

/** Why a removed byline or dateline gave the record nothing. Stable strings (README, Metadata). */
export type UnusedReason =
  /** Inside a comment thread or a related-articles list: another text's byline or date. */
  | 'comment-or-related-list'
  /** Another byline was more probably the article's. */
  | 'other-byline-chosen'
  /** Its names were too unsure to be the authors (below the author model's threshold). */
  | 'below-threshold'
  /** No person's name in it. */
  | 'no-name'
  /** Its name is the headline's subject ("Interview: novelist Hannah Brooks on …"), not the writer. */
  | 'headline-subject'
  /** More names than a byline has (a list of contributors or of teasers' writers). */
  | 'too-many-names'
  /** Another date was more probably the article's. */
  | 'other-date-chosen'
  /** A date after today. */
  | 'date-in-future'
  /** A date before 1995 (a historical mention, not a web publication). */
  | 'date-too-old'
  /** An all-numeric date whose day and month could swap, the order not fixed by the page. */
  | 'ambiguous-day-month'
  /** A month and year without a day, a weekday or a relative date ("3 days ago"). */
  | 'no-full-date'
  /** The date sits inside a sentence: an event, not the article's date. */
  | 'date-in-prose';

/** Output of the cleaning stage; also the input of the metadata stage. */
export interface CleanResult {
  /** Every block of the normalised document, in order (metadata reads candidates from here). */
  blocks: Block[];
  /** The headline line as given in the text, or null. It is neither in `body` nor in `removed`. */
  title: string | null;
  titleBlock: number | null;
  /** The title model's probability for the chosen headline among the page's candidate lines (null without one). */
  titleProbability?: number | null;
  /** Kept blocks, in order. The record's body is their texts joined by one blank line. */
  body: Block[];
  /** Every removed line or block, in document order. */
  removed: RemovedItem[];
  /** The reader comments of the page's comment thread (removed from the body with kind `comments`). */
  comments?: ThreadEntry[];
  /** The thread had more than the comments kept (at most 200). */
  commentsTruncated?: boolean;
  /** Words of every block (the core's word count of each block's text, as classify measured it). */
  inputWords: number;
  /** Words of the removed items (the same count of each item's text; the title is not among them). */
  removedWords: number;
}

/** A reader comment as the cleaning stage reads it out of the thread. */
export interface ThreadEntry {
  /** The commenter's name as written, or null. */
  author: string | null;
  /** When it was posted, as written ("March 3, 2024 at 4:12 pm", "3 hours ago"), or null. */
  posted: string | null;
  text: string;
}

/** A reader comment in the record: `postedAt` is an ISO date when the thread states a certain day, else null. */
export interface Comment {
  author: string | null;
  postedAt: string | null;
  text: string;
}

/** What a credit line says a person did: "Reporting by", "Editing by", "Additional reporting by", "Compiled by". */
export type ContributorRole =
  | 'reporting'
  | 'additional-reporting'
  | 'editing'
  | 'writing'
  | 'compiling'
  | 'research'
  | 'contributing';

export interface Contributor {
  name: string;
  role: ContributorRole;
}

/** Where a metadata value came from and how sure the stage is of it. */
export interface FieldProvenance {
  /** 1-based line of the uploaded file the value was read from; null when only the HTML head or the URL states it. */
  line: number | null;
  /** What it rested on: a stable code (README, Metadata), e.g. "byline", "dateline-labelled", "headline+json-ld". */
  evidence: string;
  /** Probability that the value is right, 0–1 (two decimals), calibrated on DEV. */
  confidence: number;
}

export interface Provenance {
  title: FieldProvenance | null;
  authors: FieldProvenance | null;
  publishedAt: FieldProvenance | null;
  updatedAt: FieldProvenance | null;
  site: FieldProvenance | null;
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
  /** People credited for other work than the byline's ("Editing by", "Additional reporting by"), with their role. */
  contributors: Contributor[];
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
  /** Per field (title, authors, publishedAt, updatedAt, site): its input line, evidence and confidence. */
  provenance: Provenance;
}

/** What the caller knows about the source besides its bytes. */
export interface SourceHints {
  /** Source URL, e.g. from S3 object metadata `x-amz-meta-url`. */
  url?: string | null;
  /** The object key or file name: its extension (.md, .html) settles a layout the bytes leave open. */
  name?: string | null;
  /** The input's layout when the caller knows it (no detection): a record's body is in `blocks` (or markdown). */
  layout?: Layout | null;
  /**
   * The encoding the upload's transport names (the charset of an S3 object's Content-Type, "text/plain;
   * charset=windows-1250"): read before what the page declares, as a browser reads an HTTP header before a
   * <meta charset>; a byte-order mark and valid UTF-8 still come first (decode.ts). A label the platform does
   * not know is ignored.
   */
  charset?: string | null;
}
