/** `copydesk clean`: run the core on local files, no AWS involved. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { type CoreRecord, processDocument } from '../core/pipeline.ts';
import { RAW_SUFFIXES_DEFAULT } from '../shared/definitions.ts';
import { describeFsError, expandInputs, planOutputs } from './clean-inputs.ts';
import { isTerminal } from './output.ts';
import { formatDuration } from './progress.ts';
import { formatRecord, type Removed } from './record-text.ts';
import { UsageError } from './usage-error.ts';

export const CLEAN_HELP = `Usage: copydesk clean [options] FILE_OR_FOLDER...

Runs the cleaning core on local files; no AWS involved. A folder means every file in it (and in its
sub-folders) ending in ${RAW_SUFFIXES_DEFAULT.join(', ')}.

Without --out the records go to stdout:
  one FILE            the record as indented JSON
  several, or FOLDER  one JSON record per line, each with "file" (the input's path) first

  --out DIR           write one .json per input into DIR, keeping the inputs' paths below their
                      common folder (a/story.txt -> DIR/a/story.json); two inputs that would write
                      the same file are refused before anything is written; ends with a summary line
  --format text       print each record for people: title, metadata, the removed lines with their
                      rules (as 'copydesk show' does), then the body (not with --out)
  --suffixes LIST     comma-separated suffixes read from folders (default ${RAW_SUFFIXES_DEFAULT.join(',')})
  --url URL           source URL of the page (as S3 object metadata would give it)
  --max-bytes N       reject inputs larger than N bytes (default: no limit)
  -h, --help          show this help

Every readable input gets a record (clean or rejected) and the exit code is 0;
an unreadable path or bad usage exits 2 with a one-line reason on stderr.`;

export async function cleanCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      format: { type: 'string' },
      suffixes: { type: 'string' },
      url: { type: 'string' },
      'max-bytes': { type: 'string' },
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
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'text') throw new UsageError('clean: --format takes json or text');
  if (format === 'text' && values.out !== undefined) {
    throw new UsageError('clean: --format text prints to the terminal; --out writes JSON files');
  }
  const suffixes = values.suffixes === undefined ? RAW_SUFFIXES_DEFAULT : parseSuffixes(values.suffixes);
  const hints = { url: values.url ?? null };
  // The file name is the core's hint for the layout (.md, .html…), as the object key is in the handler.
  // Reads and writes are synchronous: one file at a time either way, and a promise per file left the
  // process idle between pages (bench:compare).
  const cleanFile = (path: string) =>
    processDocument(readInput(path), { ...hints, name: path }, { maxBytes });

  const started = performance.now();
  const { inputs, folders } = await expandInputs(positionals, suffixes, values.out ?? null);
  if (values.out === undefined) {
    const single = positionals.length === 1 && folders === 0;
    for (const input of inputs) {
      const record = cleanFile(input.path);
      if (format === 'text') out.write(recordText(input.path, record, isTerminal(out)));
      else if (single) out.write(`${JSON.stringify(record, null, 2)}\n`);
      else out.write(`${JSON.stringify({ file: input.path, ...record })}\n`);
    }
    if (inputs.length === 0) process.stderr.write(noFilesMessage(suffixes));
    return 0;
  }

  const planned = planOutputs(inputs, suffixes);
  const counts = new Map<string, number>();
  // Each output folder is made once (a recursive mkdir per file was ~1 ms of the process's time a page).
  const made = new Set<string>();
  for (const input of planned) {
    const record = cleanFile(input.path);
    const target = join(values.out, input.output);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, `${JSON.stringify(record)}\n`);
    const outcome = record.status === 'clean' ? 'clean' : `rejected ${record.reason}`;
    counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  }
  if (planned.length === 0) process.stderr.write(noFilesMessage(suffixes));
  out.write(`${summaryLine(planned.length, values.out, counts, (performance.now() - started) / 1000)}\n`);
  return 0;
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

function recordText(path: string, record: CoreRecord, terminal: boolean): string {
  const removed = (record.status === 'clean' ? record.removed : []) as Removed[];
  const text = formatRecord({ id: path, ...record }, removed, terminal);
  return record.status === 'clean' ? `${text}\nBody:\n${record.body}\n\n` : `${text}\n`;
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

function readInput(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UsageError(`clean: cannot read ${path}: ${describeFsError(error as NodeJS.ErrnoException)}`);
  }
}
