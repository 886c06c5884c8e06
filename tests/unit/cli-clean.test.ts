/** `copydesk clean`: the core on local files, no AWS. */
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanCommand } from '../../functions/cli/clean-command.ts';
import { MIN_FILES_PER_WORKER, workerCount } from '../../functions/cli/clean-pool.ts';
import { main } from '../../functions/cli/main.ts';
import { capture, captureStderr } from '../support/capture.ts';
import { encodeSingleByte } from '../support/single-byte.ts';
import { tempDir } from '../support/temp-dirs.ts';

const ARTICLE =
  'A headline about the harbour\n\nThe first paragraph of the article says something useful about the harbour and the town.\n\n' +
  'A second paragraph adds what the officials said on Monday, with enough words to be kept.\n\nShare this article\n';

let dir: string;
let stderr: () => string;

beforeEach(async () => {
  dir = await tempDir('cli-clean-');
  stderr = captureStderr();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Writes files (path relative to the test folder → text), creating folders. */
async function files(entries: Record<string, string | Uint8Array>): Promise<void> {
  for (const [path, text] of Object.entries(entries)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

/** Every file under a folder, as sorted relative paths. */
async function tree(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

describe('copydesk clean - (standard input)', () => {
  it('cleans what is piped in and prints its record', async () => {
    const out = capture();

    const code = await cleanCommand(['-'], out.stream, Readable.from([Buffer.from(ARTICLE)]));

    expect(code).toBe(0);
    expect(JSON.parse(out.text())).toMatchObject({ status: 'clean', title: 'A headline about the harbour' });
  });

  it('reads the layout from --name as from a file name', async () => {
    const markdown = `# A headline about the harbour\n\n${ARTICLE.split('\n\n').slice(1, 3).join('\n\n')}`;
    const out = capture();

    await cleanCommand(['--name', 'story.md', '-'], out.stream, Readable.from([markdown]));

    expect(JSON.parse(out.text())).toMatchObject({ status: 'clean', format: 'markdown' });
  });

  it('refuses - beside other inputs or with --out, and --name without -', async () => {
    await files({ 'a.txt': ARTICLE });
    const none = Readable.from([]);

    await expect(cleanCommand(['-', join(dir, 'a.txt')], capture().stream, none)).rejects.toThrow(
      "clean: '-' (standard input) is read alone and printed, without --out",
    );
    await expect(cleanCommand(['--out', dir, '-'], capture().stream, none)).rejects.toThrow(/without --out/);
    await expect(
      cleanCommand(['--name', 'a.md', join(dir, 'a.txt')], capture().stream, none),
    ).rejects.toThrow("clean: --name names standard input's file ('-')");
  });
});

describe('copydesk clean --charset', () => {
  const czech = ARTICLE.replace(
    'Share this article',
    'Vláda ve čtvrtek schválila návrh zákona o ochraně životního prostředí a obce dostanou více peněz.\n\nShare this article',
  );

  it('reads the inputs in the encoding it names, as an upload with that Content-Type charset is read', async () => {
    await writeFile(join(dir, 'zprava.txt'), encodeSingleByte(czech, 'windows-1250'));
    const out = capture();

    const code = await main(['clean', '--charset', 'windows-1250', join(dir, 'zprava.txt')], out.stream);

    expect(code).toBe(0);
    const record = JSON.parse(out.text());
    expect(record).toMatchObject({ status: 'clean', encoding: 'windows-1250' });
    expect(record.body).toContain('Vláda ve čtvrtek schválila');
  });

  it('refuses a label that names no encoding', async () => {
    await files({ 'a.txt': ARTICLE });

    const code = await main(['clean', '--charset', 'x-nonsense', join(dir, 'a.txt')], capture().stream);

    expect(code).toBe(2);
    expect(stderr()).toBe('copydesk clean: --charset x-nonsense is no encoding this Node.js knows\n');
  });
});

describe('copydesk clean FILE', () => {
  it('prints one record as JSON', async () => {
    await files({ 'a.txt': ARTICLE });
    const out = capture();

    const code = await main(['clean', join(dir, 'a.txt')], out.stream);

    expect(code).toBe(0);
    expect(JSON.parse(out.text())).toMatchObject({ status: 'clean', title: 'A headline about the harbour' });
  });

  it('prints the record for people with --format text: title, removed lines with their rules, body', async () => {
    await files({ 'a.txt': ARTICLE });
    const out = capture();

    const code = await main(['clean', '--format', 'text', join(dir, 'a.txt')], out.stream);

    expect(code).toBe(0);
    const text = out.text();
    expect(text).toContain(`${join(dir, 'a.txt')}\n  status        clean`);
    expect(text).toMatch(/title\s+A headline about the harbour/);
    expect(text).toMatch(/Removed \(\d+\):\n\s+LINE\s+RULE\s+KIND\s+TEXT\n.*Share this article/);
    expect(text).toContain('Body:\nThe first paragraph of the article');
  });

  it('exits 2 with a one-line reason for an unreadable path', async () => {
    const code = await main(['clean', '/definitely/not/here.txt'], capture().stream);

    expect(code).toBe(2);
    expect(stderr()).toBe('copydesk clean: cannot read /definitely/not/here.txt: no such file or folder\n');
  });
});

describe('copydesk clean FOLDER (no --out)', () => {
  it('prints one JSON record per line, each naming its file, instead of failing on the folder', async () => {
    await files({ 'pages/one.txt': ARTICLE, 'pages/two.txt': '' });
    const out = capture();

    const code = await main(['clean', join(dir, 'pages')], out.stream);

    expect(code).toBe(0);
    const lines = out
      .text()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.file, line.status])).toEqual([
      [join(dir, 'pages', 'one.txt'), 'clean'],
      [join(dir, 'pages', 'two.txt'), 'rejected'],
    ]);
  });

  it('reads text, markdown, HTML and JSON files by default, gzip-compressed or not, and nothing else', async () => {
    await files({
      'mixed/a.txt': ARTICLE,
      'mixed/b.md': ARTICLE,
      'mixed/c.markdown': ARTICLE,
      'mixed/d.html': ARTICLE,
      'mixed/e.htm': ARTICLE,
      'mixed/f.json': JSON.stringify({ url: 'https://example.com/harbour', text: ARTICLE }),
      'mixed/g.html.gz': gzipSync(Buffer.from(ARTICLE)),
      'mixed/h.csv': 'a,b',
    });
    const out = capture();

    await main(['clean', join(dir, 'mixed')], out.stream);

    const records = out
      .text()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records.map((record) => [record.file.slice(dir.length + 1), record.status])).toEqual([
      ['mixed/a.txt', 'clean'],
      ['mixed/b.md', 'clean'],
      ['mixed/c.markdown', 'clean'],
      ['mixed/d.html', 'clean'],
      ['mixed/e.htm', 'clean'],
      ['mixed/f.json', 'clean'],
      ['mixed/g.html.gz', 'clean'],
    ]);
  });
});

describe('copydesk clean --out', () => {
  it('writes one .json per input, rejected inputs included', async () => {
    await files({ 'in/one.txt': ARTICLE, 'in/empty.txt': '' });
    const outDir = join(dir, 'out');

    const code = await main(['clean', '--out', outDir, join(dir, 'in')], capture().stream);

    expect(code).toBe(0);
    expect(await tree(outDir)).toEqual(['empty.json', 'one.json']);
    expect(JSON.parse(await readFile(join(outDir, 'empty.json'), 'utf8'))).toMatchObject({
      status: 'rejected',
      reason: 'empty',
    });
  });

  it("keeps the inputs' relative paths, so files with the same name in two folders both survive", async () => {
    await files({ 'a/story.txt': ARTICLE, 'b/story.txt': '', 'a/story/more.txt': ARTICLE });
    const outDir = join(dir, 'out');

    await main(
      ['clean', '--out', outDir, join(dir, 'a/story.txt'), join(dir, 'b/story.txt'), join(dir, 'a/story')],
      capture().stream,
    );

    expect(await tree(outDir)).toEqual(['a/story.json', 'a/story/more.json', 'b/story.json']);
    expect(JSON.parse(await readFile(join(outDir, 'b/story.json'), 'utf8')).status).toBe('rejected');
  });

  it('refuses two inputs that would write the same file, naming both, and writes nothing', async () => {
    await files({ 'a/story.txt': ARTICLE, 'a/story.md': ARTICLE });
    const outDir = join(dir, 'out');

    const code = await main(['clean', '--out', outDir, join(dir, 'a')], capture().stream);

    expect(code).toBe(2);
    expect(stderr()).toBe(
      `copydesk clean --out: ${join(dir, 'a/story.md')} and ${join(dir, 'a/story.txt')} would both be written to story.json; rename one, or clean them in separate runs\n`,
    );
    await expect(readdir(outDir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('ends with a summary line: files written, clean and rejected by reason', async () => {
    await files({ 'in/one.txt': ARTICLE, 'in/two.txt': ARTICLE, 'in/empty.txt': '' });
    const out = capture();

    await main(['clean', '--out', join(dir, 'out'), join(dir, 'in')], out.stream);

    expect(out.text()).toMatch(
      new RegExp(
        `^cleaned 3 file\\(s\\) into ${join(dir, 'out')}: 2 clean, 1 rejected \\(empty 1\\) in \\d+\\.\\ds\\n$`,
      ),
    );
  });
});

describe('copydesk clean --jobs N (worker threads)', () => {
  /** Enough pages, of several kinds, for two workers: articles, a markdown one, empty and tiny ones. */
  async function pages(count: number): Promise<void> {
    const entries: Record<string, string> = {};
    for (let i = 0; i < count; i++) {
      const name = `p${String(i).padStart(3, '0')}`;
      if (i % 5 === 0) entries[`in/${name}.txt`] = i % 10 === 0 ? '' : 'x';
      else if (i % 7 === 0) entries[`in/sub/${name}.md`] = `# Heading ${i}\n\n${ARTICLE}`;
      else entries[`in/${name}.txt`] = `Story number ${i} of the day\n\n${ARTICLE.repeat(1 + (i % 3))}`;
    }
    await files(entries);
  }

  it('uses worker threads only with at least MIN_FILES_PER_WORKER files for each of two or more', () => {
    expect(workerCount(1, 1000)).toBe(0);
    expect(workerCount(4, 2 * MIN_FILES_PER_WORKER - 1)).toBe(0);
    expect(workerCount(4, 2 * MIN_FILES_PER_WORKER)).toBe(2);
    expect(workerCount(4, 1000)).toBe(4);
  });

  it('writes the same files, byte for byte, and the same summary as one thread', async () => {
    await pages(4 * MIN_FILES_PER_WORKER);
    const one = capture();
    const two = capture();

    await main(['clean', '--jobs', '1', '--out', join(dir, 'one'), join(dir, 'in')], one.stream);
    await main(['clean', '--jobs', '2', '--out', join(dir, 'two'), join(dir, 'in')], two.stream);

    const names = await tree(join(dir, 'one'));
    expect(names).toHaveLength(4 * MIN_FILES_PER_WORKER);
    expect(await tree(join(dir, 'two'))).toEqual(names);
    for (const name of names) {
      expect(await readFile(join(dir, 'two', name), 'utf8')).toBe(
        await readFile(join(dir, 'one', name), 'utf8'),
      );
    }
    const summary = (text: string) => text.replace(/ into \S+/, '').replace(/ in [\d.]+s\n$/, '');
    expect(summary(two.text())).toBe(summary(one.text()));
  });

  it('prints the same lines in the same order to stdout, JSON or text', async () => {
    await pages(3 * MIN_FILES_PER_WORKER);
    for (const format of ['json', 'text']) {
      const one = capture();
      const three = capture();

      await main(['clean', '--format', format, '--jobs', '1', join(dir, 'in')], one.stream);
      await main(['clean', '--format', format, '--jobs', '3', join(dir, 'in')], three.stream);

      expect(three.text()).toBe(one.text());
    }
  });

  it('stops at an unreadable file as one thread does: the files before it written, none after', async () => {
    await pages(4 * MIN_FILES_PER_WORKER);
    await symlink(join(dir, 'nowhere.txt'), join(dir, 'in', 'p010b.txt'));
    const outDir = join(dir, 'out');

    const code = await main(['clean', '--jobs', '2', '--out', outDir, join(dir, 'in')], capture().stream);

    expect(code).toBe(2);
    expect(stderr()).toBe(
      `copydesk clean: cannot read ${join(dir, 'in', 'p010b.txt')}: no such file or folder\n`,
    );
    // A folder's files in name order: p000…p010 (but p007, in sub/, which comes after them all).
    expect(await tree(outDir)).toEqual(
      Array.from({ length: 11 }, (_, i) => `p${String(i).padStart(3, '0')}.json`).filter(
        (name) => name !== 'p007.json',
      ),
    );
  });

  it('refuses a --jobs that is not a positive whole number', async () => {
    await files({ 'a.txt': ARTICLE });

    const code = await main(['clean', '--jobs', '0', join(dir, 'a.txt')], capture().stream);

    expect(code).toBe(2);
    expect(stderr()).toBe('copydesk clean: --jobs takes a positive whole number\n');
  });
});
