/**
 * Quality benchmark: `npm run bench:quality -- [CORPUS]` (default ../shared/bench/dev).
 * Runs `copydesk clean --out DIR CORPUS` in one process, scores the outputs with the corpus's score.py
 * (both metrics, the N worst pages), then times processDocument in-process on every page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { clean } from '../../functions/core/clean.ts';
import { decode } from '../../functions/core/decode.ts';
import { segment } from '../../functions/core/layout/blocks.ts';
import { normalise } from '../../functions/core/normalise.ts';
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
/** Median and p99 of one timing per page, in ms. */
function timePages(run: (page: Buffer) => void): { median: number; p99: number } {
  for (const page of pages.slice(0, 20)) run(page); // warm-up
  const times = pages.map((page) => {
    const t0 = process.hrtime.bigint();
    run(page);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  });
  times.sort((a, b) => a - b);
  const pick = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { median: pick(0.5), p99: pick(0.99) };
}

const whole = timePages((page) => processDocument(page));
console.log(
  `in-process processDocument (whole core, metadata stage included) over ${pages.length} pages: median ${whole.median.toFixed(3)} ms/page, p99 ${whole.p99.toFixed(3)} ms/page`,
);
const cleaning = timePages((page) => {
  const decoded = decode(page);
  if (decoded.ok) clean(segment(normalise(decoded.text)));
});
console.log(
  `in-process cleaning stages (decode, normalise, segment, clean): median ${cleaning.median.toFixed(3)} ms/page, p99 ${cleaning.p99.toFixed(3)} ms/page`,
);
