/**
 * The local stack's dead-letter queue: messages the bridge gave up on after maxReceiveCount deliveries.
 * Kept as JSON lines in the data folder (watch mode; layout in data-folder.ts) or in memory, so `copydesk dlq` can read them.
 *
 * Redrive, locally: `copydesk dlq redrive --local` moves the dead letters into the redrive inbox (a
 * folder of JSON-lines files in the data folder). A running `npm start -- --watch` polls the inbox and
 * sends each message back to its queue; with no stack running, they wait there for the next start.
 * Every move is a rename, so the CLI and the watch process never read a half-written file.
 */
import { appendFile, mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { redriveInbox } from './data-folder.ts';

export interface DeadLetter {
  messageId: string;
  body: string;
  receiveCount: number;
  lastError: string;
  deadLetteredAt: string;
}

export interface DeadLetterStore {
  add(letter: DeadLetter): Promise<void>;
  list(): Promise<DeadLetter[]>;
  /** Remove and return every message (for redrive). */
  takeAll(): Promise<DeadLetter[]>;
}

/** How often a watch-mode stack looks into the redrive inbox. */
export const REDRIVE_POLL_MS = 1_000;

export function memoryDeadLetters(): DeadLetterStore {
  let letters: DeadLetter[] = [];
  return {
    async add(letter) {
      letters.push(letter);
    },
    async list() {
      return [...letters];
    },
    async takeAll() {
      const taken = letters;
      letters = [];
      return taken;
    },
  };
}

export function fileDeadLetters(path: string): DeadLetterStore {
  return {
    async add(letter) {
      await appendFile(path, `${JSON.stringify(letter)}\n`);
    },
    list: () => readLetters(path),
    async takeAll() {
      // Renamed first: a letter the bridge appends meanwhile lands in a new file, not lost.
      const taking = `${path}.${process.pid}.${Date.now()}.taking`;
      try {
        await rename(path, taking);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const letters = await readLetters(taking);
      await unlink(taking);
      return letters;
    },
  };
}

async function readLetters(path: string): Promise<DeadLetter[]> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DeadLetter);
}

/** Put messages into the redrive inbox of a data folder (written aside, then renamed in). */
export async function putInRedriveInbox(
  dataDir: string,
  letters: readonly DeadLetter[],
): Promise<string | null> {
  if (letters.length === 0) return null;
  const inbox = redriveInbox(dataDir);
  await mkdir(inbox, { recursive: true });
  const name = `${Date.now()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}.jsonl`;
  const temporary = join(dataDir, `.${name}.tmp`);
  await writeFile(temporary, letters.map((letter) => `${JSON.stringify(letter)}\n`).join(''));
  await rename(temporary, join(inbox, name));
  return join(inbox, name);
}

/** Take every message waiting in the redrive inbox and hand its body to `send`; returns the count. */
export async function drainRedriveInbox(dataDir: string, send: (body: string) => void): Promise<number> {
  const inbox = redriveInbox(dataDir);
  const names = (await readdir(inbox).catch(() => [] as string[]))
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
  let count = 0;
  for (const name of names) {
    const claimed = join(inbox, `${name}.${process.pid}.claimed`);
    try {
      await rename(join(inbox, name), claimed);
    } catch {
      continue; // another process claimed it
    }
    for (const letter of await readLetters(claimed)) {
      send(letter.body);
      count++;
    }
    await unlink(claimed);
  }
  return count;
}

/** Poll the redrive inbox until stopped (watch mode). */
export function watchRedriveInbox(
  dataDir: string,
  send: (body: string) => void,
  intervalMs = REDRIVE_POLL_MS,
): { stop(): Promise<void> } {
  let busy: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    busy = busy.then(() => drainRedriveInbox(dataDir, send)).catch(() => undefined);
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await busy;
    },
  };
}
