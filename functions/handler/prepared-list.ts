/**
 * A record's `removed` list as the core's worker thread hands it over when it can never stand in the DynamoDB item:
 * already written as JSON (what record-store.ts's fitItem writes to the clean bucket as `removed.json`), with its
 * length and its DynamoDB size (counted up to the item limit). The worker writes it once; the main thread neither
 * rebuilds the list's objects (a structured clone of 143,000 removed lines of 10 MB of DEV pages) nor writes it
 * again. Only lists whose own size is over DYNAMODB_ITEM_LIMIT are prepared: fitItem always moves those out of the
 * item, so the item and the objects written are the same as from the list itself.
 */
export class PreparedList {
  constructor(
    /** `JSON.stringify` of the list. */
    readonly json: string,
    readonly length: number,
    /** The list's DynamoDB size, or some number above the item limit (itemSize stops counting there). */
    readonly size: number,
  ) {}

  /** The list itself, for a JSON.stringify of the whole record (record-store.ts's last resort). */
  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

/** What crosses from the worker to the main thread for a PreparedList (a class instance does not survive a clone). */
export interface PreparedListData {
  json: string;
  length: number;
  size: number;
}
