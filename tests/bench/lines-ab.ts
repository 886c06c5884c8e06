/**
 * The lines layout's reader of another checkout against this one, interleaved in one process:
 * `npx tsx tests/bench/lines-ab.ts BASE [CORPUS]`, where BASE holds the other version's functions/ (as for
 * core-ab.ts) and CORPUS a folder of pages one element per line (default ../shared/bench/layouts/dev-lines).
 * Prints each version's throughput, best of ROUNDS (default 7) passes over every page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readLines as current } from '../../functions/core/layout/lines.ts';

const [baseDir, corpusArg] = process.argv.slice(2);
if (!baseDir) throw new Error('usage: lines-ab.ts BASE_DIR [CORPUS]');
const { readLines: base } = (await import(
  pathToFileURL(resolve(baseDir, 'functions/core/layout/lines.ts')).href
)) as { readLines: typeof current };
const corpus = resolve(corpusArg ?? resolve(import.meta.dirname, '../../../shared/bench/layouts/dev-lines'));
const texts = readdirSync(corpus)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(corpus, name), 'utf8'));
const megabytes = texts.reduce((sum, text) => sum + text.length, 0) / 1e6;
const rounds = Number(process.env.ROUNDS ?? 7);
const best = { base: Number.POSITIVE_INFINITY, current: Number.POSITIVE_INFINITY };
for (let round = 0; round < rounds; round++) {
  for (const [name, read] of [
    ['base', base],
    ['current', current],
  ] as const) {
    const started = performance.now();
    for (const text of texts) read(text);
    best[name] = Math.min(best[name], performance.now() - started);
  }
}
const rate = (ms: number) => ((megabytes / ms) * 1000).toFixed(1);
console.log(
  `${megabytes.toFixed(1)} MB of ${texts.length} pages, best of ${rounds}: base ${rate(best.base)} MB/s, current ${rate(best.current)} MB/s`,
);
