/**
 * Where a 10 MB input's time and memory go, stage by stage, on a cold first call as the handler makes it:
 *   npx tsx tests/bench/large-stages.ts [dev|tiny|both]
 * Builds the inputs `npm run bench:coldstart` builds (370 DEV pages concatenated; tiny blocks), then, in a fresh
 * worker thread with the handler's resource limits (core-runner.ts: 8 MiB young generation), runs the core's
 * steps of pipeline.ts one at a time: decode, layout, clean, the body, word runs, metadata, MinHash, the record,
 * then the removed list as the core's worker hands it over (prepared-list.ts: UTF-8 JSON and its SHA-256, when
 * too large for any item), the DynamoDB item (toItem) and its JSON. Prints per stage wall and CPU ms, the heap
 * after it, and the process's peak RSS so far. For a profile of the same run (the worker writes its own):
 *   node --cpu-prof --cpu-prof-dir=DIR --import tsx tests/bench/large-stages.ts dev
 * (--cpu-prof is not allowed in NODE_OPTIONS.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const REPO = resolve(import.meta.dirname, '..', '..');
const BYTES = 10 * 1024 * 1024 - 1024;

if (isMainThread) {
  const which = process.argv[2] ?? 'both';
  const shapes = which === 'both' ? ['dev', 'tiny'] : [which];
  for (const shape of shapes) await runInWorker(shape);
} else {
  await stages(workerData.shape as string, workerData.bytes as Uint8Array);
}

async function runInWorker(shape: string): Promise<void> {
  const tsx = new URL('node_modules/tsx/dist/esm/api/index.mjs', pathToFileURL(`${REPO}/`)).href;
  const self = import.meta.url;
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(self)});`;
  // Made here and moved to the worker, as the handler moves the object's bytes (core-runner.ts).
  const bytes = input(shape);
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), {
    workerData: { shape, bytes },
    transferList: [bytes.buffer as ArrayBuffer],
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
  await new Promise<void>((done, fail) => {
    worker.on('message', (line: string) => console.log(line));
    worker.on('error', fail);
    worker.on('exit', () => done());
  });
}

function input(shape: string): Uint8Array {
  if (shape === 'tiny') {
    const parts: string[] = [];
    let length = 0;
    for (let i = 0; length < BYTES; i++) {
      const part = `w${i}`;
      parts.push(part);
      length += part.length + 2;
    }
    return new Uint8Array(Buffer.from(parts.join('\n\n')));
  }
  const dir = join(REPO, '..', 'shared', 'bench', 'dev');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => join(dir, name))
    : // As cold-start.ts: the sample seed repeated when the shared pages are absent.
      [join(REPO, 'seeds', '000_6948aba9408f395b.txt')];
  const pages: Buffer[] = [];
  let length = 0;
  for (let i = 0; length < BYTES; i++) {
    const page = readFileSync(files[i % files.length]!);
    pages.push(page, Buffer.from('\n\n'));
    length += page.length + 2;
  }
  const whole = Buffer.concat(pages).subarray(0, BYTES);
  return new Uint8Array(whole.buffer.slice(whole.byteOffset, whole.byteOffset + whole.length));
}

async function stages(shape: string, bytes: Uint8Array): Promise<void> {
  const say = (line: string) => parentPort?.postMessage(line);
  const { prescan } = await import('../../functions/core/layout/charset.ts');
  const { decode } = await import('../../functions/core/decode.ts');
  const { readLayout } = await import('../../functions/core/layout.ts');
  const { clean } = await import('../../functions/core/clean.ts');
  const { renderPlainBodyFast } = await import('../../functions/core/body-fast.ts');
  const { lowerWordRuns } = await import('../../functions/core/word-runs.ts');
  const { analyseMetadata } = await import('../../functions/core/metadata/index.ts');
  const { minhashOf } = await import('../../functions/core/minhash.ts');
  const { CLEANER_VERSION } = await import('../../functions/core/version.ts');
  const { toItem } = await import('../../functions/handler/record-item.ts');
  const { DYNAMODB_ITEM_LIMIT, itemSize } = await import('../../functions/handler/item-size.ts');
  const { PreparedList, prepareList } = await import('../../functions/handler/prepared-list.ts');
  say(`${shape}: ${(bytes.length / 1024 / 1024).toFixed(2)} MB`);
  let wall = performance.now();
  let cpu = process.cpuUsage();
  const t0 = wall;
  const c0 = cpu;
  const mark = (stage: string) => {
    const w = performance.now();
    const c = process.cpuUsage();
    const memory = process.memoryUsage();
    const heap = memory.heapUsed / 1048576;
    const total = memory.heapTotal / 1048576;
    const rss = memory.rss / 1048576;
    const buffers = memory.arrayBuffers / 1048576;
    const peak = process.resourceUsage().maxRSS / 1024;
    say(
      `  ${stage.padEnd(12)} ${(w - wall).toFixed(0).padStart(6)} ms wall ${((c.user + c.system - cpu.user - cpu.system) / 1000).toFixed(0).padStart(6)} ms CPU   heap ${heap.toFixed(0).padStart(4)} of ${total.toFixed(0).padStart(4)} MiB, buffers ${buffers.toFixed(0).padStart(3)} MiB   RSS ${rss.toFixed(0)}, peak ${peak.toFixed(0)} MiB`,
    );
    wall = w;
    cpu = c;
  };
  const declared = prescan(bytes);
  const decoded = decode(bytes, { declaredCharset: declared.charset, markup: declared.markup });
  if (!decoded.ok) throw new Error('undecodable');
  mark('decode');
  const page = readLayout(decoded.text, 'bench.txt', undefined);
  mark('layout');
  const cleaned = clean(page.blocks);
  mark('clean');
  const plainBody = renderPlainBodyFast(cleaned.body, page.text);
  mark('body');
  const words = lowerWordRuns(plainBody);
  mark('word runs');
  const { metadata, removed } = analyseMetadata(
    cleaned,
    plainBody,
    { name: 'bench.txt' },
    { evidence: page.evidence, words },
  );
  mark('metadata');
  const minhash = minhashOf(plainBody, undefined, words);
  mark('minhash');
  const removedWords = cleaned.removedWords;
  const record = {
    status: 'clean',
    reason: null,
    ...metadata,
    minhash,
    format: page.format,
    body: plainBody,
    removed,
    comments: [],
    commentsTruncated: false,
    encoding: 'utf-8',
    replacementCharacters: 0,
    quality: {
      inputWords: cleaned.inputWords,
      removedWords,
      removedWordShare: 0,
      keptBlocks: cleaned.body.length,
      removedItems: cleaned.removed.length,
    },
    cleanerVersion: CLEANER_VERSION,
  } as const;
  mark('record');
  // The core's worker (core-worker.ts) writes a removed list too large for any item as UTF-8 JSON with its SHA-256,
  // which moves to the main thread; the item holds it as a PreparedList (record-store.ts writes those bytes).
  const size = itemSize({ removed: record.removed }, DYNAMODB_ITEM_LIMIT);
  const list = size > DYNAMODB_ITEM_LIMIT ? PreparedList.of(prepareList(record.removed, size)) : null;
  const handed = list ? { ...record, removed: list } : record;
  mark('removed list');
  const item = toItem(
    {
      bucket: 'b',
      key: 'k',
      versionId: null,
      eTag: 'e',
      size: bytes.length,
      sequencer: '0',
      eventTime: new Date(0).toISOString(),
    } as never,
    handed as never,
    { processedAt: new Date(0).toISOString(), url: null },
  );
  mark('toItem');
  // The item as the main thread writes it: the prepared list's bytes as they are, the rest as JSON.
  const json = JSON.stringify({ ...item, removed: list ? null : item.removed });
  const written = json.length + (list?.bytes.length ?? 0);
  mark('JSON');
  const c = process.cpuUsage(c0);
  say(
    `  total        ${(performance.now() - t0).toFixed(0).padStart(6)} ms wall ${((c.user + c.system) / 1000).toFixed(0).padStart(6)} ms CPU   JSON ${(written / 1048576).toFixed(1)} MiB`,
  );
}
