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

export class EvidenceCollector {
  private title: string | null = null;
  private lang: string | null = null;
  private canonicalUrl: string | null = null;
  private readonly meta: { key: string; value: string }[] = [];
  private readonly jsonLd: JsonLdArticle[] = [];
  /** What the text events are captured into now, if anything. */
  private capturing: 'title' | 'json-ld' | null = null;
  private captured = '';

  openTag(name: string, attributes: Record<string, string>): void {
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
        const entry = { key: clip(key).toLowerCase(), value: clip(value).trim() };
        if (entry.value.length > 0) this.meta.push(entry);
        if (entry.key === 'og:url') this.canonicalUrl ??= entry.value;
        return;
      }
    }
  }

  text(data: string): void {
    if (this.capturing === null) return;
    const room = (this.capturing === 'title' ? MAX_VALUE_CHARS : MAX_JSON_LD_CHARS) - this.captured.length;
    if (room > 0) this.captured += data.length > room ? data.slice(0, room) : data;
  }

  closeTag(name: string): void {
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
