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
import type { PageEvidence, StatingFile } from '../types.ts';

/** What a key states, by its name lower-cased with spaces, hyphens and underscores dropped. */
export type Field = 'title' | 'author' | 'published' | 'modified' | 'url' | 'site' | 'description' | 'lang';

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
  pageurl: 'url',
  sitename: 'site',
  site: 'site',
  hostname: 'site',
  publisher: 'site',
  description: 'description',
  summary: 'description',
  excerpt: 'description',
  lang: 'lang',
  language: 'lang',
  languagecode: 'lang',
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
/** A URL as a reader header gives it. */
const URL_VALUE = /^(?:https?:\/\/|www\.)\S+$/iu;

export interface FrontMatter {
  /** What it states, as the evidence an HTML head gives. */
  evidence: PageEvidence;
  /** Its own lines (from its first non-blank one, blank ones left out), as the page's first block holds them. */
  text: string;
  /** Its first line's number (1-based; blank lines above it are not its). */
  firstLine: number;
  /** How many lines of the text it takes, from the text's first (its closing line, a "Markdown Content:" line). */
  lines: number;
  /** Where the text after it starts: past its last line (its closing line, a "Markdown Content:" line). */
  end: number;
}

/** A key of the front matter, the field it names (null: one no record field reads), and its values. */
export interface Entry {
  field: Field | null;
  values: string[];
}

/** The text's lines, read one after another from its start (front matter is at most MAX_LINES of them). */
class HeadLines {
  private readonly starts: number[] = [];
  private readonly lines: string[] = [];

  constructor(private readonly text: string) {}

  /** Line i (0-based), or null past the text's end. */
  at(i: number): string | null {
    while (this.lines.length <= i) {
      const from = this.lines.length === 0 ? 0 : this.starts.at(-1)! + this.lines.at(-1)!.length + 1;
      if (from > this.text.length) return null;
      let to = this.text.indexOf('\n', from);
      if (to < 0) to = this.text.length;
      this.starts.push(from);
      this.lines.push(this.text.slice(from, to));
    }
    return this.lines[i]!;
  }

  /** The front matter made of lines [first, last]. */
  frontMatter(entries: readonly Entry[], first: number, last: number): FrontMatter {
    const own = this.lines.slice(first, last + 1).filter((line) => line.trim() !== '');
    const end = Math.min(this.text.length, this.starts[last]! + this.lines[last]!.length + 1);
    return {
      evidence: evidenceOf(entries),
      text: own.join('\n'),
      firstLine: first + 1,
      lines: last + 1,
      end,
    };
  }
}

/** The front matter opening `text` (normalised: "\n" line ends), or null when the text opens with none. */
export function readFrontMatter(text: string): FrontMatter | null {
  const lines = new HeadLines(text);
  let first = 0;
  // Blank lines above it, a few (a page of blank lines is read no further than front matter would be).
  while (first < MAX_LINES && lines.at(first)?.trim() === '') first++;
  const opening = lines.at(first);
  // Most texts open otherwise: they are told by their first line, without reading further.
  if (opening === null) return null;
  if (opening.trimEnd() === '---') return readYaml(lines, first);
  return headerEntry(opening.trim()) === null ? null : readHeader(lines, first);
}

function readYaml(lines: HeadLines, open: number): FrontMatter | null {
  const entries: Entry[] = [];
  let current: string[] | null = null;
  for (let i = open + 1, line = lines.at(i); line !== null && i - open <= MAX_LINES; line = lines.at(++i)) {
    const trimmed = line.trimEnd();
    if (trimmed === '---' || trimmed === '...') {
      // One known key at least: a rule, a "Note: …" line and a rule open a page, not its front matter.
      return entries.some((entry) => entry.field !== null) ? lines.frontMatter(entries, open, i) : null;
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
    else if (raw !== '' && !/^[|>][-+]?$/u.test(raw)) values.push(scalar(raw));
    entries.push({ field: fieldOf(entry[1]!), values });
    current = raw === '' ? values : null;
  }
  return null;
}

function readHeader(lines: HeadLines, first: number): FrontMatter | null {
  const entries: Entry[] = [];
  let last = first;
  for (let i = first, line = lines.at(i); line !== null && i - first <= MAX_LINES; line = lines.at(++i)) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (CONTENT_LINE.test(trimmed)) {
      last = i;
      break;
    }
    const entry = headerEntry(trimmed);
    if (entry === null) break;
    entries.push(entry);
    last = i;
  }
  // Two known keys at least, a title or a URL among them: one "Date: …" line is a dateline, not a header; and a
  // URL key's value a URL (elinks writes a page's <link> elements as "Link: [1]alternate").
  const anchored = (entry: Entry) =>
    entry.field === 'title' || (entry.field === 'url' && URL_VALUE.test(entry.values[0] ?? ''));
  if (entries.length < 2 || !entries.some(anchored)) return null;
  return lines.frontMatter(entries, first, last);
}

/** A reader header's line of a known key ("Title: …"), or null. */
function headerEntry(line: string): Entry | null {
  const match = HEADER_ENTRY.exec(line);
  const field = match ? fieldOf(match[1]!) : null;
  return field === null ? null : { field, values: [match![2]!.trim()] };
}

/** The field a key names, or null. */
export function fieldOf(key: string): Field | null {
  return FIELDS[squashedKey(key)] ?? null;
}

/** A key as FIELDS names it: lower-cased, spaces, hyphens and underscores dropped ("Published Time" → "publishedtime"). */
export function squashedKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/gu, '');
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

/** What the entries state, as an HTML head states it (each field as the meta tag it stands for). */
export function evidenceOf(
  entries: readonly Entry[],
  declaredIn: StatingFile = 'front-matter',
): PageEvidence {
  const meta: PageEvidence['meta'][number][] = [];
  let canonicalUrl: string | null = null;
  let lang: string | null = null;
  for (const { field, values } of entries) {
    if (field === null) continue;
    for (const value of values) {
      if (value === '' || value.length > MAX_VALUE_CHARS) continue;
      if (field === 'url') canonicalUrl ??= /^https?:\/\/\S+$/iu.test(value) ? value : null;
      else if (field === 'lang') lang ??= value;
      // A JSON upload's or a feed item's entries say so each: their evidence may join an HTML head's (layout.ts
      // withDeclared).
      else
        meta.push(
          declaredIn === 'front-matter'
            ? { key: META_KEY[field], value }
            : { key: META_KEY[field], value, declaredIn },
        );
    }
  }
  return { title: null, lang, canonicalUrl, meta, jsonLd: [], declaredIn };
}
