/** How copydesk finds the running local stack (infra/local/data-folder.ts, functions/cli/target.ts). */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLocalStack, resolveTarget } from '../../functions/cli/target.ts';
import { type LocalEndpoints, registerRunningStack, writeEndpoints } from '../../infra/local/data-folder.ts';
import { tempDir } from '../support/temp-dirs.ts';

const DEAD_PID = 2 ** 22 + 12345;

function endpoints(pid: number): LocalEndpoints {
  return {
    s3Endpoint: 'http://127.0.0.1:1',
    dynamoEndpoint: 'http://127.0.0.1:2',
    rawBucket: 'copydesk-local-raw',
    cleanBucket: 'copydesk-local-clean',
    table: 'copydesk-local-records',
    prefix: 'raw/',
    pid,
  };
}

async function folders() {
  const root = await tempDir('copydesk-discovery-');
  return { cwd: join(root, 'somewhere'), runtimeDir: join(root, 'running'), root };
}

describe('finding the running local stack', () => {
  it('finds the one registered stack, whatever its data folder and the current directory', async () => {
    const { cwd, runtimeDir, root } = await folders();
    const dataDir = join(root, 'custom-data');
    writeEndpoints(dataDir, endpoints(process.pid));
    const unregister = registerRunningStack(dataDir, { runtimeDir });

    const found = findLocalStack({}, { cwd, runtimeDir });
    unregister();

    expect(found.dataDir).toBe(dataDir);
  });

  it('asks for --data-dir when several stacks run', async () => {
    const { cwd, runtimeDir, root } = await folders();
    await mkdir(runtimeDir, { recursive: true });
    // Two live processes (this one and its parent), each registered with its own data folder.
    for (const [name, pid] of [
      ['a', process.pid],
      ['b', process.ppid],
    ] as const) {
      writeEndpoints(join(root, name), endpoints(pid));
      await writeFile(join(runtimeDir, `${pid}.json`), JSON.stringify({ pid, dataDir: join(root, name) }));
    }

    expect(() => findLocalStack({}, { cwd, runtimeDir })).toThrow(
      `2 local stacks are running (data in ${join(root, 'a')}, ${join(root, 'b')}): pick one with --data-dir DIR`,
    );
  });

  it('forgets a registration whose process has died', async () => {
    const { cwd, runtimeDir, root } = await folders();
    writeEndpoints(join(root, 'gone'), endpoints(DEAD_PID));
    registerRunningStack(join(root, 'gone'), { runtimeDir });
    const registration = join(runtimeDir, `${process.pid}.json`);

    expect(() => findLocalStack({}, { cwd, runtimeDir })).toThrow('no target');
    expect(existsSync(registration)).toBe(false);
  });

  it("prefers the current directory's running .local/ stack", async () => {
    const { cwd, runtimeDir } = await folders();
    writeEndpoints(join(cwd, '.local'), endpoints(process.pid));

    const target = await resolveTarget({}, { cwd, runtimeDir });
    target.close();

    expect(target.dataDir).toBe(join(cwd, '.local'));
  });
});
