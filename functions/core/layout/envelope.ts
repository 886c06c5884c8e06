/**
 * The envelope around a page: a web archive's record header (WARC: Common Crawl's WARC and WET files, split one
 * record per object) and an HTTP response's status line and headers (`curl -i`, a proxy's or crawler's dump).
 * Neither is page text: the page is what follows them, read in its own layout; the record's URL
 * (`WARC-Target-URI`) is the page's own statement of where it lives, as an HTML page's canonical link is.
 *
 * Only a text that opens with a record's version line ("WARC/1.0") or a response's status line ("HTTP/1.1 200 OK")
 * is read so. A record that holds no page (a crawl's `warcinfo`, a `request`, `metadata` or `revisit` record), a
 * response that is no page (a redirect, an error) and a file of several records are refused with a reason.
 */

import { countMatches } from './blocks.ts';

/** What the envelope holds. */
export type Envelope =
  /** The page starts at `contentStart`; `url` is the one the record names (null when none). */
  | { kind: 'page'; contentStart: number; url: string | null }
  /** Several records in one file (a whole WARC or WET file). */
  | { kind: 'several'; count: number }
  /** A record or response that holds no page, and what it is. */
  | { kind: 'no-page'; what: string };

/** Header lines read at most (a WARC record has about 10, an HTTP response a few dozen). */
const MAX_HEADER_LINES = 200;
/** A field folded over lines is read to this many characters. */
const MAX_FIELD_CHARS = 2000;
const WARC_VERSION = /^WARC\/\d+\.\d+\s*$/u;
const HTTP_STATUS = /^HTTP\/\d(?:\.\d)?\s+(\d{3})\b/u;
/** A header line: "Name: value". */
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*)$/u;
/** The WARC record types whose content is a page (a response holds it inside an HTTP message). */
const PAGE_RECORDS = new Set(['response', 'resource', 'conversion']);
/** Another record's version line, further down the file. */
const NEXT_RECORD = /\nWARC\/\d+\.\d+[ \t]*\n/gu;

/** The envelope `text` (normalised: "\n" line ends) opens with, or null when it opens with none. */
export function readEnvelope(text: string): Envelope | null {
  // Most texts open otherwise: their first five characters settle it.
  if (text.startsWith('WARC/')) return readWarc(text);
  if (text.startsWith('HTTP/')) return readHttp(text, 0, null);
  return null;
}

function readWarc(text: string): Envelope | null {
  const head = readHeaders(text, 0);
  if (head === null || !WARC_VERSION.test(head.first)) return null;
  const type = (head.fields.get('warc-type') ?? '').toLowerCase();
  const records = 1 + countMatches(text, NEXT_RECORD, head.end);
  if (records > 1) return { kind: 'several', count: records };
  if (!PAGE_RECORDS.has(type)) return { kind: 'no-page', what: `a WARC ${type || 'untyped'} record` };
  const url = headerUrl(head.fields.get('warc-target-uri'));
  // A response record holds the HTTP message: its status line and headers come before the page.
  if (type === 'response' && text.startsWith('HTTP/', head.end)) return readHttp(text, head.end, url);
  return { kind: 'page', contentStart: head.end, url };
}

function readHttp(text: string, from: number, url: string | null): Envelope | null {
  const head = readHeaders(text, from);
  const status = head === null ? null : HTTP_STATUS.exec(head.first);
  if (head === null || status === null) return null;
  const code = Number(status[1]);
  if (code < 200 || code > 299) return { kind: 'no-page', what: `an HTTP ${code} response` };
  return { kind: 'page', contentStart: head.end, url: url ?? headerUrl(head.fields.get('content-location')) };
}

/**
 * The header block at `from`: its first line, its fields by lower-cased name, and where the text after its
 * closing blank line starts. Null when a line is no header or no blank line ends it within MAX_HEADER_LINES.
 * `fieldFirst`: the first line is a field too (a MIME message's headers open with one; a WARC record's and an
 * HTTP response's with their version or status line).
 */
export function readHeaders(
  text: string,
  from: number,
  fieldFirst = false,
): { first: string; fields: Map<string, string>; end: number } | null {
  const fields = new Map<string, string>();
  let first: string | null = fieldFirst ? '' : null;
  let pos = from;
  let last: string | null = null;
  for (let count = 0; count <= MAX_HEADER_LINES; count++) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end).trimEnd();
    pos = end + 1;
    if (first === null) {
      first = line;
      continue;
    }
    if (line === '') return { first, fields, end: Math.min(pos, text.length) };
    const field = HEADER_LINE.exec(line);
    if (field === null) {
      // A folded line continues the header above it (obsolete in HTTP, allowed in WARC and MIME).
      if (/^[ \t]/u.test(line) && fields.size > 0) {
        if (last !== null) fields.set(last, `${fields.get(last)} ${line.trim()}`.slice(0, MAX_FIELD_CHARS));
        continue;
      }
      return null;
    }
    const name = field[1]!.toLowerCase();
    // A repeated field keeps its first value (and the lines folded under it).
    last = fields.has(name) ? null : name;
    if (last !== null) fields.set(name, field[2]!.trim());
    if (pos > text.length) return null;
  }
  return null;
}

/**
 * An http(s) URL as a header gives it (WARC 1.0 writes it in angle brackets; so do MIME's `Content-Location`s), or
 * null.
 */
export function headerUrl(value: string | undefined): string | null {
  return value === undefined ? null : httpUrl(value.replace(/^<(.*)>$/u, '$1'));
}

/** The value as an http(s) URL (white space around it dropped), or null when it is none. */
export function httpUrl(value: string | null | undefined): string | null {
  const url = value?.trim() ?? '';
  return /^https?:\/\/\S+$/iu.test(url) ? url : null;
}
