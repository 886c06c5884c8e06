/**
 * JSON uploads: what a scraper writes when it saves a page as an object (Scrapy items, trafilatura's --json,
 * newspaper-style dumps, a crawler's dataset item with its `metadata`, a WordPress REST post, a JSON-LD
 * `NewsArticle`). The page is the object's content field, read in its own layout (HTML, markdown or text); the
 * object's other fields are the page's statement about itself, read as front matter's keys are
 * (layout/front-matter.ts: `title`, `author`, `date`, `url`, `language`, …), one level of `metadata` or `meta`
 * included.
 *
 * Only a text that is one JSON value as a whole is read so (a text that merely opens with "{" or "[" stays text).
 * An array of one object is that object; an array or JSON Lines of several pages is refused: one upload gives
 * one record.
 */
import type { Layout, PageEvidence } from '../types.ts';
import { isJsSpace } from '../whitespace.ts';
import { type Entry, evidenceOf, fieldOf, squashedKey } from './front-matter.ts';

/** The content fields, in the order they are taken, by key lower-cased without spaces, hyphens, underscores. */
const CONTENT_KEYS: ReadonlyArray<{ keys: readonly string[]; layout: Layout | null }> = [
  // The page's HTML carries the most: its structure and its head.
  {
    keys: ['html', 'rawhtml', 'contenthtml', 'bodyhtml', 'pagehtml', 'articlehtml', 'htmlcontent'],
    layout: 'html',
  },
  { keys: ['markdown', 'md', 'contentmarkdown', 'markdowncontent'], layout: 'markdown' },
  // Text (or HTML a field of no telling name holds: a WordPress post's `content.rendered`): detected.
  {
    keys: [
      'text',
      'rawtext',
      'content',
      'body',
      'articlebody',
      'maintext',
      'fulltext',
      'articletext',
      'bodytext',
      'textcontent',
      'plaintext',
      'cleanedtext',
      'extractedtext',
      'article',
    ],
    layout: null,
  },
];

/** The nested objects whose fields are the page's too (a crawler's `metadata`). */
const NESTED_KEYS = new Set(['metadata', 'meta']);

/** A field's list (its authors) is read to this many items. */
const MAX_LIST_ITEMS = 20;

export type JsonUpload =
  /** One page: its content in the layout the key names (null: detect it), and what the object states. */
  | { kind: 'page'; content: string; layout: Layout | null; contentKey: string; evidence: PageEvidence }
  /** An object (or array of one) with no content field: its keys, to tell the user what was there. */
  | { kind: 'no-content'; keys: string[] }
  /** An array or JSON Lines of several objects. */
  | { kind: 'several'; count: number };

/** The upload as JSON, or null when the text is no JSON object or array (it is read as text). */
export function readJson(text: string): JsonUpload | null {
  const first = firstCharacter(text);
  if (first !== '{' && first !== '[') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return first === '{' ? jsonLines(text) : null;
  }
  if (Array.isArray(value)) {
    const objects = value.filter(isObject);
    // An array of strings or numbers is a text that happens to be JSON: read as text.
    if (objects.length === 0) return null;
    if (objects.length > 1) return { kind: 'several', count: objects.length };
    value = objects[0];
  }
  return isObject(value) ? pageOf(value) : null;
}

/** Several JSON objects a line ("JSON Lines"): the first two lines parse as objects. */
function jsonLines(text: string): JsonUpload | null {
  let count = 0;
  let start = 0;
  while (start < text.length && count < 2) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === '') continue;
    try {
      if (!isObject(JSON.parse(line))) return null;
    } catch {
      return null;
    }
    count++;
  }
  if (count < 2) return null;
  // The objects, one a non-blank line (each line is not parsed: the upload is refused whatever they hold).
  let lines = 0;
  for (let from = 0; from <= text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (text.slice(from, to).trim() !== '') lines++;
    from = to + 1;
  }
  return { kind: 'several', count: lines };
}

/**
 * How deep a page may sit in wrappers: an API's response around its page (Firecrawl's `{ success, data: { markdown,
 * metadata } }`, Diffbot's `{ request, objects: [ { text, html, … } ] }`), a wrapper around that.
 */
const MAX_WRAPPERS = 2;

/** A page found in the JSON, with the fields that state its metadata (its own, then its wrappers'). */
type Found =
  | { kind: 'page'; content: string; layout: Layout | null; contentKey: string; fields: Map<string, unknown> }
  | Exclude<JsonUpload, { kind: 'page' }>;

/** The upload of the object: its page and what the fields around it state. */
function pageOf(object: Record<string, unknown>): JsonUpload {
  const found = findPage(object, 0);
  if (found.kind !== 'page') return found;
  const { fields, ...page } = found;
  return { ...page, evidence: evidenceOf(entriesOf(fields), 'json') };
}

/**
 * The page of an object: its content field, else the one page its values hold (a wrapper's `data`, a list of one
 * object), the wrapper's fields then read after the page's own.
 */
function findPage(object: Record<string, unknown>, depth: number): Found {
  const fields = new Map<string, unknown>();
  // The object's own keys first, then those of its `metadata`: a top-level title wins.
  const collect = (from: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(from)) {
      const name = squashedKey(key);
      if (!fields.has(name)) fields.set(name, value);
    }
  };
  collect(object);
  for (const [key, value] of Object.entries(object))
    if (NESTED_KEYS.has(squashedKey(key)) && isObject(value)) collect(value);
  for (const { keys, layout } of CONTENT_KEYS) {
    for (const key of keys) {
      const content = contentOf(fields.get(key));
      if (content === null || content.trim() === '') continue;
      return { kind: 'page', content, layout, contentKey: key, fields };
    }
  }
  const wrapped = depth < MAX_WRAPPERS ? wrappedPage(object, depth) : null;
  if (wrapped?.kind !== 'page') return wrapped ?? { kind: 'no-content', keys: Object.keys(object) };
  // The wrapper's fields after the page's: merged into the one page found, never copied into each candidate.
  for (const [name, value] of fields) if (!wrapped.fields.has(name)) wrapped.fields.set(name, value);
  return wrapped;
}

/**
 * The one page an object's values hold (an object with a content field, or a list whose objects have one);
 * several pages are several documents; null when there is none.
 */
function wrappedPage(object: Record<string, unknown>, depth: number): Found | null {
  const pages: Found[] = [];
  for (const [key, value] of Object.entries(object)) {
    if (NESTED_KEYS.has(squashedKey(key))) continue;
    const objects = isObject(value) ? [value] : Array.isArray(value) ? value.filter(isObject) : [];
    for (const inner of objects) {
      const page = findPage(inner, depth + 1);
      if (page.kind === 'several') return page;
      if (page.kind === 'page') pages.push(page);
    }
  }
  if (pages.length > 1) return { kind: 'several', count: pages.length };
  return pages[0] ?? null;
}

/** The fields the record reads (title, author, dates, URL, site, language), each value as text. */
function entriesOf(fields: ReadonlyMap<string, unknown>): Entry[] {
  const entries: Entry[] = [];
  for (const [key, value] of fields) {
    const field = fieldOf(key);
    if (field === null) continue;
    const values = (Array.isArray(value) ? value.slice(0, MAX_LIST_ITEMS) : [value])
      .map((item) => (field === 'published' || field === 'modified' ? dateOf(item) : textOf(item)))
      .filter((item): item is string => item !== null);
    if (values.length > 0) entries.push({ field, values });
  }
  return entries;
}

/** A content field's text: as `textOf` reads it, or a list of paragraphs (strings) one block each. */
function contentOf(value: unknown): string | null {
  if (!Array.isArray(value)) return textOf(value);
  const paragraphs = value.map(textOf).filter((item): item is string => item !== null);
  return paragraphs.length === 0 ? null : paragraphs.join('\n\n');
}

/**
 * A value as text: a string, or an object's `name` (a JSON-LD person or publisher) or `rendered` (a WordPress
 * field); null for anything else.
 */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (!isObject(value)) return null;
  for (const key of ['name', 'rendered']) if (typeof value[key] === 'string') return value[key] as string;
  return null;
}

/** A date field's value: a string, or a Unix time in seconds or milliseconds as an ISO date and time. */
function dateOf(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return textOf(value);
  const ms = value >= 1e12 ? value : value >= 1e8 ? value * 1000 : null;
  return ms === null || ms > 8.64e15 ? null : new Date(ms).toISOString();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text's first character that is not white space (a byte order mark is, as for JavaScript's `\s`), or ''. */
function firstCharacter(text: string): string {
  for (let i = 0; i < text.length; i++) if (!isJsSpace(text.charCodeAt(i))) return text[i]!;
  return '';
}
