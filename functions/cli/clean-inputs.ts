/**
 * Which files `copydesk clean` reads, and where `--out` writes each record: the inputs' paths below
 * their deepest common folder, the suffix replaced by `.json`, so `a/story.txt` and `b/story.txt`
 * become `OUT/a/story.json` and `OUT/b/story.json`. Two inputs that would write the same file are
 * refused before anything is written.
 */
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from './usage-error.ts';

export interface CleanInput {
  /** The path as the user wrote it (or below the folder they named), for messages and output lines. */
  path: string;
  /** Absolute path, to find the same file given twice. */
  absolute: string;
}

export interface PlannedOutput extends CleanInput {
  /** Where the record goes, relative to the --out folder. */
  output: string;
}

/** Folders never walked into: version control, dependencies, and hidden folders in general. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/**
 * The files named, and those under the folders named whose names end in one of `suffixes` (walked
 * recursively; hidden folders, node_modules and `skip` left out), each once, in the order given
 * (a folder's files sorted by path).
 */
export async function expandInputs(
  paths: readonly string[],
  suffixes: readonly string[],
  skip: string | null = null,
): Promise<{ inputs: CleanInput[]; folders: number }> {
  const seen = new Set<string>();
  const inputs: CleanInput[] = [];
  let folders = 0;
  const add = (path: string) => {
    const absolute = resolve(path);
    if (seen.has(absolute)) return;
    seen.add(absolute);
    inputs.push({ path, absolute });
  };
  for (const path of paths) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`clean: cannot read ${path}: ${describeFsError(error)}`);
    });
    if (!info.isDirectory()) {
      add(path);
      continue;
    }
    folders += 1;
    for (const file of await walk(path, suffixes, skip === null ? null : resolve(skip))) add(file);
  }
  return { inputs, folders };
}

async function walk(folder: string, suffixes: readonly string[], skip: string | null): Promise<string[]> {
  const files: string[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
      if (skip !== null && resolve(path) === skip) continue;
      files.push(...(await walk(path, suffixes, skip)));
    } else if (suffixes.some((suffix) => entry.name.endsWith(suffix))) {
      files.push(path);
    }
  }
  return files;
}

/**
 * Output paths for `--out`: each input's path below the inputs' deepest common folder, its suffix
 * (the longest of `suffixes` it ends with, else none) replaced by `.json`. Throws a UsageError naming
 * both inputs when two would write the same file.
 */
export function planOutputs(inputs: readonly CleanInput[], suffixes: readonly string[]): PlannedOutput[] {
  const base = commonFolder(inputs.map((input) => dirname(input.absolute)));
  const byOutput = new Map<string, CleanInput>();
  return inputs.map((input) => {
    const below = relative(base, input.absolute);
    const suffix = [...suffixes]
      .sort((a, b) => b.length - a.length)
      .find((candidate) => below.endsWith(candidate) && below.length > candidate.length);
    const output = `${suffix ? below.slice(0, -suffix.length) : below}.json`;
    const earlier = byOutput.get(output);
    if (earlier) {
      throw new UsageError(
        `clean --out: ${earlier.path} and ${input.path} would both be written to ${output}; ` +
          'rename one, or clean them in separate runs',
      );
    }
    byOutput.set(output, input);
    return { ...input, output };
  });
}

/** The deepest folder containing all the given (absolute) folders. */
export function commonFolder(folders: readonly string[]): string {
  if (folders.length === 0) return resolve('.');
  let common = (folders[0] as string).split(sep);
  for (const folder of folders.slice(1)) {
    const parts = folder.split(sep);
    let same = 0;
    while (same < common.length && same < parts.length && common[same] === parts[same]) same += 1;
    common = common.slice(0, same);
  }
  return common.join(sep) || sep;
}

export function describeFsError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'a folder, not a file';
    default:
      return error.code ?? error.message;
  }
}
