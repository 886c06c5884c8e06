/**
 * Writes one line per page — `DIR/NAME<TAB>sha256 of the record's JSON` — for every DEV and multi page, text (`.txt`,
 * a tool's markdown `.md`) and HTML, so that a change can be checked as output-identical: run before and after, then
 * `diff` the files (the record carries CLEANER_VERSION: compare two runs of one version).
 *   npx tsx tests/bench/record-digest.ts OUT.tsv [CORPUS_DIR ...]   (default ../shared/bench/dev ../shared/bench/multi)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { processDocument } from '../../functions/core/pipeline.ts';

const [out, ...dirs] = process.argv.slice(2);
if (!out) throw new Error('usage: record-digest.ts OUT.tsv [CORPUS_DIR ...]');
const corpora = (dirs.length > 0 ? dirs : ['../shared/bench/dev', '../shared/bench/multi']).map((dir) =>
  resolve(dir),
);
const lines: string[] = [];
for (const corpus of corpora) {
  for (const name of readdirSync(corpus).sort()) {
    let bytes: Buffer;
    let hintName: string;
    // A tool's markdown render (tests/support/text-browsers.ts: reader, pandoc, node-html-markdown) is an .md file.
    if (name.endsWith('.txt') || name.endsWith('.md')) {
      bytes = readFileSync(join(corpus, name));
      hintName = name;
    } else if (name.endsWith('.html.gz')) {
      bytes = gunzipSync(readFileSync(join(corpus, name)));
      hintName = name.slice(0, -3);
    } else continue;
    const record = processDocument(bytes, { name: hintName });
    const digest = createHash('sha256').update(JSON.stringify(record)).digest('hex');
    lines.push(`${basename(corpus)}/${name}\t${digest}`);
  }
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} records digested into ${out}`);
