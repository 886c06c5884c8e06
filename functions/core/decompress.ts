/**
 * Decompress stage: a gzip-compressed upload ("page.html.gz", or an object stored with `Content-Encoding: gzip`,
 * whose bytes S3 returns as stored) is read as the text inside it. One layer only: a gzip inside the gzip is
 * rejected as `binary` by the decode stage, as any other binary file. The text inside is held to the same size
 * limit as an upload (a few kilobytes of gzip can hold gigabytes of one repeated byte): past it the record is
 * `too-large`, and a stream that does not inflate (a truncated upload) is `undecodable`.
 */
import { gunzipSync } from 'node:zlib';

/** Without a size limit (the CLI's default) a gzip still inflates to at most this many bytes. */
export const INFLATED_LIMIT_DEFAULT = 256 * 1024 * 1024;

export type Inflated =
  | { ok: true; bytes: Uint8Array; name: string | null | undefined }
  | { ok: false; reason: 'too-large' | 'undecodable'; detail: string };

/** The gzip signature: ID1 ID2 and the deflate method (RFC 1952). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;
}

/**
 * The bytes inside a gzip stream, at most `maxBytes` of them, and the file name without its `.gz` (so that
 * "story.md.gz" is read as markdown, as "story.md" is).
 */
export function inflate(
  bytes: Uint8Array,
  name: string | null | undefined,
  maxBytes: number = INFLATED_LIMIT_DEFAULT,
): Inflated {
  try {
    const inflated = gunzipSync(bytes, { maxOutputLength: maxBytes });
    return {
      ok: true,
      bytes: new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.length),
      name: withoutGz(name),
    };
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      return {
        ok: false,
        reason: 'too-large',
        detail: `a gzip file whose text is over the limit of ${maxBytes} bytes`,
      };
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'undecodable', detail: `a gzip file that does not decompress (${why})` };
  }
}

function withoutGz(name: string | null | undefined): string | null | undefined {
  return name ? name.replace(/\.(?:gz|gzip)$/i, '') : name;
}
