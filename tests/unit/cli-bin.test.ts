/** The copydesk command starts from a built bundle, rebuilt when a source file changes (build.ts, bin.mjs). */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildCli } from '../../functions/cli/build.ts';
import { BUNDLE_DIR, bundleIsFresh } from '../../functions/cli/bundle.mjs';
import { VERSION_LINE } from '../../functions/cli/main.ts';
import { tempDir } from '../support/temp-dirs.ts';

const REPO_ROOT = join(import.meta.dirname, '..', '..');

/** A repository-shaped folder with a bundle built at `builtAt` from one source file. */
async function fakeBuild(builtAt: number): Promise<{ root: string; source: string }> {
  const root = await tempDir('copydesk-bundle-');
  await mkdir(join(root, BUNDLE_DIR), { recursive: true });
  await mkdir(join(root, 'functions'));
  const source = join(root, 'functions', 'a.ts');
  await writeFile(source, 'export {};\n');
  await utimes(source, new Date(builtAt - 10_000), new Date(builtAt - 10_000));
  await writeFile(join(root, BUNDLE_DIR, 'main.js'), '');
  await writeFile(
    join(root, BUNDLE_DIR, 'build.json'),
    JSON.stringify({ builtAt, inputs: ['functions/a.ts'] }),
  );
  return { root, source };
}

describe('the CLI bundle', () => {
  it('is fresh while no source file changed since it was built', async () => {
    const { root } = await fakeBuild(Date.now());

    expect(bundleIsFresh(root)).toBe(true);
  });

  it('is stale once a source file is newer than the build', async () => {
    const builtAt = Date.now() - 60_000;
    const { root, source } = await fakeBuild(builtAt);
    await utimes(source, new Date(), new Date());

    expect(bundleIsFresh(root)).toBe(false);
  });

  it('is stale when a file it was built from is gone, or when there is no build', async () => {
    const { root } = await fakeBuild(Date.now());
    const empty = await tempDir('copydesk-nobundle-');
    await writeFile(
      join(root, BUNDLE_DIR, 'build.json'),
      JSON.stringify({ builtAt: Date.now(), inputs: ['gone.ts'] }),
    );

    expect([bundleIsFresh(root), bundleIsFresh(empty)]).toEqual([false, false]);
  });

  it('builds from the sources, listing each one the CLI loads, with the lexicon beside the code', async () => {
    const outDir = join(await tempDir('copydesk-build-'), 'cli');

    const info = await buildCli(outDir);

    expect(info.inputs).toEqual(
      expect.arrayContaining([
        'functions/cli/main.ts',
        'functions/core/pipeline.ts',
        'infra/local/data-folder.ts',
        'node_modules/.package-lock.json',
      ]),
    );
    expect(existsSync(join(outDir, 'main.js'))).toBe(true);
    // /\p{…}/u literals stay literals, not a `new RegExp("\\p{…}")` built at every call (build.ts `supported`).
    const code = readdirSync(outDir)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(join(outDir, name), 'utf8'))
      .join('\n');
    expect(code).toMatch(/\/[^/\n]*\\p\{Lu/);
    expect(code).not.toMatch(/new RegExp\("[^"]*\\\\p\{/);
    expect(readFileSync(join(outDir, 'lexicon.json'))).toEqual(
      readFileSync(join(REPO_ROOT, 'functions/core/metadata/lexicon.json')),
    );
  });

  it('runs as `copydesk`: bin.mjs answers --version from the bundle with nothing on stderr', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['functions/cli/bin.mjs', '--version'],
      {
        cwd: REPO_ROOT,
      },
    );

    expect([stdout, stderr]).toEqual([`${VERSION_LINE}\n`, '']);
    expect(bundleIsFresh(REPO_ROOT)).toBe(true);
  });
});
