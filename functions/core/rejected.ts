/**
 * Rejected records: the core's verdict on an input it does not clean. Apart from pipeline.ts (which re-exports
 * them) so that the handler's main thread, which rejects an oversized object from its event's size alone, does not
 * load the core: the core runs in its worker thread (functions/handler/core-worker.ts).
 */
import { CLEANER_VERSION } from './version.ts';

export type RejectReason =
  | 'empty'
  | 'binary'
  | 'undecodable'
  | 'too-large'
  | 'no-text'
  /** A JSON array or JSON Lines of several pages: one upload gives one record. */
  | 'several-documents';

export interface RejectedDocument {
  status: 'rejected';
  reason: RejectReason;
  reasonDetail: string;
  cleanerVersion: string;
}

/** The rejection for an input over the size limit; callers that know the size need not read the bytes. */
export function rejectTooLarge(size: number, maxBytes: number): RejectedDocument {
  return reject('too-large', `${size} bytes is over the limit of ${maxBytes}`);
}

export function reject(reason: RejectReason, reasonDetail: string): RejectedDocument {
  return { status: 'rejected', reason, reasonDetail, cleanerVersion: CLEANER_VERSION };
}
