/**
 * What an SQS message on the cleaner's queue names, for people reading the local stack's log and
 * `copydesk dlq list`: the records (`s3://bucket/key`) it is about, or why the handler cannot read it.
 */
import { recordId } from '../../functions/handler/record-item.ts';
import { PoisonMessageError, parseMessageBody } from '../../functions/handler/s3-event.ts';

export interface MessageContents {
  /** Record ids of the objects the message names (a malformed key is named as it came). */
  ids: string[];
  /** Why the handler cannot read the message ("message body is not JSON"), or null. */
  problem: string | null;
}

export function messageContents(body: string): MessageContents {
  try {
    const parsed = parseMessageBody(body);
    if (parsed.kind !== 'entries') return { ids: [], problem: null };
    return {
      ids: parsed.entries.flatMap((entry) =>
        entry.kind === 'ignored' ? [] : [recordId(entry.object.bucket, entry.object.key)],
      ),
      problem: null,
    };
  } catch (error) {
    if (error instanceof PoisonMessageError) return { ids: [], problem: error.message };
    throw error;
  }
}
