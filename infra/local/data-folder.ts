/**
 * The local data folder of a watch-mode stack (`npm start -- --watch`, `.local/` unless `--data-dir`):
 * its layout, the `endpoints.json` it publishes, and how a `copydesk` command finds a running stack.
 * The one owner of this contract: the local stack writes through it, the CLI reads through it.
 *
 *   DIR/endpoints.json        where the running stack listens (LocalEndpoints), written at start-up
 *   DIR/s3/, DIR/dynamodb/    the emulators' data, kept across restarts
 *   DIR/dead-letters.jsonl    messages that failed every delivery (dead-letters.ts)
 *   DIR/redrive/              dead letters handed back by `copydesk dlq redrive` (dead-letters.ts)
 *   DIR/reprocess-*.json      checkpoints of interrupted `copydesk reprocess` runs
 *
 * A running watch-mode stack also registers itself (its pid and data folder) in a per-user folder of
 * running stacks, so the CLI finds it whatever its data folder and whatever the current directory.
 * Kept free of the emulators (dev dependencies): the CLI imports this module.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { LOCAL } from '../../functions/shared/definitions.ts';

/** Names inside a data folder. */
export const DATA_FOLDER_FILES = {
  endpoints: 'endpoints.json',
  deadLetters: 'dead-letters.jsonl',
  redriveInbox: 'redrive',
  s3: 's3',
  dynamodb: 'dynamodb',
} as const;

/** What a watch-mode stack publishes in `endpoints.json`. */
export interface LocalEndpoints {
  s3Endpoint: string;
  dynamoEndpoint: string;
  rawBucket: string;
  cleanBucket: string;
  table: string;
  queue?: string;
  deadLetterQueue?: string;
  prefix: string;
  /** The process serving the stack; a file whose process is gone describes a stopped stack. */
  pid?: number;
  /** The SQS-compatible endpoint in front of the local bridge (queue-endpoint.ts). */
  queueUrl?: string;
}

/** Environment variable overriding where running stacks register (tests use their own folder). */
export const RUNTIME_DIR_VARIABLE = 'COPYDESK_RUNTIME_DIR';

export interface Discovery {
  /** The current directory, whose `.local/` is looked at first. */
  cwd?: string;
  /** The folder of running-stack registrations. */
  runtimeDir?: string;
}

/** A data folder with its endpoints file. */
export interface FoundStack {
  dataDir: string;
  endpoints: LocalEndpoints;
  /** Whether the process that wrote it is alive. */
  running: boolean;
}

export function defaultDataDir(cwd: string = process.cwd()): string {
  return resolve(cwd, LOCAL.dataDir);
}

export function endpointsFile(dataDir: string): string {
  return join(dataDir, DATA_FOLDER_FILES.endpoints);
}

export function deadLettersFile(dataDir: string): string {
  return join(dataDir, DATA_FOLDER_FILES.deadLetters);
}

export function redriveInbox(dataDir: string): string {
  return join(dataDir, DATA_FOLDER_FILES.redriveInbox);
}

export function reprocessCheckpointFile(dataDir: string, jobDigest: string): string {
  return join(dataDir, `reprocess-${jobDigest}.json`);
}

export function runtimeDir(env: Record<string, string | undefined> = process.env): string {
  const override = env[RUNTIME_DIR_VARIABLE];
  if (override) return resolve(override);
  let user: string;
  try {
    user = String(userInfo().uid);
  } catch {
    user = 'user';
  }
  return join(tmpdir(), `copydesk-${user}`, 'running');
}

export function writeEndpoints(dataDir: string, endpoints: LocalEndpoints): void {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(endpointsFile(dataDir), `${JSON.stringify(endpoints, null, 2)}\n`);
}

export function readEndpoints(dataDir: string): LocalEndpoints | null {
  try {
    return JSON.parse(readFileSync(endpointsFile(dataDir), 'utf8')) as LocalEndpoints;
  } catch {
    return null;
  }
}

/** The stack published in a data folder, or null when it has no endpoints file. */
export function stackIn(dataDir: string): FoundStack | null {
  const endpoints = readEndpoints(dataDir);
  if (!endpoints) return null;
  return { dataDir: resolve(dataDir), endpoints, running: isAlive(endpoints.pid) };
}

/**
 * Registers a running stack (this process) so the CLI finds it from anywhere; returns the function
 * that removes the registration (call it on stop). A registration whose process died is ignored and
 * cleaned up by the next lookup.
 */
export function registerRunningStack(dataDir: string, options: Discovery = {}): () => void {
  const dir = options.runtimeDir ?? runtimeDir();
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${process.pid}.json`);
  writeFileSync(file, `${JSON.stringify({ pid: process.pid, dataDir: resolve(dataDir) })}\n`);
  return () => rmSync(file, { force: true });
}

/** Every registered stack whose process is alive and whose data folder still says so. */
export function runningStacks(options: Discovery = {}): FoundStack[] {
  const dir = options.runtimeDir ?? runtimeDir();
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  const found: FoundStack[] = [];
  for (const name of names.sort()) {
    const file = join(dir, name);
    let entry: { pid?: number; dataDir?: string };
    try {
      entry = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    const stack = typeof entry.dataDir === 'string' ? stackIn(entry.dataDir) : null;
    if (!isAlive(entry.pid) || !stack?.running || stack.endpoints.pid !== entry.pid) {
      rmSync(file, { force: true }); // left by a stack that was killed
      continue;
    }
    found.push(stack);
  }
  return found.sort((a, b) => (a.dataDir < b.dataDir ? -1 : a.dataDir > b.dataDir ? 1 : 0));
}

/**
 * The running local stack a command means when it names none: the current directory's `.local/` if its
 * stack is running, else the one registered running stack. Several running stacks: null, and
 * `candidates` lists them so the caller can ask for `--data-dir`.
 */
export function findRunningStack(options: Discovery = {}): {
  stack: FoundStack | null;
  candidates: FoundStack[];
} {
  const here = stackIn(defaultDataDir(options.cwd));
  if (here?.running) return { stack: here, candidates: [here] };
  const running = runningStacks(options);
  return { stack: running.length === 1 ? (running[0] as FoundStack) : null, candidates: running };
}

export function isAlive(pid: number | undefined): boolean {
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
