/**
 * A record's `removed` list as the core's worker thread hands it over when it can never stand in the DynamoDB item:
 * already written as JSON in UTF-8 (what record-store.ts's fitItem writes to the clean bucket as `removed.json`),
 * with the bytes' SHA-256, the list's length and its DynamoDB size (counted up to the item limit). The worker
 * writes it once and its bytes move to the main thread (transferred, not copied); the main thread neither rebuilds
 * the list's objects (a structured clone of 143,000 removed lines of 10 MB of DEV pages) nor writes, encodes or
 * hashes it again (20 MB: a copy, two UTF-8 encodings and two SHA-256s, one for the part's key, one for the
 * request's signature). Only lists whose own size is over DYNAMODB_ITEM_LIMIT are prepared: fitItem always moves
 * those out of the item, so the item and the objects written are the same as from the list itself.
 */
import { createHash } from 'node:crypto';

export class PreparedList {
  constructor(
    /** `JSON.stringify` of the list, in UTF-8. */
    readonly bytes: Uint8Array,
    /** SHA-256 of `bytes`, in hex. */
    readonly sha256: string,
    readonly length: number,
    /** The list's DynamoDB size, or some number above the item limit (itemSize stops counting there). */
    readonly size: number,
  ) {}

  /** A PreparedList of what crossed from the worker. */
  static of(data: PreparedListData): PreparedList {
    return new PreparedList(data.bytes, data.sha256, data.length, data.size);
  }

  /** `JSON.stringify` of the list. */
  get json(): string {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength).toString('utf8');
  }

  /** The list itself, for a JSON.stringify of the whole record (record-store.ts's last resort). */
  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

/** What crosses from the worker to the main thread for a PreparedList (a class instance does not survive a clone). */
export interface PreparedListData {
  bytes: Uint8Array;
  sha256: string;
  length: number;
  size: number;
}

/** The data of a PreparedList of `list` (whose DynamoDB size is `size`); its bytes own their whole buffer. */
export function prepareList(list: readonly unknown[], size: number): PreparedListData {
  const encoded = Buffer.from(JSON.stringify(list), 'utf8');
  // A buffer of its own (a short text may sit in Node's shared pool), so that it can be transferred.
  const bytes =
    encoded.byteOffset === 0 && encoded.byteLength === encoded.buffer.byteLength
      ? encoded
      : new Uint8Array(encoded);
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex'), length: list.length, size };
}
