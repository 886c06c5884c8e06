/**
 * What an HTML page states about itself, collected while the page is parsed (html.ts): the <title>, <html lang>,
 * the canonical URL, meta tags (og:*, article:*, author, description, …) and the article objects of its
 * JSON-LD. The metadata stage ranks them with the text's own evidence; nothing here decides a field.
 */
import type { JsonLdArticle, PageEvidence } from '../types.ts';

/** Caps that keep a hostile page from making the evidence large: they are far above any real head. */
const MAX_META = 300;
const MAX_VALUE_CHARS = 2000;
const MAX_JSON_LD_CHARS = 1_000_000;
const MAX_JSON_LD_NODES = 20_000;
const MAX_ARTICLES = 20;

/** JSON-LD types read as the page's article (schema.org's CreativeWork kinds that pages describe themselves with). */
const ARTICLE_TYPE = /(?:Article|Posting|BlogPosting|Report|NewsArticle|WebPage|Recipe|Review)$/;

/** Microdata date properties whose machine value (`datetime`, `content`) is read from any element. */
const DATE_PROPS = new Set(['datepublished', 'datemodified', 'datecreated']);
/** An author's name read from the page's markup is at most this long (an author box's whole text is not one). */
const MAX_NAME_CHARS = 80;

/**
 * The text of one element the collector reads a name from (an `itemprop="author"` scope, or a `rel="author"`
 * link), to its closing tag; `name` is the text of an `itemprop="name"` inside it, when it has one.
 */
interface NameScope {
  key: 'microdata:author' | 'rel:author';
  tag: string;
  depth: number;
  text: string;
  name: { tag: string; depth: number; text: string } | null;
  named: string | null;
}

export class EvidenceCollector {
  private title: string | null = null;
  private lang: string | null = null;
  private canonicalUrl: string | null = null;
  private readonly meta: { key: string; value: string }[] = [];
  private readonly jsonLd: JsonLdArticle[] = [];
  /** What the text events are captured into now, if anything. */
  private capturing: 'title' | 'json-ld' | null = null;
  private captured = '';
  /** The author element read now (body microdata, rel=author), and the keys already read (the first of each). */
  private scope: NameScope | null = null;
  private readonly namesRead = new Set<string>();

  openTag(name: string, attributes: Record<string, string>): void {
    if (name !== 'meta') this.openMarkup(name, attributes);
    switch (name) {
      case 'html':
        this.lang ??= clip(attributes.lang ?? attributes['xml:lang']) || null;
        return;
      case 'title':
        if (this.title === null && this.capturing === null) this.startCapture('title');
        return;
      case 'script':
        if (/ld\+json/i.test(attributes.type ?? '')) this.startCapture('json-ld');
        return;
      case 'link':
        if (/(?:^|\s)canonical(?:\s|$)/i.test(attributes.rel ?? '') && attributes.href)
          this.canonicalUrl ??= clip(attributes.href);
        return;
      case 'meta': {
        const key = attributes.property ?? attributes.name ?? attributes.itemprop;
        const value = attributes.content;
        if (!key || !value || this.meta.length >= MAX_META) return;
        const lower = clip(key).toLowerCase();
        this.pushMeta(lower, value);
        if (lower === 'og:url') this.canonicalUrl ??= clip(value).trim();
        return;
      }
    }
  }

  text(data: string): void {
    if (this.scope !== null) {
      const scope = this.scope;
      if (scope.text.length <= MAX_NAME_CHARS) scope.text += data;
      if (scope.name !== null && scope.name.text.length <= MAX_NAME_CHARS) scope.name.text += data;
    }
    if (this.capturing === null) return;
    const room = (this.capturing === 'title' ? MAX_VALUE_CHARS : MAX_JSON_LD_CHARS) - this.captured.length;
    if (room > 0) this.captured += data.length > room ? data.slice(0, room) : data;
  }

  closeTag(name: string): void {
    if (this.scope !== null) this.closeMarkup(name, this.scope);
    if (this.capturing === 'title' && name === 'title') {
      this.title = this.captured.replace(/\s+/g, ' ').trim() || null;
      this.capturing = null;
    } else if (this.capturing === 'json-ld' && name === 'script') {
      this.readJsonLd(this.captured);
      this.capturing = null;
    }
  }

  result(): PageEvidence {
    return {
      title: this.title,
      lang: this.lang,
      canonicalUrl: this.canonicalUrl,
      meta: this.meta,
      jsonLd: this.jsonLd,
    };
  }

  /**
   * Microdata and rel=author in the body: a date property's machine value (`<time itemprop="datePublished"
   * datetime="…">`) as the meta key `<meta itemprop>` gives, and the first author element's name (an
   * `itemprop="author"` scope, its `itemprop="name"` when it has one; a `rel="author"` link's text) under keys of
   * their own, read after every meta author (evidence.ts).
   */
  private openMarkup(name: string, attributes: Record<string, string>): void {
    const scope = this.scope;
    if (scope !== null) {
      if (name === scope.tag) scope.depth++;
      if (scope.name !== null && name === scope.name.tag) scope.name.depth++;
    }
    const prop = attributes.itemprop?.toLowerCase();
    if (prop !== undefined) {
      const value = attributes.datetime ?? attributes.content;
      if (DATE_PROPS.has(prop) && value) this.pushMeta(prop, value);
      if (prop === 'author' || prop === 'creator') {
        if (attributes.content) this.pushName('microdata:author', attributes.content);
        else if (scope === null && !this.namesRead.has('microdata:author'))
          this.openScope('microdata:author', name);
      } else if (
        prop === 'name' &&
        scope?.key === 'microdata:author' &&
        scope.name === null &&
        scope.named === null
      )
        scope.name = { tag: name, depth: 1, text: '' };
    }
    if (name === 'a' && this.scope === null && /(?:^|\s)author(?:\s|$)/i.test(attributes.rel ?? ''))
      if (!this.namesRead.has('rel:author')) this.openScope('rel:author', name);
  }

  private openScope(key: NameScope['key'], tag: string): void {
    this.scope = { key, tag, depth: 1, text: '', name: null, named: null };
  }

  private closeMarkup(name: string, scope: NameScope): void {
    if (scope.name !== null && name === scope.name.tag && --scope.name.depth === 0) {
      scope.named = scope.name.text;
      scope.name = null;
    }
    if (name === scope.tag && --scope.depth === 0) {
      this.pushName(scope.key, scope.named ?? scope.text);
      this.scope = null;
    }
  }

  /** The first name under `key`, when it is short enough to be one. */
  private pushName(key: string, text: string): void {
    if (this.namesRead.has(key)) return;
    this.namesRead.add(key);
    const value = text.replace(/\s+/g, ' ').trim();
    if (value.length > 0 && value.length <= MAX_NAME_CHARS) this.pushMeta(key, value);
  }

  private pushMeta(key: string, value: string): void {
    if (this.meta.length >= MAX_META) return;
    const entry = { key, value: clip(value).trim() };
    if (entry.value.length > 0) this.meta.push(entry);
  }

  private startCapture(what: 'title' | 'json-ld'): void {
    this.capturing = what;
    this.captured = '';
  }

  private readJsonLd(source: string): void {
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      return; // Broken JSON-LD is common; it is evidence, not input.
    }
    let nodes = 0;
    const visit = (value: unknown, depth: number): void => {
      if (depth > 12 || ++nodes > MAX_JSON_LD_NODES || this.jsonLd.length >= MAX_ARTICLES) return;
      if (Array.isArray(value)) {
        for (const item of value) visit(item, depth + 1);
        return;
      }
      if (!isObject(value)) return;
      const type = typeName(value['@type']);
      if (type && ARTICLE_TYPE.test(type)) this.jsonLd.push(articleOf(type, value));
      // Articles sit in @graph, in mainEntity, or at the top.
      if (value['@graph']) visit(value['@graph'], depth + 1);
      if (value.mainEntity) visit(value.mainEntity, depth + 1);
      if (value.mainEntityOfPage && isObject(value.mainEntityOfPage))
        visit(value.mainEntityOfPage, depth + 1);
    };
    visit(data, 0);
  }
}

function articleOf(type: string, node: Record<string, unknown>): JsonLdArticle {
  return {
    type,
    headline: stringOf(node.headline) ?? stringOf(node.name),
    authors: personNames(node.author),
    datePublished: stringOf(node.datePublished) ?? stringOf(node.dateCreated),
    dateModified: stringOf(node.dateModified),
    publisher: isObject(node.publisher) ? stringOf(node.publisher.name) : stringOf(node.publisher),
  };
}

/** Author names: strings, and objects with a name unless they say they are an organisation (a site, an agency). */
function personNames(value: unknown): string[] {
  const names: string[] = [];
  const add = (item: unknown) => {
    if (names.length >= 20) return;
    if (typeof item === 'string') {
      const name = clip(item).trim();
      if (name) names.push(name);
    } else if (isObject(item)) {
      const type = typeName(item['@type']);
      if (type && /Organi[sz]ation|Corporation|NewsMediaOrganization/.test(type)) return;
      const name = stringOf(item.name);
      if (name) names.push(name);
    }
  };
  if (Array.isArray(value)) for (const item of value) add(item);
  else add(value);
  return names;
}

function typeName(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'string' && ARTICLE_TYPE.test(item)) return item;
    return typeof value[0] === 'string' ? value[0] : null;
  }
  return null;
}

function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return clip(value).trim() || null;
  if (Array.isArray(value) && typeof value[0] === 'string') return clip(value[0]).trim() || null;
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clip(value: string | undefined): string {
  if (value === undefined) return '';
  return value.length > MAX_VALUE_CHARS ? value.slice(0, MAX_VALUE_CHARS) : value;
}
