/**
 * S3 keys up to S3's 1,024 bytes on s3rver. s3rver stores an object as a file named after its key, one
 * folder per `/`-separated segment, so a segment over ~230 bytes passes the file system's 255-byte name
 * limit: the upload died with ENAMETOOLONG (an unhandled stream error that killed the whole local stack)
 * and left files behind that broke later listings.
 *
 * Here a long segment is stored as several folder names of at most SEGMENT_BYTES bytes, each piece but
 * the last ending in a marker character, and read back as the one segment; keys without long segments
 * (and without the marker) are stored exactly as before, so existing data folders keep working. Keys
 * over 1,024 bytes are refused as S3 refuses them (400 KeyTooLongError).
 */
import { readdirSync } from 'node:fs';
import { rmdir, unlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type S3rver from 's3rver';

/** S3's limit on a key's UTF-8 length. */
export const MAX_KEY_BYTES = 1024;

/** A private-use character: ends a stored piece of a long segment; doubled when a key contains it. */
const MARK = '\uE000';
/** Bytes of one stored piece: leaves room for the marker and s3rver's `._S3rver_metadata.json`. */
const SEGMENT_BYTES = 200;

/** The path s3rver stores a key under (before its own suffix is added). */
export function encodeKeyPath(key: string): string {
  return key
    .split('/')
    .map((segment) => splitSegment(segment))
    .join('/');
}

/** The key of a stored path: the inverse of encodeKeyPath. */
export function decodeKeyPath(path: string): string {
  return path.replace(/\uE000([\uE000/])/g, (_, next: string) => (next === '/' ? '' : MARK));
}

function splitSegment(segment: string): string {
  const escaped = segment.replaceAll(MARK, MARK + MARK);
  if (Buffer.byteLength(escaped) <= SEGMENT_BYTES) return escaped;
  const pieces: string[] = [];
  let piece = '';
  let bytes = 0;
  // Tokens: a doubled marker stays whole, every other code point is one token.
  for (const token of escaped.match(/\uE000\uE000|[\s\S]/gu) ?? []) {
    const size = Buffer.byteLength(token);
    if (bytes + size > SEGMENT_BYTES) {
      pieces.push(piece);
      piece = '';
      bytes = 0;
    }
    piece += token;
    bytes += size;
  }
  pieces.push(piece);
  return pieces.join(`${MARK}/`);
}

interface FilesystemStoreClass {
  encodeKeyPath(key: string): string;
  decodeKeyPath(path: string): string;
  prototype: {
    getBucketPath(bucket: string): string;
    getResourcePath(bucket: string, key: string, resource: string): string;
    deleteObject(bucket: string, key: string): Promise<void>;
  };
}

let installed = false;

/**
 * Teaches s3rver's file store the encoding above (its key-path hooks are static, used by every
 * instance in this process) and puts a key-length check in front of the server's routes.
 */
export function supportLongKeys(server: S3rver): void {
  if (!installed) {
    installed = true;
    const require = createRequire(import.meta.url);
    const store = require('s3rver/lib/stores/filesystem.js') as FilesystemStoreClass;
    store.encodeKeyPath = encodeKeyPath;
    store.decodeKeyPath = decodeKeyPath;
    // s3rver removes a deleted object's empty folders by its raw key; use the stored path instead.
    store.prototype.deleteObject = async function deleteObject(bucket: string, key: string) {
      for (const resource of ['object', 'object.md5', 'metadata.json']) {
        await unlink(this.getResourcePath(bucket, key, resource)).catch(ignoreMissing);
      }
      const bucketPath = this.getBucketPath(bucket);
      const parts = encodeKeyPath(key).split('/');
      parts.pop();
      while (parts.length > 0 && isEmptyFolder(join(bucketPath, ...parts))) {
        await rmdir(join(bucketPath, ...parts)).catch(ignoreMissing);
        parts.pop();
      }
    };
  }
  // Koa runs middleware in array order; s3rver composes it when it starts listening.
  const app = server as unknown as { middleware: KoaMiddleware[] };
  app.middleware.unshift(refuseLongKeys);
}

type KoaContext = { path: string; status: number; type: string; body: unknown };
type KoaMiddleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;

async function refuseLongKeys(ctx: KoaContext, next: () => Promise<void>): Promise<void> {
  // Path-style requests (`/bucket/key`), as the SDK and the AWS CLI send them to an endpoint URL.
  const slash = ctx.path.indexOf('/', 1);
  const key = slash === -1 ? '' : safeDecode(ctx.path.slice(slash + 1));
  if (Buffer.byteLength(key) <= MAX_KEY_BYTES) return next();
  ctx.status = 400;
  ctx.type = 'application/xml';
  ctx.body =
    '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>KeyTooLongError</Code>' +
    `<Message>Your key is too long: ${Buffer.byteLength(key)} bytes (S3 allows ${MAX_KEY_BYTES})</Message></Error>`;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function isEmptyFolder(path: string): boolean {
  try {
    return readdirSync(path).length === 0;
  } catch {
    return false;
  }
}

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ENOENT') throw error;
}
