/**
 * Front matter: the metadata a scraper or a note-taking tool writes above the page's text, read as the page's
 * statement about itself (what an HTML page says in its <head>: layout/html-evidence.ts). Two shapes:
 * - YAML front matter: a first line "---", "key: value" lines, a closing "---" or "..." (trafilatura's
 *   --with-metadata, MarkDownload, Obsidian's web clipper, static-site exports);
 * - a reader header: "Key: value" lines of known keys opening the file ("Title: …", "URL Source: …",
 *   "Published Time: …"), ended by a "Markdown Content:" line when there is one (Jina's Reader).
 * Only top-level scalars and lists of scalars are read: a YAML library for these few keys would add ~40 KB to
 * the Lambda bundle. A value of another shape (a nested map, a block scalar) is skipped, not misread.
 */
import type { PageEvidence } from '../types.ts';

/** What a key states, by its name lower-cased with spaces, hyphens and underscores dropped. */
type Field = 'title' | 'author' | 'published' | 'modified' | 'url' | 'site' | 'description' | 'lang';

const FIELDS: Record<string, Field> = {
  title: 'title',
  headline: 'title',
  author: 'author',
  authors: 'author',
  creator: 'author',
  byline: 'author',
  date: 'published',
  published: 'published',
  publishdate: 'published',
  publisheddate: 'published',
  publishedtime: 'published',
  publishedat: 'published',
  datepublished: 'published',
  pubdate: 'published',
  publicationdate: 'published',
  updated: 'modified',
  updatedat: 'modified',
  modified: 'modified',
  modifiedtime: 'modified',
  lastmod: 'modified',
  lastmodified: 'modified',
  datemodified: 'modified',
  url: 'url',
  urlsource: 'url',
  source: 'url',
  sourceurl: 'url',
  canonical: 'url',
  canonicalurl: 'url',
  link: 'url',
  permalink: 'url',
  originalurl: 'url',
  sitename: 'site',
  site: 'site',
  hostname: 'site',
  publisher: 'site',
  description: 'description',
  summary: 'description',
  excerpt: 'description',
  lang: 'lang',
  language: 'lang',
  locale: 'lang',
  inlanguage: 'lang',
};

/** The meta tag each field stands for: the metadata stage reads front matter as it reads an HTML head. */
const META_KEY: Record<Exclude<Field, 'url' | 'lang'>, string> = {
  title: 'og:title',
  author: 'author',
  published: 'article:published_time',
  modified: 'article:modified_time',
  site: 'og:site_name',
  description: 'description',
};

/** Front matter longer than this is no front matter (a page that happens to open with "---"). */
const MAX_LINES = 200;
const MAX_VALUE_CHARS = 1000;
/** "Markdown Content:", "Content:": the line that ends a reader header. */
const CONTENT_LINE = /^(?:markdown\s+)?content:\s*$/iu;
/** A YAML mapping entry at the top level: "key: value" (the value may be empty: a list follows). */
const YAML_ENTRY = /^([A-Za-z_][\w .-]{0,40}?)\s*:(?:\s+(.*))?$/u;
/** A reader header's "Key: value" line (the value on the line). */
const HEADER_ENTRY = /^([A-Za-z][A-Za-z _-]{0,30}?)\s*:\s+(\S.*)$/u;
const LIST_ITEM = /^\s+-\s+(.*)$|^-\s+(.*)$/u;

export interface FrontMatter {
  /** What it states, as the evidence an HTML head gives. */
  evidence: PageEvidence;
  /** How many lines of the text it takes, from the first (its closing line and a "Markdown Content:" line too). */
  lines: number;
  /** Its own lines' number of the first one (1-based; blank lines above it are not its). */
  firstLine: number;
}

/** The front matter opening `text` (normalised: "\n" line ends), or null when the text opens with none. */
export function readFrontMatter(text: string): FrontMatter | null {
  // Only the head of the text is split: front matter is at most MAX_LINES lines.
  const lines = headLines(text, MAX_LINES + 8);
  let first = 0;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  if (first >= lines.length) return null;
  return lines[first]!.trimEnd() === '---' ? readYaml(lines, first) : readHeader(lines, first);
}

function headLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let from = 0;
  while (lines.length < count && from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    lines.push(text.slice(from, to));
    from = to + 1;
  }
  return lines;
}

function readYaml(lines: string[], open: number): FrontMatter | null {
  const entries: [string, string[]][] = [];
  let current: string[] | null = null;
  for (let i = open + 1; i < lines.length && i - open <= MAX_LINES; i++) {
    const line = lines[i]!;
    const trimmed = line.trimEnd();
    if (trimmed === '---' || trimmed === '...') {
      // One known key at least: a rule, a "Note: …" line and a rule open a page, not its front matter.
      if (!entries.some(([key]) => fieldOf(key) !== null)) return null;
      return { evidence: evidenceOf(entries), lines: i + 1, firstLine: open + 1 };
    }
    if (trimmed.trim() === '' || trimmed.trimStart().startsWith('#')) continue;
    const item = LIST_ITEM.exec(trimmed);
    if (item) {
      // A list under the last key ("authors:" then "  - Jane Roe"); under none, the block is no front matter.
      if (current === null) return null;
      current.push(scalar(item[1] ?? item[2] ?? ''));
      continue;
    }
    if (/^\s/u.test(line)) {
      // A nested map or a block scalar's text: not read, and it ends the list above it.
      current = null;
      continue;
    }
    const entry = YAML_ENTRY.exec(trimmed);
    if (!entry) return null;
    const values: string[] = [];
    const raw = (entry[2] ?? '').trim();
    if (raw.startsWith('[') && raw.endsWith(']')) values.push(...flowList(raw.slice(1, -1)));
    else if (raw !== '' && raw !== '|' && raw !== '>' && !/^[|>][-+]?$/u.test(raw)) values.push(scalar(raw));
    entries.push([entry[1]!, values]);
    current = raw === '' ? values : null;
  }
  return null;
}

function readHeader(lines: string[], first: number): FrontMatter | null {
  const entries: [string, string[]][] = [];
  let end = first;
  let i = first;
  for (; i < lines.length && i - first <= MAX_LINES; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (CONTENT_LINE.test(line)) {
      end = i + 1;
      break;
    }
    const entry = HEADER_ENTRY.exec(line);
    if (!entry || fieldOf(entry[1]!) === null) break;
    entries.push([entry[1]!, [entry[2]!.trim()]]);
    end = i + 1;
  }
  // Two known keys at least, a title or a URL among them: one "Date: …" line is a dateline, not a header.
  const fields = entries.map(([key]) => fieldOf(key));
  if (entries.length < 2 || !fields.some((field) => field === 'title' || field === 'url')) return null;
  return { evidence: evidenceOf(entries), lines: end, firstLine: first + 1 };
}

function fieldOf(key: string): Field | null {
  return FIELDS[key.toLowerCase().replace(/[\s_-]+/gu, '')] ?? null;
}

/** A YAML scalar as written: quotes taken off (with their escapes), a comment after a space dropped. */
function scalar(raw: string): string {
  const text = raw.trim();
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"'))
    return text
      .slice(1, -1)
      .replace(/\\(["\\/])/gu, '$1')
      .replace(/\\n/gu, ' ');
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'"))
    return text.slice(1, -1).replace(/''/gu, "'");
  return text.replace(/\s+#.*$/u, '');
}

/** "[Jane Roe, 'John Doe']": the items of a flow list (no nested lists). */
function flowList(inner: string): string[] {
  const items: string[] = [];
  for (const match of inner.matchAll(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]+/gu)) {
    const item = scalar(match[0]);
    if (item !== '') items.push(item);
  }
  return items;
}

function evidenceOf(entries: readonly [string, string[]][]): PageEvidence {
  const meta: { key: string; value: string }[] = [];
  let canonicalUrl: string | null = null;
  let lang: string | null = null;
  for (const [key, values] of entries) {
    const field = fieldOf(key);
    if (field === null) continue;
    for (const value of values) {
      if (value === '' || value.length > MAX_VALUE_CHARS) continue;
      if (field === 'url') canonicalUrl ??= /^https?:\/\/\S+$/iu.test(value) ? value : null;
      else if (field === 'lang') lang ??= value;
      else meta.push({ key: META_KEY[field], value });
    }
  }
  return { title: null, lang, canonicalUrl, meta, jsonLd: [], declaredIn: 'front-matter' };
}
