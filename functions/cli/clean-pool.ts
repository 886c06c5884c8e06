/**
 * `copydesk clean --jobs N`: the files cleaned on N worker threads (clean-worker.ts), each record
 * handed back in the inputs' order, so what is written, and where, is what one thread would write.
 *
 * Files are dealt out as workers become free (two in flight per worker, so none waits on a message);
 * answers that arrive early wait for those before them. An error stops the dealing and is raised once
 * every file before it has been handed on, as a single thread would have: the files after it are not
 * written. A worker pays for its own start and for V8's compiler warming up on the core (each thread
 * compiles its own code), so CPU time grows a little and wall time falls with the cores used.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CleanedFile, CleanSettings } from './clean-file.ts';
import { UsageError } from './usage-error.ts';

/**
 * Below this many files per worker a thread's start and warm-up cost more than it saves: a worker loads the
 * core (~70 ms of CPU) and warms V8's compiler up on it again (~1-1.5 s of CPU over its first hundreds of
 * pages, measured over DEV: --jobs 2 took 5.0-5.3 s of CPU where one thread took 3.6-3.8 s).
 */
export const MIN_FILES_PER_WORKER = 32;

/**
 * --jobs by default: a core is left to V8's compiler threads, which a cleaning thread keeps busy through its
 * first pages. On 2 cores that means one thread and no worker: the compiler already runs on the second core
 * (a pass over DEV: 1.3 s of its 4.3 s CPU on V8's threads), and two workers cost 40 % more CPU for at best
 * ~15 % less wall time, and more wall time once other processes share the cores (measured, issue 14).
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

export interface PoolTask {
  index: number;
  path: string;
}

export interface PoolError {
  usage: boolean;
  name: string;
  message: string;
  stack: string | undefined;
  code: string | undefined;
}

export type PoolAnswer = { index: number; file: CleanedFile } | { index: number; error: PoolError };

/** How many worker threads `count` files get with --jobs `jobs`: 0 means clean them in this thread. */
export function workerCount(jobs: number, count: number): number {
  const workers = Math.min(jobs, Math.floor(count / MIN_FILES_PER_WORKER));
  return workers >= 2 ? workers : 0;
}

/** Cleans `paths` on `workers` threads; `take` gets each file's result in the order of `paths`. */
export async function cleanOnWorkers(
  paths: readonly string[],
  settings: CleanSettings,
  workers: number,
  take: (index: number, file: CleanedFile) => void,
): Promise<void> {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './clean-worker-source.mjs' : './clean-worker.js', import.meta.url);
  const threads: Worker[] = [];
  const waiting = new Map<number, PoolAnswer>();
  let dealt = 0;
  let handed = 0;
  let stopped = false;
  let failing = false;

  const outcome = await new Promise<Error | null>((resolve) => {
    const stop = (error: Error | null) => {
      if (stopped) return;
      stopped = true;
      resolve(error);
    };
    const deal = (thread: Worker) => {
      if (stopped || failing || dealt >= paths.length) return;
      const task: PoolTask = { index: dealt, path: paths[dealt] as string };
      dealt += 1;
      thread.postMessage(task);
    };
    const handOn = () => {
      if (stopped) return; // answers still arriving while the workers are being stopped are dropped
      for (let answer = waiting.get(handed); answer !== undefined; answer = waiting.get(handed)) {
        waiting.delete(handed);
        if ('error' in answer) return stop(revive(answer.error));
        try {
          take(handed, answer.file);
        } catch (error) {
          return stop(error as Error);
        }
        handed += 1;
      }
      if (handed === paths.length) stop(null);
    };
    for (let i = 0; i < workers; i++) {
      const thread = new Worker(entry, { workerData: settings });
      threads.push(thread);
      thread.on('message', (answer: PoolAnswer) => {
        waiting.set(answer.index, answer);
        // After an error no file is dealt; those already dealt still come back (the ones before it are handed on).
        if ('error' in answer) failing = true;
        handOn();
        deal(thread);
      });
      thread.on('error', (error) => stop(error));
      thread.on('exit', (code) => {
        if (!stopped) stop(new Error(`clean: a worker thread stopped (exit code ${code})`));
      });
      deal(thread);
      deal(thread);
    }
  });
  await Promise.all(threads.map((thread) => thread.terminate()));
  if (outcome) throw outcome;
}

/** The worker's error as this thread's: a UsageError stays one (exit code 2, one line). */
function revive(error: PoolError): Error {
  const revived = error.usage ? new UsageError(error.message) : new Error(error.message);
  if (!error.usage) revived.name = error.name;
  if (error.stack !== undefined) revived.stack = error.stack;
  if (error.code !== undefined) (revived as NodeJS.ErrnoException).code = error.code;
  return revived;
}
