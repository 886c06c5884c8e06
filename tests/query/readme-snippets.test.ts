/**
 * The README's SDK snippets as a reader pastes them: every ```ts block of the "Query" chapter, in order,
 * in one file, typechecked with the project's TypeScript (the first block holds the shared imports).
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = join(import.meta.dirname, '..', '..');

/** The ```ts blocks of the README's "Query" chapter. */
async function querySnippets(): Promise<string[]> {
  const readme = await readFile(join(REPO_ROOT, 'README.md'), 'utf8');
  const chapter = readme.slice(readme.indexOf('\n## Query\n')).split(/\n## (?!Query\n)/)[0] as string;
  return [...chapter.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);
}

describe("the README's SDK snippets", () => {
  it('typecheck together as one file, with the shared client and its imports first', async () => {
    const snippets = await querySnippets();
    // Inside the repository, so the snippets' imports resolve to the installed @aws-sdk packages.
    const dir = join(REPO_ROOT, 'node_modules', '.cache', `copydesk-readme-${process.pid}`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'snippets.ts'), snippets.join('\n'));
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2023'],
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [join(REPO_ROOT, 'node_modules', '@types')],
        },
        files: ['snippets.ts'],
      }),
    );

    const result = await promisify(execFile)(join(REPO_ROOT, 'node_modules', '.bin', 'tsc'), ['-p', dir], {
      cwd: dir,
    }).then(
      () => ({ code: 0, output: '' }),
      (error: { code: number; stdout: string }) => ({ code: error.code, output: error.stdout }),
    );
    await rm(dir, { recursive: true, force: true });

    expect(snippets.length).toBeGreaterThanOrEqual(8);
    expect(result).toEqual({ code: 0, output: '' });
  });
});
