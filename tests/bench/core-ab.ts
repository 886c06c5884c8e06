/**
 * The whole core of another checkout against this one, interleaved in one process, so that a busy machine
 * slows both alike: `npx tsx tests/bench/core-ab.ts BASE [CORPUS]`, where BASE holds the other version's
 * functions/ and a node_modules link, e.g.
 *   git archive main functions package.json tsconfig.json | tar -x -C /tmp/base \
 *     && ln -s "$PWD/node_modules" /tmp/base/node_modules
 * (package.json and tsconfig.json too: without them tsx compiles BASE's files otherwise — an A/A run of main
 * against main with functions/ alone put the base 15% behind.)
 * Each DEV page is processed by one version then the other (the order alternating per round); CPU time, best
 * of ROUNDS (default 3) per page. Prints median, p99 and mean per version. `STAGE=clean` times the cleaning
 * stages alone (readLayout then clean, as bench:speed's cleaning line does) instead of processDocument;
 * `STAGE=lines` the lines layout's reader alone (readLines; CORPUS defaults to ../shared/bench/layouts/dev-lines).
 * `TAIL=N` also prints, per version, the mean of the N slowest pages (the tail that p99 only samples once) and
 * the names of the current version's N slowest pages with both versions' times.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { clean } from '../../functions/core/clean.ts';
import { readLines } from '../../functions/core/layout/lines.ts';
import { readLayout } from '../../functions/core/layout.ts';
import { processDocument as current } from '../../functions/core/pipeline.ts';

const [baseDir, corpusArg] = process.argv.slice(2);
if (!baseDir) throw new Error('usage: core-ab.ts BASE_DIR [CORPUS]');
const load = async <T>(file: string) => (await import(pathToFileURL(resolve(baseDir, file)).href)) as T;
const stage = process.env.STAGE;
type Run = (page: Buffer) => unknown;
/** The cleaning stages of one checkout: its layout reader then its cleaner, on the page's text. */
const cleaningOf =
  (layout: typeof readLayout, cleaner: typeof clean): Run =>
  (page) =>
    cleaner(layout(page.toString('utf8')).blocks);
/** The lines layout's reader of one checkout, on the page's text. */
const linesOf =
  (reader: typeof readLines): Run =>
  (page) =>
    reader(page.toString('utf8'));
const baseRun: Run =
  stage === 'clean'
    ? cleaningOf(
        (await load<{ readLayout: typeof readLayout }>('functions/core/layout.ts')).readLayout,
        (await load<{ clean: typeof clean }>('functions/core/clean.ts')).clean,
      )
    : stage === 'lines'
      ? linesOf((await load<{ readLines: typeof readLines }>('functions/core/layout/lines.ts')).readLines)
      : (await load<{ processDocument: typeof current }>('functions/core/pipeline.ts')).processDocument;
const currentRun: Run =
  stage === 'clean' ? cleaningOf(readLayout, clean) : stage === 'lines' ? linesOf(readLines) : current;
const corpus = resolve(
  corpusArg ?? (stage === 'lines' ? '../shared/bench/layouts/dev-lines' : '../shared/bench/dev'),
);
const names = readdirSync(corpus)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const pages = names.map((name) => readFileSync(join(corpus, name)));
const tail = Number(process.env.TAIL ?? 0);
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const versions = [
  { name: 'base   ', run: baseRun, best: pages.map(() => Number.POSITIVE_INFINITY) },
  { name: 'current', run: currentRun, best: pages.map(() => Number.POSITIVE_INFINITY) },
];
for (const page of pages) for (const version of versions) version.run(page); // warm-up
const rounds = Number(process.env.ROUNDS ?? 3);
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? versions : [...versions].reverse();
  pages.forEach((page, i) => {
    for (const version of order) {
      const start = cpuMs();
      version.run(page);
      version.best[i] = Math.min(version.best[i]!, cpuMs() - start);
    }
  });
}
for (const version of versions) {
  const sorted = [...version.best].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const mean = sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length;
  console.log(
    `${version.name} median ${at(0.5).toFixed(3)}  p99 ${at(0.99).toFixed(3)}  mean ${mean.toFixed(3)} ms CPU/page (best of ${rounds}, interleaved, ${pages.length} pages)`,
  );
  if (tail > 0) {
    const slowest = sorted.slice(-tail);
    const tailMean = slowest.reduce((sum, ms) => sum + ms, 0) / slowest.length;
    console.log(`${version.name} mean of the ${slowest.length} slowest pages ${tailMean.toFixed(3)} ms`);
  }
}
if (tail > 0) {
  const [base, latest] = versions as [(typeof versions)[0], (typeof versions)[0]];
  const slowest = names.map((_, i) => i).sort((a, b) => latest.best[b]! - latest.best[a]!);
  for (const i of slowest.slice(0, tail))
    console.log(`  ${names[i]}  base ${base.best[i]!.toFixed(3)}  current ${latest.best[i]!.toFixed(3)} ms`);
}
