/**
 * What each part of the core costs per DEV page, in CPU time: `npx tsx tests/bench/core-parts.ts [CORPUS]`.
 * Every page is first run through the core once; each part is then timed over all pages on the inputs the core
 * gave it (the page's layout, its cleaned blocks, its plain body), the parts taking turns within each round
 * (ROUNDS, default 5; the best round per part is kept), so that a busy machine slows them alike. Prints µs per
 * page and the share of the whole core (processDocument) per part. The parts overlap: `metadata` is the whole
 * metadata stage, the lines under it some of its readers (authors, dates and titles are timed by their own
 * benches: authors-profile.ts, metadata-accuracy.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderPlainBodyFast } from '../../functions/core/body-fast.ts';
import { clean } from '../../functions/core/clean.ts';
import { classifyRows } from '../../functions/core/cleaning/classify.ts';
import { readLayout } from '../../functions/core/layout.ts';
import { extractEntitiesFast } from '../../functions/core/metadata/entities-fast.ts';
import { simhashFast } from '../../functions/core/metadata/hashes-fast.ts';
import { analyseMetadata } from '../../functions/core/metadata/index.ts';
import { extractKeywordsFast } from '../../functions/core/metadata/keywords-fast.ts';
import { detectLanguageFast } from '../../functions/core/metadata/language-fast.ts';
import { extractQuotes } from '../../functions/core/metadata/quotes.ts';
import { extractSourcesFast } from '../../functions/core/metadata/sources-fast.ts';
import { blockZones } from '../../functions/core/metadata/zones.ts';
import { minhashOf } from '../../functions/core/minhash.ts';
import { processDocument } from '../../functions/core/pipeline.ts';
import { lowerWordRuns } from '../../functions/core/word-runs.ts';
import { countWordsFast } from '../../functions/core/words-fast.ts';

const corpus = resolve(process.argv[2] ?? '../shared/bench/dev');
const pages = readdirSync(corpus)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(corpus, name)));
const inputs = pages.map((bytes) => {
  const text = bytes.toString('utf8');
  const page = readLayout(text);
  const cleaned = clean(page.blocks);
  const body = renderPlainBodyFast(cleaned.body, page.text);
  const words = lowerWordRuns(body);
  const language = detectLanguageFast(body);
  return { bytes, text, page, cleaned, body, words, language, people: extractEntitiesFast(body).people };
});
type Input = (typeof inputs)[number];

const parts: [string, (input: Input) => unknown][] = [
  ['whole core', (x) => processDocument(x.bytes)],
  ['layout', (x) => readLayout(x.text)],
  ['clean', (x) => clean(x.page.blocks)],
  ['  classify (first pass)', (x) => classifyRows(x.page.blocks, undefined, { model: false })],
  ['metadata', (x) => analyseMetadata(x.cleaned, x.body, {}, { evidence: x.page.evidence, words: x.words })],
  ['  entities', (x) => extractEntitiesFast(x.body)],
  ['  keywords', (x) => extractKeywordsFast(x.body, x.language)],
  ['  sources', (x) => extractSourcesFast(x.cleaned)],
  ['  language', (x) => detectLanguageFast(x.body)],
  ['  simhash', (x) => simhashFast(x.body, x.words)],
  ['  zones', (x) => blockZones(x.cleaned, x.cleaned.titleBlock)],
  ['  quotes', (x) => extractQuotes(x.body, x.people)],
  ['  word count', (x) => countWordsFast(x.body)],
  ['lower-cased word runs', (x) => lowerWordRuns(x.body)],
  ['minhash', (x) => minhashOf(x.body, undefined, x.words)],
];

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const best = parts.map(() => Number.POSITIVE_INFINITY);
const rounds = Number(process.env.ROUNDS ?? 5);
for (let round = 0; round < rounds; round++) {
  parts.forEach(([, run], k) => {
    const start = cpuMs();
    for (const input of inputs) run(input);
    best[k] = Math.min(best[k]!, cpuMs() - start);
  });
}
const whole = best[0]!;
console.log(`${inputs.length} pages, best of ${rounds} rounds, CPU`);
parts.forEach(([name], k) => {
  const perPage = (1000 * best[k]!) / inputs.length;
  console.log(
    `${name.padEnd(24)} ${perPage.toFixed(0).padStart(6)} µs/page ${((100 * best[k]!) / whole).toFixed(1).padStart(6)} %`,
  );
});
