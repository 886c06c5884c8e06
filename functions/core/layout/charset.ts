/**
 * What the first kilobyte of a file says about its bytes before they are decoded (the HTML spec's prescan,
 * simplified): whether it is markup, and the encoding it declares (<meta charset>, <meta http-equiv
 * content-type>, an XML prolog). Read as Latin-1: the declaration is ASCII in every encoding it can name. And the
 * charset a transport names in a media type (an S3 object's Content-Type, "text/plain; charset=windows-1250").
 */
const PRESCAN_BYTES = 1024;
const MARKUP_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<meta\s|<\?xml\s|<!--)/i;
const META_CHARSET = /<meta\s[^>]{0,300}?charset\s*=\s*["']?\s*([a-z0-9_:.-]{1,40})/i;
const XML_ENCODING = /^\s*<\?xml\s[^>]{0,200}?encoding\s*=\s*["']([a-z0-9_:.-]{1,40})/i;

export interface Prescan {
  markup: boolean;
  charset: string | null;
}

export function prescan(bytes: Uint8Array): Prescan {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString(
    'latin1',
  );
  const markup = MARKUP_START.test(head);
  if (!markup) return { markup, charset: null };
  const declared = META_CHARSET.exec(head) ?? XML_ENCODING.exec(head);
  return { markup, charset: declared ? declared[1]!.toLowerCase() : null };
}

/** A media type's charset parameter: `; charset=windows-1250`, `;charset="ISO-8859-2"`. */
const CONTENT_TYPE_CHARSET = /;\s*charset\s*=\s*(?:"([^"]{1,40})"|([^\s;"]{1,40}))/i;

/**
 * The charset a media type names ("text/plain; charset=windows-1250" → "windows-1250"), lower case; null when it
 * names none.
 */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = CONTENT_TYPE_CHARSET.exec(contentType);
  const label = (match?.[1] ?? match?.[2] ?? '').trim().toLowerCase();
  return label === '' ? null : label;
}
