/**
 * Idempotence on real pages: `npx tsx tests/bench/reclean.ts [CORPUS_DIR...]`.
 *
 * Each page of the bench (dev, check and multi as text; the lines and markdown layouts of dev and check; dev's and
 * multi's HTML) is cleaned, and its clean record's body is cleaned again as the README says a body is read (the
 * blocks layout, a markdown record's body as markdown). Prints, per corpus, how many bodies come back changed; with
 * SHOW=1 (never for check: it is read in aggregate only) the first words each changed body lost.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { processDocument, processText } from '../../functions/core/pipeline.ts';

const BENCH = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'bench');
const show = process.env.SHOW === '1';

/** A corpus: its folder, the suffix of its inputs, and the file name the core is told (the markdown layout's). */
interface Corpus {
  dir: string;
  suffix: string;
  nameOf?: (file: string) => string;
}

const DEFAULT_CORPORA: Corpus[] = [
  { dir: 'dev', suffix: '.txt' },
  { dir: 'check', suffix: '.txt' },
  { dir: 'multi', suffix: '.txt' },
  { dir: 'layouts/dev-lines', suffix: '.txt' },
  { dir: 'layouts/check-lines', suffix: '.txt' },
  { dir: 'layouts/dev-markdown', suffix: '.txt', nameOf: (file) => file.replace(/\.txt$/, '.md') },
  { dir: 'layouts/check-markdown', suffix: '.txt', nameOf: (file) => file.replace(/\.txt$/, '.md') },
  { dir: 'dev', suffix: '.html.gz' },
  { dir: 'multi', suffix: '.html.gz' },
];

const corpora: Corpus[] =
  process.argv.length > 2
    ? process.argv.slice(2).map((dir) => ({ dir: resolve(dir), suffix: '.txt' }))
    : DEFAULT_CORPORA.map((corpus) => ({ ...corpus, dir: join(BENCH, corpus.dir) }));

for (const { dir, suffix, nameOf } of corpora) {
  let clean = 0;
  let changed = 0;
  for (const file of readdirSync(dir).filter((name) => name.endsWith(suffix))) {
    const name = nameOf ? nameOf(file) : file;
    const record = processDocument(readFileSync(join(dir, file)), { name });
    if (record.status !== 'clean' || !record.body) continue;
    clean++;
    const layout = record.format === 'markdown' ? 'markdown' : 'blocks';
    const again = processText(record.body, { name, layout });
    if (again.body === record.body) continue;
    changed++;
    if (show && !dir.includes('check')) {
      const kept = new Set(again.body.split('\n\n'));
      const lost = record.body.split('\n\n').filter((paragraph) => !kept.has(paragraph));
      console.log(`  ${file}: lost ${JSON.stringify(lost.slice(0, 2).map((text) => text.slice(0, 60)))}`);
    }
  }
  console.log(
    `${basename(dir).padEnd(16)} ${suffix.padEnd(8)} ${changed} of ${clean} clean bodies change when cleaned again`,
  );
}
