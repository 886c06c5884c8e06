/** Tests that need a program npm does not install: skipped with a notice, or failed when CI requires them. */
import { chmod, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from './temp-dirs.ts';
import setup from './tool-notice.ts';
import { REQUIRE_TOOLS_VARIABLE, TOOLS, toolNotices, toolStatus } from './tools.ts';

const MISSING = '/nonexistent/aws';

async function fakeProgram(name: string): Promise<string> {
  const dir = await tempDir('copydesk-tools-');
  const path = join(dir, name);
  await writeFile(path, '#!/bin/sh\nexit 0\n');
  await chmod(path, 0o755);
  return dir;
}

describe('a tool the tests need but npm does not install', () => {
  it('skips the tests that need it, with a notice naming it and how to install it', () => {
    const env = { AWS_CLI: MISSING, PATH: '' };

    const status = toolStatus('aws', env);

    expect(status).toMatchObject({ path: null, run: false });
    expect(status.notice).toMatch(
      /^skipped: .*recipes\.test\.ts.*AWS_CLI=\/nonexistent\/aws.*apt-get install -y awscli/,
    );
  });

  it(`runs them, to fail, when ${REQUIRE_TOOLS_VARIABLE}=1 (CI)`, () => {
    const env = { AWS_CLI: MISSING, PATH: '', [REQUIRE_TOOLS_VARIABLE]: '1' };

    const status = toolStatus('aws', env);

    expect(status).toMatchObject({ path: null, run: true });
    expect(status.notice).toMatch(/^REQUIRED, MISSING: /);
  });

  it('finds the program on PATH and runs the tests without a notice', async () => {
    const dir = await fakeProgram('aws');

    const elsewhere = { ...TOOLS.aws, candidates: ['/nonexistent/usr/bin/aws'] };

    const status = toolStatus('aws', { PATH: dir }, elsewhere);

    expect(status).toEqual({ name: 'aws', path: join(dir, 'aws'), run: true, notice: '' });
  });

  it('prints the notices when the run starts and again after its summary', () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    vi.stubEnv('AWS_CLI', MISSING);
    // CI sets the require variable; this test is about the skip notice of a machine without it.
    vi.stubEnv(REQUIRE_TOOLS_VARIABLE, '');
    try {
      const teardown = setup();
      teardown();
    } finally {
      vi.unstubAllEnvs();
      spy.mockRestore();
    }

    expect(written.filter((line) => line.includes('[copydesk tests] skipped:'))).toHaveLength(2);
  });
});

describe('the notices of this machine', () => {
  it('are empty when every tool is here', async () => {
    const dir = await fakeProgram('aws');

    expect(toolNotices({ PATH: dir })).toEqual([]);
  });
});
