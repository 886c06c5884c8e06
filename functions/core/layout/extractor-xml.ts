/**
 * An extractor's XML: what trafilatura writes with `--xml` (a `doc` element whose attributes state the page's title,
 * author, date, URL and site, its text in `main`, the readers' comments in `comments`) or with `--xml-tei` (TEI:
 * the same fields in a `teiHeader`, the text in `text > body > div type="entry"`, the comments in a `div
 * type="comments"`). A user who ran the extractor for its metadata uploads this. Before, such a file was read as an
 * HTML page: the fields were lost (no title, author or date), its headings dropped (`head` is HTML's head) and its
 * list items run together (`list` and `item` are no HTML block elements).
 *
 * The text becomes the HTML it stands for (`head rend="h2"` an <h2>, `list`/`item` a list, `quote` a blockquote,
 * `code` a pre, `table`/`row`/`cell` a table, `ref` a link, `lb` a line break) inside an <article>, the comments a
 * comment section after it; the HTML reader reads that as any page. The fields are evidence, as a JSON item's are.
 *
 * Only a text whose first element (after an XML prolog, comments, a doctype) is `doc` or `TEI` is read so, and a
 * `doc` only when it holds a `main`: any other XML is read in its own layout. One pass of htmlparser2's tokenizer
 * in XML mode (layout/xml-reader.ts): linear in the text.
 */
import { Tokenizer } from 'htmlparser2';
import type { PageEvidence } from '../types.ts';
import { httpUrl } from './envelope.ts';
import { type Entry, evidenceOf, type Field } from './front-matter.ts';
import { localName, XmlReader } from './xml-reader.ts';

export type ExtractorUpload =
  /** The page's text as HTML, and what the extractor states about the page. */
  | { kind: 'page'; html: string; evidence: PageEvidence }
  /** A TEI document or a `doc` whose text is empty. */
  | { kind: 'no-page'; what: string };

/** The prolog the document may open with, then its first element's name. Read on the text's first 4 KB. */
const EXTRACTOR_START =
  /^\uFEFF?(?:\s*<\?[^>]*\?>|\s*<!--[\s\S]*?-->|\s*<!DOCTYPE[^>[]*>)*\s*<(doc|TEI)[\s>/]/u;
const PROLOG_CHARS = 4096;
/** A header field's value is read to this many characters. */
const MAX_FIELD_CHARS = 2000;

/** The text's elements as the HTML elements they stand for (inline ones as a span: their text stays in its line). */
const HTML_OF: Record<string, string> = {
  p: 'p',
  list: 'ul',
  item: 'li',
  quote: 'blockquote',
  code: 'pre',
  table: 'table',
  row: 'tr',
  cell: 'td',
  del: 'del',
  div: 'div',
  hi: 'span',
};

/** trafilatura's `doc` attributes, and the TEI header's elements, by the field they state. */
const DOC_FIELDS: Record<string, Field> = {
  title: 'title',
  author: 'author',
  date: 'published',
  url: 'url',
  sitename: 'site',
  description: 'description',
  language: 'lang',
  lang: 'lang',
  'xml:lang': 'lang',
};

/** The TEI header's sections its fields are read in. */
const HEADER_SECTIONS = new Set(['titlestmt', 'publicationstmt', 'biblfull']);

/** The upload as an extractor's XML, or null when the text is none (it is read in its own layout). */
export function readExtractorXml(text: string): ExtractorUpload | null {
  const start = EXTRACTOR_START.exec(text.slice(0, PROLOG_CHARS));
  if (start === null) return null;
  const tei = start[1] === 'TEI';
  const reader = new ExtractorReader(text, tei);
  const tokenizer = new Tokenizer({ xmlMode: true, decodeEntities: true }, reader);
  tokenizer.write(text);
  tokenizer.end();
  // A `doc` of another vocabulary (no `main`) is no extractor's: read as the text it is.
  if (!tei && !reader.sawText) return null;
  const entries = reader.entries();
  const evidence = evidenceOf(entries, 'extractor');
  if (!reader.hasText)
    return { kind: 'no-page', what: tei ? 'a TEI document with no text' : "an extractor's XML with no text" };
  return { kind: 'page', html: `<html><body>${reader.html.join('')}</body></html>`, evidence };
}

/** The part of the page whose content is written as HTML: the extracted text or the readers' comments. */
type Part = 'text' | 'comments';

class ExtractorReader extends XmlReader {
  /**
   * The page as HTML: the text in an <article>, the comments in a comment section; of the rest, its line breaks
   * only, so that the HTML's lines are the file's (the record's line numbers count the uploaded file's lines).
   */
  readonly html: string[] = [];
  /** Whether the text's element (`main`, TEI's entry) was met, and whether it or the comments hold any letter. */
  sawText = false;
  hasText = false;
  private readonly fields = new Map<Field, string[]>();
  /** Inside the part being written, the HTML end tag of each open element ('' for none), as the stack holds them. */
  private readonly closers: string[] = [];
  /** The depth of the element whose content is being written as HTML (-1: none), and which part it is. */
  private partDepth = -1;
  private part: Part = 'text';
  /** A TEI header field being read: its field and its element's depth. */
  private capture: { field: Field; depth: number; parts: string[]; chars: number } | null = null;
  private inHeader = false;
  /** How many of each header section the header has open (the fields are read by the section they stand in). */
  private readonly sections = new Map<string, number>();

  constructor(
    text: string,
    private readonly tei: boolean,
  ) {
    super(text);
  }

  /** What the fields state, as front matter's entries: the authors apart, a URL only when it is one. */
  entries(): Entry[] {
    const entries: Entry[] = [];
    for (const [field, found] of this.fields) {
      const values: string[] = [];
      for (const raw of found) {
        const value = raw.replace(/\s+/gu, ' ').trim();
        // trafilatura joins a page's authors with semicolons ("Jane Doe; John Roe").
        if (field === 'author') values.push(...value.split(/\s*;\s*/u).filter((name) => name !== ''));
        else if (field === 'url') {
          const url = httpUrl(value);
          if (url !== null) values.push(url);
        } else if (value !== '') values.push(value);
      }
      if (values.length > 0) entries.push({ field, values });
    }
    return entries;
  }

  protected open(): void {
    const depth = this.stack.length;
    this.stack.push(this.tagName);
    const name = localName(this.tagName);
    const attributes = this.attributes;
    if (this.partDepth >= 0) {
      const tag = htmlTag(name, attributes);
      if (tag !== null) this.html.push(tag.open);
      this.closers.push(tag?.close ?? '');
      return;
    }
    if (depth === 0) {
      // trafilatura's `doc` states the fields in its attributes; TEI's root (or its `text`) its language.
      for (const [key, value] of attributes) {
        const field = DOC_FIELDS[key];
        if (field !== undefined && (!this.tei || field === 'lang')) this.add(field, value);
      }
      return;
    }
    if (this.tei) this.openTei(name, depth, attributes);
    else if (depth === 1 && (name === 'main' || name === 'comments'))
      this.startPart(name === 'main' ? 'text' : 'comments', depth);
  }

  /** TEI: the header's fields, the text's entry and comment divisions. */
  private openTei(name: string, depth: number, attributes: ReadonlyMap<string, string>): void {
    if (depth === 1 && name === 'teiheader') this.inHeader = true;
    if (name === 'text') {
      const lang = attributes.get('xml:lang');
      if (lang) this.add('lang', lang);
    }
    if (!this.inHeader) {
      // text > body > div: the entry is the page's text, the comments division its comments.
      const parent = (up: number) => localName(this.stack[depth - up] ?? '');
      if (name === 'div' && parent(1) === 'body' && parent(2) === 'text')
        this.startPart(attributes.get('type') === 'comments' ? 'comments' : 'text', depth);
      return;
    }
    if (HEADER_SECTIONS.has(name)) this.sections.set(name, (this.sections.get(name) ?? 0) + 1);
    if (this.capture !== null) {
      // An element inside a field parts its words ("<forename>Jane</forename><surname>Doe</surname>").
      this.capture.parts.push(' ');
      return;
    }
    const within = (section: string) => (this.sections.get(section) ?? 0) > 0;
    let field: Field | null = null;
    // The title and authors of the page (titleStmt), its publisher and date (publicationStmt), its URL (a pointer or
    // an identifier of type URL), its summary (abstract). The header's other dates (creation, the download) are
    // the file's, not the page's.
    if (within('titlestmt') && name === 'title' && !this.fields.has('title')) field = 'title';
    else if (within('titlestmt') && name === 'author' && !within('biblfull')) field = 'author';
    else if (within('publicationstmt') && name === 'publisher' && !this.fields.has('site')) field = 'site';
    else if (within('publicationstmt') && name === 'date' && !this.fields.has('published'))
      field = 'published';
    else if (name === 'abstract' && !this.fields.has('description')) field = 'description';
    else if ((name === 'ptr' || name === 'idno') && (attributes.get('type') ?? '').toLowerCase() === 'url') {
      const target = attributes.get('target');
      if (target) this.add('url', target);
      else field = 'url';
    }
    if (field !== null) this.capture = { field, depth, parts: [], chars: 0 };
  }

  private startPart(part: Part, depth: number): void {
    this.part = part;
    this.partDepth = depth;
    if (part === 'comments') {
      this.html.push('<section id="comments">');
      return;
    }
    // The extractor takes the headline out of the text and states it as the title: it is put back above the text,
    // as the page showed it, so that the text's first heading is not read as the headline (and left out of the body).
    // Once: a TEI file may divide its text into several divisions (sections).
    const title = this.sawText ? undefined : this.fields.get('title')?.[0]?.replace(/\s+/gu, ' ').trim();
    this.sawText = true;
    this.html.push(title ? `<article><h1>${escaped(title)}</h1>` : '<article>');
  }

  protected close(): void {
    const name = localName(this.stack.pop()!);
    const depth = this.stack.length;
    if (this.partDepth >= 0) {
      if (depth === this.partDepth) {
        this.partDepth = -1;
        this.html.push(this.part === 'text' ? '</article>' : '</section>');
      } else this.html.push(this.closers.pop() ?? '');
      return;
    }
    const capture = this.capture;
    if (capture !== null && depth === capture.depth) {
      this.add(capture.field, capture.parts.join(''));
      this.capture = null;
    }
    // A section's count is the header's own: the same names elsewhere in the file count for nothing.
    if (this.inHeader && HEADER_SECTIONS.has(name))
      this.sections.set(name, Math.max(0, (this.sections.get(name) ?? 0) - 1));
    if (name === 'teiheader') this.inHeader = false;
  }

  private add(field: Field, value: string): void {
    const values = this.fields.get(field);
    if (values) values.push(value);
    else this.fields.set(field, [value]);
  }

  protected addText(text: string): void {
    if (this.partDepth >= 0) {
      this.html.push(escaped(text));
      if (!this.hasText && /[\p{L}\p{N}]/u.test(text)) this.hasText = true;
      return;
    }
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.html.push('\n');
    const capture = this.capture;
    if (capture !== null && capture.chars < MAX_FIELD_CHARS) {
      capture.parts.push(text);
      capture.chars += text.length;
    }
  }
}

/**
 * The HTML an element of the text opens and closes with; null for an element of no meaning here (its text stays in
 * its line) and for a line break's end.
 */
function htmlTag(
  name: string,
  attributes: ReadonlyMap<string, string>,
): { open: string; close: string } | null {
  const pair = (tag: string) => ({ open: `<${tag}>`, close: `</${tag}>` });
  if (name === 'head') return pair(`h${/^h([1-6])$/u.exec(attributes.get('rend') ?? '')?.[1] ?? '2'}`);
  if (name === 'list') return pair(/^(?:ol|ordered)/u.test(attributes.get('rend') ?? '') ? 'ol' : 'ul');
  if (name === 'cell') return pair(attributes.get('role') === 'head' ? 'th' : 'td');
  if (name === 'lb') return { open: '<br>', close: '' };
  if (name === 'ref') {
    const target = attributes.get('target');
    const href = target ? ` href="${escaped(target).replace(/"/gu, '&quot;')}"` : '';
    return { open: `<a${href}>`, close: '</a>' };
  }
  const tag = HTML_OF[name];
  return tag === undefined ? null : pair(tag);
}

function escaped(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
