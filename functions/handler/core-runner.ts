/**
 * Runs the pure core in a worker thread, with a deadline per record (README, "Reliability").
 *
 * The core is synchronous: once a stage starts, nothing in this thread can stop it, and a stage that
 * runs long (a quadratic input, a pathological regex) would run past the Lambda timeout and take the
 * whole batch with it. In a worker, the main thread stays free: when a record's deadline passes, the
 * worker is terminated (V8 stops it wherever it is), the record fails with `too-slow`, and the next
 * record gets a fresh worker. Records run one at a time, in order.
 *
 * The worker's module is core-worker.ts: in the Lambda asset its own bundle, core-worker.mjs (the core and nothing
 * else, see defaultWorkerEntry); from TypeScript sources (tests, `npm start`) the worker first registers tsx,
 * which Node 20 does not pass on to workers.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CleanDocument, CoreOptions, CoreRecord } from '../core/pipeline.ts';
import type { SourceHints } from '../core/types.ts';
import { PreparedList, type PreparedListData } from './prepared-list.ts';

/** A record that could not finish before its deadline. */
export class TooSlowError extends Error {
  override name = 'TooSlowError';
}

/** A record whose core ran out of the worker's heap (the worker dies, the invocation goes on). */
export class OutOfMemoryError extends Error {
  override name = 'OutOfMemoryError';
}

/** The core's work for one object, as it crosses to the worker (structured clone). */
export interface CoreJob {
  bytes: Uint8Array;
  hints: SourceHints;
  options: CoreOptions;
}

/**
 * A core record as the runner hands it over: a clean record's `removed` list may come as a PreparedList (a list
 * too large for any DynamoDB item, written as JSON by the worker).
 */
export type RunnerRecord = CoreRecord | (Omit<CleanDocument, 'removed'> & { removed: PreparedList });

/** What the worker (core-worker.ts) answers a job with. */
export type Reply =
  | { id: number; record: CoreRecord; removed?: PreparedListData }
  | { id: number; error: { name: string; message: string } };

/** workerData.role of a core worker. */
export const WORKER_ROLE = 'copydesk-core';

export interface CoreRunner {
  /**
   * processDocument(job) in the worker; rejects with TooSlowError when not done by `deadline` (epoch ms).
   * `job.bytes` is moved to the worker: do not read it afterwards.
   */
  run(job: CoreJob, deadline: number): Promise<RunnerRecord>;
  /** Starts what `run` will need (the worker thread) ahead of the job, e.g. while its object downloads. */
  warm?(): void;
  close(): Promise<void>;
}

/** The record of a reply, its prepared `removed` list (if any) in place. */
function recordOf(reply: { record: RunnerRecord; removed?: PreparedListData }): RunnerRecord {
  const { record, removed } = reply;
  if (removed === undefined || record.status !== 'clean') return record;
  return { ...record, removed: PreparedList.of(removed) };
}

/**
 * The worker's module: from TypeScript sources core-worker.ts; bundled, core-worker.mjs beside the bundle (the
 * Lambda asset, infra/constructs/bundling.ts, which builds both). The handler's bundle holds no core: only the
 * worker loads it.
 */
export function defaultWorkerEntry(self: string = import.meta.url): URL {
  return new URL(self.endsWith('.ts') ? './core-worker.ts' : `./${CORE_WORKER_FILE}`, self);
}

/** The worker's own bundle, beside the handler's in the Lambda asset (CORE_WORKER_FILE of bundling.ts). */
export const CORE_WORKER_FILE = 'core-worker.mjs';

interface Pending {
  id: number;
  job: CoreJob;
  /** The input's size (the bytes are detached once they move to the worker). */
  size: number;
  deadline: number;
  resolve: (record: RunnerRecord) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export interface WorkerCoreRunnerOptions {
  /** The worker's module (default: defaultWorkerEntry()); it must call serveCoreJobs() when loaded. */
  entry?: URL;
  /** The worker's old-generation heap in MiB (default: from the Lambda's memory, see heapLimitFor). */
  heapLimitMb?: number;
  /** Inputs of at least this many bytes retire their worker once done (default RECYCLE_INPUT_BYTES). */
  recycleInputBytes?: number;
}

/**
 * A worker that has just cleaned an input this large is retired before its record is handed on: its heap still
 * holds the input's garbage (V8 collects when it next allocates, and it allocates nothing while idle), and the
 * handler then builds and writes the record beside it. npm run bench:coldstart's 10 MB of DEV pages peaked at
 * the worker's heap plus the writing (a probe of the same steps in one process: 465-467 MiB kept, 409-421 MiB
 * retired). The next record starts a new worker (~0.15 s), which an input past 2 MB, seconds of work, can pay.
 */
export const RECYCLE_INPUT_BYTES = 2 * 1024 * 1024;

/**
 * The worker's heap cap for a function of `memoryMb` (Lambda's AWS_LAMBDA_FUNCTION_MEMORY_SIZE): 60% of it,
 * so an input that needs more kills the worker (OutOfMemoryError, a failed record) and not the whole
 * container with the batch in it; the rest holds the main thread, the SDK and the input. Undefined (V8's
 * default) outside Lambda.
 */
export function heapLimitFor(memoryMb: number | undefined): number | undefined {
  if (memoryMb === undefined || !Number.isFinite(memoryMb) || memoryMb <= 0) return undefined;
  return Math.max(128, Math.floor(memoryMb * HEAP_SHARE));
}

const HEAP_SHARE = 0.6;

/** One worker, one record at a time; a record past its deadline costs the worker, never the invocation. */
export class WorkerCoreRunner implements CoreRunner {
  private readonly entry: URL;
  private readonly heapLimitMb: number | undefined;
  private readonly recycleInputBytes: number;
  private worker: Worker | undefined;
  private started = 0;
  private running: Pending | undefined;
  private readonly queue: Pending[] = [];
  private nextId = 1;

  constructor(options: WorkerCoreRunnerOptions = {}) {
    this.entry = options.entry ?? defaultWorkerEntry();
    const lambdaMemory = process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE;
    this.heapLimitMb =
      options.heapLimitMb ?? heapLimitFor(lambdaMemory === undefined ? undefined : Number(lambdaMemory));
    this.recycleInputBytes = options.recycleInputBytes ?? RECYCLE_INPUT_BYTES;
  }

  /** Workers started so far (a new one after a timeout, an out-of-memory or a large input). */
  get workersStarted(): number {
    return this.started;
  }

  run(job: CoreJob, deadline: number): Promise<RunnerRecord> {
    return new Promise<RunnerRecord>((resolve, reject) => {
      const pending: Pending = {
        id: this.nextId++,
        job,
        size: job.bytes.byteLength,
        deadline,
        resolve,
        reject,
        timer: setTimeout(() => this.expire(pending), timerDelay(deadline)),
      };
      this.queue.push(pending);
      this.next();
    });
  }

  /** Starts the worker now (its thread and the core's code) so that the next `run` finds it ready. */
  warm(): void {
    const worker = this.ensureWorker();
    // An idle warm worker does not keep the process alive (a job in flight does: `next`).
    if (!this.running) worker.unref();
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private next(): void {
    if (this.running || this.queue.length === 0) return;
    const pending = this.queue.shift() as Pending;
    this.running = pending;
    const worker = this.ensureWorker();
    worker.ref(); // a job in flight keeps the process alive (a script awaiting the handler)
    // The input's memory moves to the worker instead of being copied (10 MB inputs); the caller's bytes
    // are detached afterwards. A view into a larger buffer (Node's pool) is copied out first.
    const { bytes } = pending.job;
    const owned =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    worker.postMessage({ id: pending.id, ...pending.job, bytes: owned }, [owned.buffer as ArrayBuffer]);
  }

  private settle(pending: Pending, outcome: { record: RunnerRecord } | { error: Error }): void {
    clearTimeout(pending.timer);
    if (this.running === pending) this.running = undefined;
    if ('record' in outcome) pending.resolve(outcome.record);
    else pending.reject(outcome.error);
    if (!this.running && this.queue.length === 0) this.worker?.unref();
    this.next();
  }

  private expire(pending: Pending): void {
    const error = new TooSlowError(
      `the core did not finish before the record's deadline (${new Date(pending.deadline).toISOString()})`,
    );
    if (this.running === pending) {
      // Stop the core wherever it is; the next record gets a new worker.
      const worker = this.worker;
      this.worker = undefined;
      void worker?.terminate();
    } else {
      const index = this.queue.indexOf(pending);
      if (index >= 0) this.queue.splice(index, 1);
    }
    this.settle(pending, { error });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = spawn(this.entry, this.heapLimitMb);
    this.started++;
    worker.on('message', (reply: Reply) => {
      const pending = this.running;
      if (!pending || pending.id !== reply.id) return;
      if ('record' in reply && pending.size >= this.recycleInputBytes) {
        // Done: no deadline can strike now. The worker goes (its heap with it) while the record is handed on:
        // waiting for its exit cost 0.1 s of 10 MB's wall time with no lower peak (npm run bench:coldstart).
        this.worker = undefined;
        void worker.terminate();
        this.settle(pending, { record: recordOf(reply) });
      } else if ('record' in reply) this.settle(pending, { record: recordOf(reply) });
      else
        this.settle(pending, {
          error: Object.assign(new Error(reply.error.message), { name: reply.error.name }),
        });
    });
    const lost = (error: Error) => {
      if (this.worker !== worker) return; // terminated on purpose
      this.worker = undefined;
      if (!this.running) return;
      const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.settle(this.running, {
        error: outOfMemory
          ? new OutOfMemoryError(
              `the core ran out of its ${this.heapLimitMb ?? 'default'} MiB heap on this input`,
            )
          : error,
      });
    };
    worker.on('error', (error) => lost(error));
    worker.on('exit', (code) => lost(new Error(`the core's worker thread exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }
}

/** Milliseconds until `deadline`, within what setTimeout accepts (it fires at once past 2^31 - 1). */
function timerDelay(deadline: number): number {
  return Math.min(MAX_TIMER_MS, Math.max(0, deadline - Date.now()));
}

const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The worker's young generation is capped: V8 grows it to ~48 MiB under a 10 MB input's allocation rate, and
 * the pages it holds stay in RSS. Capped at 8 MiB the 10 MB DEV input peaked at 412 MiB instead of 552 MiB
 * (npm run bench:coldstart), for the same CPU time (4.9 s against 5.3 s).
 */
const YOUNG_GENERATION_MB = 8;

function spawn(entry: URL, heapLimitMb: number | undefined): Worker {
  const options = {
    workerData: { role: WORKER_ROLE, entry: entry.href },
    resourceLimits: {
      maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
      ...(heapLimitMb === undefined ? {} : { maxOldGenerationSizeMb: heapLimitMb }),
    },
  };
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, options);
  // From sources: register tsx's loader in the worker before importing the TypeScript entry. Its ESM API
  // is found through tsx's own exports map (require.resolve would give the CommonJS build).
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as TsxManifest;
  const api = exports['./esm/api']?.import.default;
  if (!api) throw new Error('tsx has no ESM API to run the core worker from TypeScript sources');
  const tsx = new URL(api, pathToFileURL(manifest)).href;
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), options);
}

interface TsxManifest {
  exports: Record<string, { import: { default: string } }>;
}

let shared: WorkerCoreRunner | undefined;

/** The process's one core runner (a Lambda container handles one invocation at a time). */
export function sharedCoreRunner(): WorkerCoreRunner {
  shared ??= new WorkerCoreRunner();
  return shared;
}
