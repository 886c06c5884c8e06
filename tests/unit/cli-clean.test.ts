import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../functions/cli/main.ts';
import { capture } from '../support/capture.ts';

describe('copydesk clean', () => {
  it('prints one record as JSON for a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cli-'));
    const file = join(dir, 'a.txt');
    await writeFile(file, 'A headline\n\nThe first paragraph of the article says something useful.\n');
    const out = capture();

    const code = await main(['clean', file], out.stream);

    expect(code).toBe(0);
    const record = JSON.parse(out.text());
    expect(record.status).toBe('clean');
    expect(record.body).toContain('The first paragraph');
  });

  it('writes NAME.json per input with --out, rejected inputs included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cli-'));
    await writeFile(join(dir, 'one.txt'), 'Title\n\nBody text of one.\n');
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'ignored.md'), 'not a txt');
    const outDir = join(dir, 'out');

    const code = await main(['clean', '--out', outDir, dir], capture().stream);

    expect(code).toBe(0);
    expect((await readdir(outDir)).sort()).toEqual(['empty.json', 'one.json']);
    const empty = JSON.parse(await readFile(join(outDir, 'empty.json'), 'utf8'));
    expect(empty).toMatchObject({ status: 'rejected', reason: 'empty' });
  });

  it('exits 2 for an unreadable path', async () => {
    const code = await main(['clean', '/definitely/not/here.txt'], capture().stream);

    expect(code).toBe(2);
  });
});
