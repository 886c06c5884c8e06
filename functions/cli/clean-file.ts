/**
 * One input of `copydesk clean`, read, cleaned and printed: the same function whether the file is
 * cleaned in the command's own thread or on a worker thread (clean-pool.ts), so the output is the same.
 */
import { readFileSync } from 'node:fs';
import { type CoreRecord, processDocument } from '../core/pipeline.ts';
import { describeFsError } from './clean-inputs.ts';
import { formatRecord, type Removed } from './record-text.ts';
import { UsageError } from './usage-error.ts';

/**
 * How a record is printed: `out` one JSON line for its own file (--out), `lines` one JSON line naming
 * its file (a folder to stdout), `text` for people (--format text), `single` indented JSON (one FILE).
 */
export type CleanMode = 'out' | 'lines' | 'text' | 'single';

export interface CleanSettings {
  mode: CleanMode;
  url: string | null;
  /** --charset: the inputs' encoding, read as an upload's Content-Type charset is. */
  charset: string | null;
  maxBytes: number | undefined;
  /** --format text: colours and widths for a terminal. */
  terminal: boolean;
}

export interface CleanedFile {
  /** What is written: the record's file (--out) or its part of stdout. */
  text: string;
  /** `clean` or `rejected REASON`, for the summary line. */
  outcome: string;
}

export function cleanFile(path: string, settings: CleanSettings): CleanedFile {
  return cleanBytes(readInput(path), path, settings);
}

/**
 * Bytes cleaned and printed as the file `name` would be (standard input: `copydesk clean -`). The name is the
 * core's hint for the layout (.md, .html…), as the object key is in the handler.
 */
export function cleanBytes(bytes: Uint8Array, name: string, settings: CleanSettings): CleanedFile {
  const record = processDocument(
    bytes,
    { url: settings.url, name, charset: settings.charset },
    { maxBytes: settings.maxBytes },
  );
  const outcome = record.status === 'clean' ? 'clean' : `rejected ${record.reason}`;
  switch (settings.mode) {
    case 'out':
      return { text: `${JSON.stringify(record)}\n`, outcome };
    case 'lines':
      return { text: `${JSON.stringify({ file: name, ...record })}\n`, outcome };
    case 'single':
      return { text: `${JSON.stringify(record, null, 2)}\n`, outcome };
    case 'text':
      return { text: recordText(name, record, settings.terminal), outcome };
  }
}

function recordText(path: string, record: CoreRecord, terminal: boolean): string {
  const removed = (record.status === 'clean' ? record.removed : []) as Removed[];
  const text = formatRecord({ id: path, ...record }, removed, terminal);
  return record.status === 'clean' ? `${text}\nBody:\n${record.body}\n\n` : `${text}\n`;
}

function readInput(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UsageError(`clean: cannot read ${path}: ${describeFsError(error as NodeJS.ErrnoException)}`);
  }
}
