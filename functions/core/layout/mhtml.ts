/**
 * MHTML: a web page saved as one file (Chrome's "Save as: Webpage, Single File", a headless browser's
 * `Page.captureSnapshot`, Internet Explorer's and Word's `.mht`). A MIME message of the parts that make the page:
 * headers ("From: <Saved by Blink>", "Snapshot-Content-Location: https://…", "Content-Type: multipart/related;
 * boundary=…"), then the page's HTML, its stylesheets and images, each part with its own headers and transfer
 * encoding (quoted-printable: "=3D" for "=", a line broken with "=" at its end; or base64). The page is the first
 * HTML part, decoded as its headers say; the URL the snapshot names is the page's. Before, the MIME text was read
 * as the page: the headers, the quoted-printable markup ("<p class=3D"lead">") and the base64 images as text.
 *
 * Only a text that opens with MIME headers naming a `multipart/related` body with a boundary is read so.
 */
import { decode } from '../decode.ts';
import { headerUrl, readHeaders } from './envelope.ts';

export type MhtmlUpload =
  /** The page's HTML, and the URL the snapshot names (null when none). */
  | { kind: 'page'; html: string; url: string | null }
  /** A MIME message with no HTML part, or one whose part does not decode, and what it is. */
  | { kind: 'no-page'; what: string };

/** The first field names that open a MIME message as a saved page writes it. */
const MIME_START =
  /^(?:from|mime-version|subject|date|snapshot-content-location|content-type|content-location|x-mimeole|message-id):/iu;
const MULTIPART = /^multipart\/related\b/iu;
/** The boundary parameter of a Content-Type ("boundary=\"----MultipartBoundary--abc----\"", unquoted too). */
const BOUNDARY = /\bboundary\s*=\s*(?:"([^"]{1,200})"|([^\s;]{1,200}))/iu;
const CHARSET = /\bcharset\s*=\s*"?([\w.:-]{1,40})/iu;
const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/iu;

/** The upload as MHTML, or null when the text is none (it is read in its own layout). */
export function readMhtml(text: string): MhtmlUpload | null {
  if (!MIME_START.test(text)) return null;
  const head = readHeaders(text, 0, true);
  const type = head?.fields.get('content-type');
  if (head === null || type === undefined || !MULTIPART.test(type)) return null;
  const boundaryMatch = BOUNDARY.exec(type);
  if (boundaryMatch === null) return null;
  const delimiter = `--${boundaryMatch[1] ?? boundaryMatch[2]}`;
  const url = headerUrl(head.fields.get('snapshot-content-location') ?? head.fields.get('content-location'));
  // Each part opens at a delimiter line and runs to the next (the last delimiter has "--" after it).
  let at = lineStarting(text, delimiter, head.end);
  while (at >= 0) {
    const partStart = text.indexOf('\n', at);
    if (partStart < 0) break;
    const next = lineStarting(text, delimiter, partStart + 1);
    const part = readHeaders(text, partStart + 1, true);
    if (part !== null && HTML_TYPE.test(part.fields.get('content-type') ?? 'text/plain')) {
      const body = text.slice(part.end, next < 0 ? text.length : next);
      const html = decodedPart(body, part.fields);
      if (html === null) return { kind: 'no-page', what: 'an MHTML file whose HTML part does not decode' };
      return { kind: 'page', html, url: url ?? headerUrl(part.fields.get('content-location')) };
    }
    at = next;
  }
  return { kind: 'no-page', what: 'an MHTML file with no HTML part' };
}

/** Where the next line that starts with `delimiter` starts, from `from` on; -1 when none. */
function lineStarting(text: string, delimiter: string, from: number): number {
  if (text.startsWith(delimiter, from) && (from === 0 || text.charCodeAt(from - 1) === 10)) return from;
  const at = text.indexOf(`\n${delimiter}`, from);
  return at < 0 ? -1 : at + 1;
}

/** A part's body as text: its transfer encoding undone, its bytes decoded in the charset it names. */
function decodedPart(body: string, fields: ReadonlyMap<string, string>): string | null {
  const encoding = (fields.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  if (encoding !== 'quoted-printable' && encoding !== 'base64') return body;
  const bytes = encoding === 'base64' ? Buffer.from(body, 'base64') : quotedPrintableBytes(body);
  const charset = CHARSET.exec(fields.get('content-type') ?? '')?.[1] ?? null;
  const decoded = decode(bytes, { transportCharset: charset, markup: true });
  return decoded.ok ? decoded.text : null;
}

/**
 * The bytes a quoted-printable text stands for: "=XX" a byte, "=" at a line's end a soft break (no break at all),
 * any other character itself (as UTF-8: a saved page's text outside the escapes is ASCII).
 */
export function quotedPrintableBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  const utf8 = new TextEncoder();
  let n = 0;
  // A run of characters outside ASCII, written as UTF-8 in one go when it ends.
  let runStart = -1;
  const endRun = (i: number) => {
    if (runStart < 0) return;
    n += utf8.encodeInto(text.slice(runStart, i), out.subarray(n)).written;
    runStart = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      if (runStart < 0) runStart = i;
      continue;
    }
    endRun(i);
    if (c === 61 /* = */) {
      // A soft break: "=" then white space to the line's end.
      let j = i + 1;
      while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
      if (j >= text.length || text.charCodeAt(j) === 10) {
        i = j;
        continue;
      }
      const byte = hexByte(text.charCodeAt(i + 1), text.charCodeAt(i + 2));
      if (byte >= 0) {
        out[n++] = byte;
        i += 2;
        continue;
      }
    }
    out[n++] = c;
  }
  endRun(text.length);
  return out.subarray(0, n);
}

function hexByte(high: number, low: number): number {
  const h = hexDigit(high);
  const l = hexDigit(low);
  return h < 0 || l < 0 ? -1 : h * 16 + l;
}

function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}
