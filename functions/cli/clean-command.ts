/** `copydesk clean`: run the core on local files, no AWS involved. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { knownEncoding } from '../core/decode.ts';
import { RAW_SUFFIXES_DEFAULT } from '../shared/definitions.ts';
import { type CleanedFile, type CleanSettings, cleanBytes, cleanFile } from './clean-file.ts';
import { expandInputs, planOutputs } from './clean-inputs.ts';
import { cleanOnWorkers, defaultJobs, MIN_FILES_PER_WORKER, workerCount } from './clean-pool.ts';
import { isTerminal } from './output.ts';
import { formatDuration } from './progress.ts';
import { UsageError } from './usage-error.ts';

export const CLEAN_HELP = `Usage: copydesk clean [options] FILE_OR_FOLDER...

Runs the cleaning core on local files; no AWS involved. A folder means every file in it (and in its
sub-folders) ending in ${RAW_SUFFIXES_DEFAULT.join(', ')}.

Without --out the records go to stdout:
  one FILE            the record as indented JSON
  several, or FOLDER  one JSON record per line, each with "file" (the input's path) first
  -                   standard input, alone (a scraper piped in): the record as indented JSON

  --out DIR           write one .json per input into DIR, keeping the inputs' paths below their
                      common folder (a/story.txt -> DIR/a/story.json); two inputs that would write
                      the same file are refused before anything is written; ends with a summary line
  --format text       print each record for people: title, metadata, the removed lines with their
                      rules (as 'copydesk show' does), then the body (not with --out)
  --suffixes LIST     comma-separated suffixes read from folders (default ${RAW_SUFFIXES_DEFAULT.join(',')})
  --url URL           source URL of the page (as S3 object metadata would give it)
  --name NAME         with -: the input's file name, whose extension settles its layout as a
                      file's does (page.html, notes.md; default: read from the bytes alone)
  --charset LABEL     the inputs' encoding when they are not UTF-8 (as an upload's Content-Type
                      charset would give it: windows-1250, iso-8859-2, koi8-r, shift_jis…); without
                      it the core reads a declaration in the page, else guesses
  --max-bytes N       reject inputs larger than N bytes (default: no limit)
  --jobs N            clean on N worker threads at once (default: the machine's cores but one, for V8's
                      compiler; here ${defaultJobs()}); the output is the same, in the same order;
                      ${MIN_FILES_PER_WORKER} files at least per worker, one thread below ${MIN_FILES_PER_WORKER * 2}
  -h, --help          show this help

Every readable input gets a record (clean or rejected) and the exit code is 0;
an unreadable path or bad usage exits 2 with a one-line reason on stderr.`;

export async function cleanCommand(
  argv: string[],
  out: NodeJS.WritableStream,
  input: AsyncIterable<Uint8Array | string> = process.stdin,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      format: { type: 'string' },
      suffixes: { type: 'string' },
      url: { type: 'string' },
      name: { type: 'string' },
      charset: { type: 'string' },
      'max-bytes': { type: 'string' },
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out.write(`${CLEAN_HELP}\n`);
    return 0;
  }
  if (positionals.length === 0)
    throw new UsageError('clean: give a FILE or FOLDER (see copydesk clean --help)');
  const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
  if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) {
    throw new UsageError('clean: --max-bytes takes a positive whole number');
  }
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!(Number.isInteger(jobs) && jobs > 0))
    throw new UsageError('clean: --jobs takes a positive whole number');
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'text') throw new UsageError('clean: --format takes json or text');
  if (format === 'text' && values.out !== undefined) {
    throw new UsageError('clean: --format text prints to the terminal; --out writes JSON files');
  }
  if (values.charset !== undefined && knownEncoding(values.charset) === null)
    throw new UsageError(`clean: --charset ${values.charset} is no encoding this Node.js knows`);
  const suffixes = values.suffixes === undefined ? RAW_SUFFIXES_DEFAULT : parseSuffixes(values.suffixes);
  const settings = (mode: CleanSettings['mode']): CleanSettings => ({
    mode,
    url: values.url ?? null,
    charset: values.charset ?? null,
    maxBytes,
    terminal: isTerminal(out),
  });

  if (positionals.includes(STDIN)) {
    if (positionals.length > 1 || values.out !== undefined)
      throw new UsageError("clean: '-' (standard input) is read alone and printed, without --out");
    const file = cleanBytes(
      await buffer(input),
      values.name ?? STDIN,
      settings(format === 'text' ? 'text' : 'single'),
    );
    out.write(file.text);
    return 0;
  }
  if (values.name !== undefined) throw new UsageError("clean: --name names standard input's file ('-')");

  const started = performance.now();
  const { inputs, folders } = await expandInputs(positionals, suffixes, values.out ?? null);
  if (values.out === undefined) {
    const single = positionals.length === 1 && folders === 0;
    const mode = format === 'text' ? 'text' : single ? 'single' : 'lines';
    await cleanAll(
      inputs.map((input) => input.path),
      settings(mode),
      jobs,
      (_, file) => out.write(file.text),
    );
    if (inputs.length === 0) process.stderr.write(noFilesMessage(suffixes));
    return 0;
  }

  const outDir = values.out;
  const planned = planOutputs(inputs, suffixes);
  const counts = new Map<string, number>();
  // Each output folder is made once (a recursive mkdir per file was ~1 ms of the process's time a page).
  const made = new Set<string>();
  await cleanAll(
    planned.map((input) => input.path),
    settings('out'),
    jobs,
    (index, file) => {
      const target = join(outDir, (planned[index] as (typeof planned)[number]).output);
      const folder = dirname(target);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      writeFileSync(target, file.text);
      counts.set(file.outcome, (counts.get(file.outcome) ?? 0) + 1);
    },
  );
  if (planned.length === 0) process.stderr.write(noFilesMessage(suffixes));
  out.write(`${summaryLine(planned.length, outDir, counts, (performance.now() - started) / 1000)}\n`);
  return 0;
}

/**
 * Every file cleaned and handed to `take` in order: on worker threads when --jobs and the number of
 * files make it worth it (clean-pool.ts), else here. Reads and writes are synchronous: one file at a
 * time either way, and a promise per file left the process idle between pages (bench:compare).
 */
async function cleanAll(
  paths: readonly string[],
  settings: CleanSettings,
  jobs: number,
  take: (index: number, file: CleanedFile) => void,
): Promise<void> {
  const workers = settings.mode === 'single' ? 0 : workerCount(jobs, paths.length);
  if (workers > 0) return cleanOnWorkers(paths, settings, workers, take);
  for (const [index, path] of paths.entries()) take(index, cleanFile(path, settings));
}

/** `cleaned 370 file(s) into out/: 362 clean, 8 rejected (empty 5, binary 3) in 4.2s`. */
export function summaryLine(
  files: number,
  outDir: string,
  counts: Map<string, number>,
  seconds: number,
): string {
  const clean = counts.get('clean') ?? 0;
  const reasons = [...counts]
    .filter(([outcome]) => outcome !== 'clean')
    .map(([outcome, count]) => [outcome.replace(/^rejected /, ''), count] as const)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const rejected = reasons.reduce((sum, [, count]) => sum + count, 0);
  const detail =
    reasons.length > 0 ? ` (${reasons.map(([reason, count]) => `${reason} ${count}`).join(', ')})` : '';
  const time = seconds < 10 ? `${seconds.toFixed(1)}s` : formatDuration(seconds);
  return `cleaned ${files} file(s) into ${outDir}: ${clean} clean, ${rejected} rejected${detail} in ${time}`;
}

function parseSuffixes(value: string): string[] {
  const suffixes = value
    .split(',')
    .map((suffix) => suffix.trim())
    .filter(Boolean);
  if (suffixes.length === 0)
    throw new UsageError('clean: --suffixes takes a comma-separated list, e.g. .txt,.md');
  return suffixes;
}

function noFilesMessage(suffixes: readonly string[]): string {
  return `copydesk clean: no file ending in ${suffixes.join(', ')} in the folder(s) given\n`;
}

/** The input name that means standard input. */
const STDIN = '-';
