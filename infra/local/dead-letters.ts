/**
 * The local stack's dead-letter queue: messages the bridge gave up on after maxReceiveCount deliveries.
 * Kept as JSON lines in the data folder (watch mode) or in memory, so `copydesk dlq` can read them.
 */
import { appendFile, readFile, writeFile } from 'node:fs/promises';

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
  const list = async (): Promise<DeadLetter[]> => {
    const text = await readFile(path, 'utf8').catch(() => '');
    return text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as DeadLetter);
  };
  return {
    async add(letter) {
      await appendFile(path, `${JSON.stringify(letter)}\n`);
    },
    list,
    async takeAll() {
      const letters = await list();
      await writeFile(path, '');
      return letters;
    },
  };
}
