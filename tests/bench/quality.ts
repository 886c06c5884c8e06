/**
 * Quality benchmark: `npm run bench:quality -- [CORPUS]` (default ../shared/bench/dev).
 * Runs `copydesk clean --out DIR CORPUS` in one process, scores the outputs with the corpus's score.py
 * (both metrics, the N worst pages), then times processDocument in-process on every page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { processDocument } from '../../functions/core/pipeline.ts';

const corpus = resolve(process.argv[2] ?? '../shared/bench/dev');
const worst = process.env.WORST ?? '15';
const out = process.env.OUT ? resolve(process.env.OUT) : mkdtempSync(join(tmpdir(), 'copydesk-quality-'));
const scorer = join(dirname(corpus), 'score.py');

execFileSync('node', ['functions/cli/bin.mjs', 'clean', '--out', out, corpus], { stdio: 'inherit' });
console.log(`outputs in ${out}`);
execFileSync('python3', [scorer, 'score', '--corpus', corpus, '--pred', out, '--per-doc', worst], {
  stdio: 'inherit',
});

const pages = readdirSync(corpus)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(corpus, name)));
for (const page of pages.slice(0, 20)) processDocument(page); // warm-up
const times: number[] = [];
for (const page of pages) {
  const t0 = process.hrtime.bigint();
  processDocument(page);
  times.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
times.sort((a, b) => a - b);
const pick = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
console.log(
  `in-process processDocument over ${times.length} pages: median ${pick(0.5).toFixed(3)} ms/page, p99 ${pick(0.99).toFixed(3)} ms/page`,
);
