/**
 * Feeds: an RSS or Atom document (RSS 2.0, RSS 1.0's RDF, Atom), or one item or entry of one, as a feed reader, a
 * feed-monitoring scraper or a CMS export saves it. The page is the item's content (`content:encoded`, Atom's
 * `content`, else its `description` or `summary`), HTML by the feeds' convention (Atom says so in `type`); the
 * item's title, author, dates and link are its statement about itself, read as a JSON item's fields are, and the
 * channel's title names the site. Before, a feed was read as an HTML page: its CDATA sections (where most feeds keep
 * the article) were dropped as comments, and the record held the channel's links and dates.
 *
 * Only a text whose first element is `rss`, `feed`, `RDF`, `item` or `entry` (after an XML prolog, comments, a
 * doctype) is read so. A feed of several items is several documents (one upload gives one record; split it, one
 * item per object); a feed of none holds no page.
 */
import { Tokenizer } from 'htmlparser2';
import type { Layout, PageEvidence } from '../types.ts';
import { vocabularyOf } from '../vocabulary/index.ts';
import { httpUrl } from './envelope.ts';
import { type Entry, evidenceOf, type Field } from './front-matter.ts';
import { localName, XmlReader } from './xml-reader.ts';

export type FeedUpload =
  /** One item: its content in its layout (null: detect it) and what the item and its channel state. */
  | { kind: 'page'; content: string; layout: Layout | null; evidence: PageEvidence }
  /** A feed of several items. */
  | { kind: 'several'; count: number }
  /** A feed with no item, or an item with no content, and what it is. */
  | { kind: 'no-page'; what: string };

/** The prolog a feed may open with, then its first element's (local) name. Read on the text's first 4 KB. */
const FEED_START =
  /^\uFEFF?(?:\s*<\?[^>]*\?>|\s*<!--[\s\S]*?-->|\s*<!DOCTYPE[^>[]*>)*\s*<(?:[A-Za-z_][\w.-]*:)?(rss|feed|RDF|item|entry)[\s>/]/u;
const PROLOG_CHARS = 4096;

/** The root elements that are a whole feed (their items are counted); any other root is one item. */
const FEED_ROOTS = new Set(['rss', 'feed', 'rdf']);
const ITEMS = new Set(['item', 'entry']);

/** What an item's child element states, by its local name. */
type Role =
  | 'title'
  | 'link'
  | 'guid'
  | 'published'
  | 'modified'
  | 'author'
  | 'encoded'
  | 'content'
  | 'description'
  | 'summary'
  | 'lang';
const ROLES: Record<string, Role> = {
  title: 'title',
  link: 'link',
  guid: 'guid',
  id: 'guid',
  pubdate: 'published',
  published: 'published',
  issued: 'published',
  date: 'published',
  created: 'published',
  updated: 'modified',
  modified: 'modified',
  creator: 'author',
  author: 'author',
  encoded: 'encoded',
  content: 'content',
  description: 'description',
  summary: 'summary',
  language: 'lang',
};
/**
 * The prefixes an item's fields come under: none (RSS, Atom as the default namespace), Atom's, Dublin Core's,
 * RSS 1.0's content module, .NET's `a10` (Atom inside RSS). Media RSS's `media:content` and `media:description`
 * describe a picture, not the page.
 */
const FIELD_PREFIXES = new Set(['', 'atom', 'a10', 'dc', 'dcterms', 'content']);
/** The content fields in the order they are taken: the full text before a teaser. */
const CONTENT_ROLES: readonly Role[] = ['encoded', 'content', 'description', 'summary'];
/** A field's value is read to this many characters (a content field whole). */
const MAX_FIELD_CHARS = 2000;

/** The upload as a feed, or null when the text is none (it is read in its own layout). */
export function readFeed(text: string): FeedUpload | null {
  const start = FEED_START.exec(text.slice(0, PROLOG_CHARS));
  if (start === null) return null;
  const reader = new FeedReader(text, FEED_ROOTS.has(start[1]!.toLowerCase()));
  const tokenizer = new Tokenizer({ xmlMode: true, decodeEntities: true }, reader);
  tokenizer.write(text);
  tokenizer.end();
  if (reader.items > 1) return { kind: 'several', count: reader.items };
  if (reader.items === 0) return { kind: 'no-page', what: 'a feed with no item' };
  const fields = reader.fields;
  const contentRole = CONTENT_ROLES.find((role) => (fields.get(role)?.value.trim() ?? '') !== '');
  if (contentRole === undefined) return { kind: 'no-page', what: 'a feed item with no content' };
  const content = fields.get(contentRole)!;
  return {
    kind: 'page',
    content: content.value,
    layout: layoutOf(contentRole, content.type),
    evidence: evidenceOf(entriesOf(fields, reader.channelTitle, reader.channelLang), 'feed'),
  };
}

/**
 * RSS's fields hold HTML (escaped or in CDATA) by convention; Atom's say so in `type` ("html", "xhtml"; "text",
 * the default, is text). Text is detected (it may be markdown).
 */
function layoutOf(role: Role, type: string | null): Layout | null {
  if (role === 'encoded' || role === 'description') return 'html';
  return (type ?? 'text').toLowerCase().includes('html') ? 'html' : null;
}

/** The record's fields the item states, as front matter's keys state them. */
function entriesOf(
  fields: ReadonlyMap<Role, Value>,
  channelTitle: string | null,
  channelLang: string | null,
): Entry[] {
  const entries: Entry[] = [];
  const add = (field: Field, value: string | null | undefined) => {
    const tidy = value?.replace(/\s+/gu, ' ').trim();
    if (tidy) entries.push({ field, values: [tidy] });
  };
  const title = fields.get('title');
  add(
    'title',
    title && (title.type ?? '').toLowerCase().includes('html') ? withoutTags(title.value) : title?.value,
  );
  add('author', authorOf(fields.get('author')?.value ?? ''));
  add('published', dateOf(fields.get('published')?.value ?? ''));
  add('modified', dateOf(fields.get('modified')?.value ?? ''));
  const guid = fields.get('guid');
  add('url', httpUrl(fields.get('link')?.value) ?? (guid?.permalink === false ? null : httpUrl(guid?.value)));
  add('site', channelTitle);
  add('lang', fields.get('lang')?.value ?? channelLang);
  return entries;
}

/** RSS's author is an e-mail address with the name in brackets ("jane@example.com (Jane Doe)"); an address alone names no one. */
function authorOf(value: string): string | null {
  const bracketed = /^\s*\S+@\S+\s*\((.+)\)\s*$/u.exec(value);
  if (bracketed) return bracketed[1]!;
  return /^\s*\S+@\S+\s*$/u.test(value) ? null : value;
}

/** RFC 822's months are English's, by their first three letters. */
const MONTHS = vocabularyOf('en')!.months.map((names) => names[0]!.slice(0, 3));
/** RSS's date (RFC 822: "Tue, 12 Mar 2024 09:30:00 +0000"), its day as written. */
const RFC_822 = /^\s*(?:[A-Za-z]{3},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4}|\d{2})\b/u;

/** A feed's date as an ISO date in the time zone it was written in (Atom's and Dublin Core's are ISO already). */
function dateOf(value: string): string | null {
  const rfc = RFC_822.exec(value);
  if (rfc === null) return value.trim() || null;
  const month = MONTHS.indexOf(rfc[2]!.toLowerCase());
  if (month < 0) return null;
  const year = rfc[3]!.length === 2 ? 2000 + Number(rfc[3]) : Number(rfc[3]);
  return `${year}-${String(month + 1).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
}

function withoutTags(html: string): string {
  return html.replace(/<[^>]*>/gu, ' ');
}

interface Value {
  value: string;
  /** Atom's `type` attribute: what the value is written in. */
  type: string | null;
  /** RSS's guid says whether it is the item's URL (`isPermaLink`, true when absent). */
  permalink: boolean;
}

/** A field being read: where its element's content starts, its text so far, whether it holds elements. */
interface Capture {
  role: Role;
  /** The role is a content field: its text is read whole, its elements kept as markup. */
  content: boolean;
  depth: number;
  contentStart: number;
  parts: string[];
  chars: number;
  nested: boolean;
  type: string | null;
  permalink: boolean;
  /** Atom's author holds its name in a `name` element (and an e-mail address, a URI beside it). */
  inName: boolean;
  name: string;
}

/**
 * Reads the first item's fields and counts the items, from htmlparser2's tokenizer in XML mode (CDATA sections
 * are text there, the XML entities decoded). One pass, a stack of names: linear in the text.
 */
class FeedReader extends XmlReader {
  items = 0;
  readonly fields = new Map<Role, Value>();
  channelTitle: string | null = null;
  channelLang: string | null = null;
  /** The depth of the open item's element (-1: outside every item). */
  private itemDepth = -1;
  private capture: Capture | null = null;
  /** The channel's title or language being read, outside the items. */
  private channelField: { field: 'title' | 'lang'; depth: number; parts: string[] } | null = null;

  /** `whole`: the root is a feed (its items are counted); else the root element is the one item. */
  constructor(
    text: string,
    private readonly whole: boolean,
  ) {
    super(text);
  }

  protected open(contentStart: number): void {
    const name = this.tagName;
    const depth = this.stack.length;
    this.stack.push(name);
    const capture = this.capture;
    if (capture !== null) {
      capture.nested = true;
      if (capture.role === 'author' && localName(name) === 'name') capture.inName = true;
      return;
    }
    const local = localName(name);
    if (this.itemDepth < 0) {
      if (ITEMS.has(local) && (this.whole ? depth > 0 : depth === 0)) {
        this.items++;
        this.itemDepth = depth;
      } else if (this.whole && depth === 0) {
        this.channelLang = this.attributes.get('xml:lang') ?? null;
      } else if (this.channelField === null && depth <= 2 && (local === 'title' || local === 'language')) {
        // The channel's title (rss > channel > title; feed > title) is the site's name; its language the items'.
        this.channelField = { field: local === 'title' ? 'title' : 'lang', depth, parts: [] };
      }
      return;
    }
    // Only the first item's fields are read: a feed of several is refused whatever the others hold.
    if (this.items > 1 || depth !== this.itemDepth + 1) return;
    const role = ROLES[local];
    if (role === undefined || !FIELD_PREFIXES.has(prefixOf(name)) || this.fields.has(role)) return;
    if (role === 'link') {
      // Atom's link is an element with the URL in `href`: the page's own is the one of no `rel` or "alternate".
      const href = this.attributes.get('href');
      const rel = this.attributes.get('rel') ?? 'alternate';
      if (href !== undefined) {
        if (rel === 'alternate') this.fields.set('link', { value: href, type: null, permalink: true });
        return;
      }
    }
    this.capture = {
      role,
      content: CONTENT_ROLES.includes(role),
      depth,
      contentStart,
      parts: [],
      chars: 0,
      nested: false,
      type: this.attributes.get('type') ?? null,
      permalink: (this.attributes.get('ispermalink') ?? 'true').toLowerCase() !== 'false',
      inName: false,
      name: '',
    };
  }

  protected close(tagStart: number): void {
    const name = this.stack.pop()!;
    const depth = this.stack.length;
    const capture = this.capture;
    if (capture !== null) {
      if (depth > capture.depth) {
        if (capture.inName && localName(name) === 'name') capture.inName = false;
        return;
      }
      this.capture = null;
      const value = this.fieldValue(capture, tagStart);
      this.fields.set(capture.role, { value, type: capture.type, permalink: capture.permalink });
      return;
    }
    if (depth === this.itemDepth) this.itemDepth = -1;
    const channel = this.channelField;
    if (channel !== null && depth === channel.depth) {
      const value = channel.parts.join('').trim() || null;
      if (channel.field === 'title') this.channelTitle ??= value;
      else this.channelLang ??= value;
      this.channelField = null;
    }
  }

  /**
   * A field's value: its text; Atom's XHTML content (elements inside the field) as the markup it is written in;
   * an Atom author's name.
   */
  private fieldValue(capture: Capture, tagStart: number): string {
    if (capture.role === 'author' && capture.nested) return capture.name;
    if (capture.nested && capture.content) return this.text.slice(capture.contentStart, tagStart);
    return capture.parts.join('');
  }

  protected addText(text: string): void {
    const capture = this.capture;
    if (capture !== null) {
      if (capture.inName) capture.name += text;
      else if (capture.content || capture.chars < MAX_FIELD_CHARS) {
        capture.parts.push(text);
        capture.chars += text.length;
      }
    } else this.channelField?.parts.push(text);
  }
}

function prefixOf(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon);
}
