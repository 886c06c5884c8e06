/** `copydesk clean`: run the core on local files, no AWS involved. */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { processDocument } from '../core/pipeline.ts';
import { UsageError } from './usage-error.ts';

export const CLEAN_HELP = `Usage: copydesk clean [--url URL] FILE
       copydesk clean --out DIR FILE_OR_DIR...

Runs the cleaning core on local files; no AWS involved.

  FILE                print the record as JSON on stdout
  --out DIR           write one NAME.json per input into DIR (a directory input means
                      every *.txt in it; NAME is the file name without .txt)
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
    throw new UsageError('clean: give a FILE (or --out DIR and files or folders)');
  const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes']);
  if (maxBytes !== undefined && !(Number.isInteger(maxBytes) && maxBytes > 0)) {
    throw new UsageError('clean: --max-bytes takes a positive whole number');
  }
  const hints = { url: values.url ?? null };

  if (values.out === undefined) {
    if (positionals.length !== 1) throw new UsageError('clean: without --out, give exactly one FILE');
    const file = positionals[0]!;
    const record = processDocument(await readInput(file), { ...hints, name: file }, { maxBytes });
    out.write(`${JSON.stringify(record, null, 2)}\n`);
    return 0;
  }

  const files = (await Promise.all(positionals.map(expandInput))).flat();
  await mkdir(values.out, { recursive: true });
  for (const file of files) {
    const record = processDocument(await readInput(file), { ...hints, name: file }, { maxBytes });
    const name = basename(file).replace(/\.txt$/, '');
    await writeFile(join(values.out, `${name}.json`), `${JSON.stringify(record)}\n`);
  }
  return 0;
}

async function expandInput(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => {
    throw new UsageError(`clean: cannot read ${path}: no such file or directory`);
  });
  if (!info.isDirectory()) return [path];
  const names = (await readdir(path)).filter((name) => name.endsWith('.txt')).sort();
  return names.map((name) => join(path, name));
}

async function readInput(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`clean: cannot read ${path}: ${code}`);
  }
}
