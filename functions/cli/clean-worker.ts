/**
 * A worker thread of `copydesk clean --jobs N` (clean-pool.ts): cleans the files it is sent, one at a
 * time, with the settings it was started with, and answers each with the printed record or the error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type CleanSettings, cleanFile } from './clean-file.ts';
import type { PoolAnswer, PoolTask } from './clean-pool.ts';
import { UsageError } from './usage-error.ts';

const port = parentPort;
if (port === null) throw new Error('clean-worker.ts runs as a worker thread of clean-pool.ts');
const settings = workerData as CleanSettings;
port.on('message', ({ index, path }: PoolTask) => {
  let answer: PoolAnswer;
  try {
    answer = { index, file: cleanFile(path, settings) };
  } catch (caught) {
    const error = caught instanceof Error ? caught : new Error(String(caught));
    answer = {
      index,
      error: {
        usage: error instanceof UsageError,
        name: error.name,
        message: error.message,
        stack: error.stack,
        code: (error as NodeJS.ErrnoException).code,
      },
    };
  }
  port.postMessage(answer);
});
