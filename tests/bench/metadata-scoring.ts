/**
 * How the benchmark's scorers judge a metadata field, in TypeScript, so the accuracy benchmark and the
 * training scripts judge exactly as `score.py` (dev, check) and `snippets.py` (multi) do:
 *
 * - score.py: title and author exact = NFKC + whitespace-collapsed + case-folded equality, fuzzy = token F1
 *   ≥ 0.8 (authors joined with ", "); date = both normalised to YYYY-MM-DD.
 * - snippets.py: title exact after NFKC, whitespace collapse and lower-casing; author right when some
 *   predicted name (or part of one split at , ; & and) equals some gold name or part; date = the first
 *   YYYY-MM-DD found in the prediction equals the gold's.
 */

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { renderWith, type ToolLayout, toolExtension } from '../support/text-browsers.ts';

export type Scorer = 'wcxb' | 'snippets';

export interface Gold {
  /** The article's text (dev and check; multi's gold has snippets instead). */
  body?: string;
  title?: string;
  author?: string | string[];
  date?: string;
  site?: string;
  domain?: string;
  url?: string;
}

/** score.py's _norm_text: NFKC, whitespace runs to one space, trimmed, case-folded. */
export function normText(value: string | null | undefined): string {
  return normCased(value).toLowerCase();
}

/** normText with the case kept. */
function normCased(value: string | null | undefined): string {
  return (value ?? '')
    .normalize('NFKC')
    .replace(/[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

/**
 * Titles right with their case: the share of pages with a gold title whose predicted title is the gold's as
 * normText reads both but with the case kept (the bench's scorers fold case, so a headline a converter set in
 * capitals scores as right). `pages`: [gold title, predicted title] per page with a gold title.
 */
export function casedTitleShare(pages: readonly [string, string | null][]): number | null {
  if (pages.length === 0) return null;
  let right = 0;
  for (const [gold, predicted] of pages)
    if (predicted !== null && normCased(gold) === normCased(predicted)) right++;
  return right / pages.length;
}

/** Python's Unicode \w, near enough: letters, marks, digits, connector punctuation. */
function tokens(value: string | null | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of normText(value).matchAll(/[\p{L}\p{M}\p{N}\p{Pc}]+/gu))
    counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  return counts;
}

export function tokenF1(gold: string, predicted: string | null): number {
  const a = tokens(gold);
  const b = tokens(predicted);
  let sizeA = 0;
  let sizeB = 0;
  for (const n of a.values()) sizeA += n;
  for (const n of b.values()) sizeB += n;
  if (sizeA === 0 || sizeB === 0) return sizeA === 0 && sizeB === 0 ? 1 : 0;
  let overlap = 0;
  for (const [token, count] of a) overlap += Math.min(count, b.get(token) ?? 0);
  if (overlap === 0) return 0;
  const p = overlap / sizeB;
  const r = overlap / sizeA;
  return (2 * p * r) / (p + r);
}

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** score.py's norm_date: YYYY-MM-DD (or YYYY-MM) from ISO-ish or "Month D, YYYY" / "D Month YYYY". */
export function normDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  const pad = (n: string | number) => String(Number(n)).padStart(2, '0');
  const iso = s.match(/^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?/);
  if (iso) return `${iso[1]}-${pad(iso[2] ?? '')}${iso[3] ? `-${pad(iso[3])}` : ''}`;
  const low = s.toLowerCase();
  const mdy = low.match(/([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/);
  if (mdy && MONTHS.includes(mdy[1] ?? ''))
    return `${mdy[3]}-${pad(MONTHS.indexOf(mdy[1] ?? '') + 1)}-${pad(mdy[2] ?? '')}`;
  const dmy = low.match(/(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})/);
  if (dmy && MONTHS.includes(dmy[2] ?? ''))
    return `${dmy[3]}-${pad(MONTHS.indexOf(dmy[2] ?? '') + 1)}-${pad(dmy[1] ?? '')}`;
  return null;
}

/** snippets.py's norm_date: the first YYYY-MM-DD (or / or . separated) anywhere in the value. */
function snippetsDate(value: string | null | undefined): string | null {
  const m = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(value ?? '');
  if (!m) return null;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

/** snippets.py's _meta_norm: NFKC, whitespace collapsed, trimmed, lower-cased. */
function metaNorm(value: string): string {
  return value.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

function asList(value: string | string[] | null | undefined): string[] {
  if (value == null) return [];
  if (Array.isArray(value)) return value.filter((x) => typeof x === 'string' && x.trim().length > 0);
  return value.trim().length > 0 ? [value] : [];
}

function parts(names: string[]): string[] {
  const out: string[] = [];
  for (const name of names)
    for (const part of name.split(/\s*(?:[;,&]|\band\b)\s*/i)) {
      const p = metaNorm(part);
      if (p) out.push(p);
    }
  return out;
}

/** snippets.py's author_match "any". */
function snippetsAuthor(gold: string | string[], predicted: string[]): boolean {
  const g = asList(gold);
  if (predicted.length === 0) return false;
  const goldSet = new Set([...g.map(metaNorm), ...parts(g)]);
  const predSet = [...predicted.map(metaNorm), ...parts(predicted), metaNorm(predicted.join(', '))];
  return predSet.some((name) => goldSet.has(name));
}

export interface FieldJudgement {
  /** The gold has the field. */
  gold: boolean;
  /** We gave a value. */
  given: boolean;
  /** Exact (the scorer's headline figure). */
  exact: boolean;
  /** Right in the precision sense: fuzzy for authors on wcxb, exact otherwise. */
  right: boolean;
}

export interface Judged {
  title: FieldJudgement;
  author: FieldJudgement;
  date: FieldJudgement;
}

export interface Predicted {
  title: string | null;
  authors: string[];
  publishedAt: string | null;
}

/** The three fields of one page, judged by the corpus's scorer. */
export function judge(scorer: Scorer, gold: Gold, predicted: Predicted): Judged {
  const goldAuthor = asList(gold.author);
  const author = predicted.authors.length > 0 ? predicted.authors.join(', ') : null;
  if (scorer === 'wcxb') {
    const titleExact = !!gold.title && normText(gold.title) === normText(predicted.title);
    const authorGold = goldAuthor.join(', ');
    const goldDate = normDate(gold.date);
    const date = normDate(predicted.publishedAt);
    const dateRight = goldDate !== null && date !== null && date.slice(0, goldDate.length) === goldDate;
    return {
      title: { gold: !!gold.title, given: !!predicted.title, exact: titleExact, right: titleExact },
      author: {
        gold: goldAuthor.length > 0,
        given: author !== null,
        exact: goldAuthor.length > 0 && normText(authorGold) === normText(author),
        right: goldAuthor.length > 0 && tokenF1(authorGold, author) >= 0.8,
      },
      date: { gold: goldDate !== null, given: date !== null, exact: dateRight, right: dateRight },
    };
  }
  const titleExact = !!gold.title && !!predicted.title && metaNorm(gold.title) === metaNorm(predicted.title);
  const authorRight = goldAuthor.length > 0 && snippetsAuthor(goldAuthor, predicted.authors);
  const goldDate = gold.date ? (snippetsDate(gold.date) ?? metaNorm(gold.date)) : null;
  const dateRight = goldDate !== null && goldDate === snippetsDate(predicted.publishedAt);
  return {
    title: { gold: !!gold.title, given: !!predicted.title, exact: titleExact, right: titleExact },
    author: { gold: goldAuthor.length > 0, given: author !== null, exact: authorRight, right: authorRight },
    date: { gold: goldDate !== null, given: !!predicted.publishedAt, exact: dateRight, right: dateRight },
  };
}

export interface CorpusPage {
  name: string;
  bytes: Uint8Array;
  /** File name handed to the core (its extension settles the layout). */
  file: string;
  gold: Gold;
}

/** The pages of a corpus folder with their gold, as text or (HTML=1) as the original HTML. */
export function readCorpus(dir: string, asHtml = false): CorpusPage[] {
  return corpusNames(dir).map((name) =>
    asHtml
      ? { name, bytes: htmlOf(dir, name), file: `${name}.html`, gold: goldOf(dir, name) }
      : { name, bytes: readFileSync(join(dir, `${name}.txt`)), file: `${name}.txt`, gold: goldOf(dir, name) },
  );
}

/** A corpus folder's pages with their gold (each NAME.gold.json), sorted, no input read. */
export function readGolds(dir: string): { name: string; gold: Gold }[] {
  return corpusNames(dir).map((name) => ({ name, gold: goldOf(dir, name) }));
}

/** The names of a corpus folder's pages (those with a gold file), sorted. */
function corpusNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.gold.json'))
    .map((name) => name.slice(0, -'.gold.json'.length))
    .sort();
}

const goldOf = (dir: string, name: string) =>
  JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as Gold;
const htmlOf = (dir: string, name: string) => gunzipSync(readFileSync(join(dir, `${name}.html.gz`)));

/**
 * The pages of a corpus folder as a text tool renders their original HTML (tests/support/text-browsers.ts: a
 * scraper's output the bench does not ship), each rendering kept in `folder` and read from there on later runs. A
 * page the tool fails on is an empty text, as a scraper would have stored it.
 */
export function readRendered(dir: string, tool: ToolLayout, folder: string): CorpusPage[] {
  mkdirSync(folder, { recursive: true });
  return corpusNames(dir).map((name) => {
    const path = join(folder, `${name}${toolExtension(tool)}`);
    // The HTML is read (and unzipped) only for a page not rendered yet.
    if (!existsSync(path)) writeFileSync(path, renderWith(tool, htmlOf(dir, name).toString('utf8')) ?? '');
    return { name, bytes: readFileSync(path), file: basename(path), gold: goldOf(dir, name) };
  });
}

/** Where `readRendered` keeps a tool's renderings of a corpus unless told otherwise. */
export const renderFolder = (tool: ToolLayout, corpus: string) =>
  join(tmpdir(), 'copydesk-renders', tool, corpus);

/** A corpus folder's pages as a run reads them: its text, its original HTML (`html`), or `tool`'s rendering of it. */
export function readPages(dir: string, html: boolean, tool?: ToolLayout): CorpusPage[] {
  return tool ? readRendered(dir, tool, renderFolder(tool, basename(dir))) : readCorpus(dir, html);
}

export function scorerOf(dir: string): Scorer {
  return basename(dir).startsWith('multi') ? 'snippets' : 'wcxb';
}
