/**
 * Idempotence on real pages: `npx tsx tests/bench/reclean.ts [CORPUS_DIR...]`.
 *
 * Each page of the bench (dev, check and multi as text; the lines and markdown layouts of dev and check; dev's and
 * multi's HTML) is cleaned, and its clean record's body is cleaned again as the README says a body is read (the
 * blocks layout, a markdown record's body as markdown). Prints, per corpus, how many bodies come back changed; with
 * SHOW=1 (never for check: it is read in aggregate only) the first words each changed body lost. CORPUS_DIRs are
 * folders laid out as the bench's (NAME.txt beside NAME.gold.json: the pages are read by `readCorpus`).
 */
import { basename, join, resolve } from 'node:path';
import { processDocument, processText } from '../../functions/core/pipeline.ts';
import { readCorpus } from './metadata-scoring.ts';

const BENCH = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'bench');
const show = process.env.SHOW === '1';

/** A corpus: its folder, read as text or as its pages' HTML, and whether its text is markdown (told by a .md name). */
interface Corpus {
  dir: string;
  html?: boolean;
  markdown?: boolean;
}

const DEFAULT_CORPORA: Corpus[] = [
  { dir: 'dev' },
  { dir: 'check' },
  { dir: 'multi' },
  { dir: 'layouts/dev-lines' },
  { dir: 'layouts/check-lines' },
  { dir: 'layouts/dev-markdown', markdown: true },
  { dir: 'layouts/check-markdown', markdown: true },
  { dir: 'dev', html: true },
  { dir: 'multi', html: true },
];

const corpora: Corpus[] =
  process.argv.length > 2
    ? process.argv.slice(2).map((dir) => ({ dir: resolve(dir) }))
    : DEFAULT_CORPORA.map((corpus) => ({ ...corpus, dir: join(BENCH, corpus.dir) }));

for (const { dir, html = false, markdown = false } of corpora) {
  let clean = 0;
  let changed = 0;
  for (const page of readCorpus(dir, html)) {
    const name = markdown ? page.file.replace(/\.txt$/, '.md') : page.file;
    const record = processDocument(page.bytes, { name });
    if (record.status !== 'clean' || !record.body) continue;
    clean++;
    const layout = record.format === 'markdown' ? 'markdown' : 'blocks';
    const again = processText(record.body, { name, layout });
    if (again.body === record.body) continue;
    changed++;
    if (show && !dir.includes('check')) {
      const kept = new Set(again.body.split('\n\n'));
      const lost = record.body.split('\n\n').filter((paragraph) => !kept.has(paragraph));
      console.log(
        `  ${page.name}: lost ${JSON.stringify(lost.slice(0, 2).map((text) => text.slice(0, 60)))}`,
      );
    }
  }
  console.log(
    `${basename(dir).padEnd(16)} ${(html ? 'html' : 'text').padEnd(5)} ${changed} of ${clean} clean bodies change when cleaned again`,
  );
}
