/**
 * What an HTML page states about itself (PageEvidence: <title>, meta tags, JSON-LD, canonical URL), read as
 * candidates for the record's fields, with precision kept: a meta author that is the site's own name, a URL,
 * a handle or an agency is no author; a date outside 1995…now is none; a title loses the site name its <title>
 * appends. The metadata stage (provenance.ts) ranks these with the text's own evidence.
 */
import type { JsonLdArticle, PageEvidence, StatingFile } from '../types.ts';
import { teamName } from './author-rules.ts';
import { type DateContext, EARLIEST, isoToday, scanDates, validDay } from './date-scan.ts';
import { labelPatterns } from './labels.ts';
import { asPersonName, splitNames, tidyName } from './names.ts';
import { agencyName } from './sources.ts';

/**
 * Where a declared value was read: JSON-LD, a meta tag, the <title>, a text's front matter, a JSON upload's own
 * fields, a feed item's or an extractor's XML (layout/extractor-xml.ts; the last four read as meta tags).
 */
export type HtmlSource = 'json-ld' | 'meta' | 'title-tag' | StatingFile;

export interface HtmlValue<T> {
  value: T;
  source: HtmlSource;
}

/** Meta keys naming the article's author, most specific first. */
const AUTHOR_KEYS = [
  'author',
  'article:author',
  'dc.creator',
  'dcterms.creator',
  'parsely-author',
  'sailthru.author',
  'byl',
  'citation_author',
];
/** The body's author elements, one name each (html-evidence.ts), read when no meta tag names an author. */
const MARKUP_AUTHOR_KEYS = ['microdata:author', 'rel:author'];
/** Meta keys of the publication date. */
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'cxenseparse:recs:publishtime',
  'cxenseparse:publishtime',
  'published_time',
  'datepublished',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.created',
  'dcterms.issued',
  'pubdate',
  'publishdate',
  'publish-date',
  'parsely-pub-date',
  'sailthru.date',
  'citation_publication_date',
  'citation_date',
];
/** Meta keys of the last modification. */
const MODIFIED_KEYS = [
  'article:modified_time',
  'og:article:modified_time',
  'og:updated_time',
  'datemodified',
  'last-modified',
  'dc.date.modified',
  'dcterms.modified',
];
const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'parsely-title', 'headline'];
const SITE_KEYS = ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'twitter:site'];

/**
 * The values of the meta tags of these keys (in the keys' order), each with its source: front matter's keys and a
 * JSON upload's fields stand for meta tags, and the record names them as they were.
 */
function metaEntries(evidence: PageEvidence, keys: readonly string[]): HtmlValue<string>[] {
  const out: HtmlValue<string>[] = [];
  for (const key of keys)
    for (const entry of evidence.meta)
      if (entry.key === key && entry.value.trim())
        out.push({ value: entry.value.trim(), source: entry.declaredIn ?? evidence.declaredIn ?? 'meta' });
  return out;
}

function metaValues(evidence: PageEvidence, keys: readonly string[]): string[] {
  return metaEntries(evidence, keys).map((entry) => entry.value);
}

/**
 * The JSON-LD object of the page when it is its only one (its dates are read from this alone: taking the article
 * of a Yoast-style graph for dates too raised DEV's HTML dates 0.864 → 0.877 but lowered check's precision
 * 0.942 → 0.930).
 */
function soleArticle(evidence: PageEvidence): JsonLdArticle | null {
  return evidence.jsonLd.length === 1 ? evidence.jsonLd[0]! : null;
}

/**
 * The one article of the page's JSON-LD: the only object, or the only one that is not a `WebPage` (SEO plugins
 * describe the page and its article side by side: "Article+WebPage" on 190 of DEV's and multi's HTML pages, which
 * read no headline, author or publisher from it before). Several articles are a list (a home page, related
 * stories) and say nothing.
 */
function article(evidence: PageEvidence): JsonLdArticle | null {
  const list = evidence.jsonLd;
  if (list.length === 1) return list[0]!;
  let found: JsonLdArticle | null = null;
  for (const item of list) {
    if (item.type === 'WebPage') continue;
    if (found !== null) return null;
    found = item;
  }
  return found;
}

/** Letters and digits only, lower-cased: "The Local Report" and "thelocalreport.in" meet. */
const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The site's names: og:site_name and kin, the JSON-LD publisher, the host's main label ("zeit" of zeit.de). */
export function siteNames(evidence: PageEvidence | null, url: string | null | undefined): string[] {
  const names: string[] = [];
  if (evidence) {
    names.push(...metaValues(evidence, SITE_KEYS).map((name) => name.replace(/^@/, '')));
    const publisher = article(evidence)?.publisher;
    if (publisher) names.push(publisher);
  }
  const host = hostOf(url ?? evidence?.canonicalUrl ?? null);
  if (host) {
    names.push(host);
    const labels = host.split('.');
    if (labels.length >= 2) names.push(labels[labels.length - 2]!);
  }
  return names.filter((name) => squash(name).length >= 2);
}

/** True when the text is one of the site's names (or the site's name with its top-level domain). */
export function isSiteName(text: string, sites: readonly string[]): boolean {
  const key = squash(text);
  return key.length > 0 && sites.some((site) => squash(site) === key || squash(site).startsWith(`${key}com`));
}

/** " | Site", " - Site", " – Site", " :: Site" at the end (or "Site | " at the start) of a page's <title>. */
function withoutSite(title: string, sites: readonly string[]): string {
  const parts = title.split(/\s+(?:\||-|–|—|::|·|•)\s+/u);
  if (parts.length < 2) return title.trim();
  const last = parts[parts.length - 1]!;
  const first = parts[0]!;
  if (isSiteName(last, sites) || (sites.length === 0 && last.split(' ').length <= 3))
    return parts.slice(0, -1).join(' - ').trim();
  if (isSiteName(first, sites)) return parts.slice(1).join(' - ').trim();
  return title.trim();
}

/** The headlines the page declares, best first: JSON-LD headline, og:title and kin, <title>; site names cut. */
export function htmlTitles(evidence: PageEvidence | null, sites: readonly string[]): HtmlValue<string>[] {
  if (!evidence) return [];
  const found: HtmlValue<string>[] = [];
  const add = (text: string | null | undefined, source: HtmlSource) => {
    if (!text) return;
    const value = withoutSite(text.replace(/\s+/g, ' '), sites);
    if (value.length >= 2 && value.length <= 300 && !found.some((f) => f.value === value))
      found.push({ value, source });
  };
  add(article(evidence)?.headline, 'json-ld');
  for (const { value, source } of metaEntries(evidence, TITLE_KEYS)) add(value, source);
  add(evidence.title, 'title-tag');
  return found;
}

/**
 * The authors the page declares (JSON-LD first, then meta tags), people only: a URL, a handle, the site's own
 * name, an agency (a source, not an author) or anything not shaped like a name is dropped. Null when none is left.
 */
export function htmlAuthors(
  evidence: PageEvidence | null,
  sites: readonly string[],
): HtmlValue<string[]> | null {
  if (!evidence) return null;
  // A JSON-LD author is a Person by its schema: one word ("Surja") is a name there; a meta author needs two. A
  // feed's author (dc:creator, Atom's author name) is its writer's display name by the format, as JSON-LD's is, and
  // so is an extractor's author field (layout/extractor-xml.ts: the byline it read, its names split at semicolons).
  const fromJsonLd = people(article(evidence)?.authors ?? [], sites, 1);
  if (fromJsonLd.length > 0) return { value: fromJsonLd, source: 'json-ld' };
  // The meta tags' authors, then the body's first author element (microdata's `itemprop="author"`, then a
  // `rel="author"` link: html-evidence.ts); the source is the first entry's that names someone.
  for (const keys of [AUTHOR_KEYS, ...MARKUP_AUTHOR_KEYS.map((key) => [key])]) {
    const names: string[] = [];
    let source: HtmlSource | null = null;
    for (const entry of metaEntries(evidence, keys)) {
      const found = people(
        [entry.value],
        sites,
        entry.source === 'feed' || entry.source === 'extractor' ? 1 : 2,
      );
      if (found.length === 0) continue;
      source ??= entry.source;
      for (const name of found) if (!names.includes(name)) names.push(name);
    }
    if (source !== null) return { value: names, source };
  }
  return null;
}

/**
 * Every vocabulary language's name conjunctions: a declared author field may join co-authors in the page's
 * language ("Anna Bianchi e Marco Rossi"), and splitNames splits only between name-shaped pieces.
 */
const ANY_CONJUNCTION = labelPatterns(null).conjunctions;

function people(values: readonly string[], sites: readonly string[], minWords: number): string[] {
  const names: string[] = [];
  for (const value of values) {
    if (/[@/\\]|:\/\/|www\./u.test(value) || value.length > 120) continue;
    for (const part of splitNames(
      value.replace(/^\s*(?:by|von|par|por|door|di)\s+/iu, ''),
      ANY_CONJUNCTION,
    )) {
      const tidy = tidyName(part);
      if (!tidy || isSiteName(tidy, sites) || agencyName(tidy) || teamName(tidy)) continue;
      const name = asPersonName(tidy, minWords, true);
      if (name && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

/** A date value of a meta tag or JSON-LD: an ISO date as written (its own time zone), else a date in the text. */
function dateOf(value: string, context: DateContext): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)/.exec(value.trim());
  if (iso) {
    const date = `${iso[1]}-${iso[2]}-${iso[3]}`;
    // "2024-02-30", "2024-00-00": a CMS's placeholder or a broken template, no day at all.
    return date >= EARLIEST &&
      date <= isoToday(context.now) &&
      validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))
      ? date
      : null;
  }
  return scanDates(value.slice(0, 80), context).dates[0]?.iso ?? null;
}

function firstDate(
  jsonLd: string | null | undefined,
  metas: readonly HtmlValue<string>[],
  context: DateContext,
): HtmlValue<string> | null {
  const fromJsonLd = jsonLd ? dateOf(jsonLd, context) : null;
  if (fromJsonLd) return { value: fromJsonLd, source: 'json-ld' };
  for (const { value, source } of metas) {
    const date = dateOf(value, context);
    if (date) return { value: date, source };
  }
  return null;
}

/** The publication date the page declares (JSON-LD datePublished, then meta tags). */
export function htmlPublished(evidence: PageEvidence | null, context: DateContext): HtmlValue<string> | null {
  if (!evidence) return null;
  return firstDate(soleArticle(evidence)?.datePublished, metaEntries(evidence, PUBLISHED_KEYS), context);
}

/** The modification date the page declares (JSON-LD dateModified, then meta tags). */
export function htmlModified(evidence: PageEvidence | null, context: DateContext): HtmlValue<string> | null {
  if (!evidence) return null;
  return firstDate(soleArticle(evidence)?.dateModified, metaEntries(evidence, MODIFIED_KEYS), context);
}

/** "/2024/03/12/" in a URL's path (year, month, day as path segments): a date the URL states. */
export function urlPathDate(url: string | null | undefined, context: DateContext): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`).pathname;
  } catch {
    return null;
  }
  const match = /\/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:\/|$|-)/.exec(path);
  if (!match) return null;
  const date = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  if (!validDay(Number(match[1]), Number(match[2]), Number(match[3]))) return null;
  return date >= EARLIEST && date <= isoToday(context.now) ? date : null;
}

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`;
    const host = new URL(withScheme).hostname.toLowerCase().replace(/^www\./, '');
    return host.length > 0 ? host : null;
  } catch {
    return null;
  }
}
