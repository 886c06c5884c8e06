/**
 * The author stage alone (extractAuthors) of another checkout against this one, interleaved in one process:
 * `npx tsx tests/bench/authors-ab.ts BASE [CORPUS]`, BASE built as tests/bench/core-ab.ts's header says. Each
 * DEV page is cleaned once (by this checkout) and read as analyseMetadata reads it (its language, zones and
 * reader view); then, per round, each version reads every page once, the order alternating per round. CPU time,
 * best of ROUNDS (default 5) per page; prints median, mean and total per version. The whole core's A/B moves by
 * a few percent from run to run on a shared machine, more than a change to one stage of it: this one sees it.
 * Each call gets a fresh DateContext, as every processDocument does (a cache keyed by it stays per page).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractAuthors } from '../../functions/core/metadata/authors.ts';
import type { DateContext } from '../../functions/core/metadata/dates.ts';
import { authorInputs } from './author-inputs.ts';

const [baseDir, corpusArg] = process.argv.slice(2);
if (!baseDir) throw new Error('usage: authors-ab.ts BASE_DIR [CORPUS]');
const base = (await import(pathToFileURL(resolve(baseDir, 'functions/core/metadata/authors.ts')).href)) as {
  extractAuthors: typeof extractAuthors;
};
const corpus = resolve(corpusArg ?? '../shared/bench/dev');
const now = new Date();
const inputs = authorInputs(corpus);
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const versions = [
  { name: 'base   ', run: base.extractAuthors, best: inputs.map(() => Number.POSITIVE_INFINITY) },
  { name: 'current', run: extractAuthors, best: inputs.map(() => Number.POSITIVE_INFINITY) },
];
const rounds = Number(process.env.ROUNDS ?? 5);
for (let round = -1; round < rounds; round++) {
  // Round -1 warms both versions up; its times count like the others' (best of).
  const order = round % 2 === 0 ? versions : [...versions].reverse();
  inputs.forEach((input, i) => {
    for (const version of order) {
      const when: DateContext = { now, language: input.language, numericOrder: null };
      const start = cpuMs();
      version.run(input.near, input.anchor, when, input.zones);
      version.best[i] = Math.min(version.best[i]!, cpuMs() - start);
    }
  });
}
for (const version of versions) {
  const sorted = [...version.best].sort((a, b) => a - b);
  const total = sorted.reduce((sum, ms) => sum + ms, 0);
  console.log(
    `${version.name} median ${sorted[sorted.length >> 1]!.toFixed(3)}  mean ${(total / sorted.length).toFixed(3)}  total ${total.toFixed(0)} ms CPU (extractAuthors, best of ${rounds}, interleaved, ${inputs.length} pages)`,
  );
}
