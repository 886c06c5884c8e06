/**
 * npm run bench:compare [CORPUS] — copydesk against Mozilla Readability + linkedom, side by side, whole
 * processes, in one run (issue 14, item 4).
 *
 * - copydesk: `node functions/cli/bin.mjs clean --out TMP CORPUS` over the corpus's NAME.txt files, with
 *   `--jobs 1` (one thread cleaning, as the Readability side is one process on one thread; also the default
 *   on 2 cores, see clean-pool.ts defaultJobs) and with `--jobs CORES` (a worker thread per core);
 * - Readability: `node tests/bench/readability-run.mjs CORPUS TMP` over the same pages' NAME.html.gz
 *   (parse with linkedom, extract with Readability, write NAME.json);
 * - the CLI's start time: `copydesk --version`, median of START_RUNS fresh processes (and through npx).
 *
 * Each side runs RUNS times, alternating, after one untimed warm-up of each (file cache, the CLI bundle).
 * Wall time is what a user waits; CPU time (user + system, reported by each process at exit through
 * cpu-report.mjs) is the work done, and holds on a machine shared with other jobs. Target: copydesk
 * ≥ 10× faster; CLI start ≤ 300 ms. CORPUS defaults to ../shared/bench/dev.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
const CORPUS = resolve(process.argv[2] ?? join(REPO_ROOT, '..', 'shared', 'bench', 'dev'));
const RUNS = Number(process.env.RUNS ?? 3);
const START_RUNS = Number(process.env.START_RUNS ?? 11);
const BIN = join(REPO_ROOT, 'functions', 'cli', 'bin.mjs');
const CPU_REPORT = join(REPO_ROOT, 'tests', 'bench', 'cpu-report.mjs');

interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** Runs `node ARGS` as its own process; its wall time here, its CPU time as it reports it. */
function timeNode(args: string[]): Timing {
  const scratch = mkdtempSync(join(tmpdir(), 'copydesk-compare-'));
  const report = join(scratch, 'cpu.json');
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', CPU_REPORT, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, COPYDESK_CPU_REPORT: report },
    encoding: 'utf8',
  });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${result.stderr}`);
  const { cpuMs } = JSON.parse(readFileSync(report, 'utf8')) as { cpuMs: number };
  rmSync(scratch, { recursive: true, force: true });
  return { wallMs, cpuMs };
}

function timeCommand(command: string, args: string[]): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const files = readdirSync(CORPUS);
const texts = files.filter((name) => name.endsWith('.txt')).length;
const htmls = files.filter((name) => name.endsWith('.html.gz')).length;
if (texts === 0 || htmls === 0) throw new Error(`${CORPUS}: needs NAME.txt and NAME.html.gz pages`);

const out = mkdtempSync(join(tmpdir(), 'copydesk-compare-out-'));
const jobs = availableParallelism();
// The corpus's NAME.txt files only: the folder also holds each page's NAME.html.gz, which the default suffixes take.
const copydesk = () =>
  timeNode([
    BIN,
    'clean',
    '--jobs',
    String(jobs),
    '--suffixes',
    '.txt',
    '--out',
    join(out, 'copydesk'),
    CORPUS,
  ]);
const copydeskOne = () =>
  timeNode([BIN, 'clean', '--jobs', '1', '--suffixes', '.txt', '--out', join(out, 'copydesk-1'), CORPUS]);
const readability = () =>
  timeNode([join(REPO_ROOT, 'tests', 'bench', 'readability-run.mjs'), CORPUS, join(out, 'readability')]);

console.log(
  `bench:compare on ${CORPUS}: ${texts} text pages (copydesk) / ${htmls} HTML pages (Readability); ` +
    `${cpus().length} cores, load ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')}; ${RUNS} runs each after a warm-up`,
);

// CLI start: the bundle is built (or found fresh) by the warm-up run.
timeNode([BIN, '--version']);
const starts = Array.from({ length: START_RUNS }, () => timeNode([BIN, '--version']).wallMs);
const npxStarts = Array.from({ length: 5 }, () =>
  timeCommand('npx', ['--no-install', 'copydesk', '--version']),
);
console.log(
  `CLI start (copydesk --version, whole process): median ${median(starts).toFixed(0)} ms ` +
    `(min ${Math.min(...starts).toFixed(0)}, max ${Math.max(...starts).toFixed(0)}, ${START_RUNS} runs; target ≤ 300 ms); ` +
    `through npx: median ${median(npxStarts).toFixed(0)} ms (npm's own start included)`,
);

copydesk();
copydeskOne();
readability();
const ours: Timing[] = [];
const oursOne: Timing[] = [];
const theirs: Timing[] = [];
for (let run = 0; run < RUNS; run++) {
  ours.push(copydesk());
  oursOne.push(copydeskOne());
  theirs.push(readability());
}
const row = (name: string, pages: number, timings: Timing[]) => {
  const wall = median(timings.map((timing) => timing.wallMs));
  const cpu = median(timings.map((timing) => timing.cpuMs));
  return `${name.padEnd(34)} wall ${(wall / 1000).toFixed(2).padStart(6)} s (${(wall / pages).toFixed(2)} ms/page)   CPU ${(cpu / 1000).toFixed(2).padStart(6)} s (${(cpu / pages).toFixed(2)} ms/page)`;
};
console.log(row(`copydesk clean --out --jobs ${jobs}`, texts, ours));
console.log(row('copydesk clean --out --jobs 1', texts, oursOne));
console.log(row('Readability + linkedom (HTML)', htmls, theirs));
const ratio = (pick: (timing: Timing) => number, timings: Timing[]) =>
  (median(theirs.map(pick)) / htmls / (median(timings.map(pick)) / texts)).toFixed(2);
for (const [name, timings] of [
  [`--jobs ${jobs}`, ours],
  ['--jobs 1', oursOne],
] as const) {
  console.log(
    `ratio (Readability / copydesk ${name}, per page): wall ${ratio((t) => t.wallMs, timings)}×, CPU ${ratio((t) => t.cpuMs, timings)}× (target ≥ 10×; Readability runs in one process on one thread)`,
  );
}
rmSync(out, { recursive: true, force: true });
